<?php

/**
 * The stub of the exceptions: Zimbra\Exception and its classes: zimbra_exceptions_arginfo.h is generated from it, and
 * zimbra_exceptions.c registers the class from that, beside its handlers.
 *
 * @generate-class-entries
 */

namespace Zimbra {

    /**
     * Marker interface of every exception this extension throws.
     */
    interface Exception extends \Throwable
    {
    }

    /**
     * A value Zimbra would refuse, refused before anything was sent to Zimbra.
     * A mistake in the call itself (a wrong type, an unknown option) is PHP's
     * TypeError or ValueError instead: see the top of this file.
     */
    class ValidationException extends \InvalidArgumentException implements Exception
    {
    }

    /**
     * The server could not be reached or did not answer with SOAP: DNS,
     * connection, TLS, timeout, or an HTTP status such as 429 or 503.
     * getCode() is libcurl's error code when libcurl failed, else 0.
     */
    class TransportException extends \RuntimeException implements Exception
    {
        private int $httpStatus = 0;
        private bool $requestSent = false;

        /**
         * The HTTP status of the reply, 0 when there was none.
         */
        public function getHttpStatus(): int {}

        /**
         * Whether the request went out before the failure. False (DNS,
         * connection refused, TLS, a pin mismatch): Zimbra never saw it, and
         * sending it again is safe. True (a reset, a timeout, an HTTP error
         * status): Zimbra may have carried it out; check before repeating a
         * change that is not safe to make twice.
         *
         * ```php
         * } catch (Zimbra\TransportException $e) {
         *     $retrySafe = !$e->wasSent();
         * }
         * ```
         */
        public function wasSent(): bool {}
    }

    /**
     * The reply was not usable SOAP: not XML, malformed, truncated, carrying a
     * DOCTYPE, or larger than the configured cap.
     */
    class ResponseException extends \RuntimeException implements Exception
    {
    }

    /**
     * The system's random number generator or OpenSSL failed while making a password, a
     * preauth key or a preauth signature (as ext/random's Random\RandomException). Nothing
     * was sent. It says the machine is in trouble, not the request: retrying rarely helps.
     */
    class CryptoException extends \RuntimeException implements Exception
    {
    }

    /**
     * Zimbra answered with a soap:Fault.
     *
     * ```php
     * try {
     *     $zimbra->createAccount($email, null);
     * } catch (Zimbra\FaultException $e) {
     *     if ($e->getFaultCode() === 'account.ACCOUNT_EXISTS') {
     *         // offer another address
     *     } elseif ($e->isReceiverFault()) {
     *         // the server's trouble, not the request's: retry later
     *     }
     * }
     * ```
     */
    class FaultException extends \RuntimeException implements Exception
    {
        private string $faultCode = "";
        private string $reason = "";
        private bool $receiverFault = false;
        private array $details = [];
        private ?string $serverTrace = null;

        /**
         * The exact Zimbra code, e.g. "account.ACCOUNT_EXISTS".
         */
        public function getFaultCode(): string {}

        /**
         * Zimbra's reason text, e.g. "no such account: jdoe@example.com".
         */
        public function getReason(): string {}

        /**
         * True when Zimbra blames the request (soap:Sender / soap:Client).
         */
        public function isSenderFault(): bool {}

        /**
         * True when Zimbra blames itself (soap:Receiver / soap:Server), e.g.
         * service.FAILURE or account.TOO_MANY_ACCOUNTS.
         */
        public function isReceiverFault(): bool {}

        /**
         * The fault's extra arguments, e.g. `['zimbraPasswordMinLength' => '8']`.
         *
         * @return array<string, string>
         */
        public function getDetails(): array {}

        /**
         * Zimbra's Trace id of the failed request, for matching server logs.
         */
        public function getServerTrace(): ?string {}
    }

    /**
     * login() was refused: wrong password, unknown account or not an admin.
     */
    class AuthenticationException extends FaultException
    {
    }
}
