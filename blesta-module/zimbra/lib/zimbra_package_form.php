<?php
/**
 * A package's form and meta: the product type (a whole mail domain, or a single mailbox) and the
 * fields of that type, each checked; a mailbox package's Mailbox Domain must exist on its servers.
 */
final class ZimbraPackageForm
{
    /** Package fields by product type: the form shows the chosen type's only (see typeScript()). */
    private const FIELDS = [
        'domain' => ['aggregate_quota' => 'text', 'max_accounts' => 'text', 'default_cos' => 'cos'],
        'mailbox' => ['mailbox_domain' => 'text', 'cos_id' => 'cos', 'mailbox_quota' => 'text', 'allow_aliases' => 'yesno'],
    ];
    private const DEFAULTS = ['package_type' => 'domain', 'aggregate_quota' => '10', 'max_accounts' => '',
        'default_cos' => '', 'mailbox_domain' => '', 'cos_id' => '', 'mailbox_quota' => '1024', 'allow_aliases' => '1',
        'suspend_mode' => 'closed'];

    /**
     * The form, its values from $vars->meta; the COS selects list $server's classes of service
     * (just "Zimbra default" when there is no server, or it cannot be read: ids can still be typed).
     */
    public static function fields(object $vars, ?ZimbraConnection $server): ModuleFields
    {
        $meta = (object) (((array) ($vars->meta ?? [])) + self::DEFAULTS);
        $fields = new ModuleFields();

        $type = $fields->label(Language::_('Zimbra.package_fields.package_type', true), 'zimbra_package_type');
        $type->attach($fields->fieldSelect('meta[package_type]', [
            'domain' => Language::_('Zimbra.package_fields.package_type.domain', true),
            'mailbox' => Language::_('Zimbra.package_fields.package_type.mailbox', true),
        ], $meta->package_type, ['id' => 'zimbra_package_type']));
        $fields->setField($type);

        $cos = self::cosOptions($server);
        foreach (self::FIELDS as $productType => $keys) {
            foreach ($keys as $key => $kind) {
                $id = 'zimbra_' . $key;
                $attrs = ['id' => $id, 'data-zimbra-type' => $productType];
                $label = $fields->label(Language::_('Zimbra.package_fields.' . $key, true), $id);
                if ($kind === 'cos') {
                    $label->attach($fields->fieldSelect("meta[$key]", $cos, $meta->$key, $attrs));
                } elseif ($kind === 'yesno') {
                    $label->attach($fields->fieldSelect("meta[$key]", ['1' => Language::_('Zimbra.yes', true),
                        '0' => Language::_('Zimbra.no', true)], $meta->$key, $attrs));
                } else {
                    $label->attach($fields->fieldText("meta[$key]", $meta->$key, $attrs));
                }
                $label->attach($fields->tooltip(Language::_('Zimbra.package_fields.' . $key . '_tooltip', true)));
                $fields->setField($label);
            }
        }
        $suspend = $fields->label(Language::_('Zimbra.package_fields.suspend_mode', true), 'zimbra_suspend_mode');
        $suspend->attach($fields->fieldSelect('meta[suspend_mode]', [
            'closed' => Language::_('Zimbra.package_fields.suspend_mode.closed', true),
            'locked' => Language::_('Zimbra.package_fields.suspend_mode.locked', true),
        ], $meta->suspend_mode, ['id' => 'zimbra_suspend_mode']));
        $fields->setField($suspend);
        $fields->setHtml(self::typeScript());
        return $fields;
    }

    /** Shows the chosen product type's fields and hides the other's, now and when the type changes. */
    private static function typeScript(): string
    {
        return <<<'HTML'
<script>
(function () {
    var type = document.getElementById('zimbra_package_type');
    if (!type) { return; }
    function box(el) { return el.closest('li, .form-group, .mb-3, tr') || el.parentNode; }
    function show() {
        document.querySelectorAll('[data-zimbra-type]').forEach(function (el) {
            box(el).style.display = el.getAttribute('data-zimbra-type') === type.value ? '' : 'none';
        });
    }
    type.addEventListener('change', show);
    show();
})();
</script>
HTML;
    }

    /** The COS list of the server, for the selects; just "Zimbra default" when there is none or it cannot be read. */
    private static function cosOptions(?ZimbraConnection $server): array
    {
        $options = ['' => Language::_('Zimbra.package_fields.cos.zimbra_default', true)];
        if ($server && extension_loaded('zimbra')) {
            try {
                foreach ($server->call('listCos', [], fn (Zimbra\Client $z) => $z->listCos()) as $cos) {
                    $options[$cos->id] = $cos->name;
                }
            } catch (\Throwable $e) {
                // Logged by call(); the form still works with "Zimbra default" and ids typed by hand.
            }
        }
        return $options;
    }

    /**
     * The package meta Blesta stores, from the posted form, checked. A mailbox package's Mailbox
     * Domain is looked up on each of $servers (the package's server, or each of its group) when
     * the package is made and when the domain or the server changes: otherwise the first order
     * would fail with account.NO_SUCH_DOMAIN.
     *
     * @param list<ZimbraConnection> $servers
     * @throws ZimbraFailure when a value is wrong, or the domain is missing or cannot be looked up
     */
    public static function meta(array $vars, ?object $package, array $servers): array
    {
        $meta = array_intersect_key((array) ($vars['meta'] ?? []), self::DEFAULTS) + self::DEFAULTS;
        $vars['meta'] = array_map(fn ($v) => trim((string) $v), $meta);
        $error = fn (string $key) => Language::_('Zimbra.!error.meta[' . $key . '].'
            . (in_array($key, ['package_type', 'suspend_mode', 'allow_aliases'], true) ? 'valid' : 'format'), true);
        ZimbraRules::check([
            'meta[package_type]' => ['valid' => ['rule' => ['in_array', ['domain', 'mailbox']], 'message' => $error('package_type')]],
            'meta[aggregate_quota]' => ['format' => ['rule' => ['matches', '/^[0-9]+(\.[0-9]+)?$/'], 'message' => $error('aggregate_quota')]],
            'meta[max_accounts]' => ['format' => ['rule' => ['matches', '/^([0-9]+)?$/'], 'message' => $error('max_accounts')]],
            'meta[default_cos]' => ['format' => ['rule' => [[ZimbraRules::class, 'isOptionalId']], 'message' => $error('default_cos')]],
            'meta[mailbox_domain]' => ['format' => ['rule' => [[ZimbraRules::class, 'isOptionalDomain']], 'message' => $error('mailbox_domain'),
                'post_format' => 'strtolower']],
            'meta[cos_id]' => ['format' => ['rule' => [[ZimbraRules::class, 'isOptionalId']], 'message' => $error('cos_id')]],
            'meta[mailbox_quota]' => ['format' => ['rule' => ['matches', '/^[0-9]+$/'], 'message' => $error('mailbox_quota')]],
            'meta[allow_aliases]' => ['valid' => ['rule' => ['in_array', ['0', '1']], 'message' => $error('allow_aliases')]],
            'meta[suspend_mode]' => ['valid' => ['rule' => ['in_array', ['closed', 'locked']], 'message' => $error('suspend_mode')]],
        ], $vars);
        if (self::domainToCheck($vars, $package)) {
            foreach ($servers as $server) {
                self::requireDomain($server, $vars['meta']['mailbox_domain']);
            }
        }
        $out = [];
        foreach ($vars['meta'] as $key => $value) {
            $out[] = ['key' => $key, 'value' => $value, 'encrypted' => 0];
        }
        return $out;
    }

    /** A mailbox package whose Mailbox Domain, server or server group is new or changed. */
    private static function domainToCheck(array $vars, ?object $package): bool
    {
        $domain = $vars['meta']['mailbox_domain'];
        return $vars['meta']['package_type'] === 'mailbox' && $domain !== '' && !($package
            && $domain === strtolower((string) ($package->meta->mailbox_domain ?? ''))
            && (string) ($vars['module_row'] ?? null) === (string) ($package->module_row ?? '')
            && (string) ($vars['module_group'] ?? null) === (string) ($package->module_group ?? ''));
    }

    /** @throws ZimbraFailure when $domain is not on the server, or Zimbra cannot say */
    private static function requireDomain(ZimbraConnection $server, string $domain): void
    {
        $found = $server->call('getDomain', ['name' => $domain], fn (Zimbra\Client $z) => $z->getDomain($domain, ['zimbraDomainStatus']));
        if (!$found) {
            $meta = $server->row->meta;
            throw new ZimbraFailure(['meta[mailbox_domain]' => ['exists' => Language::_('Zimbra.!error.meta[mailbox_domain].missing',
                true, $domain, $meta->server_label ?? $meta->host_name)]]);
        }
    }
}
