<?php
/**
 * What a service may use: the package's limits plus the configurable options the customer
 * bought (README, "Selling extras"). Zimbra's limits always equal package + options; a change
 * that would put a limit below what the domain or mailbox already uses is refused before
 * anything is sent, with the figures.
 *
 * Blesta hands the options as $vars['configoptions'] keyed by option name, a quantity option as
 * its quantity, on order and on every edit (blesta-module.md §6; Blesta 5 Services::edit()
 * builds them from the service's stored options when the edit posts none).
 */
trait ZimbraLimits
{
    /** Option names the admin gives the package options; each a whole number, 0 when not bought. */
    public const OPTION_EXTRA_MAILBOXES = 'zimbra_extra_mailboxes';
    public const OPTION_EXTRA_STORAGE_GB = 'zimbra_extra_storage_gb';
    public const OPTION_EXTRA_QUOTA_MB = 'zimbra_extra_quota_mb';

    /** The options' values, checked: a whole number 0 or more each; null (Input error set) otherwise. */
    private function extras(array $configoptions, bool $domainType): ?array
    {
        $names = $domainType ? [self::OPTION_EXTRA_MAILBOXES, self::OPTION_EXTRA_STORAGE_GB] : [self::OPTION_EXTRA_QUOTA_MB];
        $out = [];
        foreach ($names as $name) {
            $value = trim((string) ($configoptions[$name] ?? '0'));
            if (!preg_match('/^[0-9]{1,9}$/', $value)) {
                $this->Input->setErrors(['configoptions' => ['format' => Language::_('Zimbra.!error.configoptions.format', true, $name)]]);
                return null;
            }
            $out[$name] = (int) $value;
        }
        return $out;
    }

    /** The service's stored options by name, a quantity as its quantity ($service->options, as Services::get() gives them). */
    private static function storedOptions($service): array
    {
        $out = [];
        foreach ((array) ($service->options ?? []) as $o) {
            $out[$o->option_name] = ($o->option_type ?? '') === 'quantity' ? $o->qty : $o->value;
        }
        return $out;
    }

    /**
     * The domain's Zimbra limits and default COS for the package and extras. An unlimited
     * package value (no account limit, aggregate quota 0) stays unlimited: extras add to a limit.
     */
    private function domainAttrs($package, array $extras = []): array
    {
        $meta = $package->meta;
        $gb = (float) ($meta->aggregate_quota ?? 0);
        $accounts = (string) ($meta->max_accounts ?? '');
        return [
            'zimbraDomainAggregateQuota' => $gb > 0
                ? (int) round(($gb + ($extras[self::OPTION_EXTRA_STORAGE_GB] ?? 0)) * self::GB) : 0,
            'zimbraDomainMaxAccounts' => $accounts === '' ? '' : (int) $accounts + ($extras[self::OPTION_EXTRA_MAILBOXES] ?? 0),
            'zimbraDomainDefaultCOSId' => (string) ($meta->default_cos ?? ''),
        ];
    }

    /** The mailbox's quota and COS for the package and extras; a 0 (unlimited) quota stays unlimited. */
    private function mailboxLimitAttrs($package, array $extras = []): array
    {
        $mb = (int) ($package->meta->mailbox_quota ?? 0);
        return [
            'zimbraMailQuota' => $mb > 0 ? ($mb + ($extras[self::OPTION_EXTRA_QUOTA_MB] ?? 0)) * self::MB : 0,
            'zimbraCOSId' => (string) ($package->meta->cos_id ?? ''),
        ];
    }

    /**
     * Bring a domain's limits to $attrs. Lowering one is refused when the domain already uses
     * more (mailboxes as Zimbra counts them for zimbraDomainMaxAccounts, bytes as GetQuotaUsage
     * adds them up); nothing is changed then. Nothing is sent when the limits are already right.
     */
    private function applyDomainLimits($row, Zimbra\Client $zimbra, object $f, array $attrs): void
    {
        $id = $this->domainId($row, $zimbra, $f);
        $domain = $this->call($row, ZimbraOperation::named('getDomain'), ['domain' => $f->zimbra_domain],
            fn () => $zimbra->getDomain($id, array_keys($attrs)));
        $current = $domain ? ['zimbraDomainAggregateQuota' => $domain->getAggregateQuota(),
            'zimbraDomainMaxAccounts' => $domain->getMaxAccounts() ?? '', 'zimbraDomainDefaultCOSId' => $domain->getDefaultCosId() ?? ''] : [];
        if ($current == $attrs) {
            return;
        }
        if (self::lowers($current['zimbraDomainMaxAccounts'] ?? '', $attrs['zimbraDomainMaxAccounts'])
            || self::lowers($current['zimbraDomainAggregateQuota'] ?? 0, $attrs['zimbraDomainAggregateQuota'])) {
            // Storage server by server: with a mailbox server down, what the domain uses is unknown, and
            // a lower storage limit is refused (nothing changed) instead of set blind.
            [$mailboxes, [$used, $unreachable]] = $this->call($row, ZimbraOperation::named('domainUsage'), ['domain' => $f->zimbra_domain],
                fn () => [$zimbra->countObjects('userAccount', $f->zimbra_domain), $this->domainUsage($zimbra, $f->zimbra_domain)]);
            if ($attrs['zimbraDomainMaxAccounts'] !== '' && $mailboxes > $attrs['zimbraDomainMaxAccounts']) {
                $this->refuseLimit('mailboxes', $f->zimbra_domain, $mailboxes, $attrs['zimbraDomainMaxAccounts']);
            }
            if ($attrs['zimbraDomainAggregateQuota'] > 0 && self::lowers($current['zimbraDomainAggregateQuota'] ?? 0, $attrs['zimbraDomainAggregateQuota'])
                    && $unreachable) {
                $this->refuseLimit('unreadable', $f->zimbra_domain, implode(', ', array_keys($unreachable)), self::gb($attrs['zimbraDomainAggregateQuota']));
            }
            if ($attrs['zimbraDomainAggregateQuota'] > 0 && $used > $attrs['zimbraDomainAggregateQuota']) {
                $this->refuseLimit('storage', $f->zimbra_domain, self::gb($used), self::gb($attrs['zimbraDomainAggregateQuota']));
            }
        }
        $this->call($row, ZimbraOperation::named('modifyDomain'), ['domain' => $f->zimbra_domain] + $attrs,
            fn () => $zimbra->modifyDomain($id, $attrs));
    }

    /**
     * What bringing a mailbox to $attrs (quota, COS, display name) changes: [the values it has, the
     * values it gets], for the attributes that differ; nothing is sent. A quota below the
     * mailbox's size is refused (nothing changed).
     *
     * @return array{array<string, mixed>, array<string, mixed>}
     */
    private function mailboxChanges($row, Zimbra\Client $zimbra, object $f, array $attrs): array
    {
        $id = $this->accountId($row, $zimbra, $f);
        $account = $this->call($row, ZimbraOperation::named('getAccount'), ['account' => $f->zimbra_email],
            fn () => $zimbra->getAccount($id, array_keys($attrs)));
        $current = $account ? ['zimbraMailQuota' => $account->getQuota(), 'zimbraCOSId' => $account->getCosId() ?? '',
            'displayName' => $account->getDisplayName() ?? '', 'cn' => (string) $account->get('cn')] : [];
        $before = $after = [];
        foreach ($attrs as $name => $value) {
            if (($current[$name] ?? null) != $value) {
                $before[$name] = $current[$name] ?? '';
                $after[$name] = $value;
            }
        }
        if (isset($after['zimbraMailQuota']) && self::lowers($current['zimbraMailQuota'] ?? 0, $after['zimbraMailQuota'])) {
            $size = $this->call($row, ZimbraOperation::named('getMailboxSize'), ['account' => $f->zimbra_email],
                fn () => $zimbra->getMailboxSize($id));
            if ($after['zimbraMailQuota'] > 0 && $size > $after['zimbraMailQuota']) {
                $this->refuseLimit('quota', $f->zimbra_email, self::mb($size), self::mb($after['zimbraMailQuota']));
            }
        }
        return [$before, $after];
    }

    /** Whether $to is a lower limit than $from; '' and 0 mean unlimited. */
    private static function lowers($from, $to): bool
    {
        $unlimited = fn ($v) => $v === '' || $v === null || (int) $v === 0;
        return !$unlimited($to) && ($unlimited($from) || (int) $to < (int) $from);
    }

    /** A batch's results, or its first failure thrown, as the single calls would throw it. */
    private static function results(array $results): array
    {
        foreach ($results as $r) {
            if ($r instanceof \Throwable) {
                throw $r;
            }
        }
        return $results;
    }

    /** @return never */
    /**
     * The storage a domain uses on every mailbox server (system accounts left out), and the
     * servers that could not be read, name => why: Client::listQuotaUsage(), server by server, so
     * one server down never hides what the others hold.
     *
     * @return array{int, array<string, string>}
     */
    private function domainUsage(Zimbra\Client $zimbra, string $domain): array
    {
        $used = 0;
        $usage = $zimbra->listQuotaUsage($domain);
        foreach ($usage as $q) {
            $used = self::addBytes($used, $q->used);
        }
        return [$used, $usage->getUnreachableServers()];
    }

    private function refuseLimit(string $what, string $name, $used, $limit): void
    {
        $this->Input->setErrors(['configoptions' => ['limit' => Language::_('Zimbra.!error.limit.' . $what, true, $name, $used, $limit)]]);
        throw new ZimbraModuleHandled('limit below use');
    }

    private static function gb(int $bytes): string
    {
        return rtrim(rtrim(number_format($bytes / self::GB, 2, '.', ''), '0'), '.');
    }

    private static function mb(int $bytes): string
    {
        return (string) (int) ceil($bytes / self::MB);
    }
}
