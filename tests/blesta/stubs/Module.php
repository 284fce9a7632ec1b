<?php
/**
 * Stand-in for Blesta 5's abstract Module (components/modules/module.php), written from
 * ../shared/reference/blesta-module.md. Each behaviour names the fact it copies:
 *
 *  - config.json gives name, version, email tags and the row/group names (§2).
 *  - setModule() is called by ModuleManager::moduleRpc(); on the manage page the module is
 *    made with Modules->create() and setModule() is never called, so getModule() is null (§16).
 *  - getModuleRow() without an id (or with 0, '' or null: the test is `if ($module_row_id)`) is
 *    the row set for this call; with an id it loads that row and returns it only when its
 *    module_id is the set module's id: false for another module's row, an unknown row, or when no
 *    module is set (PHP warns reading ->id of null, and null never equals the row's module_id).
 *    getModuleRows() is false when no module is set. (components/modules/module.php,
 *    getModuleRow() and getModuleRows(), hosterpk/whmcs_blesta 95344ce; blesta-module.md §17.)
 *  - log() writes the module log through Logs::addModule(), whose rules require an existing
 *    module_id and a non-empty url: without a module set, or with an empty url, it throws an
 *    Exception holding the serialized errors (module.php log(); app/models/logs.php addModule(),
 *    read 2026-12-06; §10, §17).
 *  - getAdminServiceTabs($service) and getClientServiceTabs($service) are what Blesta 5's
 *    controllers call; they load the service's package and return getAdminTabs()/getClientTabs()
 *    (module.php, read 2026-12-06).
 *  - setMessage() is final protected; getMessages() is nested type => ['message' => [...]] (§16).
 *  - errors() are the Input errors (§4, §5).
 *  - selectModuleRow(): FirstAvailable always skips rows at their limit; RoundRobin takes the
 *    row with the fewest accounts and skips full rows only when the group forces limits; with
 *    no row available the answer is 0 (§4, §16).
 */
#[\AllowDynamicProperties]
abstract class Module
{
    public $Input;
    public $view;
    public $base_uri;
    protected $config;
    protected $module_row_field_limit = 'account_limit';
    protected $module_row_field_total = 'account_count';
    private $module;
    private $module_row;
    private array $messages = [];

    protected function loadConfig($file)
    {
        $this->config = json_decode(file_get_contents($file));
        return $this->config;
    }

    public function getName()
    {
        return Language::_($this->config->name, true);
    }

    public function getVersion()
    {
        return $this->config->version;
    }

    public function getServiceName($service)
    {
        $key = $this->config->service->name_key ?? null;
        foreach ($service->fields ?? [] as $field) {
            if ($field->key === $key) {
                return $field->value;
            }
        }
        return null;
    }

    public function getPackageServiceName($package, ?array $vars = null)
    {
        $key = $this->config->package->name_key ?? null;
        return $key !== null && isset($vars[$key]) ? $vars[$key] : null;
    }

    public function getEmailTags()
    {
        return (array) $this->config->email_tags;
    }

    public function moduleRowName()
    {
        return Language::_($this->config->module->row, true);
    }

    public function moduleRowNamePlural()
    {
        return Language::_($this->config->module->rows, true);
    }

    public function moduleGroupName()
    {
        return Language::_($this->config->module->group, true);
    }

    public function moduleRowMetaKey()
    {
        return $this->config->module->row_key;
    }

    public function getGroupOrderOptions()
    {
    }

    public function setModule($module): void
    {
        $this->module = $module;
    }

    public function getModule()
    {
        return $this->module;
    }

    public function setModuleRow($module_row): void
    {
        $this->module_row = $module_row;
    }

    final public function getModuleRow($module_row_id = null)
    {
        if (!$module_row_id) {
            return $this->module_row;
        }
        $row = Blesta::app()->ModuleManager->getRow($module_row_id);
        if ($this->module === null) {
            trigger_error('Attempt to read property "id" on null', E_USER_WARNING);
            return false;
        }
        return $row && (int) $row->module_id === (int) $this->module->id ? $row : false;
    }

    final public function getModuleRows($module_group_id = null)
    {
        if (!isset($this->module->id)) {
            return false;
        }
        return Blesta::app()->ModuleManager->getRows($this->module->id, $module_group_id);
    }

    /** One log group per module object, as Blesta's random 8-character group id. */
    private ?string $logGroup = null;

    protected function log($url, $data = null, $direction = 'input', $success = false)
    {
        if ($this->module === null) {
            trigger_error('Attempt to read property "id" on null', E_USER_WARNING);
        }
        $this->logGroup ??= substr(bin2hex(random_bytes(8)), 0, 8);
        $entry = ['module_id' => $this->module->id ?? null, 'direction' => $direction, 'url' => $url, 'data' => $data,
            'status' => $success ? 'success' : 'error', 'group' => $this->logGroup];
        $errors = [];
        if (!Blesta::app()->ModuleManager->get($entry['module_id'] ?? 0)) {
            $errors['module_id']['exists'] = 'Invalid module ID.';
        }
        if ((string) $url === '') {
            $errors['url']['empty'] = 'Please enter a URL.';
        }
        if (!in_array($direction, ['input', 'output'], true)) {
            $errors['direction']['format'] = 'Invalid direction.';
        }
        if ($errors) {
            throw new Exception(serialize($errors));
        }
        Blesta::app()->addModuleLog($entry);
        return $this->logGroup;
    }

    public function getAdminServiceTabs($service)
    {
        $package = Blesta::app()->Packages->get($service->package_id ?? $service->package->id);
        return $package ? $this->getAdminTabs($package) : [];
    }

    public function getClientServiceTabs($service)
    {
        $package = Blesta::app()->Packages->get($service->package_id ?? $service->package->id);
        return $package ? $this->getClientTabs($package) : [];
    }

    public function getAdminTabs($package)
    {
        return [];
    }

    public function getClientTabs($package)
    {
        return [];
    }

    final protected function setMessage($type, $message): void
    {
        $this->messages[$type]['message'][] = $message;
        blesta_audit('messages', [$type => $message]);
    }

    public function getMessages()
    {
        return $this->messages;
    }

    public function errors()
    {
        return $this->Input->errors();
    }

    protected function serviceFieldsToObject(array $fields)
    {
        $out = new stdClass();
        foreach ($fields as $field) {
            $field = (object) $field;
            $out->{$field->key} = $field->value;
        }
        return $out;
    }

    public function selectModuleRow($module_group_id)
    {
        $group = Blesta::app()->ModuleManager->getGroup($module_group_id);
        if (!$group) {
            return 0;
        }
        $roundRobin = $group->add_order === 'roundrobin';
        $schedule = $roundRobin
            ? new RoundRobinSchedule(fn ($a, $b) => $this->accounts($a) <=> $this->accounts($b))
            : new FirstAvailableSchedule();
        foreach ($group->rows as $row) {
            if ((!$roundRobin || $group->force_limits) && $this->limitReached($row)) {
                continue;
            }
            $schedule->insert($row);
        }
        return $schedule->valid() ? $schedule->extract()->id : 0;
    }

    private function accounts($row): int
    {
        return (int) ($row->meta->{$this->module_row_field_total} ?? 0);
    }

    private function limitReached($row): bool
    {
        $limit = $row->meta->{$this->module_row_field_limit} ?? '';
        return $limit !== '' && $this->accounts($row) >= (int) $limit;
    }
}
