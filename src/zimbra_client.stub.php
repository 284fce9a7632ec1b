<?php

/**
 * The stub of Zimbra\Client: zimbra_client_arginfo.h is generated from it, and
 * zimbra_client.c registers the class from that, beside its handlers.
 *
 * @generate-class-entries
 */

namespace Zimbra {

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
         *   - `user_agent` (string, default "php-zimbra/VERSION"): at most 256
         *     printable ASCII characters (it becomes an HTTP header).
         *   - `max_response_size` (int bytes, default 64 MiB): larger replies
         *     are refused with a ResponseException.
         *   - `allow_http` (bool, default false): accept a plain `http://` URL.
         *     Only for a trusted local link: the password would travel in clear.
         *   - `max_requests_per_second` (int, default 25): pace requests to stay
         *     under Zimbra's DoS filter (30 a second per connection by default,
         *     zimbraHttpDosFilterMaxRequestsPerSec); 0 turns pacing off.
         *   - `batch_size` (int, default 100, at most 1000): how many items
         *     batch() puts in one BatchRequest; bigger batches go out as several.
         *   - `persistent` (bool, default the INI setting zimbra.persistent, off):
         *     keep the connection and the admin token alive in the worker process
         *     after the request ends. The next request that logs in with the same
         *     URL, options, user and password takes them over: no AuthRequest, no
         *     TLS handshake. Sessions are never shared between credentials, nor
         *     used by a forked child; logout() ends the kept session.
         * @throws ValidationException for a malformed URL, or plain http without allow_http.
         * @throws \ValueError for an unknown option, an option out of its range, an
         *   unreadable ca_file, a malformed pin, or a NUL byte in the URL.
         * @throws \TypeError for an option of the wrong type.
         */
        public function __construct(string $url, array $options = []) {}

        /**
         * Reads the certificate a server presents, without trusting it, and
         * returns its public key in the form `pinned_public_key` takes
         * (`sha256//<base64>`). For showing an admin what to pin when the
         * certificate does not verify: compare it with the server's real key
         * before pinning it.
         *
         * @throws TransportException when the server cannot be reached.
         * @throws ValidationException for a malformed URL.
         */
        public static function probePublicKeyPin(string $url, float $timeout = 10.0): string {}

        /**
         * Logs in as an admin (AuthRequest) and keeps the auth token.
         *
         * @throws AuthenticationException when Zimbra refuses the login
         *   (account.AUTH_FAILED, or service.PERM_DENIED for unknown and
         *   non-admin accounts).
         * @throws TransportException when the server cannot be reached.
         * @throws ResponseException when the reply is not a usable SOAP reply.
         * @throws ValidationException when the user name or password is empty
         *   or holds characters XML cannot carry.
         * @throws \ValueError when the user name or password holds a NUL byte.
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
         * where an element's namespace differs from its parent's. A domain's
         * preauth key comes back as VALUE-BLOCKED here too (getPreauthKey()
         * reads it), so a dumped reply never shows it.
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
         * Counters for this client's session: `requests` (HTTP requests sent),
         * `logins` (AuthRequests among them), `connections` (TCP connections
         * opened), `pacedMs` (time spent waiting to stay under the DoS limit),
         * `persistent` and `reused` (login() took over a kept session). For a
         * kept session the counters run across requests.
         *
         * @return array{requests: int, logins: int, connections: int, pacedMs: int, persistent: bool, reused: bool}
         */
        public function getStats(): array {}

        /* ---- domains ------------------------------------------------------ */

        /**
         * Creates a domain. The name is lower-cased and checked first.
         *
         * ```php
         * $domain = $zimbra->createDomain('customer.example', [
         *     'zimbraDomainMaxAccounts' => 50,
         *     'zimbraDomainAggregateQuota' => 50 * 1024 ** 3,
         * ]);
         * ```
         *
         * @param array $attrs LDAP attributes; a list sets several values.
         * @phpstan-param array<string,scalar|list<scalar>|null> $attrs
         * @throws ValidationException for a malformed name or attribute.
         * @throws FaultException e.g. account.DOMAIN_EXISTS, account.NO_SUCH_COS.
         */
        public function createDomain(string $name, array $attrs = []): Domain {}

        /**
         * Reads a domain by name or id; null when it does not exist.
         *
         * @param array|null $attrs Only these attributes (Zimbra refuses names that are not domain attributes).
         * @phpstan-param list<string>|null $attrs
         * @throws FaultException e.g. service.INVALID_REQUEST for an attribute not on domains.
         */
        public function getDomain(string $nameOrId, ?array $attrs = null): ?Domain {}

        /**
         * Changes attributes of a domain. An empty value removes the attribute;
         * a name prefixed with `+` or `-` adds or removes one value.
         *
         * @throws FaultException e.g. account.NO_SUCH_DOMAIN.
         */
        public function modifyDomain(string $id, array $attrs): Domain {}

        /**
         * Sets zimbraDomainStatus: active, maintenance, locked, closed or suspended.
         * A suspended domain refuses every account change, even an admin's.
         */
        public function setDomainStatus(string $id, string $status): Domain {}

        /**
         * Deletes an empty domain.
         *
         * @throws FaultException account.DOMAIN_NOT_EMPTY when anything is left in it (see purgeDomain()).
         */
        public function deleteDomain(string $id): void {}

        /**
         * Empties a domain and deletes it: aliases that live in the domain
         * (whichever account or list holds them), accounts, calendar
         * resources, distribution lists and dynamic groups, then the domain.
         * Deletions go out in batches. Running it again after an
         * interruption finishes the job; a domain that is already gone is
         * not an error.
         *
         * ```php
         * $done = $zimbra->purgeDomain('old-customer.example');
         * echo "{$done['accounts']} mailboxes and {$done['lists']} lists deleted\n";
         * ```
         *
         * @return array{aliases: int, accounts: int, resources: int, lists: int, domainDeleted: bool}
         */
        public function purgeDomain(string $name): array {}

        /**
         * The domain's preauth key (zimbraPreAuthKey), or null when it has none.
         * The key is a secret: Domain objects only ever show it as VALUE-BLOCKED.
         */
        public function getPreauthKey(string $domain): ?string {}

        /**
         * Returns the domain's preauth key, generating one (32 random bytes, as
         * `zmprov gdpak` does) and storing it on the domain if it had none.
         */
        public function ensurePreauthKey(string $domain): string {}

        /* ---- accounts ----------------------------------------------------- */

        /**
         * Creates a mailbox. With a null password a strong one is generated;
         * read it once with Account::takeGeneratedPassword().
         *
         * ```php
         * $account = $zimbra->createAccount('jane@customer.example', null, ['displayName' => 'Jane Doe']);
         * $password = $account->takeGeneratedPassword();
         * ```
         *
         * @throws ValidationException for a malformed address, or uid, zimbraMailAlias or
         *   zimbraMailDeliveryAddress in $attrs (use addAccountAlias()).
         * @throws FaultException e.g. account.ACCOUNT_EXISTS, account.NO_SUCH_DOMAIN,
         *   account.TOO_MANY_ACCOUNTS, account.INVALID_PASSWORD, service.PERM_DENIED (domain suspended).
         */
        public function createAccount(string $email, #[\SensitiveParameter] ?string $password, array $attrs = []): Account {}

        /**
         * Reads an account by address or id; null when none matches. Zimbra
         * also matches aliases: then Account::$matchedAlias holds the address
         * that was asked for, and $name the account's primary address. Any address
         * Zimbra can hold is accepted (Validate::existingEmail()), o'brien@ and first+tag@ too.
         *
         * @param array|null $attrs Only these attributes, as set on the account (no COS defaults).
         * @phpstan-param list<string>|null $attrs
         */
        public function getAccount(string $emailOrId, ?array $attrs = null): ?Account {}

        /**
         * Changes attributes of an account (same value rules as modifyDomain()).
         * Passwords are changed with setPassword(), never here.
         */
        public function modifyAccount(string $id, array $attrs): Account {}

        /** Deletes an account and its mailbox; its aliases go with it. */
        public function deleteAccount(string $id): void {}

        /**
         * Sets a new password. A global admin is not bound by the password
         * policy: a policy violation is returned as a message, not thrown.
         *
         * @return string|null Zimbra's policy message, or null.
         */
        public function setPassword(string $id, #[\SensitiveParameter] string $password): ?string {}

        /**
         * Sets zimbraAccountStatus: active, maintenance, locked, closed, lockout or pending.
         * `locked` stops logins but keeps delivering mail; `closed` bounces mail
         * and removes the account's addresses from every distribution list.
         */
        public function setAccountStatus(string $id, string $status): Account {}

        /** Renames an account. The old address is not kept (add it as an alias if wanted). */
        public function renameAccount(string $id, string $newEmail): Account {}

        /**
         * Adds an alias. An address already in use fails with account.ACCOUNT_EXISTS.
         */
        public function addAccountAlias(string $id, string $alias): void {}

        /**
         * Removes an alias (any address Zimbra can hold); account.NO_SUCH_ALIAS when the
         * account has no such alias.
         */
        public function removeAccountAlias(string $id, string $alias): void {}

        /* ---- listing and search ------------------------------------------- */

        /**
         * All user accounts of a domain, fetched page by page as you iterate.
         * System accounts (GAL sync, spam training, quarantine) and calendar
         * resources are left out.
         *
         * The listing reads one snapshot: the first page asks Zimbra for an
         * admin session, in which Zimbra keeps the whole sorted result, and
         * later pages come from it. Accounts created or deleted meanwhile
         * never shift the pages, so every account that exists throughout is
         * listed exactly once, and Zimbra reads each entry about once (a count
         * first sizes the search past Zimbra's 5000-entry default). Should
         * Zimbra drop the session (it keeps 5 per admin), the listing starts a
         * new snapshot and skips what it already gave. Should a domain still
         * be too large for one search, the listing splits it by address
         * prefix, one snapshot per part.
         *
         * ```php
         * foreach ($zimbra->listAccounts('customer.example', ['displayName', 'zimbraMailQuota']) as $account) {
         *     printf("%s (%s): %d MB\n", $account->name, $account->getDisplayName(), $account->getQuota() >> 20);
         * }
         * ```
         *
         * @param array|null $attrs Only these attributes.
         * @phpstan-param list<string>|null $attrs
         * @return iterable<int, Account>
         */
        public function listAccounts(string $domain, ?array $attrs = null): iterable {}

        /**
         * The raw directory search. `{name}` placeholders in $query are
         * replaced by the values of $values, escaped as RFC 4515 requires, so
         * user input can never change the filter:
         *
         * ```php
         * $r = $zimbra->searchDirectory('(|(uid={q}*)(displayName=*{q}*))', ['q' => $input],
         *     ['domain' => 'customer.example', 'types' => 'accounts', 'limit' => 25, 'sortBy' => 'name']);
         * ```
         *
         * With a `limit`, the result says truthfully whether more follow (`more`;
         * the request asks for one entry more than the page to know), and
         * `total` is null while more follow: Zimbra counts only as far as the
         * page for a client without an admin session. Page with `limit` and
         * `offset` together (an offset alone is refused: Zimbra answers it with
         * an empty page). Each page costs the server a whole search (it fetches
         * and sorts every match first); to count, use countObjects().
         *
         * @param array $values
         * @phpstan-param array<string,string> $values
         * @param array $options
         * @phpstan-param array{domain?:string,types?:string,attrs?:list<string>,limit?:int,offset?:int,sortBy?:string,sortAscending?:bool,maxResults?:int,applyCos?:bool} $options
         * @throws FaultException e.g. account.TOO_MANY_SEARCH_RESULTS past maxResults (default 5000).
         * @throws ValidationException for an offset without a limit, or a malformed domain.
         * @throws \ValueError for an unknown option or type, a number out of range, a '{' without
         *   '}', a placeholder without a value, or a NUL byte in the query.
         * @throws \TypeError for an option or placeholder value of the wrong type.
         */
        public function searchDirectory(string $query = "", array $values = [], array $options = []): SearchResult {}

        /**
         * How many directory objects of a type there are, in the whole
         * directory or one domain (CountObjectsRequest): a plain count, without
         * the 5000-result cap of searches. $type is one of `userAccount`
         * (mailboxes: no system accounts, no calendar resources), `account`,
         * `alias`, `dl`, `domain`, `cos`, `server` and `calresource`.
         *
         * ```php
         * $domains = $zimbra->countObjects('domain');
         * $mailboxes = $zimbra->countObjects('userAccount', 'customer.example');
         * ```
         *
         * @throws \ValueError for an unknown type.
         */
        public function countObjects(string $type, ?string $domain = null): int {}

        /**
         * Accounts of a domain per class of service, as CountAccountRequest
         * reports them (system accounts and calendar resources excluded).
         *
         * @return array<string, array{id: string, name: string, count: int}> keyed by COS id
         */
        public function countAccounts(string $domain): array {}

        /* ---- distribution lists ------------------------------------------- */

        /** @throws FaultException e.g. account.DISTRIBUTION_LIST_EXISTS, account.NO_SUCH_DOMAIN. */
        public function createDistributionList(string $email, array $attrs = []): DistributionList {}

        /** A list with all its members; null when it does not exist. */
        public function getDistributionList(string $emailOrId): ?DistributionList {}

        /**
         * The distribution lists the account is in, by its address or any of its aliases
         * (GetAccountMembershipRequest). A list it is in only through another list names that
         * list in `via`; `via` is null for a direct membership. Nothing is paged: Zimbra answers
         * with every list at once.
         *
         * @return list<array{id: string, name: string, dynamic: bool, via: ?string}>
         * @throws FaultException account.NO_SUCH_ACCOUNT when there is no such account.
         */
        public function getAccountMembership(string $emailOrId): array {}

        /**
         * The distribution lists and dynamic groups of a domain (without members).
         *
         * @return list<DistributionList>
         */
        public function listDistributionLists(string $domain): array {}

        public function modifyDistributionList(string $id, array $attrs): DistributionList {}

        /**
         * Adds members; addresses may be external, and any address mail can reach
         * (Validate::existingEmail()). Each is checked first.
         *
         * @param array $members
         * @phpstan-param list<string> $members
         */
        public function addDistributionListMembers(string $id, array $members): void {}

        /**
         * Removes members. If any is not a member, nothing is removed
         * (account.NO_SUCH_MEMBER).
         *
         * @param array $members
         * @phpstan-param list<string> $members
         */
        public function removeDistributionListMembers(string $id, array $members): void {}

        public function deleteDistributionList(string $id): void {}

        /* ---- classes of service and quota --------------------------------- */

        /**
         * Every class of service, with its name and id only (cheap to list).
         *
         * @return list<Cos>
         */
        public function listCos(): array {}

        /** A class of service by name or id, with its attributes; null when it does not exist. */
        public function getCos(string $nameOrId): ?Cos {}

        /**
         * The size of one account's mailbox in bytes (GetMailboxRequest, answered by
         * the account's home server): cheaper than getQuotaUsage() for one mailbox.
         */
        public function getMailboxSize(string $id): int {}

        /**
         * Mailbox usage of a domain across all mailbox servers (on a view of
         * one server, withServer(): that server's only), sorted by
         * address. With $limit, one page of it (and `total` says how many there
         * are); totalUsed then covers that page only.
         *
         * With no domain (null), every mailbox homed on the server that
         * answers, all domains together, in one request (or one page): what a
         * usage report of a whole server wants instead of one request per
         * domain. Zimbra allows it to a global admin only, and it leaves out
         * mailboxes homed on other mailbox servers of a multi-server install.
         *
         * ```php
         * foreach ($zimbra->getQuotaUsage('customer.example')['mailboxes'] as $q) {
         *     if (($q->getPercentUsed() ?? 0) >= 90) {
         *         echo "$q->name is nearly full\n";
         *     }
         * }
         * ```
         *
         * @return array{mailboxes: list<QuotaUsage>, totalUsed: int, count: int, total: int}
         */
        public function getQuotaUsage(?string $domain = null, int $limit = 0, int $offset = 0): array {}

        /**
         * Mailbox usage on every mailbox server, one server at a time and
         * a page of 20,000 at a time (each server's list is one snapshot in an
         * admin session), sorted by address within each server. With a
         * domain, that domain's mailboxes only. System accounts (GAL sync,
         * spam training, quarantine) are left out: they are not a customer's.
         *
         * A server that cannot be read (down, unreachable) does not stop the
         * others: its mailboxes are missing, and the iterator's
         * getUnreachableServers() names it, with why. On a view of one server
         * (withServer()), that server's mailboxes only, and a failure throws.
         *
         * ```php
         * $usage = $zimbra->listQuotaUsage();
         * foreach ($usage as $q) {
         *     $bytes[$q->name] = $q->used;
         * }
         * foreach ($usage->getUnreachableServers() as $server => $why) {
         *     error_log("usage incomplete: $server: $why");
         * }
         * ```
         */
        public function listQuotaUsage(?string $domain = null): QuotaUsageIterator {}

        /* ---- mailbox servers ---------------------------------------------- */

        /**
         * The servers of the install that run a service, by name: 'mailbox'
         * gives the mailbox servers, each of which homes its own mailboxes
         * (GetAllServersRequest).
         *
         * @return list<Server>
         */
        public function listServers(string $service = 'mailbox'): array {}

        /**
         * A view of this client whose requests run on one server: each one,
         * typed methods, batch() and request() alike, carries that server in
         * its header (<targetServer>), and the server the URL names passes it
         * on. The view shares this client's connection, login and options;
         * log in and out on the client. An id is used as it is; a name costs
         * one GetServerRequest, and an unknown one is a FaultException
         * (account.NO_SUCH_SERVER). While that server is down, its requests
         * fail with service.PROXY_ERROR.
         *
         * On a view, getQuotaUsage($domain) and listQuotaUsage() read that
         * server's mailboxes only (without a view, getQuotaUsage($domain) asks
         * Zimbra for every server at once, which fails whole when one is down).
         *
         * ```php
         * foreach ($zimbra->listServers() as $server) {
         *     $usage = $zimbra->withServer($server->id)->getQuotaUsage(null);
         * }
         * ```
         */
        public function withServer(string $idOrName): Client {}

        /** The id of the server this view's requests run on (withServer()); null for a client. */
        public function getTargetServer(): ?string {}

        /* ---- batch -------------------------------------------------------- */

        /**
         * Runs several requests in one round trip (a BatchRequest). $build
         * receives a Batch and calls its methods, which queue instead of
         * sending. The result holds, in order, what each call would have
         * returned, or the FaultException it would have thrown. With
         * $stopOnError, Zimbra stops at the first fault: that item holds its
         * FaultException as it is (even a lookup's "no such", which is null
         * otherwise), and every item Zimbra never ran holds a ResponseException
         * saying so, with the stopping FaultException as its previous one: an
         * item not run is never taken for one that succeeded.
         *
         * Any number of items may be queued (bulk provisioning): they go out
         * in BatchRequests of `batch_size` items, paced by
         * `max_requests_per_second`. If the first one cannot be sent, batch()
         * throws as a single call would. If a later one fails (the connection
         * drops, say), the items already done keep their results and every
         * item not done holds that exception instead: one failure never hides
         * what did happen.
         *
         * ```php
         * [$account, $counts] = $zimbra->batch(function (Zimbra\Batch $b) {
         *     $b->getAccount('jane@customer.example');
         *     $b->countAccounts('customer.example');
         * });
         * ```
         *
         * @param callable $build Receives the Batch to queue requests on.
         * @phpstan-param callable(Batch): void $build
         * @return list<mixed>
         */
        public function batch(callable $build, bool $stopOnError = false): array {}
    }
}
