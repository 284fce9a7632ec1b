<?php

/**
 * The PHP API of the zimbra extension: the single source from which
 * zimbra_arginfo.h is generated, and the stub IDEs and static analysers read.
 *
 * @generate-class-entries
 */

namespace Zimbra {

    /**
     * Version of the zimbra extension.
     *
     * @var string
     * @cvalue PHP_ZIMBRA_VERSION
     */
    const VERSION = UNKNOWN;

    /**
     * A client of one Zimbra server's Admin SOAP API.
     *
     * One client keeps one keep-alive HTTPS connection (and its TLS session)
     * and, after login(), an admin auth token. The token and the password live
     * only in C memory: var_dump(), print_r(), serialize() and stack traces
     * never show them. When Zimbra reports the token expired or unknown
     * (service.AUTH_EXPIRED, service.AUTH_REQUIRED) the client logs in again
     * once and resends the request.
     *
     * Example:
     * ```php
     * $zimbra = new Zimbra\Client('https://mail.example.com:7071', ['timeout' => 10]);
     * $zimbra->login('admin@example.com', $password);
     * $reply = $zimbra->request('GetAccountRequest', [
     *     'applyCos' => 0,
     *     'attrs' => 'zimbraMailQuota,zimbraAccountStatus',
     *     'account' => ['by' => 'name', '_content' => 'jdoe@example.com'],
     * ]);
     * echo $reply['account'][0]['name'];
     * ```
     *
     * @strict-properties
     * @not-serializable
     */
    final class Client
    {
        /**
         * Creates a client. Nothing is sent until the first call.
         *
         * @param string $url `https://host[:port][/path]`. The port defaults to
         *   7071 and the path to `/service/admin/soap/`.
         * @param array $options
         *   - `verify_peer` (bool, default true): verify the server certificate
         *     against the system CAs (or `ca_file`) and its host name.
         *   - `ca_file` (string): a PEM file of CA certificates to trust instead.
         *   - `pinned_public_key` (string): `sha256//<base64>` (several joined
         *     with `;`) or the path of a PEM/DER public key. When set, the pin
         *     replaces CA verification: only a server with that key is accepted.
         *   - `timeout` (int|float seconds, default 30): limit for a whole call.
         *   - `connect_timeout` (int|float seconds, default 10).
         *   - `user_agent` (string, default "php-zimbra/VERSION").
         *   - `max_response_size` (int bytes, default 64 MiB): larger replies
         *     are refused with a ResponseException.
         *   - `allow_http` (bool, default false): accept a plain `http://` URL.
         *     Only for a trusted local link: the password would travel in clear.
         * @throws ValidationException for a malformed URL, an unknown option or
         *   an option of the wrong type or range.
         */
        public function __construct(string $url, array $options = []) {}

        /**
         * Logs in as an admin (AuthRequest) and keeps the auth token.
         *
         * @throws AuthenticationException when Zimbra refuses the login
         *   (account.AUTH_FAILED, or service.PERM_DENIED for unknown and
         *   non-admin accounts).
         * @throws TransportException when the server cannot be reached.
         * @throws ResponseException when the reply is not a usable SOAP reply.
         * @throws ValidationException when the user name or password holds
         *   characters XML cannot carry.
         */
        public function login(string $username, #[\SensitiveParameter] string $password): void {}

        /**
         * Forgets the auth token and the credentials held in memory.
         */
        public function logout(): void {}

        /**
         * True after a successful login() and until logout().
         */
        public function isLoggedIn(): bool {}

        /**
         * Sends one raw request and returns the reply's body element as an array.
         *
         * Arrays follow Zimbra's own JSON form of SOAP:
         * - a scalar under a string key is an XML attribute (true/false become
         *   "1"/"0", null leaves the attribute out);
         * - an array under a string key is a child element; a list of arrays
         *   (or of scalars) is that element repeated;
         * - `_content` is the element's text, `_jsns` its namespace.
         *
         * Request `['account' => ['by' => 'name', '_content' => 'a@example.com']]`
         * becomes `<account by="name">a@example.com</account>`, and
         * `['a' => [['n' => 'zimbraMailQuota', '_content' => '1073741824']]]`
         * becomes `<a n="zimbraMailQuota">1073741824</a>`.
         *
         * In replies every child element is a list, even when it occurs once,
         * exactly as in Zimbra's JSON, so code never has to test which shape it
         * got: `$reply['account'][0]['a'][0]['_content']`. `_jsns` appears
         * where an element's namespace differs from its parent's.
         *
         * @param string $name The request element, e.g. "GetAccountRequest".
         * @param array $body Attributes and children of the request element.
         * @param string $namespace The request's namespace.
         * @return array The reply's body element (e.g. GetAccountResponse).
         * @throws FaultException when Zimbra answers with a soap:Fault.
         * @throws TransportException for DNS, connection, TLS, timeout and
         *   HTTP statuses without a SOAP body (e.g. 429 from the DoS filter).
         * @throws ResponseException when the reply is not SOAP, is malformed,
         *   truncated or larger than max_response_size.
         * @throws ValidationException when the request cannot be written as
         *   XML (bad names, invalid UTF-8, characters XML 1.0 cannot carry);
         *   nothing is sent then.
         */
        public function request(string $name, #[\SensitiveParameter] array $body = [], string $namespace = "urn:zimbraAdmin"): array {}

        /**
         * The normalised endpoint URL, e.g. `https://mail.example.com:7071/service/admin/soap/`.
         */
        public function getUrl(): string {}

        /**
         * Counters for this client: `requests` (HTTP requests sent), `logins`
         * (AuthRequests among them) and `connections` (TCP connections opened).
         *
         * @return array{requests: int, logins: int, connections: int}
         */
        public function getStats(): array {}
    }

    /**
     * Marker interface of every exception this extension throws.
     */
    interface Exception extends \Throwable
    {
    }

    /**
     * Bad input, refused before anything was sent to Zimbra.
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

        /**
         * The HTTP status of the reply, 0 when there was none.
         */
        public function getHttpStatus(): int {}
    }

    /**
     * The reply was not usable SOAP: not XML, malformed, truncated, carrying a
     * DOCTYPE, or larger than the configured cap.
     */
    class ResponseException extends \RuntimeException implements Exception
    {
    }

    /**
     * Zimbra answered with a soap:Fault.
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
