<?php
/**
 * app/models/package_options.php, as far as a module sees it: configurable options an admin
 * makes and attaches to packages, which a customer picks on order and may upgrade later.
 * Copied facts (Blesta 5 app/models/services.php, read 2026-11-28; blesta-module.md §6):
 *  - an order or edit posts configoptions keyed by option id; Services::add()/edit() hand the
 *    module $vars['configoptions'] keyed by option *name* (PackageOptions::formatOptions());
 *  - the value of a quantity option is the quantity; of any other, the value chosen;
 *  - a quantity of 0 is not stored: the option is removed from the service;
 *  - a value the option does not offer (a quantity out of its range or off its step, a
 *    select value not listed) is refused before the module is called.
 */
final class PackageOptions extends BlestaModel
{
    /**
     * @param array $vars name, label, type (quantity|select|text), package_ids, and for a quantity
     *  min, max, step; for a select, values (list of strings)
     */
    public function add(array $vars): int
    {
        $id = $this->app->nextId('package_options');
        $this->app->db['package_options'][$id] = ['id' => $id, 'name' => (string) $vars['name'],
            'label' => (string) ($vars['label'] ?? $vars['name']), 'type' => (string) ($vars['type'] ?? 'quantity'),
            'min' => (int) ($vars['min'] ?? 0), 'max' => isset($vars['max']) ? (int) $vars['max'] : null, 'step' => (int) ($vars['step'] ?? 1),
            'values' => array_values(array_map('strval', (array) ($vars['values'] ?? []))),
            'package_ids' => array_values(array_map('intval', (array) ($vars['package_ids'] ?? [])))];
        return $id;
    }

    public function get($option_id)
    {
        $o = $this->app->db['package_options'][(int) $option_id] ?? null;
        return $o === null ? false : (object) $o;
    }

    /** @return list<object> the options attached to the package */
    public function getByPackageId($package_id): array
    {
        return array_values(array_map(fn ($o) => (object) $o,
            array_filter($this->app->db['package_options'], fn ($o) => in_array((int) $package_id, $o['package_ids'], true))));
    }

    /** The option's value entry for $value, or false when the option does not offer it. */
    public function getValue($option_id, $value)
    {
        $o = $this->get($option_id);
        if (!$o) {
            return false;
        }
        if ($o->type === 'quantity') {
            $ok = is_numeric($value) && (string) (int) $value === (string) $value && (int) $value >= $o->min
                && ($o->max === null || (int) $value <= $o->max) && ((int) $value - $o->min) % max(1, $o->step) === 0;
            return $ok || (string) $value === '0' ? (object) ['value' => null, 'option_id' => $o->id] : false;
        }
        if ($o->type === 'select') {
            return in_array((string) $value, $o->values, true) ? (object) ['value' => (string) $value, 'option_id' => $o->id] : false;
        }
        return (object) ['value' => (string) $value, 'option_id' => $o->id];
    }

    /** configoptions keyed by option id, as posted, keyed by option name, as the module receives them. */
    public function formatOptions(array $configoptions): array
    {
        $out = [];
        foreach ($configoptions as $id => $value) {
            if (($o = $this->get($id))) {
                $out[$o->name] = $value;
            }
        }
        return $out;
    }
}
