<?php
/**
 * Zimbra mail hosting for Blesta: whole mail domains, or single mailboxes (alone or on
 * top of a domain service).
 *
 * This class is Blesta glue only: form rules, views, service fields and logging. Every
 * Zimbra call is a method of the php-zimbra extension (Zimbra\Client), which validates,
 * escapes, paces and parses; this class never builds a request itself.
 */
require_once __DIR__ . DIRECTORY_SEPARATOR . 'lib' . DIRECTORY_SEPARATOR . 'zimbra_tabs.php';

class Zimbra extends Module
{
    /** Requests that do the same when sent twice: after a lost reply they are sent once more. */
    private const RESENDABLE = ['AuthRequest', 'getAccount', 'getDomain', 'listCos', 'modifyAccount', 'modifyDomain',
        'setAccountStatus', 'setDomainStatus', 'setPassword', 'ensurePreauthKey'];

    use ZimbraTabs;

    private const GB = 1073741824;
    private const MB = 1048576;

    public function __construct()
    {
        $this->loadConfig(__DIR__ . DS . 'config.json');
        Loader::loadComponents($this, ['Input']);
        Language::loadLang('zimbra', null, __DIR__ . DS . 'language' . DS);
    }

    /* ---- install ------------------------------------------------------------ */

    public function install()
    {
        if (!extension_loaded('zimbra')) {
            $this->Input->setErrors(['extension' => ['missing' => Language::_('Zimbra.!error.extension.missing', true)]]);
        }
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
                            $this->ModuleManager->editRow($row->id, (array) $row->meta + ['tls_mode' => 'verify']);
                        }
                    }
                }
            },
        ];
    }

    /* ---- servers (module rows) --------------------------------------------- */

    public function getGroupOrderOptions()
    {
        return [
            'first' => Language::_('Zimbra.order_options.first', true),
            'roundrobin' => Language::_('Zimbra.order_options.roundrobin', true),
        ];
    }

    public function manageModule($module, array &$vars)
    {
        $license = null;
        if (extension_loaded('zimbra')) {
            $this->guard(function () use ($module, $vars) {
                $action = $vars['license_action'] ?? null;
                if ($action === 'save' && trim((string) ($vars['license_key'] ?? '')) !== '') {
                    $this->storeLicense($module->id, trim($vars['license_key']), null);
                } elseif ($action === 'remove') {
                    $this->storeLicense($module->id, '', null);
                }
            });
            $license = $this->licenseState($module->id);
        }
        return $this->render('manage', ['module' => $module, 'extension_loaded' => extension_loaded('zimbra'),
            'license' => $license], true);
    }

    /* ---- licence ----------------------------------------------------------- */

    /**
     * The licence status, revalidated through the extension (Zimbra\License): a cached
     * signed answer is reused for a day, and stands while the licence server is down.
     */
    private function licenseState($module_id): array
    {
        if (!Zimbra\License::isEnforced()) {
            return ['status' => 'valid', 'enforced' => false, 'message' => Language::_('Zimbra.license.community', true)];
        }
        Loader::loadModels($this, ['ModuleManager']);
        $meta = $this->ModuleManager->getMeta($module_id);
        $key = (string) ($meta->license_key ?? '');
        $result = Zimbra\License::check($key, $meta->license_answer ?? null);
        if ($key !== '' && ($result['answer'] ?? null) !== ($meta->license_answer ?? null) && $result['answer'] !== null) {
            $this->storeLicense($module_id, $key, $result['answer']);
        }
        return $result;
    }

    private function storeLicense($module_id, string $key, ?string $answer): void
    {
        Loader::loadModels($this, ['ModuleManager']);
        $this->ModuleManager->setMeta($module_id, [
            ['key' => 'license_key', 'value' => $key, 'encrypted' => 1],
            ['key' => 'license_answer', 'value' => (string) $answer, 'encrypted' => 0],
        ]);
    }

    /** New provisioning needs a valid licence (tabs and existing services keep working). */
    private function requireLicense(): bool
    {
        $state = $this->licenseState($this->getModule()->id);
        if ($state['status'] !== 'valid') {
            $this->Input->setErrors(['license' => ['required' => Language::_('Zimbra.!error.license.required', true,
                $state['status'], $state['message'])]]);
            return false;
        }
        return true;
    }

    public function manageAddRow(array &$vars)
    {
        if (empty($vars)) {
            $vars = ['use_ssl' => '1', 'port' => '7071', 'tls_mode' => 'verify'];
        }
        return $this->render('add_row', ['vars' => (object) $vars, 'extension_loaded' => extension_loaded('zimbra')], true);
    }

    public function manageEditRow($module_row, array &$vars)
    {
        if (empty($vars)) {
            $vars = (array) $module_row->meta;
        }
        unset($vars['admin_password']);  // never sent back to the browser
        return $this->render('edit_row', ['vars' => (object) $vars, 'extension_loaded' => extension_loaded('zimbra')], true);
    }

    public function addModuleRow(array &$vars)
    {
        return $this->saveRow($vars, null);
    }

    public function editModuleRow($module_row, array &$vars)
    {
        return $this->saveRow($vars, $module_row);
    }

    public function deleteModuleRow($module_row)
    {
    }

    /** Validate the server form, test the connection, and return the row meta. */
    private function saveRow(array &$vars, $existing)
    {
        if (!$this->requireExtension()) {
            return;
        }
        $vars['port'] = trim((string) ($vars['port'] ?? '')) === '' ? '7071' : trim((string) $vars['port']);
        $vars['use_ssl'] = !empty($vars['use_ssl']) && $vars['use_ssl'] !== '0' ? '1' : '0';
        $vars['tls_mode'] = $vars['tls_mode'] ?? 'verify';
        $vars['account_limit'] = trim((string) ($vars['account_limit'] ?? ''));
        if ($existing && ($vars['admin_password'] ?? '') === '') {
            $vars['admin_password'] = $existing->meta->admin_password;
        }
        $this->Input->setRules($this->rowRules());
        if (!$this->Input->validates($vars)) {
            return;
        }
        $count = $this->guard(fn () => $this->testConnection($vars));
        if ($count === null) {
            return;
        }
        $vars['account_count'] = (string) $count;

        $encrypted = ['admin_username', 'admin_password', 'tls_pin'];
        $meta = [];
        foreach (['server_label', 'host_name', 'admin_username', 'admin_password', 'use_ssl', 'port', 'account_limit',
                  'account_count', 'tls_mode', 'tls_pin', 'notes'] as $key) {
            $meta[] = ['key' => $key, 'value' => (string) ($vars[$key] ?? ''), 'encrypted' => in_array($key, $encrypted, true) ? 1 : 0];
        }
        return $meta;
    }

    private function rowRules(): array
    {
        $error = fn (string $key) => Language::_('Zimbra.!error.' . $key, true);
        return [
            'server_label' => ['empty' => ['rule' => 'isEmpty', 'negate' => true, 'message' => $error('server_label.empty')]],
            'host_name' => ['format' => ['rule' => [[$this, 'isHostOrIp']], 'message' => $error('host_name.format')]],
            'admin_username' => ['empty' => ['rule' => 'isEmpty', 'negate' => true, 'message' => $error('admin_username.empty')]],
            'admin_password' => ['empty' => ['rule' => 'isEmpty', 'negate' => true, 'message' => $error('admin_password.empty')]],
            'port' => ['format' => ['rule' => ['matches', '/^([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$/'],
                'message' => $error('port.format')]],
            'account_limit' => ['format' => ['rule' => ['matches', '/^([0-9]+)?$/'], 'message' => $error('account_limit.format')]],
            'tls_mode' => ['format' => ['rule' => ['in_array', ['verify', 'pin', 'insecure']], 'message' => $error('tls_mode.format')]],
            'tls_pin' => ['format' => ['rule' => ['matches', '~^(sha256//[A-Za-z0-9+/]{43}=)?$~'], 'message' => $error('tls_pin.format'),
                'if_set' => true]],
        ];
    }

    /** A hostname (labels of letters, digits, '-') or an IPv4/IPv6 address. */
    public function isHostOrIp($host): bool
    {
        $host = (string) $host;
        if (filter_var($host, FILTER_VALIDATE_IP)) {
            return true;
        }
        return strlen($host) <= 253
            && preg_match('/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i', $host) === 1;
    }

    /**
     * Log in with the form's values; on success, the number of domains the server holds
     * (the row's account_count, for "first" and "round robin").
     */
    private function testConnection(array $vars): ?int
    {
        if ($vars['tls_mode'] === 'pin' && ($vars['tls_pin'] ?? '') === '') {
            $this->Input->setErrors(['tls_pin' => ['format' => Language::_('Zimbra.!error.tls_pin.format', true)]]);
            return null;
        }
        try {
            $client = $this->connect((object) $vars);
            $this->log($vars['host_name'] . '|AuthRequest', json_encode(['user' => $vars['admin_username']]), 'input', true);
            $client->login($vars['admin_username'], $vars['admin_password']);
            $domains = $client->searchDirectory('', [], ['types' => 'domains', 'limit' => 1])->total;
            $this->log($vars['host_name'] . '|AuthRequest', 'ok', 'output', true);
            return $domains;
        } catch (Zimbra\AuthenticationException $e) {
            $this->log($vars['host_name'] . '|AuthRequest', $e->getMessage(), 'output', false);
            $this->Input->setErrors(['admin_password' => ['auth' => Language::_('Zimbra.!error.admin_password.auth', true,
                $vars['admin_username'], $e->getFaultCode())]]);
        } catch (Zimbra\TransportException $e) {
            $this->log($vars['host_name'] . '|AuthRequest', $e->getMessage(), 'output', false);
            $pin = $e->getCode() === 60 ? $this->probePin($vars) : null;  // 60: the certificate did not verify
            $this->Input->setErrors(['admin_password' => $pin
                ? ['tls' => Language::_('Zimbra.!error.admin_password.tls', true, $vars['host_name'], $pin)]
                : ['connection' => Language::_('Zimbra.!error.admin_password.connection', true, $e->getMessage())]]);
        }
        return null;
    }

    /** The public key the server presents, for the admin to pin; null when it cannot be read. */
    private function probePin(array $vars): ?string
    {
        try {
            return Zimbra\Client::probePublicKeyPin('https://' . $vars['host_name'] . ':' . $vars['port'], 10);
        } catch (Zimbra\Exception $e) {
            return null;
        }
    }

    /** A client for a server row's meta (not logged in). */
    /** Seconds a Zimbra request may take; Blesta's own page timeouts are longer. */
    protected function requestTimeout(): float
    {
        return 30.0;
    }

    private function connect(object $meta): Zimbra\Client
    {
        $secure = ($meta->use_ssl ?? '1') !== '0';
        $url = ($secure ? 'https://' : 'http://') . (str_contains($meta->host_name, ':') ? '[' . $meta->host_name . ']' : $meta->host_name)
            . ':' . ($meta->port ?: '7071');
        // Kept in the worker between page loads (per server and credentials): a warm tab is one request.
        $options = ['timeout' => $this->requestTimeout(), 'persistent' => true];
        if (!$secure) {
            $options['allow_http'] = true;
        } elseif (($meta->tls_mode ?? 'verify') === 'pin') {
            $options['pinned_public_key'] = $meta->tls_pin;
        } elseif (($meta->tls_mode ?? 'verify') === 'insecure') {
            $options['verify_peer'] = false;
        }
        return new Zimbra\Client($url, $options);
    }

    private function clientFor(object $row): Zimbra\Client
    {
        $client = $this->connect($row->meta);
        $this->call($row, 'AuthRequest', ['user' => $row->meta->admin_username],
            fn () => $client->login($row->meta->admin_username, $row->meta->admin_password));
        return $client;
    }

    /* ---- packages ------------------------------------------------------------ */

    public function getPackageFields($vars = null)
    {
        $vars = (object) ($vars ?? []);
        $meta = (object) ($vars->meta ?? []);
        $fields = new ModuleFields();

        $type = $fields->label(Language::_('Zimbra.package_fields.package_type', true), 'zimbra_package_type');
        $type->attach($fields->fieldSelect('meta[package_type]', [
            'domain' => Language::_('Zimbra.package_fields.package_type.domain', true),
            'mailbox' => Language::_('Zimbra.package_fields.package_type.mailbox', true),
        ], $meta->package_type ?? 'domain', ['id' => 'zimbra_package_type']));
        $fields->setField($type);

        $cos = $this->cosOptions($vars);
        foreach ([
            ['aggregate_quota', 'fieldText', $meta->aggregate_quota ?? '10'],
            ['max_accounts', 'fieldText', $meta->max_accounts ?? ''],
            ['default_cos', 'fieldSelect', $meta->default_cos ?? ''],
            ['mailbox_domain', 'fieldText', $meta->mailbox_domain ?? ''],
            ['cos_id', 'fieldSelect', $meta->cos_id ?? ''],
            ['mailbox_quota', 'fieldText', $meta->mailbox_quota ?? '1024'],
        ] as [$key, $kind, $value]) {
            $label = $fields->label(Language::_('Zimbra.package_fields.' . $key, true), 'zimbra_' . $key);
            $label->attach($kind === 'fieldSelect'
                ? $fields->fieldSelect("meta[$key]", $cos, $value, ['id' => 'zimbra_' . $key])
                : $fields->fieldText("meta[$key]", $value, ['id' => 'zimbra_' . $key]));
            $fields->setField($label);
        }
        $suspend = $fields->label(Language::_('Zimbra.package_fields.suspend_mode', true), 'zimbra_suspend_mode');
        $suspend->attach($fields->fieldSelect('meta[suspend_mode]', [
            'closed' => Language::_('Zimbra.package_fields.suspend_mode.closed', true),
            'locked' => Language::_('Zimbra.package_fields.suspend_mode.locked', true),
        ], $meta->suspend_mode ?? 'closed', ['id' => 'zimbra_suspend_mode']));
        $fields->setField($suspend);
        return $fields;
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
                $client = $this->clientFor($row);
                foreach ($this->call($row, 'listCos', [], fn () => $client->listCos()) as $cos) {
                    $options[$cos->id] = $cos->name;
                }
            } catch (\Throwable $e) {
                // Logged by call(); the form still works with "Zimbra default" and ids typed by hand.
                $this->Input->setErrors([]);
            }
        }
        return $options;
    }

    public function addPackage(array $vars = null)
    {
        return $this->packageMeta($vars ?? []);
    }

    public function editPackage($package, array $vars = null)
    {
        return $this->packageMeta($vars ?? []);
    }

    private function packageMeta(array $vars)
    {
        $meta = $vars['meta'] ?? [];
        $meta += ['package_type' => 'domain', 'aggregate_quota' => '10', 'max_accounts' => '', 'default_cos' => '',
            'mailbox_domain' => '', 'cos_id' => '', 'mailbox_quota' => '1024', 'suspend_mode' => 'closed'];
        $vars['meta'] = array_map(fn ($v) => trim((string) $v), $meta);
        $error = fn (string $key) => Language::_('Zimbra.!error.meta[' . $key . '].' . ($key === 'package_type' || $key === 'suspend_mode' ? 'valid' : 'format'), true);
        $this->Input->setRules([
            'meta[package_type]' => ['valid' => ['rule' => ['in_array', ['domain', 'mailbox']], 'message' => $error('package_type')]],
            'meta[aggregate_quota]' => ['format' => ['rule' => ['matches', '/^[0-9]+(\.[0-9]+)?$/'], 'message' => $error('aggregate_quota')]],
            'meta[max_accounts]' => ['format' => ['rule' => ['matches', '/^([0-9]+)?$/'], 'message' => $error('max_accounts')]],
            'meta[default_cos]' => ['format' => ['rule' => [[$this, 'isOptionalId']], 'message' => $error('default_cos')]],
            'meta[mailbox_domain]' => ['format' => ['rule' => [[$this, 'isOptionalDomain']], 'message' => $error('mailbox_domain'),
                'post_format' => 'strtolower']],
            'meta[cos_id]' => ['format' => ['rule' => [[$this, 'isOptionalId']], 'message' => $error('cos_id')]],
            'meta[mailbox_quota]' => ['format' => ['rule' => ['matches', '/^[0-9]+$/'], 'message' => $error('mailbox_quota')]],
            'meta[suspend_mode]' => ['valid' => ['rule' => ['in_array', ['closed', 'locked']], 'message' => $error('suspend_mode')]],
        ]);
        if (!$this->Input->validates($vars)) {
            return;
        }
        $out = [];
        foreach ($vars['meta'] as $key => $value) {
            $out[] = ['key' => $key, 'value' => $value, 'encrypted' => 0];
        }
        return $out;
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

    public function getServiceName($service)
    {
        $f = $this->serviceFieldsToObject($service->fields ?? []);
        return $f->zimbra_email ?? $f->zimbra_domain ?? null;
    }

    public function validateService($package, array $vars = null)
    {
        $vars = $vars ?? [];
        return $this->validateServiceVars($package, $vars, false);
    }

    public function validateServiceEdit($service, array $vars = null)
    {
        $vars = $vars ?? [];
        return $this->validateServiceVars($service->package ?? null, $vars, true);
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
                'zimbra_display_name' => ['length' => ['rule' => ['betweenLength', 1, 256], 'message' => $error('zimbra_display_name.length'),
                    'if_set' => true]],
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

    public function addService($package, array $vars = null, $parent_package = null, $parent_service = null, $status = 'pending')
    {
        return $this->guard(function () use ($package, $vars, $parent_package, $parent_service) {
            $vars = $vars ?? [];
            if (!$this->validateServiceVars($package, $vars, false)) {
                return null;
            }
            $domainType = ($package->meta->package_type ?? 'domain') === 'domain';
            if (!$domainType) {
                $vars['zimbra_domain'] = $this->mailboxDomain($package, $parent_service);
                if ($vars['zimbra_domain'] === null) {
                    $this->Input->setErrors(['parent_service' => ['required' => Language::_('Zimbra.!error.parent_service.required', true)]]);
                    return null;
                }
                if (($vars['zimbra_password'] ?? '') === '') {
                    $vars['zimbra_password'] = Zimbra\Validate::generatePassword();
                }
                $vars['zimbra_email'] = $vars['zimbra_email_local'] . '@' . $vars['zimbra_domain'];
            }
            if (($vars['use_module'] ?? 'true') !== 'true') {
                return $this->serviceFieldList($domainType, $vars);
            }
            $row = $this->requireRow();
            if (!$row || !$this->requireExtension() || !$this->requireLicense()) {
                return null;
            }
            $zimbra = $this->clientFor($row);
            if ($domainType) {
                $name = $vars['zimbra_domain'];
                $domain = $this->createTagged($row, 'createDomain', $name, ['name' => $name],
                    fn (string $note) => $zimbra->createDomain($name, $this->domainAttrs($package) + ['zimbraNotes' => $note]),
                    fn () => $zimbra->getDomain($name, ['zimbraNotes']));
                $vars['zimbra_domain_id'] = $domain->id;
                $this->adjustAccountCount($row, +1);
            } else {
                $name = $vars['zimbra_email'];
                $account = $this->createTagged($row, 'createAccount', $name, ['name' => $name, 'password' => '***'],
                    fn (string $note) => $zimbra->createAccount($name, $vars['zimbra_password'],
                        $this->mailboxAttrs($package, $vars) + ['zimbraNotes' => $note]),
                    fn () => $zimbra->getAccount($name, ['zimbraNotes']));
                $vars['zimbra_account_id'] = $account->id;
            }
            return $this->serviceFieldList($domainType, $vars);
        });
    }

    /**
     * Create a domain or mailbox so that a lost reply never leaves Zimbra and Blesta disagreeing.
     * The new object carries a note unique to this attempt. When the reply is lost (reset, cut
     * short, timed out) Zimbra is asked whether the name exists: with this note it was made, and the
     * service goes ahead; without, nothing was made. When the name is taken by an object Blesta
     * made, the admin is told when, so a leftover of an unfinished attempt can be recognised.
     */
    private function createTagged($row, string $action, string $name, array $masked, callable $create, callable $find): Zimbra\Entry
    {
        $note = sprintf('Provisioned by Blesta: attempt %s at %s UTC', bin2hex(random_bytes(6)), gmdate('Y-m-d H:i:s'));
        try {
            return $this->call($row, $action, $masked, fn () => $create($note));
        } catch (ZimbraModuleHandled $handled) {
            $cause = $handled->getPrevious();
            $lost = ($cause instanceof Zimbra\TransportException || $cause instanceof Zimbra\ResponseException) && !self::neverSent($cause);
            $taken = $cause instanceof Zimbra\FaultException
                && in_array($cause->getFaultCode(), ['account.DOMAIN_EXISTS', 'account.ACCOUNT_EXISTS', 'account.DISTRIBUTION_LIST_EXISTS'], true);
            if (!$lost && !$taken) {
                throw $handled;
            }
            $url = $row->meta->host_name . '|' . $action;
            try {
                $found = $find();
            } catch (Zimbra\Exception $e) {
                $this->Input->setErrors(['api' => ['unknown' => Language::_('Zimbra.!error.api.unknown', true, $name, $cause->getMessage(), $note)]]);
                throw $handled;
            }
            $foundNote = $found ? (string) $found->get('zimbraNotes') : '';
            if ($found && $foundNote === $note) {
                // This very attempt made it: the reply was all that was lost.
                $this->Input->setErrors([]);
                $this->log($url, json_encode(['ok' => true, 'recovered' => 'the reply was lost; Zimbra has it, made by this attempt']), 'output', true);
                return $found;
            }
            if ($taken && str_starts_with($foundNote, 'Provisioned by Blesta')) {
                // Another service's, or a leftover of an attempt Blesta never stored: the notes say when.
                $field = $action === 'createDomain' ? 'zimbra_domain' : 'zimbra_email';
                $this->Input->setErrors([$field => ['exists' => Language::_('Zimbra.!error.' . $field . '.exists_blesta', true, $name, $foundNote)]]);
            } elseif ($lost && !$found && $cause instanceof Zimbra\TransportException && $cause->getCode() === 28) {
                // Zimbra may still be working on it after we stopped waiting.
                $this->Input->setErrors(['api' => ['late' => Language::_('Zimbra.!error.api.late', true, $name, $cause->getMessage(), $note)]]);
            } elseif ($lost && !$found) {
                $this->Input->setErrors(['api' => ['connection' => Language::_('Zimbra.!error.api.nothing_made', true, $cause->getMessage(), $name)]]);
            }
            throw $handled;
        }
    }

    /** Failures before the request was on the wire (resolving, connecting, TLS): Zimbra never saw it. */
    private static function neverSent(Zimbra\Exception $e): bool
    {
        return $e instanceof Zimbra\TransportException && !$e->wasSent();
    }

    /** Parent domain service first, then the package's Mailbox Domain. */
    private function mailboxDomain($package, $parent_service): ?string
    {
        if ($parent_service) {
            $parent = $this->serviceFieldsToObject($parent_service->fields ?? []);
            if (!empty($parent->zimbra_domain) && empty($parent->zimbra_email)) {
                return strtolower($parent->zimbra_domain);
            }
        }
        $domain = $package->meta->mailbox_domain ?? '';
        return $domain !== '' ? strtolower($domain) : null;
    }

    private function domainAttrs($package): array
    {
        $meta = $package->meta;
        $attrs = [];
        if (isset($meta->aggregate_quota) && $meta->aggregate_quota !== '') {
            $attrs['zimbraDomainAggregateQuota'] = (int) round((float) $meta->aggregate_quota * self::GB);
        }
        if (isset($meta->max_accounts) && $meta->max_accounts !== '') {
            $attrs['zimbraDomainMaxAccounts'] = (int) $meta->max_accounts;
        }
        if (!empty($meta->default_cos)) {
            $attrs['zimbraDomainDefaultCOSId'] = $meta->default_cos;
        }
        return $attrs;
    }

    private function mailboxAttrs($package, array $vars): array
    {
        $meta = $package->meta;
        $name = ($vars['zimbra_display_name'] ?? '') !== '' ? $vars['zimbra_display_name'] : $vars['zimbra_email_local'];
        $attrs = ['displayName' => $name, 'cn' => $name];
        if (!empty($meta->cos_id)) {
            $attrs['zimbraCOSId'] = $meta->cos_id;
        }
        if (isset($meta->mailbox_quota) && $meta->mailbox_quota !== '') {
            $attrs['zimbraMailQuota'] = (int) $meta->mailbox_quota * self::MB;
        }
        return $attrs;
    }

    private function serviceFieldList(bool $domainType, array $vars): array
    {
        $keys = $domainType
            ? ['zimbra_domain' => 0, 'zimbra_domain_id' => 0]
            : ['zimbra_domain' => 0, 'zimbra_email' => 0, 'zimbra_email_local' => 0, 'zimbra_password' => 1,
                'zimbra_display_name' => 0, 'zimbra_account_id' => 0];
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
            if (!$this->validateServiceVars($package, $vars, true)) {
                return null;
            }
            $current = (array) $fields;
            if (!$domainType && ($vars['use_module'] ?? 'true') === 'true' && !empty($current['zimbra_account_id'])) {
                $row = $this->requireRow();
                if (!$row) {
                    return null;
                }
                $zimbra = $this->clientFor($row);
                $name = $vars['zimbra_display_name'] ?? '';
                if ($name !== '' && $name !== ($current['zimbra_display_name'] ?? '')) {
                    $this->call($row, 'modifyAccount', ['id' => $current['zimbra_account_id'], 'displayName' => $name],
                        fn () => $zimbra->modifyAccount($current['zimbra_account_id'], ['displayName' => $name, 'cn' => $name]));
                    $current['zimbra_display_name'] = $name;
                }
                if (($vars['zimbra_password'] ?? '') !== '') {
                    $this->call($row, 'setPassword', ['id' => $current['zimbra_account_id'], 'password' => '***'],
                        fn () => $zimbra->setPassword($current['zimbra_account_id'], $vars['zimbra_password']));
                    $current['zimbra_password'] = $vars['zimbra_password'];
                }
            } elseif (!$domainType) {
                foreach (['zimbra_display_name', 'zimbra_password'] as $k) {
                    if (($vars[$k] ?? '') !== '') {
                        $current[$k] = $vars[$k];
                    }
                }
            }
            // Renaming a domain or an address is not supported: the stored values are kept as they are.
            return $this->serviceFieldList($domainType, $current);
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

    private function setStatus($package, $service, string $status)
    {
        return $this->onService($service, function (object $f, object $row, Zimbra\Client $zimbra) use ($package, $status) {
            if (($package->meta->package_type ?? 'domain') === 'domain') {
                $this->call($row, 'setDomainStatus', ['domain' => $f->zimbra_domain, 'status' => $status],
                    fn () => $zimbra->setDomainStatus($this->domainId($zimbra, $f), $status));
            } else {
                $this->call($row, 'setAccountStatus', ['account' => $f->zimbra_email, 'status' => $status],
                    fn () => $zimbra->setAccountStatus($this->accountId($zimbra, $f), $status));
            }
            return null;
        });
    }

    public function cancelService($package, $service, $parent_package = null, $parent_service = null)
    {
        return $this->onService($service, function (object $f, object $row, Zimbra\Client $zimbra) use ($package) {
            if (($package->meta->package_type ?? 'domain') === 'domain') {
                // Zimbra deletes only empty domains: purge, which a second cancel finishes if this one stops.
                $result = $this->call($row, 'purgeDomain', ['domain' => $f->zimbra_domain],
                    fn () => $zimbra->purgeDomain($f->zimbra_domain), 'api.partial', $f->zimbra_domain);
                if ($result['domainDeleted']) {
                    $this->adjustAccountCount($row, -1);
                }
            } else {
                $id = $this->accountId($zimbra, $f, false);
                try {
                    if ($id !== null) {
                        $this->call($row, 'deleteAccount', ['account' => $f->zimbra_email], fn () => $zimbra->deleteAccount($id));
                    }
                } catch (ZimbraModuleHandled $handled) {
                    // Already gone (an earlier cancel whose reply was lost): that is what cancelling wants.
                    $cause = $handled->getPrevious();
                    if (!($cause instanceof Zimbra\FaultException && $cause->getFaultCode() === 'account.NO_SUCH_ACCOUNT')) {
                        throw $handled;
                    }
                    $this->Input->setErrors([]);
                }
            }
            return null;
        });
    }

    public function changeServicePackage($package_from, $package_to, $service, $parent_package = null, $parent_service = null)
    {
        return $this->onService($service, function (object $f, object $row, Zimbra\Client $zimbra) use ($package_to) {
            if (($package_to->meta->package_type ?? 'domain') === 'domain') {
                $attrs = $this->domainAttrs($package_to) + ['zimbraDomainMaxAccounts' => '', 'zimbraDomainDefaultCOSId' => ''];
                $this->call($row, 'modifyDomain', ['domain' => $f->zimbra_domain] + $attrs,
                    fn () => $zimbra->modifyDomain($this->domainId($zimbra, $f), $attrs));
            } else {
                $meta = $package_to->meta;
                $attrs = ['zimbraCOSId' => $meta->cos_id ?? '', 'zimbraMailQuota' => (int) ($meta->mailbox_quota ?? 0) * self::MB];
                $this->call($row, 'modifyAccount', ['account' => $f->zimbra_email] + $attrs,
                    fn () => $zimbra->modifyAccount($this->accountId($zimbra, $f), $attrs));
            }
            return null;
        });
    }

    /** The stored id, or (for services made without the module) the one Zimbra has for the name. */
    private function domainId(Zimbra\Client $zimbra, object $f): string
    {
        if (!empty($f->zimbra_domain_id)) {
            return $f->zimbra_domain_id;
        }
        $row = $this->getModuleRow();
        $domain = $this->call($row, 'getDomain', ['domain' => $f->zimbra_domain],
            fn () => $zimbra->getDomain($f->zimbra_domain, ['zimbraId']));
        if (!$domain) {
            $this->Input->setErrors(['api' => ['result' => Language::_('Zimbra.!error.api.result', true,
                'no such domain: ' . $f->zimbra_domain, 'account.NO_SUCH_DOMAIN')]]);
            throw new ZimbraModuleHandled('no such domain');
        }
        return $domain->id;
    }

    private function accountId(Zimbra\Client $zimbra, object $f, bool $required = true): ?string
    {
        if (!empty($f->zimbra_account_id)) {
            return $f->zimbra_account_id;
        }
        $row = $this->getModuleRow();
        $account = $this->call($row, 'getAccount', ['account' => $f->zimbra_email],
            fn () => $zimbra->getAccount($f->zimbra_email, ['zimbraId']));
        if (!$account && $required) {
            $this->Input->setErrors(['api' => ['result' => Language::_('Zimbra.!error.api.result', true,
                'no such account: ' . $f->zimbra_email, 'account.NO_SUCH_ACCOUNT')]]);
            throw new ZimbraModuleHandled('no such account');
        }
        return $account?->id;
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

    /** Run $fn with the service's fields, its server row and a client logged in there, inside guard(). */
    private function onService($service, callable $fn)
    {
        return $this->guard(function () use ($service, $fn) {
            $row = $this->requireRow();
            if (!$row) {
                return null;
            }
            return $fn($this->serviceFieldsToObject($service->fields ?? []), $row, $this->clientFor($row));
        });
    }

    private function requireRow()
    {
        $row = $this->getModuleRow();
        if (!$row) {
            $this->Input->setErrors(['module_row' => ['missing' => Language::_('Zimbra.!error.module_row.missing', true)]]);
        }
        return $row;
    }

    /** Keep account_count (domains on the server) current: "first" and "round robin" read it. */
    private function adjustAccountCount($row, int $delta): void
    {
        Loader::loadModels($this, ['ModuleManager']);
        $meta = (array) $this->ModuleManager->getRowMeta($row->id);
        $meta['account_count'] = (string) max(0, (int) ($meta['account_count'] ?? 0) + $delta);
        $this->ModuleManager->editRow($row->id, $meta);
    }

    /**
     * One logged Zimbra call: the request goes to the module log (secrets already
     * masked by the caller), then the outcome. Zimbra's faults become Input errors
     * with the manual's keys; the exception is rethrown to stop the flow.
     */
    private function call($row, string $action, array $masked, callable $fn, string $partialKey = null, string $subject = null)
    {
        $url = $row->meta->host_name . '|' . $action;
        $this->log($url, json_encode($masked), 'input', true);
        try {
            try {
                $result = $fn();
            } catch (Zimbra\TransportException | Zimbra\ResponseException $e) {
                // A lost reply to a request that does the same when sent twice: send it once more.
                if (!in_array($action, self::RESENDABLE, true) || self::neverSent($e)) {
                    throw $e;
                }
                $this->log($url, json_encode(['error' => $e->getMessage(), 'resending' => true]), 'output', false);
                $result = $fn();
            }
            $this->log($url, json_encode(['ok' => true]), 'output', true);
            return $result;
        } catch (Zimbra\FaultException $e) {
            $this->log($url, json_encode(['fault' => $e->getFaultCode(), 'reason' => $e->getReason()]), 'output', false);
            $code = $e->getFaultCode();
            if ($code === 'account.DOMAIN_EXISTS') {
                $this->Input->setErrors(['zimbra_domain' => ['exists' => Language::_('Zimbra.!error.zimbra_domain.exists', true, $masked['name'])]]);
            } elseif ($code === 'account.ACCOUNT_EXISTS' || $code === 'account.DISTRIBUTION_LIST_EXISTS') {
                $this->Input->setErrors(['zimbra_email' => ['exists' => Language::_('Zimbra.!error.zimbra_email.exists', true, $masked['name'] ?? '')]]);
            } elseif ($partialKey) {
                $this->Input->setErrors(['api' => ['partial' => Language::_('Zimbra.!error.' . $partialKey, true, $subject, $e->getReason())]]);
            } else {
                $this->Input->setErrors(['api' => ['result' => Language::_('Zimbra.!error.api.result', true, $e->getReason(), $code)]]);
            }
            throw new ZimbraModuleHandled($e->getMessage(), 0, $e);
        } catch (Zimbra\TransportException | Zimbra\ResponseException $e) {
            $this->log($url, json_encode(['error' => $e->getMessage()]), 'output', false);
            // Say what is known: never sent, sent twice (harmless), or sent with the outcome unknown.
            $key = self::neverSent($e) ? 'connection' : (in_array($action, self::RESENDABLE, true) ? 'unsure' : 'lost');
            $this->Input->setErrors($partialKey
                ? ['api' => ['partial' => Language::_('Zimbra.!error.' . $partialKey, true, $subject, $e->getMessage())]]
                : ['api' => [$key => Language::_('Zimbra.!error.api.' . $key, true, $e->getMessage())]]);
            throw new ZimbraModuleHandled($e->getMessage(), 0, $e);
        }
    }

    /**
     * Run an entry point; anything thrown becomes an Input error an admin can act on.
     * Blesta's ModuleManager catches only Exception, and the extension may throw Error.
     */
    private function guard(callable $fn)
    {
        $this->Input->setErrors([]);  // errors of an earlier call on this object are not this call's
        try {
            return $fn();
        } catch (ZimbraModuleHandled $e) {
            return null;  // the Input error is already set
        } catch (Zimbra\TransportException | Zimbra\ResponseException $e) {
            $this->Input->setErrors(['api' => ['connection' => Language::_('Zimbra.!error.api.connection', true, $e->getMessage())]]);
        } catch (Zimbra\Exception $e) {
            $this->Input->setErrors(['api' => ['result' => Language::_('Zimbra.!error.api.result', true, $e->getMessage(),
                $e instanceof Zimbra\FaultException ? $e->getFaultCode() : get_class($e))]]);
        } catch (\Throwable $e) {
            $this->Input->setErrors(['api' => ['internal' => Language::_('Zimbra.!error.api.internal', true, $e->getMessage())]]);
        }
        return null;
    }
}

/** Marks a failure whose Input error is already set. */
final class ZimbraModuleHandled extends \RuntimeException
{
}
