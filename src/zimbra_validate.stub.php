<?php

/**
 * The stub of Zimbra\Validate: zimbra_validate_arginfo.h is generated from it, and
 * zimbra_validate.c registers the class from that, beside its handlers.
 *
 * @generate-class-entries
 */

namespace Zimbra {

    /**
     * The name rules php-zimbra applies before sending, for forms to use too.
     *
     * ```php
     * try {
     *     $email = Zimbra\Validate::email($_POST['email']);   // lower-cased
     * } catch (Zimbra\ValidationException $e) {
     *     $errors['email'] = $e->getMessage();
     * }
     * $filter = '(displayName=*' . Zimbra\Validate::escapeFilterValue($input) . '*)';
     * ```
     */
    final class Validate
    {
        private function __construct() {}

        /**
         * The lower-cased domain name.
         * @throws ValidationException
         */
        public static function domain(string $name): string {}
        /**
         * The lower-cased local part (1-64 of a-z 0-9 . _ -).
         * @throws ValidationException
         */
        public static function localPart(string $localPart): string {}
        /**
         * The lower-cased address, by the rule for addresses we create (local part as in
         * localPart()).
         * @throws ValidationException
         */
        public static function email(string $email): string {}
        /**
         * The address lower-cased, by the rule for addresses Zimbra may already hold, which
         * lookups, removals and list members use: Zimbra's own, an RFC 5322 local part of
         * a-z 0-9 . ! # $ % & ' * + / = ? ^ _ ` { | } ~ - (o'brien@, first+tag@).
         * @throws ValidationException
         */
        public static function existingEmail(string $email): string {}
        /** True for a Zimbra id (a UUID), such as a COS id. */
        public static function isId(string $id): bool {}
        /** RFC 4515 escaping of a value for an LDAP filter. */
        public static function escapeFilterValue(string $value): string {}
        /** A random password from the system's CSPRNG, with every character class. */
        public static function generatePassword(int $length = 16): string {}
    }
}
