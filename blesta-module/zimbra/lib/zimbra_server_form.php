<?php
/**
 * A Zimbra server (a Blesta module row) as the admin adds and edits it: the form's values, its
 * rules, and the login that proves them before anything is stored.
 */
final class ZimbraServerForm
{
    /** Stored row meta, in order; 1 marks what Blesta keeps encrypted. */
    private const ROW_META = ['server_label' => 0, 'host_name' => 0, 'admin_username' => 1, 'admin_password' => 1, 'use_ssl' => 0,
        'port' => 0, 'account_limit' => 0, 'account_count' => 0, 'tls_mode' => 0, 'tls_pin' => 1, 'notes' => 0,
        'mx_host' => 0, 'spf_include' => 0, 'autodiscover_host' => 0, 'webmail_host' => 0];
    /** What "Set up your domain" is built from (ZimbraMailHosts). */
    private const ROW_SETUP_FIELDS = ['mx_host', 'spf_include', 'autodiscover_host', 'webmail_host'];

    /**
     * Keys of certificates that did not verify during this request, by host:port. Static: Blesta
     * validates a posted row with one module object and draws the form again with another.
     */
    private static array $probedPins = [];

    /**
     * Logins (server, admin, password) Zimbra refused during this request, as keyed hashes: a
     * refused password is not kept for the next try. Static for the same reason as $probedPins.
     */
    private static array $refusedPasswords = [];

    public function __construct(private readonly ModuleManager $modules, private readonly ZimbraConnector $connector)
    {
    }

    /**
     * The add form's values: the defaults on a first visit; after a refused save, as typed. The
     * password is kept too, so it need not be typed again, but never as text in the page: it
     * travels sealed with Blesta's system key (systemEncrypt(), as Blesta stores the row's
     * password), unless it is what Zimbra refused. A certificate that did not verify puts its key
     * in the pin field, ready to pin once the admin chooses "pinned" (never chosen for them).
     *
     * @return array{array, ?string} the values to show, and the sealed password or null
     */
    public function addFormValues(array $vars): array
    {
        if (empty($vars)) {
            return [['use_ssl' => '1', 'port' => '7071', 'tls_mode' => 'verify'], null];
        }
        $password = $this->typedPassword($vars);
        $refused = isset(self::$refusedPasswords[self::loginKey($vars, $password)]);
        unset($vars['admin_password'], $vars['admin_password_kept']);
        $probed = self::$probedPins[self::endpoint($vars)] ?? null;
        if (($vars['tls_pin'] ?? '') === '' && $probed !== null) {
            $vars['tls_pin'] = $probed;
        }
        return [$vars, $password !== '' && !$refused ? $this->modules->systemEncrypt($password) : null];
    }

    /**
     * Check the form, log in with it, and give the row meta to store. The Domain Limit is for
     * this module's domain services: the count starts at none and follows them
     * (ZimbraRowUpkeep::adjustAccountCount()); Zimbra's own domains, or ones made elsewhere, are not counted.
     *
     * @throws ZimbraFailure when a value is wrong or Zimbra refuses the login; nothing is stored then
     */
    public function save(array &$vars, ?object $existing): array
    {
        foreach (['server_label', 'host_name', 'admin_username', 'tls_pin', 'account_limit', 'port', ...self::ROW_SETUP_FIELDS] as $key) {
            $vars[$key] = trim((string) ($vars[$key] ?? ''));
        }
        foreach (self::ROW_SETUP_FIELDS as $key) {
            $vars[$key] = strtolower(rtrim($vars[$key], '.'));
        }
        $vars['port'] = $vars['port'] === '' ? '7071' : $vars['port'];
        $vars['use_ssl'] = !empty($vars['use_ssl']) ? '1' : '0';  // empty() covers '0'
        $vars['tls_mode'] = $vars['tls_mode'] ?? 'verify';
        if ($existing && ($vars['admin_password'] ?? '') === '') {
            $vars['admin_password'] = $existing->meta->admin_password;
        } elseif (!$existing) {
            $vars['admin_password'] = $this->typedPassword($vars);
        }
        unset($vars['admin_password_kept']);
        ZimbraRules::check(self::rules(), $vars);
        $this->testConnection($vars);
        $vars['account_count'] = (string) ($existing->meta->account_count ?? '0');
        return self::rowMeta($vars);
    }

    /** The row meta Blesta stores, from $vars. */
    public static function rowMeta(array $vars): array
    {
        $meta = [];
        foreach (self::ROW_META as $key => $encrypted) {
            $meta[] = ['key' => $key, 'value' => (string) ($vars[$key] ?? ''), 'encrypted' => $encrypted];
        }
        return $meta;
    }

    /** The password of the add form: as typed, or else the one kept sealed from a refused save. */
    private function typedPassword(array $vars): string
    {
        $typed = (string) ($vars['admin_password'] ?? '');
        $kept = (string) ($vars['admin_password_kept'] ?? '');
        return $typed !== '' || $kept === '' ? $typed : (string) $this->modules->systemDecrypt($kept);
    }

    private static function loginKey(array $vars, string $password): string
    {
        return hash_hmac('sha256', self::endpoint($vars) . "\0" . trim((string) ($vars['admin_username'] ?? '')) . "\0" . $password,
            ZimbraRowUpkeep::key());
    }

    private static function endpoint(array $vars): string
    {
        return strtolower(trim((string) ($vars['host_name'] ?? ''))) . ':' . trim((string) ($vars['port'] ?? '7071'));
    }

    private static function rules(): array
    {
        $error = fn (string $key) => Language::_('Zimbra.!error.' . $key, true);
        return [
            'server_label' => ['empty' => ['rule' => 'isEmpty', 'negate' => true, 'message' => $error('server_label.empty')]],
            'host_name' => ['format' => ['rule' => [[ZimbraRules::class, 'isHostOrIp']], 'message' => $error('host_name.format')]],
            'admin_username' => ['empty' => ['rule' => 'isEmpty', 'negate' => true, 'message' => $error('admin_username.empty')]],
            'admin_password' => ['empty' => ['rule' => 'isEmpty', 'negate' => true, 'message' => $error('admin_password.empty')]],
            'port' => ['format' => ['rule' => ['matches', '/^([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$/'],
                'message' => $error('port.format')]],
            'account_limit' => ['format' => ['rule' => ['matches', '/^([0-9]+)?$/'], 'message' => $error('account_limit.format')]],
            'tls_mode' => ['format' => ['rule' => ['in_array', ['verify', 'pin', 'insecure']], 'message' => $error('tls_mode.format')]],
            'tls_pin' => ['format' => ['rule' => ['matches', '~^(sha256//[A-Za-z0-9+/]{43}=)?$~'], 'message' => $error('tls_pin.format'),
                'if_set' => true]],
        ] + array_combine(self::ROW_SETUP_FIELDS, array_map(fn ($key) => ['format' => ['rule' => [[ZimbraMailHosts::class,
            $key === 'spf_include' ? 'isOptionalSpfDomain' : 'isOptionalHostName']],
            'message' => $error($key . '.format'), 'if_set' => true]], self::ROW_SETUP_FIELDS));
    }

    /**
     * Log in with the form's values as Zimbra's admin endpoint.
     *
     * @throws ZimbraFailure saying why not: the login refused, the certificate (with its key to pin), the connection
     */
    private function testConnection(array $vars): void
    {
        if ($vars['tls_mode'] === 'pin' && ($vars['tls_pin'] ?? '') === '') {
            throw ZimbraFailure::of('tls_pin', 'tls_pin.format');
        }
        $row = (object) ['meta' => (object) $vars];
        try {
            $client = ZimbraConnection::connect((object) $vars, $this->connector->timeout);
            $this->connector->log($row, 'AuthRequest', json_encode(['user' => $vars['admin_username']]), 'input', true);
            $client->login($vars['admin_username'], $vars['admin_password']);
            $this->connector->log($row, 'AuthRequest', 'ok', 'output', true);
        } catch (Zimbra\AuthenticationException $e) {
            $this->connector->log($row, 'AuthRequest', $e->getMessage(), 'output', false);
            self::$refusedPasswords[self::loginKey($vars, $vars['admin_password'])] = true;
            throw ZimbraFailure::of('admin_password', 'admin_password.auth', [$vars['admin_username'], $e->getFaultCode()]);
        } catch (Zimbra\TransportException $e) {
            $this->connector->log($row, 'AuthRequest', $e->getMessage(), 'output', false);
            $pin = $e->getCode() === 60 ? self::probePin($vars) : null;  // 60: the certificate did not verify
            if ($pin !== null) {
                self::$probedPins[self::endpoint($vars)] = $pin;
                throw ZimbraFailure::of('admin_password', 'admin_password.tls', [$vars['host_name'], $pin]);
            }
            throw ZimbraFailure::of('admin_password', 'admin_password.connection', [$e->getMessage()]);
        }
    }

    /** The public key the server presents, for the admin to pin; null when it cannot be read. */
    private static function probePin(array $vars): ?string
    {
        try {
            return Zimbra\Client::probePublicKeyPin('https://' . $vars['host_name'] . ':' . $vars['port'], 10);
        } catch (Zimbra\Exception $e) {
            return null;
        }
    }
}
