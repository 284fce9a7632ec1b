<?php
/**
 * What a service may use: the package's limits plus the configurable options the customer
 * bought (README, "Selling extras"). Zimbra's limits always equal package + options; a change
 * that would put a limit below what the domain or mailbox already uses is refused before
 * anything is sent, with the figures (ZimbraService applies them).
 *
 * Blesta hands the options as $vars['configoptions'] keyed by option name, a quantity option as
 * its quantity, on order and on every edit (blesta-module.md §6; Blesta 5 Services::edit()
 * builds them from the service's stored options when the edit posts none).
 *
 * Plain functions of their arguments: no Zimbra, no Blesta model.
 */
final class ZimbraLimits
{
    /** Option names the admin gives the package options; each a whole number, 0 when not bought. */
    public const OPTION_EXTRA_MAILBOXES = 'zimbra_extra_mailboxes';
    public const OPTION_EXTRA_STORAGE_GB = 'zimbra_extra_storage_gb';
    public const OPTION_EXTRA_QUOTA_MB = 'zimbra_extra_quota_mb';

    public const GB = 1073741824;
    public const MB = 1048576;

    /**
     * The options' values, checked: a whole number 0 or more each.
     *
     * @return array<string, int>
     * @throws ZimbraFailure naming the option that is not
     */
    public static function extras(array $configoptions, bool $domainType): array
    {
        $names = $domainType ? [self::OPTION_EXTRA_MAILBOXES, self::OPTION_EXTRA_STORAGE_GB] : [self::OPTION_EXTRA_QUOTA_MB];
        $out = [];
        foreach ($names as $name) {
            $value = trim((string) ($configoptions[$name] ?? '0'));
            if (!preg_match('/^[0-9]{1,9}$/', $value)) {
                throw ZimbraFailure::of('configoptions', 'configoptions.format', [$name]);
            }
            $out[$name] = (int) $value;
        }
        return $out;
    }

    /** The service's stored options by name, a quantity as its quantity ($service->options, as Services::get() gives them). */
    public static function storedOptions($service): array
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
    public static function domainAttrs($package, array $extras = []): array
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
    public static function mailboxLimitAttrs($package, array $extras = []): array
    {
        $mb = (int) ($package->meta->mailbox_quota ?? 0);
        return [
            'zimbraMailQuota' => $mb > 0 ? ($mb + ($extras[self::OPTION_EXTRA_QUOTA_MB] ?? 0)) * self::MB : 0,
            'zimbraCOSId' => (string) ($package->meta->cos_id ?? ''),
        ];
    }

    /** Whether $to is a lower limit than $from; '' and 0 mean unlimited. */
    public static function lowers($from, $to): bool
    {
        $unlimited = fn ($v) => $v === '' || $v === null || (int) $v === 0;
        return !$unlimited($to) && ($unlimited($from) || (int) $to < (int) $from);
    }

    /** A change refused because $name uses more than the new limit ($what: mailboxes, storage, quota, unreadable). */
    public static function refusal(string $what, string $name, $used, $limit): ZimbraFailure
    {
        return new ZimbraFailure(['configoptions' => ['limit' => Language::_('Zimbra.!error.limit.' . $what, true, $name, $used, $limit)]]);
    }

    /**
     * The storage a domain uses on every mailbox server (system accounts left out), and the
     * servers that could not be read, name => why: Client::listQuotaUsage(), server by server, so
     * one server down never hides what the others hold.
     *
     * @return array{int, array<string, string>}
     */
    public static function domainUsage(Zimbra\Client $zimbra, string $domain): array
    {
        $used = 0;
        $usage = $zimbra->listQuotaUsage($domain);
        foreach ($usage as $q) {
            $used = self::addBytes($used, $q->used);
        }
        return [$used, $usage->getUnreachableServers()];
    }

    /**
     * Sizes added up without leaving int: the extension gives sizes of 0 or more (it refuses a
     * reply with any other), and a sum past PHP_INT_MAX stops there instead of becoming a float.
     */
    public static function addBytes(int $a, int $b): int
    {
        return $b > PHP_INT_MAX - $a ? PHP_INT_MAX : $a + $b;
    }

    public static function gb(int $bytes): string
    {
        return rtrim(rtrim(number_format($bytes / self::GB, 2, '.', ''), '0'), '.');
    }

    public static function mb(int $bytes): string
    {
        return (string) (int) ceil($bytes / self::MB);
    }
}
