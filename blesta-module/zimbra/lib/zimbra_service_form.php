<?php
/**
 * A service's own fields: the order and edit forms, their rules, what an edit changes, and the
 * field list Blesta stores. A domain service has its domain; a mailbox service its address,
 * password (encrypted by Blesta), display name and the ids and figures the module records.
 */
final class ZimbraServiceForm
{
    /** Service fields the module fills in itself; an order that posts them is not listened to. */
    public const RECORDED_FIELDS = ['zimbra_domain_id', 'zimbra_account_id', 'zimbra_email', 'zimbra_module_row', 'zimbra_usage',
        ZimbraSuspension::LISTS_KEPT];

    /** The order or edit form: the domain, or the mailbox's local part, password (admins only) and display name. */
    public static function fields($package, object $vars, bool $admin): ModuleFields
    {
        $fields = new ModuleFields();
        $add = function (string $key, string $kind) use ($fields, $vars) {
            $label = $fields->label(Language::_('Zimbra.service_field.' . $key, true), $key);
            $label->attach($kind === 'password'
                ? $fields->fieldPassword($key, ['id' => $key, 'autocomplete' => 'new-password'])
                : $fields->fieldText($key, $vars->$key ?? null, ['id' => $key]));
            if ($key === 'zimbra_password') {
                $label->attach($fields->tooltip(Language::_('Zimbra.service_field.zimbra_password_tooltip', true)));
            }
            $fields->setField($label);
        };
        if (self::isDomainType($package)) {
            $add('zimbra_domain', 'text');
        } else {
            $add('zimbra_email_local', 'text');
            if ($admin) {
                $add('zimbra_password', 'password');  // clients set theirs in the self-service tab
            }
            $add('zimbra_display_name', 'text');
        }
        return $fields;
    }

    public static function isDomainType($package): bool
    {
        return ($package->meta->package_type ?? 'domain') === 'domain';
    }

    /** A domain service is named by its domain, a mailbox service by its address. */
    public static function name($service): ?string
    {
        $f = ZimbraFields::of($service);
        return $f->zimbra_email ?? $f->zimbra_domain ?? null;
    }

    /** The name of a service being ordered: the domain, or the mailbox's address when its domain is known. */
    public static function orderName($package, array $vars, $parentService): ?string
    {
        if (self::isDomainType($package)) {
            return isset($vars['zimbra_domain']) ? strtolower(trim((string) $vars['zimbra_domain'])) : null;
        }
        $local = strtolower(trim((string) ($vars['zimbra_email_local'] ?? '')));
        if ($local === '') {
            return null;
        }
        $domain = ZimbraFields::mailboxDomain($package, $parentService);
        return $domain === null ? $local : $local . '@' . $domain;
    }

    /**
     * Check an order's or an edit's fields ($edit: each may be left out). Input's formatting
     * (lower case) is applied to $vars.
     *
     * @throws ZimbraFailure
     */
    public static function validate($package, array &$vars, bool $edit): void
    {
        $type = $package->meta->package_type ?? (isset($vars['zimbra_domain']) ? 'domain' : 'mailbox');
        $error = fn (string $key) => Language::_('Zimbra.!error.' . $key, true);
        if ($type === 'domain') {
            $rules = ['zimbra_domain' => ['format' => ['rule' => [[ZimbraRules::class, 'isDomainName']], 'message' => $error('zimbra_domain.format'),
                'pre_format' => [[ZimbraRules::class, 'lower']], 'if_set' => $edit]]];
        } else {
            $rules = [
                'zimbra_email_local' => ['format' => ZimbraRules::localPart('zimbra_email_local.format')['format'] + ['if_set' => $edit]],
                // Optional: a blank field posts '' (set, so if_set does not skip it: blesta-module.md §17); blank
                // means the local part on an order and "unchanged" on an edit.
                'zimbra_display_name' => ['length' => ['rule' => fn ($n) => $n === null || $n === ''
                    || (is_string($n) && mb_strlen($n) <= 256 && trim($n) !== ''), 'message' => $error('zimbra_display_name.length')]],
                'zimbra_password' => ['length' => ['rule' => fn ($p) => $p === null || $p === '' || strlen($p) >= 8,
                    'message' => $error('zimbra_password.length'), 'if_set' => true]],
            ];
        }
        ZimbraRules::check($rules, $vars);
    }

    /**
     * The vars without the display name and password when they are handed back as stored
     * (Blesta's upgrade review hands back every stored field): no change, so no reason to refuse.
     */
    public static function withoutUnchanged(array $vars, array $stored): array
    {
        foreach (['zimbra_password', 'zimbra_display_name'] as $key) {
            if (isset($vars[$key], $stored[$key]) && $vars[$key] === $stored[$key]) {
                unset($vars[$key]);
            }
        }
        return $vars;
    }

    /**
     * The display name and password an edit changes: each when given and different from what is
     * stored. Blesta's client-area upgrade hands back every stored field (the password decrypted,
     * blesta-module.md §17), so a value equal to the stored one is not a request to change it: a
     * password the customer has since changed in webmail must never be reset to the order's.
     *
     * @return array<string, string>
     */
    public static function changes(array $current, array $vars): array
    {
        $changes = [];
        foreach (['zimbra_display_name', 'zimbra_password'] as $key) {
            $value = $vars[$key] ?? '';
            if (is_string($value) && $value !== '' && $value !== (string) ($current[$key] ?? '')) {
                $changes[$key] = $value;
            }
        }
        return $changes;
    }

    /** The fields Blesta stores for a service of this type, from $vars. */
    public static function fieldList(bool $domainType, array $vars): array
    {
        $keys = $domainType
            ? ['zimbra_domain' => 0, 'zimbra_domain_id' => 0, 'zimbra_usage' => 0]
            : ['zimbra_domain' => 0, 'zimbra_email' => 0, 'zimbra_email_local' => 0, 'zimbra_password' => 1,
                'zimbra_display_name' => 0, 'zimbra_account_id' => 0, 'zimbra_module_row' => 0, 'zimbra_usage' => 0,
                ZimbraSuspension::LISTS_KEPT => 0];
        $out = [];
        foreach ($keys as $key => $encrypted) {
            $out[] = ['key' => $key, 'value' => (string) ($vars[$key] ?? ''), 'encrypted' => $encrypted];
        }
        return $out;
    }

    /** A new mailbox's attributes: its display name (the local part when none is given) and the package's limits. */
    public static function mailboxAttrs($package, array $vars, array $extras): array
    {
        $name = ($vars['zimbra_display_name'] ?? '') !== '' ? $vars['zimbra_display_name'] : $vars['zimbra_email_local'];
        return ['displayName' => $name, 'cn' => $name] + self::set(ZimbraLimits::mailboxLimitAttrs($package, $extras));
    }

    /** The attributes that have a value: a new object needs no empty ones (they would only unset). */
    public static function set(array $attrs): array
    {
        return array_filter($attrs, fn ($v) => $v !== '');
    }
}
