<?php
/**
 * The checks behind the module's forms, as static callables Blesta's Input runs
 * ('rule' => [[ZimbraRules::class, 'isLocalPart']]), and check(), which runs a set of rules with
 * Blesta's own Input component and throws their errors as a ZimbraFailure. Names are checked by
 * the extension (Zimbra\Validate), so the forms and the API refuse the same things.
 */
final class ZimbraRules
{
    /**
     * Validate $vars (Input's pre_format and post_format applied to them) against $rules.
     *
     * @throws ZimbraFailure with Input's errors, field => [rule => message]
     */
    public static function check(array $rules, array &$vars): void
    {
        $holder = new \stdClass();
        Loader::loadComponents($holder, ['Input']);
        $holder->Input->setRules($rules);
        if (!$holder->Input->validates($vars)) {
            throw new ZimbraFailure($holder->Input->errors() ?: []);
        }
    }

    public static function lower($value)
    {
        return is_string($value) ? strtolower(trim($value)) : $value;
    }

    public static function isDomainName($value): bool
    {
        return is_string($value) && self::valid(fn () => Zimbra\Validate::domain($value));
    }

    public static function isLocalPart($value): bool
    {
        return is_string($value) && self::valid(fn () => Zimbra\Validate::localPart($value));
    }

    public static function isExistingEmail($value): bool
    {
        return is_string($value) && self::valid(fn () => Zimbra\Validate::existingEmail($value));
    }

    public static function isOptionalId($value): bool
    {
        return $value === null || $value === '' || Zimbra\Validate::isId((string) $value);
    }

    public static function isOptionalDomain($value): bool
    {
        return $value === null || $value === '' || self::valid(fn () => Zimbra\Validate::domain((string) $value));
    }

    /** A hostname (labels of letters, digits, '-') or an IPv4/IPv6 address. */
    public static function isHostOrIp($host): bool
    {
        $host = (string) $host;
        if (filter_var($host, FILTER_VALIDATE_IP)) {
            return true;
        }
        return strlen($host) <= 253
            && preg_match('/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i', $host) === 1;
    }

    /** A local part rule: lower-cased first, then checked; $errorKey names the message (Zimbra.!error.$errorKey). */
    public static function localPart(string $errorKey): array
    {
        return ['format' => ['rule' => [[self::class, 'isLocalPart']], 'pre_format' => [[self::class, 'lower']],
            'message' => Language::_('Zimbra.!error.' . $errorKey, true)]];
    }

    /** A password of at least 8 characters; with $confirm, typed twice the same. */
    public static function password(bool $confirm): array
    {
        $rules = ['password' => ['length' => ['rule' => ['minLength', 8], 'message' => Language::_('Zimbra.!error.zimbra_password.length', true)]]];
        if ($confirm) {
            $rules['confirm_password'] = ['matches' => ['rule' => ['compares', '==', ['_linked' => 'password']],
                'message' => Language::_('Zimbra.!error.confirm_password.matches', true)]];
        }
        return $rules;
    }

    /** A whole number of MB. */
    public static function quota(): array
    {
        return ['quota' => ['format' => ['rule' => ['matches', '/^[0-9]+$/'], 'message' => Language::_('Zimbra.!error.quota.format', true)]]];
    }

    private static function valid(callable $check): bool
    {
        try {
            $check();
            return true;
        } catch (Zimbra\ValidationException $e) {
            return false;
        }
    }
}
