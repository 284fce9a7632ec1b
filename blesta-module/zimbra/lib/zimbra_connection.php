<?php
/**
 * One Zimbra server (a Blesta module row) as the module talks to it: a client logged in there on
 * first use, and every call made through call(), which writes the module log, resends a lost
 * reply when the operation allows it (ZimbraOperation), and turns a failure into a ZimbraFailure
 * an admin can act on.
 *
 * Made by ZimbraConnector::connect(), whose module log it writes to.
 */
final class ZimbraConnection
{
    private ?Zimbra\Client $client = null;
    /** The client's request counter where the last requestsSince() left it. */
    private int $requestBase = 0;

    /**
     * @param object $row the module row: ->id and ->meta (host_name, port, use_ssl, tls_mode, tls_pin, admin_*)
     * @param float $timeout seconds each call may take, connecting included
     */
    public function __construct(public readonly object $row, private readonly ZimbraConnector $connector, private readonly float $timeout)
    {
    }

    /** A client for a server row's meta, not logged in; $timeout bounds each call, connecting included. */
    public static function connect(object $meta, float $timeout): Zimbra\Client
    {
        $secure = ($meta->use_ssl ?? '1') !== '0';
        $url = ($secure ? 'https://' : 'http://') . (str_contains($meta->host_name, ':') ? '[' . $meta->host_name . ']' : $meta->host_name)
            . ':' . ($meta->port ?: '7071');
        // Kept in the worker between page loads (per server, credentials and options): a warm tab is one request.
        $options = ['timeout' => $timeout, 'connect_timeout' => min($timeout, 10.0), 'persistent' => true];
        if (!$secure) {
            $options['allow_http'] = true;
        } elseif (($meta->tls_mode ?? 'verify') === 'pin') {
            $options['pinned_public_key'] = $meta->tls_pin;
        } elseif (($meta->tls_mode ?? 'verify') === 'insecure') {
            $options['verify_peer'] = false;
        }
        return new Zimbra\Client($url, $options);
    }

    /** The client, logged in as the row's admin on first use (a kept session is reused, not logged in again). */
    public function client(): Zimbra\Client
    {
        if ($this->client === null) {
            $meta = $this->row->meta;
            $client = self::connect($meta, $this->timeout);
            $this->send(ZimbraOperation::named('AuthRequest'), ['user' => $meta->admin_username],
                fn () => $client->login($meta->admin_username, $meta->admin_password), null, null);
            $stats = $client->getStats();
            // The counters of a kept session run across page loads: count from here, the login included.
            $this->requestBase = $stats['requests'] - ($stats['reused'] ? 0 : 1);
            $this->client = $client;
        }
        return $this->client;
    }

    /**
     * One logged call: $fn gets the logged-in client. The request goes to the module log as
     * $masked (secrets masked by the caller), then the outcome. With $partialKey, a failure is
     * told as Zimbra.!error.$partialKey about $subject (an action that may have done part).
     *
     * @template T
     * @param callable(Zimbra\Client): T $fn
     * @return T
     * @throws ZimbraFailure
     */
    public function call(string $operation, array $masked, callable $fn, ?string $partialKey = null, ?string $subject = null): mixed
    {
        $client = $this->client();
        return $this->send(ZimbraOperation::named($operation), $masked, fn () => $fn($client), $partialKey, $subject);
    }

    /** Requests made since the last time this was asked (the login included the first time). */
    public function requestsSince(): int
    {
        $now = $this->client ? $this->client->getStats()['requests'] : $this->requestBase;
        $n = $now - $this->requestBase;
        $this->requestBase = $now;
        return $n;
    }

    /** A line of the module log about this server: "host|what". */
    public function log(string $what, string $data, string $direction, bool $success): void
    {
        $this->connector->log($this->row, $what, $data, $direction, $success);
    }

    /** Failures before the request was on the wire (resolving, connecting, TLS): Zimbra never saw it. */
    public static function neverSent(\Throwable $e): bool
    {
        return $e instanceof Zimbra\TransportException && !$e->wasSent();
    }

    /** Zimbra could not be reached or its reply was lost: the request's outcome may be unknown. */
    public static function isLost(?\Throwable $e): bool
    {
        return $e instanceof Zimbra\TransportException || $e instanceof Zimbra\ResponseException;
    }

    private function send(ZimbraOperation $op, array $masked, callable $fn, ?string $partialKey, ?string $subject): mixed
    {
        $this->log($op->name, json_encode($masked), 'input', true);
        try {
            try {
                $result = $fn();
            } catch (Zimbra\TransportException | Zimbra\ResponseException $e) {
                // A lost reply to a request that does the same when sent twice: send it once more.
                if (!$op->safeToResend || self::neverSent($e)) {
                    throw $e;
                }
                $this->log($op->name, json_encode(['error' => $e->getMessage(), 'resending' => true]), 'output', false);
                $result = $fn();
            }
            $this->log($op->name, json_encode(['ok' => true]), 'output', true);
            return $result;
        } catch (Zimbra\FaultException $e) {
            $this->log($op->name, json_encode(['fault' => $e->getFaultCode(), 'reason' => $e->getReason()]), 'output', false);
            $code = $e->getFaultCode();
            if ($code === 'account.DOMAIN_EXISTS') {
                throw ZimbraFailure::of('zimbra_domain', 'zimbra_domain.exists', [$masked['name'] ?? ''], $e);
            }
            if ($code === 'account.ACCOUNT_EXISTS' || $code === 'account.DISTRIBUTION_LIST_EXISTS') {
                throw ZimbraFailure::of('zimbra_email', 'zimbra_email.exists', [$masked['name'] ?? ''], $e);
            }
            throw $partialKey
                ? self::partial($partialKey, $subject, $e->getReason(), $e)
                : ZimbraFailure::of('api', 'api.result', [$e->getReason(), $code], $e);
        } catch (Zimbra\TransportException | Zimbra\ResponseException $e) {
            $this->log($op->name, json_encode(['error' => $e->getMessage()]), 'output', false);
            // Say what is known: never sent, sent twice (harmless), or sent with the outcome unknown.
            $key = self::neverSent($e) ? 'connection' : ($op->safeToResend ? 'unsure' : 'lost');
            throw $partialKey ? self::partial($partialKey, $subject, $e->getMessage(), $e)
                : ZimbraFailure::of('api', 'api.' . $key, [$e->getMessage()], $e);
        }
    }

    private static function partial(string $key, ?string $subject, string $why, \Throwable $e): ZimbraFailure
    {
        return new ZimbraFailure(['api' => ['partial' => Language::_('Zimbra.!error.' . $key, true, $subject, $why)]], $e);
    }
}
