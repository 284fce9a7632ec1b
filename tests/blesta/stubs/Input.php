<?php
/**
 * Stand-in for minphp's Input component (bridged as \Input in Blesta). Not served by this
 * machine's Packagist mirror (minphp/bridge, minphp/input: 404), so written here from the
 * behaviour of phillipsdata/minphp src/components/input/input.php (MIT), as
 * ../shared/reference/blesta-module.md §7 and §16 state it:
 *
 *  - setRules() replaces the rules and empties the errors; validates() does NOT empty them, so
 *    errors set before (setErrors, an earlier validates) stay and make validates() false (§16).
 *  - if_set skips a rule when the value is not isset(): a null value counts as not set (§16).
 *  - A rule is a method of Input, a PHP function, a callable, [callable, args...] (the value
 *    goes first) or a boolean; ['_linked' => 'field'] arguments take another field's value as
 *    it was when validates() began (§7).
 *  - pre_format rewrites the value before the rule; post_format runs after it, whether it passed
 *    or not, unless a failing rule stopped with last (this field) or final (every field) (§7).
 *  - errors are field => rule name => message; a field given as one rule uses the name 0 (§7).
 *  - isEmpty() is "not set, or zero length": it does not trim.
 */
class Input
{
    private array $rules = [];
    private array $errors = [];
    private array $snapshot = [];
    private bool $stopAll = false;

    public function setRules(array $rules): void
    {
        $this->rules = $rules;
        $this->errors = [];
    }

    public function setErrors(array $errors): void
    {
        $this->errors = $errors;
    }

    /** @phpstan-impure validates() and setErrors() change it */
    public function errors()
    {
        return empty($this->errors) ? false : $this->errors;
    }

    public function validates(&$data): bool
    {
        $this->stopAll = false;
        $this->snapshot = is_array($data) ? $data : [];
        if (is_array($data)) {
            foreach ($this->rules as $field => $ruleSets) {
                $path = self::path((string) $field);
                $exists = self::exists($data, $path);
                $value = $exists ? self::get($data, $path) : null;
                $this->validateField((string) $field, $ruleSets, $value);
                if ($exists) {
                    self::set($data, $path, $value);  // pre_format/post_format write back
                }
                if ($this->stopAll) {
                    break;
                }
            }
        }
        $this->snapshot = [];
        return empty($this->errors);
    }

    private function validateField(string $field, array $ruleSets, &$value): void
    {
        if (isset($ruleSets['rule'])) {
            $ruleSets = [$ruleSets];
        }
        foreach ($ruleSets as $name => $set) {
            if (!isset($value) && !empty($set['if_set'])) {
                continue;
            }
            // An array is always [callable, extra args...], as minphp reads it: a bare
            // [$object, 'method'] pair is not taken as a callable.
            $rule = $set['rule'] ?? null;
            $args = [];
            if (is_array($rule)) {
                $args = $rule;
                $rule = array_shift($args);
            }
            if (isset($set['pre_format'])) {
                $value = $this->format($set['pre_format'], $value);
            }
            $passed = $this->apply($rule, $value, $args);
            if (!empty($set['negate'])) {
                $passed = !$passed;
            }
            if (!$passed) {
                $this->errors[$field][$name] = $set['message'] ?? null;
                if (!empty($set['last'])) {
                    break;
                }
                if (!empty($set['final'])) {
                    $this->stopAll = true;
                    break;
                }
            }
            if (isset($set['post_format'])) {
                $value = $this->format($set['post_format'], $value);
            }
        }
    }

    private function apply($rule, $value, array $args): bool
    {
        if (is_bool($rule)) {
            return $rule;
        }
        $args = array_map(fn ($a) => is_array($a) && isset($a['_linked'])
            ? self::get($this->snapshot, self::path($a['_linked'])) : $a, $args);
        if (is_string($rule) && method_exists($this, $rule)) {
            $rule = [$this, $rule];
        }
        return (bool) call_user_func_array($rule, array_merge([$value], $args));
    }

    private function format($formatter, $value)
    {
        $args = [];
        if (is_array($formatter)) {
            $args = $formatter;
            $formatter = array_shift($args);
        }
        return call_user_func_array($formatter, array_merge([$value], $args));
    }

    // The rule methods of minphp's Input that the module uses.

    public static function isEmpty($str): bool
    {
        return !isset($str) || strlen((string) $str) === 0;
    }

    public static function matches($str, $regex)
    {
        return (bool) preg_match($regex, (string) $str);  // minphp 1.x casts; 0.x returned preg_match()'s int
    }

    public static function compares($a, $op, $b): bool
    {
        return match ($op) {
            '>' => $a > $b, '<' => $a < $b, '>=' => $a >= $b, '<=' => $a <= $b,
            '==' => $a == $b, '===' => $a === $b, '!=' => $a != $b, '!==' => $a !== $b,
            // minphp input.php compares(): a plain Exception, "Unrecognized operator: <op>" (read 2026-11-28).
            default => throw new Exception('Unrecognized operator: ' . $op),
        };
    }

    public static function between($val, $min, $max, $inclusive = true): bool
    {
        return $inclusive ? $val >= $min && $val <= $max : $val > $min && $val < $max;
    }

    public static function minLength($str, $length): bool
    {
        return strlen((string) $str) >= $length;
    }

    public static function maxLength($str, $length): bool
    {
        return strlen((string) $str) <= $length;
    }

    public static function betweenLength($str, $min, $max): bool
    {
        return self::minLength($str, $min) && self::maxLength($str, $max);
    }

    /** "meta[quota]" -> ['meta', 'quota']. */
    private static function path(string $field): array
    {
        preg_match_all('/[^\[\]]+/', $field, $m);
        return $m[0];
    }

    private static function exists($data, array $path): bool
    {
        foreach ($path as $key) {
            if (!is_array($data) || !array_key_exists($key, $data)) {
                return false;
            }
            $data = $data[$key];
        }
        return true;
    }

    private static function get($data, array $path)
    {
        foreach ($path as $key) {
            if (!is_array($data) || !array_key_exists($key, $data)) {
                return null;
            }
            $data = $data[$key];
        }
        return $data;
    }

    private static function set(array &$data, array $path, $value): void
    {
        $ref = &$data;
        foreach ($path as $key) {
            $ref = &$ref[$key];
        }
        $ref = $value;
    }
}
