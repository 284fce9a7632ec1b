<?php
use PHPUnit\Framework\TestCase;

/**
 * A test case with its own Zimbra simulator (tests/zimbra-sim) for the class and a fresh Blesta
 * stand-in (tests/blesta/blesta) for every test. Servers are added through Blesta's pages with a
 * browser (Browser.php); packages and services through Blesta's models, which call the module
 * as Blesta does.
 */
abstract class SimulatorCase extends TestCase
{
    protected static array $sim;
    protected Blesta $blesta;
    protected Browser $browser;

    public const ADMIN = 'admin@zimbra.test';
    public const PASSWORD = 'test-Admin-Pass1';
    public const MANAGE = '/admin/settings/company/modules/manage/1/';

    public static function setUpBeforeClass(): void
    {
        self::$sim = self::startSimulator();
    }

    public static function tearDownAfterClass(): void
    {
        self::stopSimulator(self::$sim);
    }

    /** Start a simulator; extra args as for tests/zimbra-sim/run. */
    public static function startSimulator(array $args = []): array
    {
        $cmd = ['python3', dirname(__DIR__) . '/zimbra-sim/run', '--port', '0', ...$args];
        $record = getenv('ZIMBRA_SIM_RECORD');
        if ($record) {
            array_push($cmd, '--record', $record);
        }
        // Its stderr is PHPUnit's, so an internal error's trace lands in the suite's log.
        $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => STDERR], $pipes);
        $sim = ['proc' => $proc];
        while (!isset($sim['control']) && ($line = fgets($pipes[1])) !== false) {
            [$k, $v] = explode(' ', trim($line), 2);
            $sim[$k] = $v;
        }
        if (!isset($sim['control'])) {
            throw new RuntimeException('the simulator did not start');
        }
        preg_match('/:(\d+)$/', $sim['listening'], $m);
        $sim['port'] = (int) $m[1];
        return $sim;
    }

    /** Stop a simulator; its own bugs (internal errors) fail the test that used it. */
    public static function stopSimulator(array $sim): void
    {
        $errors = self::control($sim, '/stats', null)['internal_errors'];
        proc_terminate($sim['proc']);
        proc_close($sim['proc']);
        if ($errors !== 0) {
            throw new RuntimeException("the Zimbra simulator had $errors internal error(s): see its trace in the log");
        }
    }

    public static function control(array $sim, string $path, ?array $data = []): array
    {
        $opts = $data === null ? ['http' => ['method' => 'GET']]
            : ['http' => ['method' => 'POST', 'header' => "Content-Type: application/json\r\n", 'content' => json_encode($data)]];
        return json_decode(file_get_contents($sim['control'] . $path, false, stream_context_create($opts)), true);
    }

    protected function setUp(): void
    {
        Language::$missing = [];
        self::control(self::$sim, '/reset');
        $this->blesta = Blesta::boot();
        $this->browser = new Browser($this->blesta);
    }

    protected function tearDown(): void
    {
        $this->assertSame(0, self::control(self::$sim, '/stats', null)['internal_errors'], 'the simulator had internal errors');
        blesta_audit('errors', $this->blesta->lastModule?->errors());
        $this->assertSame([], array_keys(Language::$missing), 'language keys used but not defined');
    }

    /** The server form as an admin fills it for the simulator. */
    protected function serverVars(?array $sim = null, array $override = []): array
    {
        $sim ??= self::$sim;
        return $override + [
            'server_label' => 'Test mail server',
            'host_name' => '127.0.0.1',
            'admin_username' => self::ADMIN,
            'admin_password' => self::PASSWORD,
            'use_ssl' => '1',
            'port' => (string) $sim['port'],
            'account_limit' => '',
            'tls_mode' => 'pin',
            'tls_pin' => self::pinOf($sim),
            'notes' => '',
        ];
    }

    protected static function pinOf(array $sim): string
    {
        $details = openssl_pkey_get_details(openssl_pkey_get_public(file_get_contents($sim['certificate'])));
        $der = base64_decode(preg_replace('/-----[^-]+-----|\s+/', '', $details['key']));
        return 'sha256//' . base64_encode(hash('sha256', $der, true));
    }

    /** Add a server through Blesta's "Add Server" page, as an admin does; returns its row id. */
    protected function addServer(?array $vars = null): int
    {
        $vars ??= $this->serverVars();
        $this->browser->get('/admin/settings/company/modules/addrow/1/');
        $fields = $vars;
        $fields['use_ssl'] = ($vars['use_ssl'] ?? '1') !== '0';
        $response = $this->browser->submit('form', $fields);
        $this->assertSame(self::MANAGE, $this->browser->url, 'server refused: ' . json_encode($this->blesta->ModuleManager->errors()));
        $this->assertNotEmpty($response->messages('success'));
        return max(array_keys($this->blesta->db['rows']));
    }

    /** A package through Blesta's Packages model (addPackage() validates its meta); returns its id. */
    protected function addPackage(array $meta, ?int $row = 1, ?int $group = null): int
    {
        $id = $this->blesta->Packages->add(['name' => ($meta['package_type'] ?? 'domain') . ' package', 'module_row' => $row,
            'module_group' => $group, 'meta' => $meta]);
        $this->assertNotNull($id, 'package refused: ' . json_encode($this->blesta->Packages->errors()));
        return $id;
    }

    protected function domainPackage(array $meta = [], ?int $row = 1, ?int $group = null): int
    {
        return $this->addPackage($meta + ['package_type' => 'domain', 'aggregate_quota' => '10', 'max_accounts' => '5',
            'default_cos' => '', 'suspend_mode' => 'closed'], $row, $group);
    }

    protected function mailboxPackage(array $meta = [], ?int $row = 1): int
    {
        return $this->addPackage($meta + ['package_type' => 'mailbox', 'mailbox_domain' => '', 'cos_id' => '',
            'mailbox_quota' => '1024', 'suspend_mode' => 'closed'], $row);
    }

    /**
     * A service an admin adds as active with "provision using the module" ticked (Services::add()
     * with status active and use_module 'true'): provisioned at once. The service id, or null with
     * errors() set. A customer's order is pending() and then activate()d.
     */
    protected function order(int $package, array $fields, ?int $parent = null): ?int
    {
        return $this->blesta->Services->add($fields + ['package_id' => $package, 'client_id' => 1, 'parent_service_id' => $parent,
            'status' => 'active', 'use_module' => 'true']);
    }

    /** A customer's order waiting for payment: Services::add() with status pending (nothing provisioned). */
    protected function pending(int $package, array $fields, ?int $parent = null): ?int
    {
        return $this->blesta->Services->add($fields + ['package_id' => $package, 'client_id' => 1, 'parent_service_id' => $parent,
            'status' => 'pending']);
    }

    /**
     * The paid order provisioned, as the provision_pending_services task does it
     * (core/Automation/Tasks/Task/ProvisionPendingServices.php, hosterpk/whmcs_blesta 95344ce):
     * Services::edit() with every stored field and status active. Returns Services::errors().
     */
    protected function activate(int $service)
    {
        $vars = $this->fieldsOf($service) + ['status' => 'active', 'date_renews' => gmdate('c', strtotime('+1 month'))];
        $this->blesta->Services->edit($service, $vars, false, true);
        return $this->blesta->Services->errors();
    }

    /**
     * Blesta's Services model says whether an action went through by errors(), not by what it
     * returns (suspend(), unsuspend() and cancel() return nothing): run it, and say.
     */
    protected function succeeded(callable $action): bool
    {
        $action();
        return !$this->blesta->Services->errors();
    }

    /** The Services action just made went through (its return value is not what says so). */
    protected function assertDone($returned, string $message = ''): void
    {
        $this->assertFalse($this->blesta->Services->errors(), $message ?: self::messages($this->blesta->Services->errors()));
    }

    /** The Services action just made was refused, with errors to show. */
    protected function assertRefused($returned, string $message = ''): void
    {
        $this->assertNotEmpty($this->blesta->Services->errors(), $message ?: 'the action went through');
    }

    /** Services::suspend(), unsuspend() or cancel() (they return nothing), and it went through. */
    protected function done(string $action, int $service, string $message = ''): void
    {
        $this->blesta->Services->$action($service);
        $this->assertDone(null, $message);
    }

    /** Services::suspend(), unsuspend() or cancel(), and it was refused. */
    protected function refused(string $action, int $service): void
    {
        $this->blesta->Services->$action($service);
        $this->assertRefused(null);
    }

    /** Order and expect success. */
    protected function ordered(int $package, array $fields, ?int $parent = null): int
    {
        $id = $this->order($package, $fields, $parent);
        $this->assertNotNull($id, 'order refused: ' . json_encode($this->blesta->Services->errors()));
        return $id;
    }

    /** A service's fields as key => value (decrypted). */
    protected function fieldsOf(int $service): array
    {
        return array_column(array_map(fn ($f) => (array) $f, $this->blesta->Services->get($service)->fields), 'value', 'key');
    }

    /** Every error message of an errors() array, as the admin reads them. */
    protected static function messages($errors): string
    {
        return implode(' | ', iterator_to_array(new RecursiveIteratorIterator(new RecursiveArrayIterator($errors ?: [])), false));
    }

    /** A module object as moduleRpc() makes it, for calls Blesta makes outside a page (fields, info). */
    protected function module(?int $row = 1): Zimbra
    {
        $module = $this->blesta->newModule();
        $module->setModule($this->blesta->ModuleManager->get(Blesta::MODULE_ID));
        if ($row) {
            $module->setModuleRow($this->blesta->ModuleManager->getRow($row));
        }
        return $module;
    }

    /** Change one stored row meta value directly in the database (a test fixture, not a Blesta flow). */
    protected function setRowMeta(int $row, string $key, string $value): void
    {
        foreach ($this->blesta->db['rows'][$row]['meta'] as &$m) {
            if ($m['key'] === $key) {
                $m['value'] = $m['encrypted'] ? Blesta::encrypt($value) : $value;
            }
        }
    }

    /** A loopback port nothing listens on: one this test opened and closed. */
    protected static function closedPort(): int
    {
        $probe = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr(strrchr(stream_socket_get_name($probe, false), ':'), 1);
        fclose($probe);
        return $port;
    }

    /** A direct client to look at the simulator's state. */
    protected function zimbra(?array $sim = null): Zimbra\Client
    {
        $sim ??= self::$sim;
        $c = new Zimbra\Client($sim['listening'], ['ca_file' => $sim['certificate']]);
        $c->login(self::ADMIN, self::PASSWORD);
        return $c;
    }

    /**
     * A request of the customer's own (urn:zimbraAccount, what webmail sends), posted to the
     * simulator with no admin token: [HTTP status, fault code or null].
     */
    protected static function userRequest(string $body, ?array $sim = null): array
    {
        $sim ??= self::$sim;
        $envelope = '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body>' . $body
            . '</soap:Body></soap:Envelope>';
        $context = stream_context_create(['http' => ['method' => 'POST', 'header' => "Content-Type: application/soap+xml\r\n",
            'content' => $envelope, 'ignore_errors' => true], 'ssl' => ['cafile' => $sim['certificate']]]);
        $reply = (string) file_get_contents($sim['listening'] . '/service/admin/soap/', false, $context);
        preg_match('~^HTTP/\S+ (\d+)~', $http_response_header[0] ?? '', $status);
        return [(int) ($status[1] ?? 0), preg_match('~<Code>([^<]+)</Code>~', $reply, $m) ? $m[1] : null];
    }

    /** Whether the customer can log in to webmail with this password (account AuthRequest). */
    protected static function logsIn(string $email, string $password, ?array $sim = null): bool
    {
        $x = fn ($v) => htmlspecialchars($v, ENT_XML1 | ENT_QUOTES);
        [$status] = self::userRequest('<AuthRequest xmlns="urn:zimbraAccount"><account by="name">' . $x($email) . '</account><password>'
            . $x($password) . '</password></AuthRequest>', $sim);
        return $status === 200;
    }

    /** The customer changes the password in webmail (ChangePasswordRequest): true when Zimbra took it. */
    protected static function changePasswordInWebmail(string $email, string $old, string $new, ?array $sim = null): bool
    {
        $x = fn ($v) => htmlspecialchars($v, ENT_XML1 | ENT_QUOTES);
        [$status] = self::userRequest('<ChangePasswordRequest xmlns="urn:zimbraAccount"><account by="name">' . $x($email)
            . '</account><oldPassword>' . $x($old) . '</oldPassword><password>' . $x($new) . '</password></ChangePasswordRequest>', $sim);
        return $status === 200;
    }

    protected function requests(?string $name = null): int
    {
        $stats = self::control(self::$sim, '/stats', null);
        return $name === null ? $stats['requests'] : ($stats['requests_by_name'][$name] ?? 0);
    }
}
