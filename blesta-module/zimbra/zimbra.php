<?php
/**
 * Zimbra mail hosting for Blesta: whole mail domains, or single mailboxes (alone or on
 * top of a domain service).
 *
 * This class is Blesta glue only: form rules, views, service fields and logging. Every
 * Zimbra call is a method of the php-zimbra extension (Zimbra\Client), which validates,
 * escapes, paces and parses; this class never builds a request itself.
 */
require_once __DIR__ . DIRECTORY_SEPARATOR . 'lib' . DIRECTORY_SEPARATOR . 'zimbra_failure.php';
require_once __DIR__ . DIRECTORY_SEPARATOR . 'lib' . DIRECTORY_SEPARATOR . 'zimbra_operation.php';
require_once __DIR__ . DIRECTORY_SEPARATOR . 'lib' . DIRECTORY_SEPARATOR . 'zimbra_connection.php';
require_once __DIR__ . DIRECTORY_SEPARATOR . 'lib' . DIRECTORY_SEPARATOR . 'zimbra_service.php';
require_once __DIR__ . DIRECTORY_SEPARATOR . 'lib' . DIRECTORY_SEPARATOR . 'zimbra_tagged_create.php';
require_once __DIR__ . DIRECTORY_SEPARATOR . 'lib' . DIRECTORY_SEPARATOR . 'zimbra_settings.php';
require_once __DIR__ . DIRECTORY_SEPARATOR . 'lib' . DIRECTORY_SEPARATOR . 'zimbra_servers.php';
require_once __DIR__ . DIRECTORY_SEPARATOR . 'lib' . DIRECTORY_SEPARATOR . 'zimbra_tabs.php';
require_once __DIR__ . DIRECTORY_SEPARATOR . 'lib' . DIRECTORY_SEPARATOR . 'zimbra_limits.php';
require_once __DIR__ . DIRECTORY_SEPARATOR . 'lib' . DIRECTORY_SEPARATOR . 'zimbra_usage.php';
require_once __DIR__ . DIRECTORY_SEPARATOR . 'lib' . DIRECTORY_SEPARATOR . 'zimbra_mail_hosts.php';
require_once __DIR__ . DIRECTORY_SEPARATOR . 'lib' . DIRECTORY_SEPARATOR . 'zimbra_suspension.php';

/**
 * Models Blesta loads onto the module as properties (Loader::loadModels, blesta-module.md §16):
 * @property ModuleManager $ModuleManager
 * @property Services $Services
 * @property CronTasks $CronTasks
 * @property EmailGroups $EmailGroups
 * @property Emails $Emails
 * @property Languages $Languages
 * @property Clients $Clients
 * @property Companies $Companies
 * @property PackageOptions $PackageOptions
 */
class Zimbra extends Module
{
    use ZimbraSettings;
    use ZimbraServers;
    use ZimbraTabs;
    use ZimbraUsage;

    public function __construct()
    {
        $this->loadConfig(__DIR__ . DS . 'config.json');
        Loader::loadComponents($this, ['Input']);
        Language::loadLang('zimbra', null, __DIR__ . DS . 'language' . DS);
    }

    /** Seconds a provisioning request (add, suspend, cancel...) may take; Blesta's own page timeouts are longer. */
    protected function requestTimeout(): float
    {
        return 30.0;
    }

    /** Seconds a tab page waits for Zimbra, connecting included (README, "When Zimbra is down or slow"). */
    protected function tabTimeout(): float
    {
        return 5.0;
    }

    /* ---- install ------------------------------------------------------------ */

    public function install()
    {
        if (!extension_loaded('zimbra')) {
            $this->Input->setErrors(['extension' => ['missing' => Language::_('Zimbra.!error.extension.missing', true)]]);
            return;
        }
        $this->addUsageTask();
        $this->addUsageEmail();
    }

    /**
     * Blesta calls this when config.json's version is newer than the installed one. Each step
     * brings stored rows from the versions before it; steps are idempotent, so an upgrade that
     * stopped can run again. A downgrade is refused: newer rows may hold what older code misreads.
     */
    public function upgrade($current_version)
    {
        if (version_compare((string) $current_version, $this->getVersion(), '>')) {
            $this->Input->setErrors(['version' => ['downgrade' => Language::_('Zimbra.!error.version.downgrade', true,
                $current_version, $this->getVersion())]]);
            return;
        }
        Loader::loadModels($this, ['ModuleManager']);
        foreach ($this->upgradeSteps() as $version => $step) {
            if (version_compare((string) $current_version, $version, '<')) {
                $step();
            }
        }
    }

    /** @return array<string, callable> the version each step brings rows up to, oldest first */
    private function upgradeSteps(): array
    {
        return [
            // Rows saved by pre-release builds had no TLS mode: they get the secure default, spelled out.
            '0.1.0' => function () {
                foreach ($this->ModuleManager->getByClass('zimbra') as $module) {  // every company's install
                    foreach ($this->ModuleManager->getRows($module->id) as $row) {
                        if (!isset($row->meta->tls_mode)) {
                            $this->keepRowMeta($row, ['tls_mode' => 'verify']);
                        }
                    }
                }
            },
            // The usage task and the warning mail came with 0.2.0, for every company that has the
            // module; 0.3.0 adds what 0.2.0 made for the upgrading company only, and sends the
            // mail from each company's own domain.
            '0.3.0' => function () {
                $this->forEachCompany(function () {
                    $this->addUsageTask();
                    $this->addUsageEmail();
                });
            },
        ];
    }

    /* ---- packages ------------------------------------------------------------ */

    /** Package fields by product type: the form shows the chosen type's only (see packageTypeScript()). */
    private const PACKAGE_FIELDS = [
        'domain' => ['aggregate_quota' => 'text', 'max_accounts' => 'text', 'default_cos' => 'cos'],
        'mailbox' => ['mailbox_domain' => 'text', 'cos_id' => 'cos', 'mailbox_quota' => 'text', 'allow_aliases' => 'yesno'],
    ];
    private const PACKAGE_DEFAULTS = ['package_type' => 'domain', 'aggregate_quota' => '10', 'max_accounts' => '',
        'default_cos' => '', 'mailbox_domain' => '', 'cos_id' => '', 'mailbox_quota' => '1024', 'allow_aliases' => '1',
        'suspend_mode' => 'closed'];

    public function getPackageFields($vars = null)
    {
        $vars = (object) ($vars ?? []);
        $meta = (object) (((array) ($vars->meta ?? [])) + self::PACKAGE_DEFAULTS);
        $fields = new ModuleFields();

        $type = $fields->label(Language::_('Zimbra.package_fields.package_type', true), 'zimbra_package_type');
        $type->attach($fields->fieldSelect('meta[package_type]', [
            'domain' => Language::_('Zimbra.package_fields.package_type.domain', true),
            'mailbox' => Language::_('Zimbra.package_fields.package_type.mailbox', true),
        ], $meta->package_type, ['id' => 'zimbra_package_type']));
        $fields->setField($type);

        $cos = null;
        foreach (self::PACKAGE_FIELDS as $productType => $keys) {
            foreach ($keys as $key => $kind) {
                $id = 'zimbra_' . $key;
                $attrs = ['id' => $id, 'data-zimbra-type' => $productType];
                $label = $fields->label(Language::_('Zimbra.package_fields.' . $key, true), $id);
                if ($kind === 'cos') {
                    $cos ??= $this->cosOptions($vars);
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
        $fields->setHtml($this->packageTypeScript());
        return $fields;
    }

    /** Shows the chosen product type's fields and hides the other's, now and when the type changes. */
    private function packageTypeScript(): string
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

    /** The COS list of the package's server, for the selects; just "Zimbra default" when unreachable. */
    private function cosOptions(object $vars): array
    {
        $options = ['' => Language::_('Zimbra.package_fields.cos.zimbra_default', true)];
        $rowId = $vars->module_row ?? null;
        $row = $rowId ? $this->getModuleRow($rowId) : null;
        if (!$row && !empty($vars->module_group)) {
            $row = $this->getModuleRows($vars->module_group)[0] ?? null;
        }
        if ($row && extension_loaded('zimbra')) {
            try {
                foreach ($this->connection($row)->call('listCos', [], fn (Zimbra\Client $z) => $z->listCos()) as $cos) {
                    $options[$cos->id] = $cos->name;
                }
            } catch (\Throwable $e) {
                // Logged by call(); the form still works with "Zimbra default" and ids typed by hand.
            }
        }
        return $options;
    }

    public function addPackage(?array $vars = null)
    {
        return $this->packageMeta($vars ?? [], null);
    }

    public function editPackage($package, ?array $vars = null)
    {
        return $this->packageMeta($vars ?? [], $package);
    }

    private function packageMeta(array $vars, ?object $package)
    {
        $meta = array_intersect_key((array) ($vars['meta'] ?? []), self::PACKAGE_DEFAULTS) + self::PACKAGE_DEFAULTS;
        $vars['meta'] = array_map(fn ($v) => trim((string) $v), $meta);
        $error = fn (string $key) => Language::_('Zimbra.!error.meta[' . $key . '].'
            . (in_array($key, ['package_type', 'suspend_mode', 'allow_aliases'], true) ? 'valid' : 'format'), true);
        $this->Input->setRules([
            'meta[package_type]' => ['valid' => ['rule' => ['in_array', ['domain', 'mailbox']], 'message' => $error('package_type')]],
            'meta[aggregate_quota]' => ['format' => ['rule' => ['matches', '/^[0-9]+(\.[0-9]+)?$/'], 'message' => $error('aggregate_quota')]],
            'meta[max_accounts]' => ['format' => ['rule' => ['matches', '/^([0-9]+)?$/'], 'message' => $error('max_accounts')]],
            'meta[default_cos]' => ['format' => ['rule' => [[$this, 'isOptionalId']], 'message' => $error('default_cos')]],
            'meta[mailbox_domain]' => ['format' => ['rule' => [[$this, 'isOptionalDomain']], 'message' => $error('mailbox_domain'),
                'post_format' => 'strtolower']],
            'meta[cos_id]' => ['format' => ['rule' => [[$this, 'isOptionalId']], 'message' => $error('cos_id')]],
            'meta[mailbox_quota]' => ['format' => ['rule' => ['matches', '/^[0-9]+$/'], 'message' => $error('mailbox_quota')]],
            'meta[allow_aliases]' => ['valid' => ['rule' => ['in_array', ['0', '1']], 'message' => $error('allow_aliases')]],
            'meta[suspend_mode]' => ['valid' => ['rule' => ['in_array', ['closed', 'locked']], 'message' => $error('suspend_mode')]],
        ]);
        if (!$this->Input->validates($vars) || !$this->mailboxDomainExists($vars, $package)) {
            return;
        }
        $out = [];
        foreach ($vars['meta'] as $key => $value) {
            $out[] = ['key' => $key, 'value' => $value, 'encrypted' => 0];
        }
        return $out;
    }

    /**
     * A mailbox package's Mailbox Domain exists on its server (each server of its group), checked
     * when the package is made and when the domain or the server changes: otherwise the first
     * order would fail with account.NO_SUCH_DOMAIN. Sets the Input error and says false when not.
     */
    private function mailboxDomainExists(array $vars, ?object $package): bool
    {
        $domain = $vars['meta']['mailbox_domain'];
        $rowId = $vars['module_row'] ?? null;
        $groupId = $vars['module_group'] ?? null;
        if ($vars['meta']['package_type'] !== 'mailbox' || $domain === '' || ($package
                && $domain === strtolower((string) ($package->meta->mailbox_domain ?? ''))
                && (string) $rowId === (string) ($package->module_row ?? '') && (string) $groupId === (string) ($package->module_group ?? ''))) {
            return true;
        }
        $rows = $rowId ? array_filter([$this->getModuleRow($rowId)]) : ($groupId ? $this->getModuleRows($groupId) : []);
        foreach ($rows as $row) {
            $found = $this->guard(fn () => $this->connection($row)->call('getDomain', ['name' => $domain],
                fn (Zimbra\Client $z) => $z->getDomain($domain, ['zimbraDomainStatus'])) ?? false);
            if ($found === false) {
                $this->Input->setErrors(['meta[mailbox_domain]' => ['exists' => Language::_('Zimbra.!error.meta[mailbox_domain].missing',
                    true, $domain, $row->meta->server_label ?? $row->meta->host_name)]]);
            }
            if (!$found) {
                return false;  // missing, or Zimbra could not say (guard() set why): nothing is saved
            }
        }
        return true;
    }

    public function isOptionalId($value): bool
    {
        return $value === null || $value === '' || Zimbra\Validate::isId((string) $value);
    }

    public function isOptionalDomain($value): bool
    {
        return $value === null || $value === '' || $this->validName(fn () => Zimbra\Validate::domain((string) $value));
    }

    private function validName(callable $check): bool
    {
        try {
            $check();
            return true;
        } catch (Zimbra\ValidationException $e) {
            return false;
        }
    }

    /* ---- service fields ------------------------------------------------------ */

    public function getAdminAddFields($package, $vars = null)
    {
        return $this->serviceFields($package, (object) ($vars ?? []), true);
    }

    public function getClientAddFields($package, $vars = null)
    {
        return $this->serviceFields($package, (object) ($vars ?? []), false);
    }

    public function getAdminEditFields($package, $vars = null)
    {
        return $this->serviceFields($package, (object) ($vars ?? []), true);
    }

    private function serviceFields($package, object $vars, bool $admin): ModuleFields
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
        if (($package->meta->package_type ?? 'domain') === 'domain') {
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

    /** A domain service is named by its domain, a mailbox service by its address. */
    public function getServiceName($service)
    {
        $f = $this->serviceFieldsToObject($service->fields ?? []);
        return $f->zimbra_email ?? $f->zimbra_domain ?? null;
    }

    /** The name of a service being ordered: the domain, or the mailbox's address when its domain is known. */
    public function getPackageServiceName($package, ?array $vars = null)
    {
        if (($package->meta->package_type ?? 'domain') === 'domain') {
            return isset($vars['zimbra_domain']) ? strtolower(trim((string) $vars['zimbra_domain'])) : null;
        }
        $local = strtolower(trim((string) ($vars['zimbra_email_local'] ?? '')));
        if ($local === '') {
            return null;
        }
        $parent = null;
        if (!empty($vars['parent_service_id'])) {
            Loader::loadModels($this, ['Services']);
            $parent = $this->Services->get($vars['parent_service_id']) ?: null;
        }
        $domain = $this->mailboxDomain($package, $parent);
        return $domain === null ? $local : $local . '@' . $domain;
    }

    public function validateService($package, ?array $vars = null)
    {
        $vars = $vars ?? [];
        return $this->validateServiceVars($package, $vars, false);
    }

    public function validateServiceEdit($service, ?array $vars = null)
    {
        $vars = self::withoutUnchanged($vars ?? [], (array) $this->serviceFieldsToObject($service->fields ?? []));
        return $this->validateServiceVars($service->package ?? null, $vars, true) && $this->validOptions($service, $vars);
    }

    /**
     * The vars without the display name and password when they are handed back as stored
     * (Blesta's upgrade review hands back every stored field): no change, so no reason to refuse.
     */
    private static function withoutUnchanged(array $vars, array $stored): array
    {
        foreach (['zimbra_password', 'zimbra_display_name'] as $key) {
            if (isset($vars[$key], $stored[$key]) && $vars[$key] === $stored[$key]) {
                unset($vars[$key]);
            }
        }
        return $vars;
    }

    /** The options of an edit are whole numbers (the limits against use are checked by editService(), with Zimbra). */
    private function validOptions($service, array $vars): bool
    {
        try {
            ZimbraLimits::extras((array) ($vars['configoptions'] ?? []), ($service->package->meta->package_type ?? 'domain') === 'domain');
            return true;
        } catch (ZimbraFailure $e) {
            $this->Input->setErrors($e->errors);
            return false;
        }
    }

    private function validateServiceVars($package, array &$vars, bool $edit): bool
    {
        $type = $package->meta->package_type ?? (isset($vars['zimbra_domain']) ? 'domain' : 'mailbox');
        $error = fn (string $key) => Language::_('Zimbra.!error.' . $key, true);
        if ($type === 'domain') {
            $rules = ['zimbra_domain' => ['format' => ['rule' => [[$this, 'isDomainName']], 'message' => $error('zimbra_domain.format'),
                'pre_format' => [[$this, 'lower']], 'if_set' => $edit]]];
        } else {
            $rules = [
                'zimbra_email_local' => ['format' => ['rule' => [[$this, 'isLocalPart']], 'message' => $error('zimbra_email_local.format'),
                    'pre_format' => [[$this, 'lower']], 'if_set' => $edit]],
                // Optional: a blank field posts '' (set, so if_set does not skip it: blesta-module.md §17); blank
                // means the local part on an order and "unchanged" on an edit.
                'zimbra_display_name' => ['length' => ['rule' => fn ($n) => $n === null || $n === ''
                    || (is_string($n) && mb_strlen($n) <= 256 && trim($n) !== ''), 'message' => $error('zimbra_display_name.length')]],
                'zimbra_password' => ['length' => ['rule' => fn ($p) => $p === null || $p === '' || strlen($p) >= 8,
                    'message' => $error('zimbra_password.length'), 'if_set' => true]],
            ];
        }
        $this->Input->setRules($rules);
        return $this->Input->validates($vars);
    }

    public function lower($value)
    {
        return is_string($value) ? strtolower(trim($value)) : $value;
    }

    public function isDomainName($value): bool
    {
        return is_string($value) && $this->validName(fn () => Zimbra\Validate::domain($value));
    }

    public function isLocalPart($value): bool
    {
        return is_string($value) && $this->validName(fn () => Zimbra\Validate::localPart($value));
    }

    /* ---- service lifecycle --------------------------------------------------- */

    public function addService($package, ?array $vars = null, $parent_package = null, $parent_service = null, $status = 'pending')
    {
        return $this->guard(function () use ($package, $vars, $parent_service) {
            // What the module records itself (ids, usage, list memberships) never comes from an order.
            $vars = array_diff_key($vars ?? [], array_flip(self::RECORDED_FIELDS));
            if (!$this->validateServiceVars($package, $vars, false)) {
                return null;
            }
            $domainType = ($package->meta->package_type ?? 'domain') === 'domain';
            $extras = ZimbraLimits::extras((array) ($vars['configoptions'] ?? []), $domainType);
            $row = $this->serviceRow(null, $parent_service);
            if (!$domainType) {
                $onDomainService = $this->isDomainService($parent_service);
                $vars['zimbra_domain'] = $this->mailboxDomain($package, $parent_service);
                if ($vars['zimbra_domain'] === null) {
                    $this->Input->setErrors(['parent_service' => ['required' => Language::_('Zimbra.!error.parent_service.required', true)]]);
                    return null;
                }
                // On a shared domain, the role addresses (postmaster@, abuse@...) belong to whoever runs it.
                if (!$onDomainService && $this->isReservedLocalPart($vars['zimbra_email_local'])) {
                    $this->Input->setErrors(['zimbra_email_local' => ['reserved' => Language::_('Zimbra.!error.local.reserved', true,
                        $vars['zimbra_email_local'] . '@' . $vars['zimbra_domain'])]]);
                    return null;
                }
                if (($vars['zimbra_password'] ?? '') === '') {
                    $vars['zimbra_password'] = Zimbra\Validate::generatePassword();
                }
                $vars['zimbra_email'] = $vars['zimbra_email_local'] . '@' . $vars['zimbra_domain'];
                $vars['zimbra_module_row'] = $onDomainService && $row ? (string) $row->id : '';
            }
            if (($vars['use_module'] ?? 'true') !== 'true') {
                return $this->serviceFieldList($domainType, $vars);
            }
            if (!$row) {
                $this->Input->setErrors(['module_row' => ['missing' => Language::_('Zimbra.!error.module_row.missing', true)]]);
                return null;
            }
            // Ordered together, the mailbox may be provisioned before its domain: Blesta tries again later.
            if (!$domainType && $this->isDomainService($parent_service)
                    && in_array($parent_service->status ?? 'active', ['pending', 'in_review', 'canceled'], true)) {
                $this->Input->setErrors(['parent_service' => ['inactive' => Language::_('Zimbra.!error.parent_service.inactive', true,
                    $vars['zimbra_domain'], $parent_service->status)]]);
                return null;
            }
            if (!$this->requireExtension() || !$this->requireLicense()) {
                return null;
            }
            $create = new ZimbraTaggedCreate($this->connection($row));
            if ($domainType) {
                $name = $vars['zimbra_domain'];
                $attrs = self::set(ZimbraLimits::domainAttrs($package, $extras));
                $domain = $create->create('createDomain', 'zimbra_domain', $name, ['name' => $name],
                    fn (Zimbra\Client $z, string $note) => $z->createDomain($name, $attrs + ['zimbraNotes' => $note]),
                    fn (Zimbra\Client $z) => $z->getDomain($name, ['zimbraNotes']));
                $vars['zimbra_domain_id'] = $domain->id;
                $this->adjustAccountCount($row, +1);
            } else {
                $name = $vars['zimbra_email'];
                $attrs = $this->mailboxAttrs($package, $vars, $extras);
                $account = $create->create('createAccount', 'zimbra_email', $name, ['name' => $name, 'password' => '***'],
                    fn (Zimbra\Client $z, string $note) => $z->createAccount($name, $vars['zimbra_password'], $attrs + ['zimbraNotes' => $note]),
                    fn (Zimbra\Client $z) => $z->getAccount($name, ['zimbraNotes']));
                $vars['zimbra_account_id'] = $account->id;
            }
            return $this->serviceFieldList($domainType, $vars);
        });
    }

    /** A Zimbra domain service of this module (it has a domain and no mailbox of its own). */
    private function isDomainService($service): bool
    {
        if (!$service) {
            return false;
        }
        $f = $this->serviceFieldsToObject($service->fields ?? []);
        return !empty($f->zimbra_domain) && empty($f->zimbra_email);
    }

    /** Parent domain service first, then the package's Mailbox Domain. */
    private function mailboxDomain($package, $parent_service): ?string
    {
        if ($this->isDomainService($parent_service)) {
            return strtolower($this->serviceFieldsToObject($parent_service->fields)->zimbra_domain);
        }
        $domain = $package->meta->mailbox_domain ?? '';
        return $domain !== '' ? strtolower($domain) : null;
    }

    /**
     * The server a service lives on. A mailbox ordered on a domain service lives on the domain's
     * server, whatever its own package names: the row is taken from the parent at order time and
     * kept in the service's zimbra_module_row field, since Blesta hands later calls the row of
     * the mailbox's own package.
     */
    private function serviceRow($service, $parent_service = null)
    {
        if ($this->isDomainService($parent_service) && !empty($parent_service->module_row_id)) {
            $row = $this->getModuleRow($parent_service->module_row_id);
            if ($row) {
                return $row;
            }
        }
        $f = $service ? $this->serviceFieldsToObject($service->fields ?? []) : null;
        if (!empty($f->zimbra_module_row)) {
            $row = $this->getModuleRow($f->zimbra_module_row);
            if ($row) {
                return $row;
            }
        }
        return $this->getModuleRow();
    }

    private function mailboxAttrs($package, array $vars, array $extras): array
    {
        $name = ($vars['zimbra_display_name'] ?? '') !== '' ? $vars['zimbra_display_name'] : $vars['zimbra_email_local'];
        return ['displayName' => $name, 'cn' => $name] + self::set(ZimbraLimits::mailboxLimitAttrs($package, $extras));
    }

    /** The attributes that have a value: a new object needs no empty ones (they would only unset). */
    private static function set(array $attrs): array
    {
        return array_filter($attrs, fn ($v) => $v !== '');
    }

    /** Service fields the module fills in itself; an order that posts them is not listened to. */
    private const RECORDED_FIELDS = ['zimbra_domain_id', 'zimbra_account_id', 'zimbra_email', 'zimbra_module_row', 'zimbra_usage',
        ZimbraSuspension::LISTS_KEPT];

    private function serviceFieldList(bool $domainType, array $vars): array
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

    public function editService($package, $service, array $vars = [], $parent_package = null, $parent_service = null)
    {
        return $this->guard(function () use ($package, $service, $vars) {
            $fields = $this->serviceFieldsToObject($service->fields ?? []);
            $domainType = ($package->meta->package_type ?? 'domain') === 'domain';
            $vars = self::withoutUnchanged($vars, (array) $fields);
            if (!$this->validateServiceVars($package, $vars, true)) {
                return null;
            }
            // Blesta hands every edit the service's complete options: the posted set, which replaces
            // all the stored ones, or the stored ones when none is posted (blesta-module.md §17). An
            // option missing here is no longer billed, so it is no longer given either.
            $extras = ZimbraLimits::extras((array) ($vars['configoptions'] ?? []), $domainType);
            $current = (array) $fields;
            $changes = self::fieldChanges($current, $vars);
            $useModule = ($vars['use_module'] ?? 'true') === 'true';
            if ($domainType && $useModule && !empty($current['zimbra_domain'])) {
                // The package (after a package change, the new one) and the options of this edit.
                $row = $this->requireRow($service);
                if (!$row || !$this->requireExtension()) {
                    return null;
                }
                (new ZimbraService($this->connection($row), $fields))->applyDomainLimits(ZimbraLimits::domainAttrs($package, $extras));
            }
            if (!$domainType && $useModule && !empty($current['zimbra_account_id'])) {
                $row = $this->requireRow($service);
                if (!$row || !$this->requireExtension()) {
                    return null;
                }
                (new ZimbraService($this->connection($row), $fields))->editMailbox(ZimbraLimits::mailboxLimitAttrs($package, $extras), $changes);
            }
            // Renaming a domain or an address is not supported: the stored values are kept as they are.
            return $this->serviceFieldList($domainType, (!$domainType ? $changes : []) + $current);
        });
    }

    /**
     * The display name and password an edit changes: each when given and different from what is
     * stored. Blesta's client-area upgrade hands back every stored field (the password decrypted,
     * blesta-module.md §17), so a value equal to the stored one is not a request to change it: a
     * password the customer has since changed in webmail must never be reset to the order's.
     *
     * @return array<string, string>
     */
    private static function fieldChanges(array $current, array $vars): array
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

    public function cancelService($package, $service, $parent_package = null, $parent_service = null)
    {
        return $this->onService($service, function (ZimbraService $zimbra, object $row) use ($package) {
            if ($zimbra->cancel(($package->meta->package_type ?? 'domain') === 'domain')) {
                $this->adjustAccountCount($row, -1);
            }
            return null;
        });
    }

    public function suspendService($package, $service, $parent_package = null, $parent_service = null)
    {
        return $this->setStatus($package, $service, $package->meta->suspend_mode ?? 'closed');
    }

    public function unsuspendService($package, $service, $parent_package = null, $parent_service = null)
    {
        return $this->setStatus($package, $service, 'active');
    }

    /** Suspension in the package's mode, and its undoing (ZimbraSuspension); a mailbox's fields are stored again. */
    private function setStatus($package, $service, string $status)
    {
        return $this->onService($service, function (ZimbraService $zimbra) use ($package, $status) {
            $fields = (new ZimbraSuspension($zimbra))->setStatus(($package->meta->package_type ?? 'domain') === 'domain', $status);
            return $fields === null ? null : $this->serviceFieldList(false, $fields);
        });
    }

    /**
     * Blesta 5 follows a package change with editService() on the new package, with the options
     * of the same change (Services::edit(), read 2026-11-28): the new limits, COS and options are
     * applied there, once, and checked against what the service uses. Sending the package's
     * limits here first would apply them with the old options, and leave them applied when the
     * edit that follows is refused.
     */
    public function changeServicePackage($package_from, $package_to, $service, $parent_package = null, $parent_service = null)
    {
        $this->Input->setErrors([]);
        return null;
    }

    /* ---- display ---------------------------------------------------------------- */

    public function getAdminServiceInfo($service, $package)
    {
        return $this->render('admin_service_info', ['fields' => $this->serviceFieldsToObject($service->fields ?? [])]);
    }

    public function getClientServiceInfo($service, $package)
    {
        return $this->render('client_service_info', ['fields' => $this->serviceFieldsToObject($service->fields ?? [])]);
    }

    /* ---- shared ---------------------------------------------------------------- */

    private function render(string $view, array $vars, bool $admin = false): string
    {
        $this->view = new View($view, 'default');
        $this->view->base_uri = $this->base_uri;
        $this->view->setDefaultView('components' . DS . 'modules' . DS . 'zimbra' . DS);
        Loader::loadHelpers($this, $admin ? ['Form', 'Html', 'Widget'] : ['Form', 'Html']);
        $this->view->set($vars);
        return $this->view->fetch();
    }

    private function requireExtension(): bool
    {
        if (!extension_loaded('zimbra')) {
            $this->Input->setErrors(['extension' => ['missing' => Language::_('Zimbra.!error.extension.missing', true)]]);
            return false;
        }
        return true;
    }

    /** Run $fn with the service as it is on its server, and that server's row, inside guard(). */
    private function onService($service, callable $fn)
    {
        return $this->guard(function () use ($service, $fn) {
            $row = $this->requireRow($service);
            if (!$row) {
                return null;
            }
            return $fn(new ZimbraService($this->connection($row), $this->serviceFieldsToObject($service->fields ?? [])), $row);
        });
    }

    /** The row's server, for calls that may take $timeout seconds each (the provisioning timeout by default). */
    private function connection(object $row, ?float $timeout = null): ZimbraConnection
    {
        return new ZimbraConnection($row, fn (string $url, string $data, string $direction, bool $success)
            => $this->log($url, $data, $direction, $success), $timeout ?? $this->requestTimeout());
    }

    private function requireRow($service)
    {
        $row = $this->serviceRow($service);
        if (!$row) {
            $this->Input->setErrors(['module_row' => ['missing' => Language::_('Zimbra.!error.module_row.missing', true)]]);
        }
        return $row;
    }

    /** The Zimbra failure behind the last error guard() reported (null when none, or not Zimbra's). */
    private ?\Throwable $lastFailure = null;

    /**
     * Run an entry point; anything thrown becomes an Input error an admin can act on.
     * Blesta's ModuleManager catches only Exception, and the extension may throw Error.
     */
    private function guard(callable $fn)
    {
        $this->Input->setErrors([]);  // errors of an earlier call on this object are not this call's
        $this->lastFailure = null;
        try {
            return $fn();
        } catch (ZimbraFailure $e) {
            $this->lastFailure = $e->cause();
            $this->Input->setErrors($e->errors);
            return null;
        } catch (Zimbra\TransportException | Zimbra\ResponseException $e) {
            $this->lastFailure = $e;
            $this->logFailure($e);
            $this->Input->setErrors(['api' => ['connection' => Language::_('Zimbra.!error.api.connection', true, $e->getMessage())]]);
        } catch (Zimbra\Exception $e) {
            $this->lastFailure = $e;
            $this->logFailure($e);
            $this->Input->setErrors(['api' => ['result' => Language::_('Zimbra.!error.api.result', true, $e->getMessage(),
                $e instanceof Zimbra\FaultException ? $e->getFaultCode() : get_class($e))]]);
        } catch (\Throwable $e) {
            $this->lastFailure = $e;
            $this->logFailure($e);
            $this->Input->setErrors(['api' => ['internal' => Language::_('Zimbra.!error.api.internal', true, $e->getMessage())]]);
        }
        return null;
    }

    /** A failure that did not come through call() still goes to the module log, with its detail. */
    private function logFailure(\Throwable $e): void
    {
        $row = $this->getModuleRow();
        $this->log(($row->meta->host_name ?? 'zimbra') . '|error', json_encode(['error' => $e->getMessage(),
            'class' => get_class($e)] + ($e instanceof Zimbra\FaultException ? ['fault' => $e->getFaultCode()] : [])), 'output', false);
    }
}
