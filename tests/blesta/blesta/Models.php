<?php
/**
 * Stand-ins for the Blesta models the module meets: ModuleManager, Services and Packages.
 * They keep their records in the harness database (Blesta::app()->db) and call the module
 * the way Blesta 5 does; each behaviour names the fact of ../shared/reference/blesta-module.md
 * it copies. Values flagged encrypted are stored scrambled, as systemEncrypt() stores them, and
 * come back decrypted, as formatRawMeta() gives them (§6).
 */
abstract class BlestaModel
{
    public Input $Input;

    public function __construct(protected Blesta $app)
    {
        $this->Input = new Input();
    }

    /** Errors land on the model's own Input; the caller must check them (§16). */
    /** @phpstan-impure every call of a model changes it */
    public function errors()
    {
        return $this->Input->errors();
    }

    /**
     * AppModel::systemEncrypt()/systemDecrypt(): public on every Blesta model (app/app_model.php,
     * Ryan-Biondo/The-Majestic-Network@d5c1be0): AES under a hash of the system key, base64.
     * The harness scrambles instead (Blesta::encrypt()); an empty value decrypts to itself.
     */
    public function systemEncrypt($value, $key = null, $iv = null): string
    {
        return Blesta::encrypt((string) $value);
    }

    public function systemDecrypt($value, $key = null, $iv = null): string
    {
        return $value == '' ? (string) $value : Blesta::decrypt((string) $value);
    }

    /** A stored key/value/encrypted list as an object of plain values. */
    protected static function metaObject(array $stored): stdClass
    {
        $out = new stdClass();
        foreach ($stored as $m) {
            $out->{$m['key']} = $m['encrypted'] ? Blesta::decrypt($m['value']) : $m['value'];
        }
        return $out;
    }

    /**
     * What a module returned (a list of ['key','value','encrypted']) as stored rows. A plain
     * field => value array, as a raw POST is, is stored as it comes, unencrypted: Blesta does
     * not tell the two apart, so a module that leaves the post in $vars gets the post stored.
     */
    protected static function storedList(array $vars): array
    {
        $out = [];
        foreach ($vars as $k => $m) {
            if (is_array($m) && array_key_exists('key', $m)) {
                $enc = (int) ($m['encrypted'] ?? 0);
                $value = is_scalar($m['value'] ?? null) || ($m['value'] ?? null) === null ? (string) ($m['value'] ?? '') : serialize($m['value']);
                $out[] = ['key' => (string) $m['key'], 'value' => $enc ? Blesta::encrypt($value) : $value, 'encrypted' => $enc];
            } else {
                $out[] = ['key' => (string) $k, 'value' => is_scalar($m) ? (string) $m : serialize($m), 'encrypted' => 0];
            }
        }
        return $out;
    }
}

/**
 * app/models/module_manager.php, as §4, §5, §16 and §17 describe it (read in hosterpk/whmcs_blesta
 * 95344ce, 2026-12-06). A module is installed once per company (db['modules']: id, class,
 * company_id, version); install 1 is company 1's, made with the harness.
 */
final class ModuleManager extends BlestaModel
{
    /** The installed module record, with its rows and groups, as get() gives it to manage(). */
    public function get($module_id)
    {
        $m = $this->app->db['modules'][(int) $module_id] ?? null;
        if ($m === null) {
            return false;
        }
        return (object) ['id' => $m['id'], 'class' => $m['class'], 'name' => 'Zimbra', 'company_id' => $m['company_id'],
            'version' => $m['version'], 'rows' => $this->getRows($module_id), 'groups' => $this->getGroups($module_id)];
    }

    /**
     * ModuleManager::initModule(): the module object (Modules->create()) with setModule() of the
     * install; false when it is not installed, or installed for another company than the one asked.
     */
    public function initModule($module_id, $company_id = null)
    {
        $installed = $this->get($module_id);
        if (!$installed || ($company_id !== null && (int) $company_id !== (int) $installed->company_id)) {
            return false;
        }
        $module = $this->app->newModule();
        $module->setModule($installed);
        return $module;
    }

    /**
     * ModuleManager::add(): install() runs first; its errors stop the install. The module is
     * recorded for the company asked (the current one by default), its meta stored. delete():
     * uninstall($module_id, $last_instance) runs, $last_instance when no company has it any more.
     */
    public function add(array $vars)
    {
        $vars['company_id'] = (int) ($vars['company_id'] ?? Configure::get('Blesta.company_id'));
        $module = $this->app->newModule();
        $meta = $module->install();
        if (($errors = $module->errors())) {
            $this->Input->setErrors($errors);
            return null;
        }
        $this->Input->setErrors([]);
        $id = $vars['company_id'] === 1 ? Blesta::MODULE_ID : $this->app->nextId('modules');
        $this->app->db['modules'][$id] = ['id' => $id, 'class' => 'zimbra', 'company_id' => $vars['company_id'],
            'version' => $module->getVersion()];
        if ($id === Blesta::MODULE_ID) {
            $this->app->db['installed'] = true;
        }
        if (is_array($meta)) {
            $this->app->db['module_meta'] = self::storedList($meta);
        }
        return $id;
    }

    public function delete($module_id): void
    {
        $installed = $this->get($module_id);
        unset($this->app->db['modules'][(int) $module_id]);
        if ((int) $module_id === Blesta::MODULE_ID) {
            $this->app->db['installed'] = false;
        }
        if ($installed) {
            $module = $this->app->newModule();
            $module->setModule($installed);
            $module->uninstall($module_id, !$this->getByClass($installed->class));
        }
    }

    /**
     * ModuleManager::upgrade(): runs once, for the install asked (the current company's), with
     * the installed version; on success every company's install of the class gets the new version.
     */
    public function upgrade($module_id): void
    {
        $installed = $this->get($module_id);
        if (!$installed) {
            return;
        }
        $module = $this->app->newModule();
        $module->setModule($installed);
        if (version_compare($module->getVersion(), $installed->version, '!=')) {
            $module->upgrade($installed->version);
            if (($errors = $module->errors())) {
                $this->Input->setErrors($errors);
                return;
            }
            $this->Input->setErrors([]);
            foreach ($this->app->db['modules'] as $id => $m) {
                if ($m['class'] === $installed->class) {
                    $this->app->db['modules'][$id]['version'] = $module->getVersion();
                }
            }
        }
    }

    /** Every company's install of the class (getByClass($class, $company_id = null)). */
    public function getByClass($class, $company_id = null): array
    {
        $out = [];
        foreach ($this->app->db['modules'] as $m) {
            if ($m['class'] === $class && ($company_id === null || (int) $company_id === $m['company_id'])) {
                $out[] = (object) ['id' => $m['id'], 'class' => $m['class'], 'company_id' => $m['company_id'], 'version' => $m['version']];
            }
        }
        return $out;
    }

    public function getMeta($module_id): stdClass
    {
        return self::metaObject($this->app->db['module_meta']);
    }

    /** Every meta row of the module is deleted, then $vars is stored (§16). */
    public function setMeta($module_id, array $vars): void
    {
        $this->app->db['module_meta'] = self::storedList($vars);
    }

    public function getRow($module_row_id)
    {
        $row = $this->app->db['rows'][(int) $module_row_id] ?? null;
        if ($row === null) {
            return false;
        }
        return (object) ['id' => $row['id'], 'module_id' => $row['module_id'], 'meta' => self::metaObject($row['meta'])];
    }

    public function getRows($module_id, $module_group_id = null): array
    {
        $ids = $module_group_id === null ? array_keys($this->app->db['rows'])
            : ($this->app->db['groups'][(int) $module_group_id]['rows'] ?? []);
        return array_values(array_filter(array_map(fn ($id) => $this->getRow($id), $ids),
            fn ($row) => $row && (int) $row->module_id === (int) $module_id));
    }

    public function getRowMeta($module_row_id): stdClass
    {
        return self::metaObject($this->app->db['rows'][(int) $module_row_id]['meta'] ?? []);
    }

    /** Runs the module's addModuleRow() (initModule) and stores what it returns; errors stay here (§16). */
    public function addRow($module_id, array $vars)
    {
        $module = $this->initModule($module_id);
        $meta = $module->addModuleRow($vars);
        if (($errors = $module->errors())) {
            $this->Input->setErrors($errors);
            return null;
        }
        $this->Input->setErrors([]);
        $id = $this->app->nextId('rows');
        $this->app->db['rows'][$id] = ['id' => $id, 'module_id' => (int) $module_id, 'meta' => self::storedList((array) $meta)];
        return $id;
    }

    /** Runs the module's editModuleRow() (its validation, with every side effect) and stores the result (§16). */
    public function editRow($module_row_id, array $vars): void
    {
        $row = $this->getRow($module_row_id);
        $module = $this->initModule($row->module_id);
        $meta = $module->editModuleRow($row, $vars);
        if (($errors = $module->errors())) {
            $this->Input->setErrors($errors);
            return;
        }
        $this->Input->setErrors([]);
        $this->app->db['rows'][(int) $module_row_id]['meta'] = self::storedList((array) $meta);
    }

    public function deleteRow($module_row_id): void
    {
        $row = $this->getRow($module_row_id);
        $module = $this->initModule($row->module_id);
        $module->deleteModuleRow($row);
        if (($errors = $module->errors())) {
            $this->Input->setErrors($errors);
            return;
        }
        $this->Input->setErrors([]);
        unset($this->app->db['rows'][(int) $module_row_id]);
        foreach ($this->app->db['groups'] as &$group) {
            $group['rows'] = array_values(array_diff($group['rows'], [(int) $module_row_id]));
        }
    }

    public function getGroup($module_group_id)
    {
        $g = $this->app->db['groups'][(int) $module_group_id] ?? null;
        if ($g === null) {
            return false;
        }
        return (object) ['id' => $g['id'], 'module_id' => $g['module_id'], 'name' => $g['name'], 'add_order' => $g['add_order'],
            'force_limits' => $g['force_limits'], 'rows' => $this->getRows($g['module_id'], $g['id'])];
    }

    public function getGroups($module_id): array
    {
        return array_values(array_map(fn ($g) => $this->getGroup($g['id']), $this->app->db['groups']));
    }

    public function addGroup($module_id, array $vars)
    {
        if (!$this->validGroup($vars)) {
            return null;
        }
        $id = $this->app->nextId('groups');
        $this->app->db['groups'][$id] = ['id' => $id, 'module_id' => (int) $module_id] + $this->groupRecord($vars);
        return $id;
    }

    public function editGroup($module_group_id, array $vars): void
    {
        if ($this->validGroup($vars)) {
            $this->app->db['groups'][(int) $module_group_id] = array_merge($this->app->db['groups'][(int) $module_group_id],
                $this->groupRecord($vars));
        }
    }

    public function deleteGroup($module_group_id): void
    {
        unset($this->app->db['groups'][(int) $module_group_id]);
    }

    private function validGroup(array $vars): bool
    {
        $this->Input->setRules(['name' => ['empty' => ['rule' => 'isEmpty', 'negate' => true, 'message' => 'Please enter a group name.']],
            'add_order' => ['valid' => ['rule' => ['in_array', ['first', 'roundrobin']], 'message' => 'Please choose an order.']]]);
        return $this->Input->validates($vars);
    }

    private function groupRecord(array $vars): array
    {
        return ['name' => (string) $vars['name'], 'add_order' => (string) $vars['add_order'],
            'force_limits' => !empty($vars['force_limits']),
            'rows' => array_values(array_map('intval', (array) ($vars['module_rows'] ?? [])))];
    }

    /**
     * ModuleManager::moduleRpc(): initModule(), setModuleRow() when a row is given, the call, its
     * errors copied here; an uncaught Exception is logged (direction input, url system, the message
     * and trace, group internal) and the call returns null with no error set; an Error (a
     * TypeError from a native extension, say) is not caught (§5).
     */
    public function moduleRpc($module_id, string $method, array $params, $module_row_id = null)
    {
        $this->app->lastModule = null;  // the module object of an earlier call is gone, with its client
        $this->Input->setErrors([]);
        $result = null;
        try {
            $module = $this->initModule($module_id);
            if (!$module) {
                return null;
            }
            if ($module_row_id) {
                $module->setModuleRow($this->getRow($module_row_id));
            }
            $this->app->lastModule = $module;
            $result = call_user_func_array([$module, $method], $params);
            if (($errors = $module->errors())) {
                $this->Input->setErrors($errors);
            }
        } catch (Exception $e) {
            $this->app->addModuleLog(['module_id' => $module_id, 'direction' => 'input', 'url' => 'system',
                'data' => $e->getMessage() . " \n" . $e->getTraceAsString(), 'status' => 'error', 'group' => 'internal']);
        }
        return $result;
    }
}

/** app/models/companies.php: a company's name and hostname (the domain Blesta is served on). */
final class Companies extends BlestaModel
{
    public function get($company_id)
    {
        $c = $this->app->db['companies'][(int) $company_id] ?? null;
        return $c === null ? false : (object) $c;
    }

    public function getAll(): array
    {
        return array_values(array_map(fn ($c) => (object) $c, $this->app->db['companies']));
    }
}

/** app/models/packages.php: the module validates and returns the meta (§4 "Packages"). */
final class Packages extends BlestaModel
{
    public function add(array $vars)
    {
        $module = $this->app->ModuleManager->initModule(Blesta::MODULE_ID);
        $meta = $module->addPackage($vars);
        return $this->store(null, $vars, $meta, $module->errors());
    }

    public function edit($package_id, array $vars)
    {
        $module = $this->app->ModuleManager->initModule(Blesta::MODULE_ID);
        $meta = $module->editPackage($this->get($package_id), $vars);
        return $this->store((int) $package_id, $vars, $meta, $module->errors());
    }

    private function store(?int $id, array $vars, $meta, $errors)
    {
        if ($errors) {
            $this->Input->setErrors($errors);
            return null;
        }
        $this->Input->setErrors([]);
        $id ??= $this->app->nextId('packages');
        $this->app->db['packages'][$id] = ['id' => $id, 'name' => (string) ($vars['name'] ?? "Package $id"),
            'module_id' => Blesta::MODULE_ID, 'module_row' => (int) ($vars['module_row'] ?? 0),
            'module_group' => (int) ($vars['module_group'] ?? 0), 'meta' => self::storedList((array) $meta)];
        return $id;
    }

    public function get($package_id)
    {
        $p = $this->app->db['packages'][(int) $package_id] ?? null;
        if ($p === null) {
            return false;
        }
        return (object) ['id' => $p['id'], 'name' => $p['name'], 'module_id' => $p['module_id'],
            'module_row' => $p['module_row'] ?: null, 'module_group' => $p['module_group'] ?: null, 'meta' => self::metaObject($p['meta'])];
    }
}

/**
 * app/models/services.php of Blesta 5 (Ryan-Biondo/The-Majestic-Network d5c1be0, read 2026-12-06;
 * blesta-module.md §17), as far as a module sees it. The harness has no pricings: a package is its
 * own pricing, so pricing_id is a package id. Every module call is made as Blesta makes it: on a
 * module object from ModuleManager::initModule(), with setModuleRow() of the service's row, and
 * not through moduleRpc(), so an exception a module lets escape reaches the caller.
 *
 *  - add(): quantity options of 0 are dropped (formatConfigOptions); validate() runs the module's
 *    validateService() with the options by name; status defaults to pending and use_module to
 *    'true', and a pending or in_review service gets use_module 'false' (l.1293-1296); the row is
 *    one a module_row_id or module_row_group option names, the one given, the package's, or
 *    selectModuleRow() of its group; addService() gets the
 *    status; its fields are stored with setFields() and the options with the service.
 *  - edit(): validateEdit() runs the module's validateServiceEdit() first (l.5095-5110), except
 *    for an activation (pending to active); an activation may take its row from a module_row_group
 *    option (l.1682-1697); a posted configoptions set replaces every option
 *    (l.1586-1589, 2006-2009) and is what the module gets, by name (l.1710-1712); none posted, the
 *    stored ones by name (l.1713-1723); a new pricing with use_module 'true' runs
 *    changeServicePackage() first; an activation runs addService() with the edit's vars plus
 *    pricing_id and client_id, any other edit editService() (l.1752-1775); the module's fields
 *    replace the stored ones, then the options and the service's columns are stored.
 *  - cancel() cancels the add-ons first; a pending service is canceled without the module;
 *    suspend() and unsuspend() call the module unless use_module is 'false'; fields the module
 *    returns replace the stored ones.
 *  - setFields() deletes every field of the service, then stores the list given.
 */
final class Services extends BlestaModel
{
    public function add(array $vars, ?array $packages = null, $notify = false)
    {
        $package = $this->app->Packages->get($vars['package_id'] ?? $vars['pricing_id'] ?? 0);
        if (!$package) {
            $this->Input->setErrors(['pricing_id' => ['exists' => 'Invalid package pricing ID.']]);
            return null;
        }
        $posted = $this->formatConfigOptions((array) ($vars['configoptions'] ?? []));
        if (!$this->validOptions($package->id, $posted)) {
            return null;
        }
        // validate(): the module's validateService() sees the options by name.
        $validator = $this->app->ModuleManager->initModule($package->module_id);
        $check = $vars;
        $check['configoptions'] = $this->app->PackageOptions->formatOptions($posted);
        $validator->validateService($package, $check);
        if (($errors = $validator->errors())) {
            $this->Input->setErrors($errors);
            return null;
        }
        $vars['status'] ??= 'pending';
        $vars['use_module'] ??= 'true';
        if (in_array($vars['status'], ['pending', 'in_review'], true)) {
            $vars['use_module'] = 'false';
        }
        $module = $this->app->ModuleManager->initModule($package->module_id);
        $parent = !empty($vars['parent_service_id']) ? $this->get($vars['parent_service_id']) : null;
        $vars = $this->rowFromOptions($module, $posted, null, true) + $vars;
        if (!isset($vars['module_row_id'])) {
            $vars['module_row_id'] = $package->module_row ?: $module->selectModuleRow($package->module_group);
        }
        $module->setModuleRow($module->getModuleRow($vars['module_row_id']));
        $vars['configoptions'] = $this->app->PackageOptions->formatOptions($posted);
        $this->app->lastModule = $module;
        $fields = $module->addService($package, $vars, $parent ? $parent->package : null, $parent, $vars['status']);
        if (($errors = $module->errors())) {
            $this->Input->setErrors($errors);
            return null;
        }
        $this->Input->setErrors([]);
        $id = $this->app->nextId('services');
        $this->app->db['services'][$id] = ['id' => $id, 'client_id' => (int) ($vars['client_id'] ?? 1),
            'package_id' => $package->id, 'parent_service_id' => $parent->id ?? null, 'module_row_id' => (int) $vars['module_row_id'],
            'status' => $vars['status'], 'fields' => [], 'options' => []];
        if (is_array($fields)) {
            $this->setFields($id, $fields);
        }
        $this->setServiceOptions($id, $posted);
        return $id;
    }

    public function get($service_id)
    {
        $s = $this->app->db['services'][(int) $service_id] ?? null;
        if ($s === null) {
            return false;
        }
        $fields = [];
        foreach ($s['fields'] as $f) {
            $fields[] = (object) ['key' => $f['key'], 'value' => $f['encrypted'] ? Blesta::decrypt($f['value']) : $f['value'],
                'encrypted' => $f['encrypted']];
        }
        $package = $this->app->Packages->get($s['package_id']);
        return (object) ['id' => $s['id'], 'client_id' => $s['client_id'], 'package_id' => $s['package_id'], 'pricing_id' => $s['package_id'],
            'package' => $package, 'parent_service_id' => $s['parent_service_id'], 'module_row_id' => $s['module_row_id'],
            'status' => $s['status'], 'qty' => 1, 'fields' => $fields, 'options' => $this->getOptions($s['id'])];
    }

    /**
     * The service's options as Blesta lists them: option_id, option_name, option_label,
     * option_type, value (the value chosen; null for a quantity) and qty.
     */
    public function getOptions($service_id): array
    {
        $out = [];
        foreach ($this->app->db['services'][(int) $service_id]['options'] ?? [] as $optionId => $chosen) {
            $o = $this->app->PackageOptions->get($optionId);
            if ($o) {
                $quantity = $o->type === 'quantity';
                $out[] = (object) ['option_id' => $o->id, 'option_name' => $o->name, 'option_label' => $o->label,
                    'option_type' => $o->type, 'value' => $quantity ? null : (string) $chosen, 'qty' => $quantity ? (int) $chosen : 1];
            }
        }
        return $out;
    }

    /** Services::getAllChildren(): the add-on services of a service. */
    public function getAllChildren($service_id): array
    {
        $out = [];
        foreach ($this->app->db['services'] as $s) {
            if ((int) $s['parent_service_id'] === (int) $service_id) {
                $out[] = $this->get($s['id']);
            }
        }
        return $out;
    }

    /**
     * Services::getAll($order_by, $children, $filters, $formatted_filters): status defaults to
     * 'active' ('all' for any); formatted filters as ['services' => ['module_row_id' => N]].
     */
    public function getAll($order_by = ['date_added' => 'DESC'], $children = true, array $filters = [], array $formatted_filters = []): array
    {
        $status = $filters['status'] ?? 'active';
        if (isset($filters['module_id']) && !$this->app->ModuleManager->get($filters['module_id'])) {
            return [];
        }
        $out = [];
        foreach ($this->app->db['services'] as $s) {
            if (($status !== 'all' && $s['status'] !== $status) || (!$children && $s['parent_service_id'])) {
                continue;
            }
            foreach ((array) ($formatted_filters['services'] ?? []) as $column => $value) {
                if ((string) ($s[$column] ?? '') !== (string) $value) {
                    continue 2;
                }
            }
            $out[] = $this->get($s['id']);
        }
        return $out;
    }

    /**
     * Not Blesta: what another request does just before the next write of service fields, once
     * (a test of a cron pass that must not put back what it read before an edit made meanwhile).
     */
    public static ?Closure $beforeNextFieldWrite = null;

    private static function meanwhile(): void
    {
        if (($fn = self::$beforeNextFieldWrite) !== null) {
            self::$beforeNextFieldWrite = null;
            $fn();
        }
    }

    /**
     * Services::setFields(): every field of the service is deleted, then the list given is stored
     * (key, value, encrypted 'true'/'false' or 1/0); no module call.
     */
    public function setFields($service_id, array $vars): void
    {
        self::meanwhile();
        $this->app->db['services'][(int) $service_id]['fields'] = self::storedList(array_map(function ($f) {
            $f = (array) $f;
            $encrypted = $f['encrypted'] ?? 0;
            return ['key' => $f['key'], 'value' => $f['value'], 'encrypted' => (int) ($encrypted === 'true' || (int) $encrypted === 1)];
        }, array_values($vars)));
    }

    /**
     * Services::editField(): one field of the service set, the others untouched (an insert that
     * updates the value when the key exists); a key longer than 32 characters is refused.
     */
    public function editField($service_id, array $vars): void
    {
        self::meanwhile();
        $this->Input->setErrors([]);
        if ((string) ($vars['key'] ?? '') === '' || strlen((string) $vars['key']) > 32) {
            $this->Input->setErrors(['key' => ['length' => 'The key must be 1 to 32 characters.']]);
            return;
        }
        $encrypted = (int) (($vars['encrypted'] ?? 0) === 'true' || (int) ($vars['encrypted'] ?? 0) === 1);
        [$stored] = self::storedList([['key' => $vars['key'], 'value' => $vars['value'], 'encrypted' => $encrypted]]);
        $fields = &$this->app->db['services'][(int) $service_id]['fields'];
        foreach ($fields as $i => $f) {
            if ($f['key'] === $stored['key']) {
                $fields[$i] = $stored;
                return;
            }
        }
        $fields[] = $stored;
    }

    /** Services::validateServiceEdit(): the edit's validation alone (what the upgrade review runs first). */
    public function validateServiceEdit($service_id, array $vars, $bypass_module = false): void
    {
        $this->validateEdit($service_id, $vars, $bypass_module);
    }

    /**
     * Services::validateEdit(): use_module defaults to 'true'; the option values must be offered;
     * the module's validateServiceEdit() sees the vars with the options by name, except when the
     * edit activates a pending service (the module will add it, not edit it).
     */
    private function validateEdit($service_id, array $vars, bool $bypass_module): ?array
    {
        $this->Input->setErrors([]);
        $service = $this->get($service_id);
        if (!$service) {
            $this->Input->setErrors(['service_id' => ['exists' => 'Invalid service ID.']]);
            return null;
        }
        $vars['service_id'] = $service_id;
        $vars['use_module'] = $bypass_module ? 'false' : ($vars['use_module'] ?? 'true');
        $vars['pricing_id'] ??= $service->pricing_id;
        $vars['qty'] ??= 1;
        if ($service->status === 'pending' && ($vars['status'] ?? null) === 'active') {
            $bypass_module = true;
        }
        if (isset($vars['configoptions']) && !$this->validOptions((int) $vars['pricing_id'], (array) $vars['configoptions'])) {
            return null;
        }
        if (!$bypass_module) {
            $module = $this->app->ModuleManager->initModule($service->package->module_id);
            $check = $vars;
            if (isset($check['configoptions']) && is_array($check['configoptions'])) {
                $check['configoptions'] = $this->app->PackageOptions->formatOptions($check['configoptions']);
            }
            $module->validateServiceEdit($service, $check);
            if (($errors = $module->errors())) {
                $this->Input->setErrors($errors);
                return null;
            }
        }
        return $vars;
    }

    /**
     * Services::edit(): $vars may carry pricing_id (here a package id: a package change), status
     * (pending to active is the activation), configoptions keyed by option id and use_module.
     */
    public function edit($service_id, array $vars, $bypass_module = false, $notify = false)
    {
        $vars = $this->validateEdit($service_id, $vars, (bool) $bypass_module);
        if ($vars === null) {
            return null;
        }
        $service = $this->get($service_id);
        $from = $service->package;
        $to = (int) $vars['pricing_id'] !== (int) $service->pricing_id ? $this->app->Packages->get($vars['pricing_id']) : $from;
        $posted = isset($vars['configoptions']) ? $this->formatConfigOptions((array) $vars['configoptions']) : null;
        [$parentPackage, $parent] = $this->parentOf($service);
        if (!$bypass_module) {
            $module = $this->app->ModuleManager->initModule($to->module_id);
            if ($posted !== null) {
                $activating = $service->status === 'pending' && ($vars['status'] ?? null) === 'active';
                $vars = $this->rowFromOptions($module, $posted, $service, $activating) + $vars;
            }
            $module->setModuleRow($module->getModuleRow($vars['module_row_id'] ?? $service->module_row_id));
            $this->app->lastModule = $module;
            // The complete set, by name: the posted one, or the service's stored options.
            $vars['configoptions'] = $posted !== null ? $this->app->PackageOptions->formatOptions($posted)
                : array_column(array_map(fn ($o) => ['n' => $o->option_name, 'v' => $o->option_type === 'quantity' ? $o->qty : $o->value],
                    $service->options), 'v', 'n');
            if ($to->id !== $from->id && $vars['use_module'] === 'true') {
                $fields = $module->changeServicePackage($from, $to, $service, $parentPackage, $parent);
                if (($errors = $module->errors())) {
                    $this->Input->setErrors($errors);
                    return null;
                }
                if (is_array($fields) && $fields) {
                    $this->setFields($service->id, $fields);
                    $service = $this->get($service->id);
                }
            }
            if ($service->status === 'pending' && ($vars['status'] ?? null) === 'active') {
                $vars['pricing_id'] = $service->pricing_id;
                $vars['client_id'] = $service->client_id;
                $fields = $module->addService($to, $vars, $parentPackage, $parent, $vars['status']);
            } else {
                $fields = $module->editService($to, $service, $vars, $parentPackage, $parent);
            }
            if (($errors = $module->errors())) {
                $this->Input->setErrors($errors);
                return null;
            }
            if (is_array($fields)) {
                $this->setFields($service->id, $fields);
            }
            if ($posted !== null) {
                $this->setServiceOptions($service->id, $posted);
            }
        }
        $row = &$this->app->db['services'][$service->id];
        $row['package_id'] = $to->id;
        if (isset($vars['status'])) {
            $row['status'] = (string) $vars['status'];
        }
        if (isset($vars['module_row_id'])) {
            $row['module_row_id'] = (int) $vars['module_row_id'];
        }
        return $service->id;
    }

    /**
     * Services::suspend(): the module's suspendService() unless use_module is 'false'; then the
     * status. Like Blesta's, it returns nothing: the caller reads errors().
     */
    public function suspend($service_id, array $vars = []): void
    {
        $this->statusChange($service_id, $vars, 'suspendService', 'suspended');
    }

    /** Services::unsuspend(): as suspend(), with unsuspendService() and the status active. */
    public function unsuspend($service_id, array $vars = []): void
    {
        $this->statusChange($service_id, $vars, 'unsuspendService', 'active');
    }

    /**
     * Services::cancel(): the add-ons first (each canceled the same way), then the service; a
     * pending service is canceled without the module; a failure on the module leaves it as it was.
     */
    public function cancel($service_id, array $vars = []): void
    {
        foreach ($this->getAllChildren($service_id) as $addon) {
            if ($addon->status !== 'canceled') {
                $this->cancel($addon->id, $vars);
            }
        }
        // Cancel's own rules are set next (setRules() empties the errors): an add-on that could not
        // be canceled does not stop its parent.
        $this->Input->setErrors([]);
        $service = $this->get($service_id);
        $vars['use_module'] ??= 'true';
        if ($service->status === 'pending') {
            $vars['use_module'] = 'false';
        }
        $this->statusChange($service_id, $vars, 'cancelService', 'canceled');
    }

    /** An admin's package change: an edit with a new pricing (above); the service id, or null with errors(). */
    public function changePackage($service_id, $package_id)
    {
        return $this->edit($service_id, ['pricing_id' => $package_id, 'use_module' => 'true']);
    }

    /**
     * Services::getConfigurableModuleFields() as add() and edit() use it (l.1682-1697): an option
     * named module_row_id sets the service's row (on an edit only when its value changed), one named
     * module_row_group picks a row of that group with selectModuleRow() (on an edit only when the
     * edit provisions a pending service).
     */
    private function rowFromOptions(Module $module, array $posted, $service, bool $provisioning): array
    {
        $named = $this->app->PackageOptions->formatOptions($posted);
        $current = [];
        foreach ($service ? $service->options : [] as $o) {
            $current[$o->option_name] = $o->option_type === 'quantity' ? $o->qty : $o->value;
        }
        $row = $named['module_row_id'] ?? null;
        if (is_numeric($row) && (string) ($current['module_row_id'] ?? '') !== (string) $row && $module->getModuleRow($row)) {
            return ['module_row_id' => (int) $row];
        }
        $group = $named['module_row_group'] ?? null;
        if (is_numeric($group) && $provisioning && (string) ($current['module_row_group'] ?? '') !== (string) $group
                && ($picked = $module->selectModuleRow($group))) {
            return ['module_row_id' => (int) $picked];
        }
        return [];
    }

    /** Services::formatConfigOptions(): a quantity option of 0 is dropped. */
    private function formatConfigOptions(array $options): array
    {
        foreach ($options as $id => $value) {
            $o = $this->app->PackageOptions->get($id);
            if ($o && $o->type === 'quantity' && (string) $value === '0') {
                unset($options[$id]);
            }
        }
        return $options;
    }

    /** Every posted option must be the package's and offer the value; else nothing is called. */
    private function validOptions(int $packageId, array $posted): bool
    {
        $options = $this->app->PackageOptions;
        foreach ($posted as $id => $value) {
            $o = $options->get($id);
            if (!$o || !in_array($packageId, $o->package_ids, true) || !$options->getValue($id, $value)) {
                $this->Input->setErrors(['configoptions' => ['valid' => 'The value of a configurable option is not valid.']]);
                return false;
            }
        }
        return true;
    }

    /**
     * Services::setServiceOptions(): the posted set is the service's whole set after an edit
     * (options it does not name are deleted); a quantity of 0 is no option. On add, the posted ones.
     */
    private function setServiceOptions(int $serviceId, array $posted): void
    {
        $options = [];
        foreach ($posted as $id => $value) {
            $o = $this->app->PackageOptions->get($id);
            if ($o && !($o->type === 'quantity' && (int) $value === 0)) {
                $options[(int) $id] = (string) $value;
            }
        }
        $this->app->db['services'][$serviceId]['options'] = $options;
    }

    private function statusChange($service_id, array $vars, string $method, string $status): void
    {
        $this->Input->setErrors([]);
        $service = $this->get($service_id);
        if (($vars['use_module'] ?? 'true') === 'true') {
            $module = $this->app->ModuleManager->initModule($service->package->module_id);
            $module->setModuleRow($module->getModuleRow($service->module_row_id));
            $this->app->lastModule = $module;
            [$parentPackage, $parent] = $this->parentOf($service);
            $fields = $module->$method($service->package, $service, $parentPackage, $parent);
            if (($errors = $module->errors())) {
                $this->Input->setErrors($errors);
                return;
            }
            if (is_array($fields)) {
                $this->setFields($service->id, $fields);
            }
        }
        $this->app->db['services'][$service->id]['status'] = $status;
    }

    private function parentOf($service): array
    {
        $parent = $service->parent_service_id ? $this->get($service->parent_service_id) : null;
        return [$parent ? $parent->package : null, $parent ?: null];
    }
}

/** app/models/clients.php: the client a service belongs to, with the settings Blesta mails in. */
final class Clients extends BlestaModel
{
    public function get($client_id)
    {
        $c = $this->app->db['clients'][(int) $client_id] ?? null;
        return $c === null ? false : (object) $c;  // settings: a key => value array, as getSettings() gives
    }
}
