<?php
/**
 * Zimbra servers (Blesta module rows): the add and edit forms, their rules and connection test,
 * the clients made from a row, and the row upkeep (the domain count "first" and "round robin"
 * read) done without the form's validation.
 */
trait ZimbraServers
{
    /** Stored row meta, in order; 1 marks what Blesta keeps encrypted. */
    private const ROW_META = ['server_label' => 0, 'host_name' => 0, 'admin_username' => 1, 'admin_password' => 1, 'use_ssl' => 0,
        'port' => 0, 'account_limit' => 0, 'account_count' => 0, 'tls_mode' => 0, 'tls_pin' => 1, 'notes' => 0,
        'mx_host' => 0, 'spf_include' => 0, 'autodiscover_host' => 0, 'webmail_host' => 0];
    /** What "Set up your domain" is built from (ZimbraMailHosts). */
    private const ROW_SETUP_FIELDS = ['mx_host', 'spf_include', 'autodiscover_host', 'webmail_host'];

    /** The key of row upkeep for this process: a form post cannot carry it (see editModuleRow()). */
    private static ?string $upkeepKey = null;

    public function getGroupOrderOptions()
    {
        return [
            'first' => Language::_('Zimbra.order_options.first', true),
            'roundrobin' => Language::_('Zimbra.order_options.roundrobin', true),
        ];
    }

    public function manageAddRow(array &$vars)
    {
        if (empty($vars)) {
            $vars = ['use_ssl' => '1', 'port' => '7071', 'tls_mode' => 'verify'];
        }
        // A refused save shows the form again as typed. The password is kept too, so it need not be
        // typed again, but never as text in the page: it travels sealed with Blesta's system key
        // (systemEncrypt(), as Blesta stores the row's password), unless it is what was refused.
        // A certificate that did not verify puts its key in the pin field, ready to pin once the
        // admin chooses "pinned" (never chosen for them).
        $password = $this->typedPassword($vars);
        $refused = isset(self::$refusedPasswords[self::loginKey($vars, $password)]);
        unset($vars['admin_password'], $vars['admin_password_kept']);
        $probed = self::$probedPins[self::endpoint($vars)] ?? null;
        if (($vars['tls_pin'] ?? '') === '' && $probed !== null) {
            $vars['tls_pin'] = $probed;
        }
        Loader::loadModels($this, ['ModuleManager']);
        return $this->render('add_row', ['vars' => (object) $vars, 'extension_loaded' => extension_loaded('zimbra'),
            'errors' => $this->Input->errors() ?: [],
            'kept_password' => $password !== '' && !$refused ? $this->ModuleManager->systemEncrypt($password) : null], true);
    }

    /** The password of the add form: as typed, or else the one kept sealed from a refused save. */
    private function typedPassword(array $vars): string
    {
        $typed = (string) ($vars['admin_password'] ?? '');
        $kept = (string) ($vars['admin_password_kept'] ?? '');
        if ($typed !== '' || $kept === '') {
            return $typed;
        }
        Loader::loadModels($this, ['ModuleManager']);
        return (string) $this->ModuleManager->systemDecrypt($kept);
    }

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

    private static function loginKey(array $vars, string $password): string
    {
        return hash_hmac('sha256', self::endpoint($vars) . "\0" . trim((string) ($vars['admin_username'] ?? '')) . "\0" . $password,
            self::upkeepKey());
    }

    private static function endpoint(array $vars): string
    {
        return strtolower(trim((string) ($vars['host_name'] ?? ''))) . ':' . trim((string) ($vars['port'] ?? '7071'));
    }

    public function manageEditRow($module_row, array &$vars)
    {
        if (empty($vars)) {
            $vars = (array) $module_row->meta;
        }
        unset($vars['admin_password']);  // never sent back to the browser
        return $this->render('edit_row', ['vars' => (object) $vars, 'extension_loaded' => extension_loaded('zimbra'),
            'row' => $module_row, 'errors' => $this->Input->errors() ?: []], true);
    }

    public function addModuleRow(array &$vars)
    {
        return $this->saveRow($vars, null);
    }

    /**
     * Blesta's ModuleManager::editRow() runs this for every row change, the module's own upkeep
     * included (§16). Upkeep (a domain count, an upgrade step) carries this process's upkeep key
     * and is stored as it is: no form rules, no connection test, no login.
     */
    public function editModuleRow($module_row, array &$vars)
    {
        $key = $vars['zimbra_upkeep'] ?? null;
        if (is_string($key) && hash_equals(self::upkeepKey(), $key)) {
            unset($vars['zimbra_upkeep']);
            return $this->rowMeta($vars);
        }
        unset($vars['zimbra_upkeep']);
        return $this->saveRow($vars, $module_row);
    }

    public function deleteModuleRow($module_row)
    {
    }

    private static function upkeepKey(): string
    {
        return self::$upkeepKey ??= bin2hex(random_bytes(16));
    }

    /** Validate the server form, test the connection, and return the row meta. */
    private function saveRow(array &$vars, $existing)
    {
        if (!$this->requireExtension()) {
            return;
        }
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
        $this->Input->setRules($this->rowRules());
        if (!$this->Input->validates($vars)) {
            return;
        }
        if (!$this->guard(fn () => $this->testConnection($vars))) {
            return;
        }
        // The Domain Limit is for this module's domain services: the count starts at none and
        // follows them (adjustAccountCount()); Zimbra's own domains, or ones made elsewhere, are not counted.
        $vars['account_count'] = (string) ($existing->meta->account_count ?? '0');
        return $this->rowMeta($vars);
    }

    private function rowMeta(array $vars): array
    {
        $meta = [];
        foreach (self::ROW_META as $key => $encrypted) {
            $meta[] = ['key' => $key, 'value' => (string) ($vars[$key] ?? ''), 'encrypted' => $encrypted];
        }
        return $meta;
    }

    private function rowRules(): array
    {
        $error = fn (string $key) => Language::_('Zimbra.!error.' . $key, true);
        return [
            'server_label' => ['empty' => ['rule' => 'isEmpty', 'negate' => true, 'message' => $error('server_label.empty')]],
            'host_name' => ['format' => ['rule' => [[$this, 'isHostOrIp']], 'message' => $error('host_name.format')]],
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

    /** A hostname (labels of letters, digits, '-') or an IPv4/IPv6 address. */
    public function isHostOrIp($host): bool
    {
        $host = (string) $host;
        if (filter_var($host, FILTER_VALIDATE_IP)) {
            return true;
        }
        return strlen($host) <= 253
            && preg_match('/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i', $host) === 1;
    }

    /** Log in with the form's values as Zimbra's admin endpoint; false (with the Input error) when that fails. */
    private function testConnection(array $vars): bool
    {
        if ($vars['tls_mode'] === 'pin' && ($vars['tls_pin'] ?? '') === '') {
            $this->Input->setErrors(['tls_pin' => ['format' => Language::_('Zimbra.!error.tls_pin.format', true)]]);
            return false;
        }
        try {
            $client = ZimbraConnection::connect((object) $vars, $this->requestTimeout());
            $this->log($vars['host_name'] . '|AuthRequest', json_encode(['user' => $vars['admin_username']]), 'input', true);
            $client->login($vars['admin_username'], $vars['admin_password']);
            $this->log($vars['host_name'] . '|AuthRequest', 'ok', 'output', true);
            return true;
        } catch (Zimbra\AuthenticationException $e) {
            $this->log($vars['host_name'] . '|AuthRequest', $e->getMessage(), 'output', false);
            self::$refusedPasswords[self::loginKey($vars, $vars['admin_password'])] = true;
            $this->Input->setErrors(['admin_password' => ['auth' => Language::_('Zimbra.!error.admin_password.auth', true,
                $vars['admin_username'], $e->getFaultCode())]]);
        } catch (Zimbra\TransportException $e) {
            $this->log($vars['host_name'] . '|AuthRequest', $e->getMessage(), 'output', false);
            $pin = $e->getCode() === 60 ? $this->probePin($vars) : null;  // 60: the certificate did not verify
            if ($pin !== null) {
                self::$probedPins[self::endpoint($vars)] = $pin;
            }
            $this->Input->setErrors(['admin_password' => $pin
                ? ['tls' => Language::_('Zimbra.!error.admin_password.tls', true, $vars['host_name'], $pin)]
                : ['connection' => Language::_('Zimbra.!error.admin_password.connection', true, $e->getMessage())]]);
        }
        return false;
    }

    /** The public key the server presents, for the admin to pin; null when it cannot be read. */
    private function probePin(array $vars): ?string
    {
        try {
            return Zimbra\Client::probePublicKeyPin('https://' . $vars['host_name'] . ':' . $vars['port'], 10);
        } catch (Zimbra\Exception $e) {
            return null;
        }
    }

    /** Keep account_count (domains on the server) current: "first" and "round robin" read it. */
    private function adjustAccountCount($row, int $delta): void
    {
        Loader::loadModels($this, ['ModuleManager']);
        $count = (int) ($this->ModuleManager->getRowMeta($row->id)->account_count ?? 0);
        $this->keepRowMeta($row, ['account_count' => (string) max(0, $count + $delta)]);
    }

    /**
     * Change stored row meta through ModuleManager::editRow() as upkeep. Blesta puts the errors of
     * editRow() on the ModuleManager and nowhere else (§16): a failure is logged, not lost, and
     * never stops the service action that asked for it.
     */
    private function keepRowMeta($row, array $changes): bool
    {
        Loader::loadModels($this, ['ModuleManager']);
        try {
            $meta = (array) $this->ModuleManager->getRowMeta($row->id);
            $this->ModuleManager->editRow($row->id, array_merge($meta, $changes, ['zimbra_upkeep' => self::upkeepKey()]));
            $errors = $this->ModuleManager->errors();
        } catch (\Throwable $e) {
            $errors = ['upkeep' => ['exception' => $e->getMessage()]];
        }
        if ($errors) {
            $this->log(($row->meta->host_name ?? 'zimbra') . '|row-upkeep', json_encode(['changes' => $changes, 'errors' => $errors]),
                'output', false);
            return false;
        }
        return true;
    }
}
