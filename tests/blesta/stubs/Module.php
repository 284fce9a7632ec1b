<?php
/**
 * Stand-in for Blesta's abstract Module (components/modules/module.php in Blesta 5),
 * with the behaviour the reference describes: config.json metadata, getModuleRow()
 * (the row set for the current call, or one by id), log() records, setMessage(),
 * errors() from Input, serviceFieldsToObject(), getEmailTags() from config.json,
 * and selectModuleRow() with "first" and "roundrobin" honouring force_limits
 * against the account_limit / account_count row meta.
 */
#[\AllowDynamicProperties]
abstract class Module
{
    public $Input;
    public $view;
    public $base_uri = '/admin/';
    protected $config;
    protected $module_row_field_limit = 'account_limit';
    protected $module_row_field_total = 'account_count';
    private $module_row;
    private $messages = [];
    /** Everything log() wrote, for tests: [url, data, direction, success]. */
    public static array $logs = [];

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

    public function getEmailTags()
    {
        return (array) $this->config->email_tags;
    }

    public function moduleRowName()
    {
        return Language::_($this->config->module->row, true);
    }

    public function moduleRowMetaKey()
    {
        return $this->config->module->row_key;
    }

    public function setModuleRow($row): void
    {
        $this->module_row = $row;
    }

    final public function getModuleRow($module_row_id = null)
    {
        if ($module_row_id === null) {
            return $this->module_row;
        }
        return ModuleManagerStub::instance()->getRow($module_row_id) ?: false;
    }

    final public function getModuleRows($module_group_id = null)
    {
        return ModuleManagerStub::instance()->getRows(1, $module_group_id);
    }

    public function getModule()
    {
        return (object) ['id' => 1, 'class' => 'zimbra', 'rows' => $this->getModuleRows()];
    }

    protected function log($url, $data = null, $direction = 'input', $success = false)
    {
        self::$logs[] = [$url, $data, $direction, $success];
        blesta_audit('log', [$url, $data, $direction, $success]);
    }

    public function setMessage($type, $message): void
    {
        $this->messages[$type] = $message;
        blesta_audit('messages', [$type => $message]);
    }

    public function getMessages(): array
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
        $group = ModuleManagerStub::instance()->getGroup($module_group_id);
        $best = null;
        foreach ($this->getModuleRows($module_group_id) as $row) {
            $limit = $row->meta->{$this->module_row_field_limit} ?? '';
            $count = (int) ($row->meta->{$this->module_row_field_total} ?? 0);
            if ($group->force_limits && $limit !== '' && $count >= (int) $limit) {
                continue;
            }
            if ($group->add_order === 'first') {
                return $row->id;
            }
            if ($best === null || $count < (int) ($best->meta->{$this->module_row_field_total} ?? 0)) {
                $best = $row;
            }
        }
        return $best ? $best->id : null;
    }
}
