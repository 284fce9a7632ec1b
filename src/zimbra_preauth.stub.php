<?php

/**
 * The stub of Zimbra\Preauth: zimbra_preauth_arginfo.h is generated from it, and
 * zimbra_preauth.c registers the class from that, beside its handlers.
 *
 * @generate-class-entries
 */

namespace Zimbra {

    /**
     * Webmail single sign-on with a domain's preauth key.
     *
     * ```php
     * $url = (new Zimbra\Preauth($key))->url('https://mail.example.com', 'jane@customer.example');
     * header('Location: ' . $url);
     * ```
     *
     * The key is held in C memory only. Build the URL when the user clicks:
     * Zimbra accepts the timestamp for 5 minutes either way.
     *
     * @strict-properties
     * @not-serializable
     */
    final class Preauth
    {
        public function __construct(#[\SensitiveParameter] string $key) {}

        /** HMAC-SHA1 over "account|by|expires|timestamp", lower-case hex. */
        public function compute(string $account, int $timestampMs, int $expiresMs = 0, string $by = "name"): string {}

        /**
         * The preauth URL: `$webmailUrl/service/preauth?account=...&by=name&timestamp=...&expires=...&preauth=...`,
         * with the account URL-encoded and an optional redirectURL.
         */
        public function url(string $webmailUrl, string $account, ?int $timestampMs = null, int $expiresMs = 0, ?string $redirectUrl = null): string {}
    }
}
