<?php
/**
 * Stand-in for Blesta's Input component (minphp Minphp\Input\Input, MIT; bridged as
 * \Input in Blesta). Mirrors the rule semantics the module relies on, from
 * minphp's src/components/input/input.php: rules per field, each rule a method of
 * this class, a PHP function, [callable, args...] with the value prepended, or a
 * boolean; options if_set, negate, last, final, pre_format, post_format and
 * ['_linked' => 'field'] arguments; field names like meta[quota]; errors as
 * field => rule => message.
 */
class Input
{
    private array $rules = [];
    private array $errors = [];

    public function setRules(array $rules): void
    {
        $this->rules = $rules;
    }

    public function setErrors(array $errors): void
    {
        $this->errors = $errors;
    }

    public function errors()
    {
        return empty($this->errors) ? false : $this->errors;
    }

    public function validates(array &$vars): bool
    {
        $this->errors = [];
        foreach ($this->rules as $field => $fieldRules) {
            foreach ($fieldRules as $ruleName => $rule) {
                $path = $this->path($field);
                $isSet = $this->exists($vars, $path);
                if (!empty($rule['if_set']) && !$isSet) {
                    continue;
                }
                $value = $isSet ? $this->get($vars, $path) : null;
                if (isset($rule['pre_format'])) {
                    $value = $this->format($rule['pre_format'], $value);
                    $this->set($vars, $path, $value);
                }
                $passed = $this->apply($rule['rule'] ?? true, $value, $vars);
                if (!empty($rule['negate'])) {
                    $passed = !$passed;
                }
                if (!$passed) {
                    $this->errors[$field][$ruleName] = $rule['message'] ?? '';
                    if (!empty($rule['final'])) {
                        return false;
                    }
                    if (!empty($rule['last'])) {
                        break;
                    }
                    continue;
                }
                if (isset($rule['post_format'])) {
                    $this->set($vars, $path, $this->format($rule['post_format'], $value));
                }
            }
        }
        return empty($this->errors);
    }

    // Rule methods of minphp's Input that the module uses.
    public static function isEmpty($value): bool
    {
        return is_scalar($value) ? trim((string) $value) === '' : empty($value);
    }

    public static function matches($value, string $pattern): bool
    {
        return is_scalar($value) && preg_match($pattern, (string) $value) === 1;
    }

    public static function betweenLength($value, int $min, int $max): bool
    {
        $len = is_scalar($value) ? strlen((string) $value) : 0;
        return $len >= $min && $len <= $max;
    }

    public static function minLength($value, int $min): bool
    {
        return is_scalar($value) && strlen((string) $value) >= $min;
    }

    public static function maxLength($value, int $max): bool
    {
        return is_scalar($value) && strlen((string) $value) <= $max;
    }

    public static function between($value, $min, $max): bool
    {
        return is_numeric($value) && $value >= $min && $value <= $max;
    }

    public static function compares($value, string $op, $other): bool
    {
        return match ($op) {
            '==' => $value == $other, '===' => $value === $other, '!=' => $value != $other,
            '>' => $value > $other, '>=' => $value >= $other, '<' => $value < $other, '<=' => $value <= $other,
        };
    }

    private function apply($rule, $value, array $vars): bool
    {
        if (is_bool($rule)) {
            return $rule;
        }
        $args = [];
        if (is_array($rule)) {
            $callable = array_shift($rule);
            foreach ($rule as $arg) {
                $args[] = is_array($arg) && isset($arg['_linked']) ? $this->get($vars, $this->path($arg['_linked'])) : $arg;
            }
            $rule = $callable;
        }
        if (is_string($rule) && method_exists($this, $rule)) {
            return (bool) $this->$rule($value, ...$args);
        }
        return (bool) call_user_func_array($rule, array_merge([$value], $args));
    }

    private function format($formatter, $value)
    {
        if (is_array($formatter)) {
            $callable = array_shift($formatter);
            return call_user_func_array($callable, array_merge([$value], $formatter));
        }
        return call_user_func($formatter, $value);
    }

    /** "meta[quota]" -> ['meta', 'quota']; "module_rows[]" -> ['module_rows']. */
    private function path(string $field): array
    {
        preg_match_all('/[^\[\]]+/', $field, $m);
        return $m[0];
    }

    private function exists(array $vars, array $path): bool
    {
        foreach ($path as $key) {
            if (!is_array($vars) || !array_key_exists($key, $vars)) {
                return false;
            }
            $vars = $vars[$key];
        }
        return true;
    }

    private function get(array $vars, array $path)
    {
        foreach ($path as $key) {
            if (!is_array($vars) || !array_key_exists($key, $vars)) {
                return null;
            }
            $vars = $vars[$key];
        }
        return $vars;
    }

    private function set(array &$vars, array $path, $value): void
    {
        $ref = &$vars;
        foreach ($path as $key) {
            if (!is_array($ref)) {
                $ref = [];
            }
            $ref = &$ref[$key];
        }
        $ref = $value;
    }
}
