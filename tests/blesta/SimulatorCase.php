<?php
use PHPUnit\Framework\TestCase;

/**
 * A test case with its own Zimbra simulator (tests/zimbra-sim) for the class,
 * fresh Blesta stand-ins for every test, and helpers to add a server row the
 * way Blesta does (addModuleRow, then store the returned meta).
 */
abstract class SimulatorCase extends TestCase
{
    protected static array $sim;
    private static $proc;
    protected Zimbra $module;

    public const ADMIN = 'admin@zimbra.test';
    public const PASSWORD = 'test-Admin-Pass1';

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
        $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'a']], $pipes);
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

    public static function stopSimulator(array $sim): void
    {
        proc_terminate($sim['proc']);
        proc_close($sim['proc']);
    }

    public static function control(array $sim, string $path, ?array $data = []): array
    {
        $opts = $data === null ? ['http' => ['method' => 'GET']]
            : ['http' => ['method' => 'POST', 'header' => "Content-Type: application/json\r\n", 'content' => json_encode($data)]];
        return json_decode(file_get_contents($sim['control'] . $path, false, stream_context_create($opts)), true);
    }

    protected function setUp(): void
    {
        ModuleManagerStub::reset();
        Module::$logs = [];
        Language::$missing = [];
        self::control(self::$sim, '/reset');
        $this->module = new Zimbra();
        Loader::$models['ModuleManager'] = ModuleManagerStub::instance();
        $services = new ServicesStub();
        $services->module = $this->module;
        Loader::$models['Services'] = $services;
    }

    protected function tearDown(): void
    {
        blesta_audit('errors', $this->module->errors());
        $this->assertSame([], array_keys(Language::$missing), 'language keys used but not defined');
    }

    /** The server form as an admin fills it for the simulator. */
    protected function serverVars(array $sim = null, array $override = []): array
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

    /** addModuleRow as Blesta calls it, then the row stored and selected for the next calls. */
    protected function addServer(array $vars = null, ?int $group = null): object
    {
        $vars ??= $this->serverVars();
        $meta = $this->module->addModuleRow($vars);
        $this->assertFalse($this->module->errors(), 'server refused: ' . json_encode($this->module->errors()));
        $row = ModuleManagerStub::instance()->addRow($meta, $group);
        $this->module->setModuleRow($row);
        return $row;
    }

    /** A direct client to look at the simulator's state. */
    protected function zimbra(array $sim = null): Zimbra\Client
    {
        $sim ??= self::$sim;
        $c = new Zimbra\Client($sim['listening'], ['ca_file' => $sim['certificate']]);
        $c->login(self::ADMIN, self::PASSWORD);
        return $c;
    }

    protected static function package(array $meta, int $id = 1): object
    {
        return (object) ['id' => $id, 'module_row' => 1, 'module_group' => null, 'meta' => (object) $meta];
    }

    protected static function service(array $fields, int $id = 10): object
    {
        $list = [];
        foreach ($fields as $k => $v) {
            $list[] = (object) ['key' => $k, 'value' => $v];
        }
        return (object) ['id' => $id, 'fields' => $list, 'status' => 'active', 'module_row_id' => 1];
    }

    protected static function fields(array $list): array
    {
        $out = [];
        foreach ($list as $f) {
            $out[$f['key']] = $f['value'];
        }
        return $out;
    }
}
