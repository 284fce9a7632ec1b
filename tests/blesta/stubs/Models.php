<?php
/**
 * Stand-ins for the Blesta models the module touches: ModuleManager (rows with meta,
 * encrypted meta stored scrambled so tests can see what is encrypted), Services
 * (edit() runs the module's editService as Blesta does) and module groups.
 */
class ModuleManagerStub
{
    private static ?self $instance = null;
    public array $rows = [];
    public array $groups = [];

    public static function instance(): self
    {
        return self::$instance ??= new self();
    }

    public static function reset(): void
    {
        self::$instance = new self();
    }

    /** Store a row from the key/value/encrypted list addModuleRow returns. */
    public function addRow(array $meta, ?int $group = null): object
    {
        $id = count($this->rows) + 1;
        $this->rows[$id] = (object) ['id' => $id, 'module_id' => 1, 'group' => $group, 'stored' => $meta];
        return $this->getRow($id);
    }

    public function editRow($id, array $vars): void
    {
        $stored = [];
        foreach ($vars as $key => $value) {
            $stored[] = ['key' => $key, 'value' => $value, 'encrypted' => $this->isEncrypted($id, $key)];
        }
        $this->rows[$id]->stored = $stored;
    }

    private function isEncrypted($id, $key): int
    {
        foreach ($this->rows[$id]->stored as $m) {
            if ($m['key'] === $key) {
                return (int) $m['encrypted'];
            }
        }
        return 0;
    }

    /** What the database holds: encrypted values are not readable as is. */
    public function rawMeta($id): array
    {
        $out = [];
        foreach ($this->rows[$id]->stored as $m) {
            $out[$m['key']] = $m['encrypted'] ? 'ENC:' . base64_encode(strrev((string) $m['value'])) : $m['value'];
        }
        return $out;
    }

    public function getRowMeta($id): object
    {
        $meta = new stdClass();
        foreach ($this->rows[$id]->stored as $m) {
            $meta->{$m['key']} = $m['value'];
        }
        return $meta;
    }

    public function getRow($id)
    {
        if (!isset($this->rows[$id])) {
            return false;
        }
        return (object) ['id' => $id, 'module_id' => 1, 'meta' => $this->getRowMeta($id)];
    }

    /** As Blesta's ModuleManager::getByClass(): the installed module records of a class (one company here). */
    public function getByClass(string $class): array
    {
        return $class === 'zimbra' ? [(object) ['id' => 1, 'class' => 'zimbra', 'company_id' => 1]] : [];
    }

    /** As Blesta's ModuleManager::getRows($module_id, $module_group_id = null). */
    public function getRows($module_id, $group = null): array
    {
        $out = [];
        foreach ($this->rows as $id => $row) {
            if ($group === null || $row->group === $group) {
                $out[] = $this->getRow($id);
            }
        }
        return $out;
    }

    /** Module-level meta (ModuleManager::setMeta / the module's meta), e.g. the licence key. */
    public array $moduleMeta = [];

    public function setMeta($module_id, array $vars): void
    {
        $this->moduleMeta = $vars;
    }

    public function getMeta($module_id): object
    {
        $meta = new stdClass();
        foreach ($this->moduleMeta as $m) {
            $meta->{$m['key']} = $m['value'];
        }
        return $meta;
    }

    public function addGroup(int $id, string $addOrder, bool $forceLimits): void
    {
        $this->groups[$id] = (object) ['id' => $id, 'add_order' => $addOrder, 'force_limits' => $forceLimits];
    }

    public function getGroup($id): object
    {
        return $this->groups[$id];
    }
}

class ServicesStub
{
    public $module;
    /** service id => [service, package], what the Services table would hold */
    public array $records = [];
    public array $edits = [];
    private $errors = false;

    /** As Blesta does: load the service, run the module's editService, keep the fields it returns. */
    public function edit($service_id, array $vars)
    {
        [$service, $package] = $this->records[$service_id];
        $this->edits[] = [$service_id, $vars];
        $result = $this->module->editService($package, $service, $vars);
        $this->errors = $this->module->errors();
        if (!$this->errors && is_array($result)) {
            $fields = [];
            foreach ($result as $f) {
                $fields[] = (object) ['key' => $f['key'], 'value' => $f['value']];
            }
            $service->fields = $fields;
        }
        return $result;
    }

    public function errors()
    {
        return $this->errors;
    }
}
