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

/** app/models/module_manager.php, as §4, §5 and §16 describe it. */
final class ModuleManager extends BlestaModel
{
    /** The installed module record, with its rows and groups, as get() gives it to manage(). */
    public function get($module_id)
    {
        if ((int) $module_id !== Blesta::MODULE_ID) {
            return false;
        }
        return (object) ['id' => Blesta::MODULE_ID, 'class' => 'zimbra', 'name' => 'Zimbra', 'company_id' => 1,
            'rows' => $this->getRows($module_id), 'groups' => $this->getGroups($module_id)];
    }

    /**
     * ModuleManager::add(): the module is recorded, then its install() runs; its errors undo the
     * install. delete(): uninstall($module_id, $last_instance) runs (§4 "Lifecycle").
     */
    public function add(array $vars)
    {
        $module = $this->app->newModule();
        $meta = $module->install();
        if (($errors = $module->errors())) {
            $this->Input->setErrors($errors);
            return null;
        }
        $this->Input->setErrors([]);
        $this->app->db['installed'] = true;
        if (is_array($meta)) {
            $this->app->db['module_meta'] = self::storedList($meta);
        }
        return Blesta::MODULE_ID;
    }

    public function delete($module_id): void
    {
        $module = $this->app->newModule();
        $module->uninstall($module_id, true);
        $this->app->db['installed'] = false;
    }

    public function getByClass($class): array
    {
        return $class === 'zimbra' ? [(object) ['id' => Blesta::MODULE_ID, 'class' => 'zimbra', 'company_id' => 1]] : [];
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
        return array_values(array_filter(array_map(fn ($id) => $this->getRow($id), $ids)));
    }

    public function getRowMeta($module_row_id): stdClass
    {
        return self::metaObject($this->app->db['rows'][(int) $module_row_id]['meta'] ?? []);
    }

    /** Runs the module's addModuleRow() and stores what it returns; errors stay here (§16). */
    public function addRow($module_id, array $vars)
    {
        $module = $this->app->newModule();
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
        $module = $this->app->newModule();
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
        $module = $this->app->newModule();
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
     * ModuleManager::moduleRpc(): a module object for the call, given the module and the row,
     * its errors copied here, an uncaught Exception logged as system/internal; an Error (a
     * TypeError from a native extension, say) is not caught (§5).
     */
    public function moduleRpc($module_id, string $method, array $params, $module_row_id = null)
    {
        $this->app->lastModule = null;  // the module object of an earlier call is gone, with its client
        $module = $this->app->newModule();
        $module->setModule($this->get($module_id));
        if ($module_row_id) {
            $module->setModuleRow($this->getRow($module_row_id));
        }
        $this->app->lastModule = $module;
        try {
            $result = call_user_func_array([$module, $method], $params);
            $this->Input->setErrors($module->errors() ?: []);
            return $result;
        } catch (Exception $e) {
            $this->app->addModuleLog(['module_id' => $module_id, 'direction' => 'output', 'url' => 'system',
                'data' => $e->getMessage(), 'status' => 'error', 'group' => 'internal']);
            $this->Input->setErrors(['module' => ['exception' => $e->getMessage()]]);
            return null;
        }
    }
}

/** app/models/packages.php: the module validates and returns the meta (§4 "Packages"). */
final class Packages extends BlestaModel
{
    public function add(array $vars)
    {
        $module = $this->app->newModule();
        $meta = $module->addPackage($vars);
        return $this->store(null, $vars, $meta, $module->errors());
    }

    public function edit($package_id, array $vars)
    {
        $module = $this->app->newModule();
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
 * app/models/services.php: every service action is a moduleRpc() on the service's row, and the
 * fields a method returns replace the stored ones (§4 "Services", §11, §6 "Editing from a client
 * tab: call Services->edit()"). A new service's row is the package's, or the one the module's
 * selectModuleRow() picks from the package's group; 0 means none is available (§16).
 * Configurable options follow Options.php; edit() follows Blesta 5 Services::edit() (read
 * 2026-11-28): a new pricing (here: a new package) calls changeServicePackage() and then, always,
 * editService() with the new package; the options are stored only after both succeeded.
 */
final class Services extends BlestaModel
{
    public function add(array $vars, $status = 'pending')
    {
        $package = $this->app->Packages->get($vars['package_id']);
        $parent = !empty($vars['parent_service_id']) ? $this->get($vars['parent_service_id']) : null;
        $row = $vars['module_row_id'] ?? ($package->module_group
            ? $this->app->newModule()->selectModuleRow($package->module_group) : $package->module_row);
        if (!$row) {
            $this->Input->setErrors(['module_row_id' => ['empty' => 'No server is available for this package.']]);
            return null;
        }
        $posted = (array) ($vars['configoptions'] ?? []);
        if (!$this->validOptions($package->id, $posted)) {
            return null;
        }
        $vars['configoptions'] = $this->app->PackageOptions->formatOptions($posted);
        $mm = $this->app->ModuleManager;
        $valid = $mm->moduleRpc(Blesta::MODULE_ID, 'validateService', [$package, $vars], $row);
        if (!$valid || $mm->errors()) {
            $this->Input->setErrors($mm->errors() ?: ['service' => ['invalid' => 'The service is not valid.']]);
            return null;
        }
        $fields = $mm->moduleRpc(Blesta::MODULE_ID, 'addService',
            [$package, $vars, $parent ? $this->app->Packages->get($parent->package_id) : null, $parent, $status], $row);
        if ($mm->errors()) {
            $this->Input->setErrors($mm->errors());
            return null;
        }
        $this->Input->setErrors([]);
        $id = $this->app->nextId('services');
        $this->app->db['services'][$id] = ['id' => $id, 'client_id' => (int) ($vars['client_id'] ?? 1),
            'package_id' => $package->id, 'parent_service_id' => $parent->id ?? null, 'module_row_id' => (int) $row,
            'status' => ($vars['use_module'] ?? 'true') === 'true' ? 'active' : $status, 'fields' => self::storedList((array) $fields),
            'options' => []];
        $this->storeOptions($id, $posted);
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
        return (object) ['id' => $s['id'], 'client_id' => $s['client_id'], 'package_id' => $s['package_id'], 'package' => $package,
            'parent_service_id' => $s['parent_service_id'], 'module_row_id' => $s['module_row_id'], 'status' => $s['status'],
            'fields' => $fields, 'options' => $this->getOptions($s['id'])];
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

    /**
     * Services::getAll($order_by, $children, $filters, $formatted_filters): status defaults to
     * 'active' ('all' for any); formatted filters as ['services' => ['module_row_id' => N]].
     */
    public function getAll($order_by = ['date_added' => 'DESC'], $children = true, array $filters = [], array $formatted_filters = []): array
    {
        $status = $filters['status'] ?? 'active';
        if (isset($filters['module_id']) && (int) $filters['module_id'] !== Blesta::MODULE_ID) {
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

    /** Services::setFields(): every field of the service is deleted, then $vars is stored; no module call. */
    public function setFields($service_id, array $vars): void
    {
        $this->app->db['services'][(int) $service_id]['fields'] = self::storedList(array_map(function ($f) {
            $f = (array) $f;
            return ['key' => $f['key'], 'value' => $f['value'], 'encrypted' => (int) (($f['encrypted'] ?? 0) === 'true' || (int) ($f['encrypted'] ?? 0) === 1)];
        }, $vars));
    }

    /**
     * Services::edit(): $vars may carry pricing_id (here the package id: a package change),
     * configoptions keyed by option id (an upgrade or downgrade of options) and use_module.
     */
    public function edit($service_id, array $vars)
    {
        $service = $this->get($service_id);
        $from = $service->package;
        $to = isset($vars['pricing_id']) ? $this->app->Packages->get($vars['pricing_id']) : $from;
        $posted = isset($vars['configoptions']) ? (array) $vars['configoptions'] : null;
        if ($posted !== null && !$this->validOptions($to->id, $posted)) {
            return false;
        }
        // Not posted: the service's own options, by name, a quantity as its qty.
        $vars['configoptions'] = $posted !== null ? $this->app->PackageOptions->formatOptions($posted)
            : array_column(array_map(fn ($o) => ['n' => $o->option_name, 'v' => $o->option_type === 'quantity' ? $o->qty : $o->value],
                $service->options), 'v', 'n');
        $vars['use_module'] = $vars['use_module'] ?? 'true';
        [$parentPackage, $parent] = $this->parentOf($service);
        $mm = $this->app->ModuleManager;
        if ($to->id !== $from->id && $vars['use_module'] === 'true') {
            $fields = $mm->moduleRpc(Blesta::MODULE_ID, 'changeServicePackage', [$from, $to, $service, $parentPackage, $parent],
                $service->module_row_id);
            if (($errors = $mm->errors())) {
                $this->Input->setErrors($errors);
                return false;
            }
            if (is_array($fields) && $fields) {
                $this->setFields($service->id, $fields);
                $service = $this->get($service->id);
            }
        }
        if (!$this->run($service, 'editService', [$to, $service, $vars, $parentPackage, $parent], null)) {
            return false;
        }
        if ($posted !== null) {
            $this->storeOptions($service->id, $posted);
        }
        $this->app->db['services'][$service->id]['package_id'] = $to->id;
        return true;
    }

    public function suspend($service_id)
    {
        return $this->lifecycle($service_id, 'suspendService', 'suspended');
    }

    public function unsuspend($service_id)
    {
        return $this->lifecycle($service_id, 'unsuspendService', 'active');
    }

    public function cancel($service_id)
    {
        return $this->lifecycle($service_id, 'cancelService', 'canceled');
    }

    /** A package change is an edit with a new pricing (above). */
    public function changePackage($service_id, $package_id)
    {
        return $this->edit($service_id, ['pricing_id' => $package_id, 'use_module' => 'true']);
    }

    /** Every posted option must be the package's and offer the value; else nothing is called. */
    private function validOptions(int $packageId, array $posted): bool
    {
        $options = $this->app->PackageOptions;
        foreach ($posted as $id => $value) {
            $o = $options->get($id);
            if (!$o || !in_array($packageId, $o->package_ids, true) || !$options->getValue($id, $value)) {
                $this->Input->setErrors(['configoptions' => ['invalid' => 'The value of a configurable option is not valid.']]);
                return false;
            }
        }
        return true;
    }

    /** Posted options replace the stored ones they name; a quantity of 0 removes the option. */
    private function storeOptions(int $serviceId, array $posted): void
    {
        foreach ($posted as $id => $value) {
            $o = $this->app->PackageOptions->get($id);
            if ($o->type === 'quantity' && (int) $value === 0) {
                unset($this->app->db['services'][$serviceId]['options'][(int) $id]);
            } else {
                $this->app->db['services'][$serviceId]['options'][(int) $id] = (string) $value;
            }
        }
    }

    private function lifecycle($service_id, string $method, string $status)
    {
        $service = $this->get($service_id);
        return $this->run($service, $method, [$service->package, $service, ...$this->parentOf($service)], $status);
    }

    private function parentOf($service): array
    {
        $parent = $service->parent_service_id ? $this->get($service->parent_service_id) : null;
        return [$parent ? $parent->package : null, $parent ?: null];
    }

    /** One module call; its fields (when it returns some) replace the stored ones. */
    private function run($service, string $method, array $params, ?string $status): bool
    {
        $mm = $this->app->ModuleManager;
        $fields = $mm->moduleRpc(Blesta::MODULE_ID, $method, $params, $service->module_row_id);
        if (($errors = $mm->errors())) {
            $this->Input->setErrors($errors);
            return false;
        }
        $this->Input->setErrors([]);
        if (is_array($fields)) {
            $this->app->db['services'][$service->id]['fields'] = self::storedList($fields);
        }
        if ($status !== null) {
            $this->app->db['services'][$service->id]['status'] = $status;
        }
        return true;
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
