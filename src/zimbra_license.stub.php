<?php

/**
 * The stub of Zimbra\License: zimbra_license_arginfo.h is generated from it, and
 * zimbra_license.c registers the class from that, beside its handlers.
 *
 * @generate-class-entries
 */

namespace Zimbra {

    /**
     * Licence checks for commercial builds.
     *
     * A build configured with --with-zimbra-license-key (the vendor's Ed25519
     * public key) and --with-zimbra-license-url checks licence keys against
     * the vendor's server over verified TLS, and trusts only answers signed
     * with that key. The key and URL can be replaced only by system INI
     * settings (zimbra.license_public_key, zimbra.license_url,
     * zimbra.license_ca_file). A build without a key is a community build:
     * licensing is off.
     */
    final class License
    {
        private function __construct() {}

        /** False for a community build (no vendor key): nothing is checked. */
        public static function isEnforced(): bool {}

        /**
         * The status of a licence key: valid, invalid, unlicensed, expired,
         * suspended or canceled. A cached answer younger than $maxAgeSeconds is
         * used as is (0: never; at most ten years); otherwise the server is asked, and while it cannot be
         * reached a cached answer (of any age) stands. Cache `answer` (it is
         * signed, so a cache edited by hand fails the check).
         *
         * @return array{status: string, answer: ?string, checkedAt: int, fromCache: bool, enforced: bool, message: string}
         */
        public static function check(#[\SensitiveParameter] string $key, ?string $cachedAnswer = null, int $maxAgeSeconds = 86400): array {}
    }
}
