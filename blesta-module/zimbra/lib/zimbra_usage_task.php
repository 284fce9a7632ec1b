<?php
/**
 * The usage task (README, "Usage and quota warnings"): every service's mailbox count, storage
 * used and limit, recorded in its zimbra_usage field, reading each Zimbra install in one pass
 * over every mailbox server (Client::listQuotaUsage(): a GetQuotaUsage per server, paged in an
 * admin session) instead of one request per service; and the warning mail a customer gets when a
 * service passes ZimbraUsageRecord::WARN_PERCENT of a limit.
 *
 * Blesta runs it as its automation runs any module task: Modules->create(), setModule(),
 * cron($key); the lines returned go to the cron log (blesta-module.md §4).
 */
final class ZimbraUsageTask
{
    public function __construct(private readonly ZimbraConnector $connector, private readonly Services $services,
        private readonly Clients $clients, private readonly Emails $emails)
    {
    }

    /**
     * One pass over each of $rows that has services of module $moduleId.
     *
     * @return list<string> the lines Blesta writes to the cron log
     */
    public function run(array $rows, $moduleId): array
    {
        $byRow = [];
        foreach ($this->services->getAll(['date_added' => 'ASC'], true, ['module_id' => $moduleId, 'status' => 'all']) as $service) {
            $f = ZimbraFields::of($service);
            if (in_array($service->status, ['active', 'suspended'], true) && (!empty($f->zimbra_domain) || !empty($f->zimbra_email))) {
                $byRow[ZimbraFields::rowId($service)][] = $service;
            }
        }
        $lines = [];
        foreach ($rows as $row) {
            if (!empty($byRow[$row->id])) {
                // One server's trouble, whatever it is, never stops the others.
                try {
                    $lines[] = $this->recordRow($row, $byRow[$row->id]);
                } catch (\Throwable $e) {
                    $lines[] = Language::_('Zimbra.cron.usage_failed', true, self::label($row), $e->getMessage());
                }
            }
        }
        return $lines ?: [Language::_('Zimbra.cron.usage_nothing', true)];
    }

    private static function label(object $row): string
    {
        return $row->meta->server_label ?? $row->meta->host_name ?? (string) $row->id;
    }

    /** One server row (a Zimbra install): one pass over its mailboxes, then each service's figures recorded. */
    private function recordRow(object $row, array $services): string
    {
        $label = self::label($row);
        $started = hrtime(true);
        try {
            [$domains, $accounts, $requests, $unreachable] = $this->serverUsage($row);
        } catch (\Throwable $e) {
            $cause = $e instanceof ZimbraFailure ? $e->cause() : $e;
            return Language::_('Zimbra.cron.usage_failed', true, $label, $cause ? $cause->getMessage() : $e->getMessage());
        }
        $now = gmdate('Y-m-d\TH:i:s\Z');
        $near = $missing = $warned = 0;
        foreach ($services as $service) {
            $f = ZimbraFields::of($service);
            $usage = self::serviceUsage($service, $f, $domains, $accounts);
            if ($usage === null) {
                $missing++;
                continue;
            }
            $previous = ZimbraUsageRecord::read((string) ($f->zimbra_usage ?? ''));
            $usage['time'] = $now;
            // Only a mailbox server that could not be read leaves the figures short: they say which.
            $usage['partial'] = $unreachable !== [];
            $usage['unreachable'] = array_keys($unreachable);
            $usage['warned'] = $usage['percent'] !== null && $usage['percent'] >= ZimbraUsageRecord::WARN_PERCENT;
            if ($usage['warned']) {
                $near++;
                if (empty($previous['warned']) && $service->status === 'active') {
                    $warned += (int) $this->sendWarning($service, $f, $usage);
                }
            }
            // This one field only: the services were read before this server's pass, and an edit made
            // meanwhile (a password, a display name) must not be put back as it was read.
            $this->services->editField($service->id, ['key' => 'zimbra_usage', 'value' => json_encode($usage), 'encrypted' => 0]);
        }
        $seconds = (hrtime(true) - $started) / 1e9;
        $line = Language::_('Zimbra.cron.usage_done', true, $label, count($services) - $missing, count($accounts),
            ZimbraLimits::gb(array_reduce(array_column($domains, 'used'), [ZimbraLimits::class, 'addBytes'], 0)),
            $near, $warned, $requests, sprintf('%.2f', $seconds))
            . ($missing ? ' ' . Language::_('Zimbra.cron.usage_missing', true, $missing) : '');
        foreach ($unreachable as $server => $why) {
            $line .= ' ' . Language::_('Zimbra.cron.usage_unreachable', true, $server, $why);
        }
        return $line;
    }

    /**
     * Every customer mailbox of the install, by domain and by address, read server by server
     * (Client::listQuotaUsage(): each mailbox server's list in pages of 20,000 within an admin
     * session, so Zimbra builds it once; system accounts left out). A mailbox server that cannot
     * be read, or whose pages do not add up, costs a few requests and is named, with why; the
     * others are read all the same. When none is read, nothing is recorded (an exception).
     *
     * @return array{array<string, array{mailboxes: int, used: int}>, array<string, array{int, int}>, int, array<string, string>}
     *  by domain, by address, requests, the mailbox servers not read (name => why)
     */
    private function serverUsage(object $row): array
    {
        $connection = $this->connector->connect($row);
        $connection->client();
        $connection->requestsSince();  // the login is not the pass's
        [$domains, $accounts, $read, $unreachable] = $connection->call('listQuotaUsage', [], function (Zimbra\Client $zimbra) {
            $domains = $accounts = [];
            $usage = $zimbra->listQuotaUsage();
            foreach ($usage as $q) {
                $name = strtolower($q->name);
                $domain = substr((string) strrchr($name, '@'), 1);
                if (!isset($accounts[$name])) {
                    $domains[$domain]['mailboxes'] = ($domains[$domain]['mailboxes'] ?? 0) + 1;
                    $domains[$domain]['used'] = ZimbraLimits::addBytes($domains[$domain]['used'] ?? 0, $q->used);
                }
                $accounts[$name] = [$q->used, $q->limit];
            }
            return [$domains, $accounts, $usage->getReadServers(), $usage->getUnreachableServers()];
        });
        if ($read === [] && $unreachable !== []) {
            // Not one server read: there is nothing to record, and the last figures stay.
            throw new \RuntimeException(implode('; ', array_map(fn ($s, $why) => "$s: $why", array_keys($unreachable), $unreachable)));
        }
        return [$domains, $accounts, $connection->requestsSince(), $unreachable];
    }

    /** The extras a service's stored options give; none when an option is not a whole number (the figures still count). */
    private static function storedExtras($service): array
    {
        try {
            return ZimbraLimits::extras(ZimbraLimits::storedOptions($service), true);
        } catch (ZimbraFailure $e) {
            return [];
        }
    }

    /** A service's figures from the pass; null when the server's list does not have it. */
    private static function serviceUsage($service, object $f, array $domains, array $accounts): ?array
    {
        if (empty($f->zimbra_email)) {
            $domain = strtolower((string) $f->zimbra_domain);
            $limits = ZimbraLimits::domainAttrs($service->package, self::storedExtras($service));
            $max = $limits['zimbraDomainMaxAccounts'] === '' ? null : (int) $limits['zimbraDomainMaxAccounts'];
            $d = $domains[$domain] ?? ['mailboxes' => 0, 'used' => 0];
            $usage = ['mailboxes' => $d['mailboxes'], 'max_mailboxes' => $max, 'used' => $d['used'], 'limit' => $limits['zimbraDomainAggregateQuota']];
        } else {
            $a = $accounts[strtolower((string) $f->zimbra_email)] ?? null;
            if ($a === null) {
                return null;
            }
            $usage = ['mailboxes' => 1, 'max_mailboxes' => null, 'used' => $a[0], 'limit' => $a[1]];
        }
        $percents = [];
        if ($usage['limit'] > 0) {
            $percents[] = 100 * $usage['used'] / $usage['limit'];
        }
        if ($usage['max_mailboxes']) {
            $percents[] = 100 * $usage['mailboxes'] / $usage['max_mailboxes'];
        }
        $usage['percent'] = $percents ? round(max($percents), 1) : null;
        return $usage;
    }

    /**
     * The figures in words, for the warning mail: storage, and for a domain its mailboxes
     * ("4.6 GB of 5 GB of storage, 12 of 15 mailboxes"); a limit that is not set is said so,
     * never "of Unlimited GB", and a single mailbox has no mailbox count to show.
     */
    private static function summary(array $usage, bool $mailboxService): string
    {
        $parts = [$usage['limit'] > 0
            ? Language::_('Zimbra.usage.summary_storage', true, ZimbraLimits::gb($usage['used']), ZimbraLimits::gb($usage['limit']))
            : Language::_('Zimbra.usage.summary_storage_unlimited', true, ZimbraLimits::gb($usage['used']))];
        if (!$mailboxService) {
            $parts[] = $usage['max_mailboxes']
                ? Language::_('Zimbra.usage.summary_mailboxes', true, $usage['mailboxes'], $usage['max_mailboxes'])
                : Language::_($usage['mailboxes'] === 1 ? 'Zimbra.usage.summary_mailbox_unlimited' : 'Zimbra.usage.summary_mailboxes_unlimited',
                    true, $usage['mailboxes']);
        }
        return implode(', ', $parts);
    }

    /** Blesta's mail to the service's client, in the client's language; false when none went out. */
    private function sendWarning($service, object $f, array $usage): bool
    {
        $client = $this->clients->get($service->client_id);
        if (!$client) {
            return false;
        }
        $mailboxService = !empty($f->zimbra_email);
        $tags = ['client' => $client, 'service_name' => $mailboxService ? $f->zimbra_email : $f->zimbra_domain,
            'usage' => ['percent' => $usage['percent'], 'summary' => self::summary($usage, $mailboxService), 'used_gb' => ZimbraLimits::gb($usage['used']),
                'limit_gb' => $usage['limit'] > 0 ? ZimbraLimits::gb($usage['limit']) : Language::_('Zimbra.unlimited', true),
                'mailboxes' => $usage['mailboxes'], 'max_mailboxes' => $usage['max_mailboxes'] ?? Language::_('Zimbra.unlimited', true)]];
        $lang = ((array) ($client->settings ?? []))['language'] ?? 'en_us';
        return (bool) $this->emails->send(ZimbraInstall::EMAIL_USAGE_WARNING, Configure::get('Blesta.company_id'), $lang, $client->email, $tags);
    }
}
