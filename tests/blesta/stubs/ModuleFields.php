<?php
/**
 * Stand-ins for Blesta's ModuleFields and ModuleField (components/modules/module_fields.php,
 * module_field.php; signatures as in the reference). find() is ours, for tests.
 */
class ModuleField
{
    public string $type;
    public array $params = [];
    public array $fields = [];
    public ?string $tooltip = null;

    public function __construct(string $type)
    {
        $this->type = $type;
    }

    public function setParam(string $name, $value): void
    {
        $this->params[$name] = $value;
    }

    public function attach(ModuleField $field): void
    {
        $this->fields[] = $field;
    }
}

class ModuleFields
{
    private array $fields = [];
    private ?string $html = null;

    public function label($name, $for = null, ?array $attributes = null, $preserve_tags = false): ModuleField
    {
        $f = new ModuleField('label');
        $f->setParam('name', $name);
        $f->setParam('for', $for);
        $f->setParam('attributes', (array) $attributes);
        return $f;
    }

    public function tooltip($message): ModuleField
    {
        $f = new ModuleField('tooltip');
        $f->setParam('message', $message);
        return $f;
    }

    private function input(string $type, $name, $value, array $attributes, ?ModuleField $label): ModuleField
    {
        $f = new ModuleField($type);
        $f->setParam('name', $name);
        $f->setParam('value', $value);
        $f->setParam('attributes', $attributes);
        if ($label) {
            $label->attach($f);
            return $label;
        }
        return $f;
    }

    public function fieldText($name, $value = null, $attributes = [], ?ModuleField $label = null): ModuleField
    {
        return $this->input('fieldText', $name, $value, (array) $attributes, $label);
    }

    public function fieldHidden($name, $value = null, $attributes = [], ?ModuleField $label = null): ModuleField
    {
        return $this->input('fieldHidden', $name, $value, (array) $attributes, $label);
    }

    public function fieldPassword($name, $attributes = [], ?ModuleField $label = null): ModuleField
    {
        return $this->input('fieldPassword', $name, null, (array) $attributes, $label);
    }

    public function fieldTextarea($name, $value = null, $attributes = [], ?ModuleField $label = null): ModuleField
    {
        return $this->input('fieldTextarea', $name, $value, (array) $attributes, $label);
    }

    public function fieldCheckbox($name, $value = null, $checked = false, $attributes = [], ?ModuleField $label = null): ModuleField
    {
        $f = $this->input('fieldCheckbox', $name, $value, (array) $attributes, $label);
        ($label ? end($label->fields) : $f)->setParam('checked', $checked);
        return $f;
    }

    public function fieldSelect($name, $options = [], $selected_value = null, $attributes = [], $option_attributes = [], ?ModuleField $label = null): ModuleField
    {
        $f = $this->input('fieldSelect', $name, $selected_value, (array) $attributes, $label);
        ($label ? end($label->fields) : $f)->setParam('options', $options);
        return $f;
    }

    public function setField(ModuleField $field): void
    {
        $this->fields[] = $field;
    }

    public function setHtml($html): void
    {
        $this->html = $html;
    }

    public function getFields(): array
    {
        return $this->fields;
    }

    public function getHtml(): ?string
    {
        return $this->html;
    }

    /** Test helper: the input field named $name, wherever it is attached. */
    public function find(string $name): ?ModuleField
    {
        foreach ($this->fields as $field) {
            foreach (array_merge([$field], $field->fields) as $f) {
                if ($f->type !== 'label' && ($f->params['name'] ?? null) === $name) {
                    return $f;
                }
            }
        }
        return null;
    }
}
