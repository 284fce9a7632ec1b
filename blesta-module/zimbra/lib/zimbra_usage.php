<?php
/**
 * Usage for admins: a Blesta cron task (README, "Usage and quota warnings") that records every
 * service's mailbox count, storage used and limit, reading each Zimbra install in one pass over
 * every mailbox server (Client::listQuotaUsage(): a GetQuotaUsage per server, paged in an admin
 * session) instead of one request per service; the figures
 * shown on the server list and the admin's domain tab; and the warning mail a customer gets when
 * a service passes 90 % of a limit, through a template the admin edits in Blesta.
 *
 * Blesta runs the task as its automation does any module task: Modules->create(), setModule(),
 * cron($key); the lines returned go to the cron log (blesta-module.md §4). The task and the mail
 * template are made by install() (and by upgrade() for installs older than them), and removed by
 * uninstall() with the last instance.
 */
trait ZimbraUsage
{
    public const CRON_USAGE = 'zimbra_usage';
    public const EMAIL_USAGE_WARNING = 'Zimbra.usage_warning';
    /** Percent of a limit from which a service counts as near it, and its customer is warned. */
    public const USAGE_WARN_PERCENT = 90;

    /** The task's default interval in minutes; the admin changes it on Blesta's Automation page. */
    private const CRON_INTERVAL = 360;

    /**
     * CronTasks->add() (the task is Blesta-wide) and, for the current company, addTaskRun();
     * whatever an earlier install made is kept.
     */
    private function addUsageTask(): void
    {
        Loader::loadModels($this, ['CronTasks']);
        $task = ['key' => self::CRON_USAGE, 'task_type' => 'module', 'dir' => 'zimbra', 'type' => 'interval',
            'name' => Language::_('Zimbra.cron.usage_name', true), 'description' => Language::_('Zimbra.cron.usage_description', true)];
        $id = $this->CronTasks->add($task) ?: ($this->CronTasks->getByKey($task['key'], $task['dir'], $task['task_type'])->id ?? null);
        if ($id && !$this->CronTasks->getTaskRunByKey($task['key'], $task['dir'], false, $task['task_type'])) {
            $this->CronTasks->addTaskRun($id, ['interval' => self::CRON_INTERVAL, 'enabled' => 1]);
        }
    }

    /**
     * The warning mail's group (Blesta-wide) and, for the current company and each of its
     * languages, its default template (config/zimbra.php) sent from the company's own domain.
     * Templates an earlier install made are kept, but one still sent from the placeholder domain
     * of 0.2.0 gets the company's.
     */
    /** The 0.2.0 default's bodies, to tell a template nobody edited (whitespace aside). */
    private const USAGE_TEMPLATE_0_2_0 = [
        'text' => "Hello {client.first_name},\n\nYour mail service {service_name} has reached {usage.percent}% of a limit:\n"
            . "storage {usage.used_gb} GB of {usage.limit_gb} GB, mailboxes {usage.mailboxes} of {usage.max_mailboxes}.\n\n"
            . "When a limit is reached, new mail or new mailboxes are refused. You can add storage or mailboxes\n"
            . "to your plan from your client area, or free some space.",
        'html' => "<p>Hello {client.first_name},</p>\n<p>Your mail service {service_name} has reached {usage.percent}% of a limit:<br>\n"
            . "storage {usage.used_gb} GB of {usage.limit_gb} GB, mailboxes {usage.mailboxes} of {usage.max_mailboxes}.</p>\n"
            . "<p>When a limit is reached, new mail or new mailboxes are refused. You can add storage or mailboxes\n"
            . "to your plan from your client area, or free some space.</p>",
    ];

    private static function normalisedText(string $text): string
    {
        return trim(preg_replace('/\s+/', ' ', $text));
    }

    private function addUsageEmail(): void
    {
        Loader::loadModels($this, ['EmailGroups', 'Emails', 'Languages']);
        Configure::load('zimbra', __DIR__ . DS . '..' . DS . 'config' . DS);
        $template = Configure::get('Zimbra.usage_warning_email');
        $group = $this->EmailGroups->getByAction(self::EMAIL_USAGE_WARNING);
        $groupId = $group ? $group->id : $this->EmailGroups->add(['action' => self::EMAIL_USAGE_WARNING, 'type' => 'client',
            'plugin_dir' => null, 'tags' => $template['tags']]);
        if ($group && $group->tags !== $template['tags']) {
            $this->EmailGroups->edit($group->id, ['tags' => $template['tags']]);  // the tag list the editor shows
        }
        $company = Configure::get('Blesta.company_id');
        $from = self::companyAddress((string) $template['from']);
        foreach ($this->Languages->getAll($company) as $language) {
            $email = $this->Emails->getByGroupId($groupId, $language->code);
            if (!$email) {
                $this->Emails->add(['email_group_id' => $groupId, 'company_id' => $company, 'lang' => $language->code,
                    'from' => $from, 'from_name' => $template['from_name'], 'subject' => $template['subject'],
                    'text' => $template['text'], 'html' => $template['html']]);
            } else {
                $changes = [];
                if ($email->from === self::PLACEHOLDER_FROM) {
                    $changes['from'] = $from;
                }
                // A text nobody edited follows the default: 0.2.0's said "of Unlimited GB" and
                // "mailboxes 1 of Unlimited" for a single mailbox.
                foreach (['text', 'html'] as $part) {
                    if (self::normalisedText((string) ($email->$part ?? '')) === self::normalisedText(self::USAGE_TEMPLATE_0_2_0[$part])) {
                        $changes[$part] = $template[$part];
                    }
                }
                if ($changes) {
                    $this->Emails->edit($email->id, $changes + (array) $email);
                }
            }
        }
    }

    /**
     * Where the admin edits the warning mail in Blesta. Blesta's list of templates names a group
     * only by its own language files, which a module cannot add to (blesta-module.md §17): the
     * module's page links to the template instead. Null when the template is missing.
     */
    private function usageEmailUrl(): ?string
    {
        Loader::loadModels($this, ['EmailGroups']);
        $group = $this->EmailGroups->getByAction(self::EMAIL_USAGE_WARNING);
        return $group ? $this->base_uri . 'settings/company/emails/edittemplate/' . $group->id . '/' : null;
    }

    /** The address 0.2.0 gave the template: a domain nobody owns. */
    private const PLACEHOLDER_FROM = 'support@mydomain.com';

    /**
     * An address of the current company's own domain: Blesta's own extensions write their
     * templates' From as user@mydomain.com and put the company's hostname in (support_manager's
     * install(), Configure's Blesta.company).
     */
    private static function companyAddress(string $from): string
    {
        $hostname = strtolower(trim((string) (Configure::get('Blesta.company')->hostname ?? '')));
        return $hostname !== '' ? preg_replace('/@mydomain\.com$/', '@' . $hostname, $from) : $from;
    }

    /**
     * Run $step once for every company that has the module installed, as that company: Blesta
     * runs a module's upgrade() once, for the company of the admin who runs it (blesta-module.md
     * §17), and models such as CronTasks::addTaskRun() work for the current company only.
     */
    private function forEachCompany(callable $step): void
    {
        Loader::loadModels($this, ['ModuleManager', 'Companies']);
        $companyId = Configure::get('Blesta.company_id');
        $company = Configure::get('Blesta.company');
        try {
            foreach (array_unique(array_map(fn ($m) => (int) $m->company_id, $this->ModuleManager->getByClass('zimbra'))) as $id) {
                Configure::set('Blesta.company_id', $id);
                Configure::set('Blesta.company', $this->Companies->get($id) ?: $company);
                $step();
            }
        } finally {
            Configure::set('Blesta.company_id', $companyId);
            Configure::set('Blesta.company', $company);
        }
    }

    public function uninstall($module_id, $last_instance)
    {
        if (!$last_instance) {
            return;
        }
        Loader::loadModels($this, ['CronTasks', 'EmailGroups']);
        if (($task = $this->CronTasks->getByKey(self::CRON_USAGE, 'zimbra', 'module'))) {
            $this->CronTasks->deleteTask($task->id, 'module', 'zimbra');
        }
        if (($group = $this->EmailGroups->getByAction(self::EMAIL_USAGE_WARNING))) {
            $this->EmailGroups->delete($group->id);
        }
    }

    /** @return list<string> the lines Blesta writes to the cron log */
    public function cron($key)
    {
        if ($key !== self::CRON_USAGE) {
            return [];
        }
        if (!extension_loaded('zimbra')) {
            return [Language::_('Zimbra.!error.extension.missing', true)];
        }
        Loader::loadModels($this, ['Services', 'Clients', 'Emails']);
        $byRow = [];
        foreach ($this->Services->getAll(['date_added' => 'ASC'], true, ['module_id' => $this->getModule()->id ?? null, 'status' => 'all']) as $service) {
            $f = $this->serviceFieldsToObject($service->fields ?? []);
            if (in_array($service->status, ['active', 'suspended'], true) && (!empty($f->zimbra_domain) || !empty($f->zimbra_email))) {
                $byRow[(int) (!empty($f->zimbra_module_row) ? $f->zimbra_module_row : $service->module_row_id)][] = $service;
            }
        }
        $lines = [];
        foreach ($this->getModuleRows() as $row) {
            if (!empty($byRow[$row->id])) {
                // One server's trouble, whatever it is, never stops the others.
                try {
                    $lines[] = $this->recordRowUsage($row, $byRow[$row->id]);
                } catch (\Throwable $e) {
                    $lines[] = Language::_('Zimbra.cron.usage_failed', true,
                        $row->meta->server_label ?? $row->meta->host_name ?? (string) $row->id, $e->getMessage());
                }
            }
        }
        return $lines ?: [Language::_('Zimbra.cron.usage_nothing', true)];
    }

    /** One server row (a Zimbra install): one pass over its mailboxes, then each service's figures recorded. */
    private function recordRowUsage($row, array $services): string
    {
        $label = $row->meta->server_label ?? $row->meta->host_name ?? (string) $row->id;
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
            $f = $this->serviceFieldsToObject($service->fields ?? []);
            $usage = $this->serviceUsage($service, $f, $domains, $accounts);
            if ($usage === null) {
                $missing++;
                continue;
            }
            $previous = self::recordedUsage((string) ($f->zimbra_usage ?? ''));
            $usage['time'] = $now;
            // Only a mailbox server that could not be read leaves the figures short: they say which.
            $usage['partial'] = $unreachable !== [];
            $usage['unreachable'] = array_keys($unreachable);
            $usage['warned'] = $usage['percent'] !== null && $usage['percent'] >= self::USAGE_WARN_PERCENT;
            if ($usage['warned']) {
                $near++;
                if (empty($previous['warned']) && $service->status === 'active') {
                    $warned += (int) $this->sendUsageWarning($service, $f, $usage);
                }
            }
            // This one field only: the services were read before this server's pass, and an edit made
            // meanwhile (a password, a display name) must not be put back as it was read.
            $this->Services->editField($service->id, ['key' => 'zimbra_usage', 'value' => json_encode($usage), 'encrypted' => 0]);
        }
        $seconds = (hrtime(true) - $started) / 1e9;
        $line = Language::_('Zimbra.cron.usage_done', true, $label, count($services) - $missing, count($accounts), ZimbraLimits::gb(array_reduce(array_column($domains, 'used'), [ZimbraLimits::class, 'addBytes'], 0)),
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
    private function serverUsage($row): array
    {
        $connection = $this->connection($row);
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
    private function serviceUsage($service, object $f, array $domains, array $accounts): ?array
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
    private static function usageSummary(array $usage, bool $mailboxService): string
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
    private function sendUsageWarning($service, object $f, array $usage): bool
    {
        $client = $this->Clients->get($service->client_id);
        if (!$client) {
            return false;
        }
        $mailboxService = !empty($f->zimbra_email);
        $tags = ['client' => $client, 'service_name' => $mailboxService ? $f->zimbra_email : $f->zimbra_domain,
            'usage' => ['percent' => $usage['percent'], 'summary' => self::usageSummary($usage, $mailboxService), 'used_gb' => ZimbraLimits::gb($usage['used']),
                'limit_gb' => $usage['limit'] > 0 ? ZimbraLimits::gb($usage['limit']) : Language::_('Zimbra.unlimited', true),
                'mailboxes' => $usage['mailboxes'], 'max_mailboxes' => $usage['max_mailboxes'] ?? Language::_('Zimbra.unlimited', true)]];
        $lang = ((array) ($client->settings ?? []))['language'] ?? 'en_us';
        return (bool) $this->Emails->send(self::EMAIL_USAGE_WARNING, Configure::get('Blesta.company_id'), $lang, $client->email, $tags);
    }

    /**
     * The figures the task recorded in a service field, as the pages show them: whole numbers of 0
     * or more, a percent, a time; [] when the field holds anything else (a field written before
     * 0.3.0 stored what an order posted).
     *
     * @return array{mailboxes?: int, max_mailboxes?: ?int, used?: int, limit?: int, percent?: ?float, time?: string, partial?: bool, unreachable?: list<string>, warned?: bool}
     */
    private static function recordedUsage(string $json): array
    {
        $u = json_decode($json, true);
        $count = fn ($v) => is_int($v) && $v >= 0;
        if (!is_array($u) || !$count($u['mailboxes'] ?? null) || !$count($u['used'] ?? null) || !$count($u['limit'] ?? null)
                || !(($u['max_mailboxes'] ?? null) === null || $count($u['max_mailboxes']))
                || !(($u['percent'] ?? null) === null || is_int($u['percent']) || is_float($u['percent']))
                || !is_string($u['time'] ?? null)) {
            return [];
        }
        $u['unreachable'] = array_values(array_filter((array) ($u['unreachable'] ?? []), 'is_string'));
        return $u;
    }

    /**
     * Per server: domains, mailboxes, storage used and services near a limit, from the figures the
     * task recorded (nothing is asked of Zimbra), and the time of the oldest.
     *
     * @return array<int, array{domains: int, mailboxes: int, used: int, near: int, recorded: int, time: ?string, unreachable: list<string>}>
     */
    private function usageByRow($moduleId): array
    {
        Loader::loadModels($this, ['Services']);
        $rows = [];
        foreach ($this->Services->getAll(['date_added' => 'ASC'], true, ['module_id' => $moduleId, 'status' => 'all']) as $service) {
            $f = $this->serviceFieldsToObject($service->fields ?? []);
            $usage = self::recordedUsage((string) ($f->zimbra_usage ?? ''));
            if (!$usage || !in_array($service->status, ['active', 'suspended'], true)) {
                continue;
            }
            $id = (int) (!empty($f->zimbra_module_row) ? $f->zimbra_module_row : $service->module_row_id);
            $r = $rows[$id] ?? ['domains' => 0, 'mailboxes' => 0, 'used' => 0, 'near' => 0, 'recorded' => 0, 'time' => null,
                'unreachable' => []];
            $r['recorded']++;
            $r['unreachable'] = array_values(array_unique(array_merge($r['unreachable'], $usage['unreachable'])));
            $r['near'] += (int) (($usage['percent'] ?? 0) >= self::USAGE_WARN_PERCENT);
            // A mailbox ordered on a domain service is inside that domain's figures already.
            if (empty($f->zimbra_email) || empty($f->zimbra_module_row)) {
                $r['domains'] += (int) empty($f->zimbra_email);
                $r['mailboxes'] += (int) $usage['mailboxes'];
                $r['used'] = ZimbraLimits::addBytes($r['used'], max(0, (int) ($usage['used'] ?? 0)));
            }
            $r['time'] = $r['time'] === null ? $usage['time'] : min($r['time'], $usage['time']);
            $rows[$id] = $r;
        }
        return $rows;
    }
}
