<?php
/**
 * Licence gating through the real module: each status from a licence server
 * (the simulator, signing with an Ed25519 key made here), in a PHP process
 * whose system INI makes it an enforced build.
 */
final class LicenseTest extends SimulatorCase
{
    private static array $licensed;
    private static string $pub;
    private static string $dir;

    public static function setUpBeforeClass(): void
    {
        parent::setUpBeforeClass();
        self::$dir = sys_get_temp_dir() . '/zimbra-lic-' . getmypid();
        @mkdir(self::$dir);
        exec('openssl genpkey -algorithm ed25519 -out ' . escapeshellarg(self::$dir . '/vendor.pem') . ' 2>/dev/null');
        self::$pub = base64_encode(substr(shell_exec('openssl pkey -in ' . escapeshellarg(self::$dir . '/vendor.pem')
            . ' -pubout -outform DER'), -32));
        self::$licensed = self::startSimulator(['--license-key', self::$dir . '/vendor.pem']);
        foreach (['valid', 'invalid', 'expired', 'suspended', 'canceled'] as $status) {
            self::control(self::$licensed, '/license', ['key' => "KEY-$status", 'status' => $status]);
        }
        self::control(self::$licensed, '/license', ['key' => 'KEY-dated', 'status' => 'valid', 'expires' => time() - 3600]);
    }

    public static function tearDownAfterClass(): void
    {
        self::stopSimulator(self::$licensed);
        @unlink(self::$dir . '/vendor.pem');
        @rmdir(self::$dir);
        parent::tearDownAfterClass();
    }

    /** The licensed simulator as a server, a domain package, then the enforced driver on that database. */
    private function drive(string $key, string $domain, bool $remove = false): array
    {
        $sim = self::$licensed;
        $this->addServer($this->serverVars($sim));
        $this->domainPackage();
        $state = self::$dir . '/state.json';
        $this->blesta->saveTo($state);
        $cmd = [PHP_BINARY, '-d', 'extension=' . dirname(__DIR__, 2) . '/modules/zimbra.so',
            '-d', 'zimbra.license_public_key="' . self::$pub . '"',
            '-d', 'zimbra.license_url="' . $sim['listening'] . '/license/check"',
            '-d', 'zimbra.license_ca_file="' . $sim['certificate'] . '"',
            __DIR__ . '/license-driver.php', $state, $key, $domain];
        if ($remove) {
            $cmd[] = 'remove';
        }
        $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        proc_close($p);
        @unlink($state);
        $result = json_decode($out, true);
        $this->assertIsArray($result, "driver failed: $out $err");
        $this->assertSame([], $result['page_errors'], 'the page saved without an error');
        $this->assertSame('billing', $result['reserved']);
        return $result;
    }

    public function testCommunityBuildSaysSo(): void
    {
        $this->assertFalse(Zimbra\License::isEnforced());
        $this->browser->get(self::MANAGE);
        $this->assertStringContainsString('Community build', $this->browser->html());
        $this->assertFalse($this->browser->has('form.license-form'));
    }

    public function testValidLicenceProvisions(): void
    {
        $r = $this->drive('KEY-valid', 'licensed.example');
        $this->assertSame('valid', $r['page_status']);
        $this->assertSame('valid', $r['final_status']);
        $this->assertSame('KEY-valid', $r['key_kept'], 'the key survives the page being saved again');
        $this->assertTrue($r['created'], json_encode($r['errors']));
        $this->assertTrue($r['key_encrypted']);
        $this->assertFalse($r['key_in_page']);
        $this->assertNotNull($this->zimbra(self::$licensed)->getDomain('licensed.example'));
    }

    /** @dataProvider blocked */
    public function testOtherStatusesBlockNewServices(string $key, string $status): void
    {
        $domain = strtolower($key) . '.example';
        $r = $this->drive($key, $domain);
        $this->assertSame($status, $r['page_status']);
        $this->assertFalse($r['created']);
        $this->assertStringStartsWith("license.required: new services cannot be provisioned while the licence is $status",
            $r['errors']['license']['required']);
        $this->assertNull($this->zimbra(self::$licensed)->getDomain($domain));
    }

    public static function blocked(): array
    {
        return [
            'invalid' => ['KEY-invalid', 'invalid'],
            'unknown key' => ['KEY-nobody-sold', 'invalid'],
            'expired' => ['KEY-expired', 'expired'],
            'expired by date' => ['KEY-dated', 'expired'],
            'suspended' => ['KEY-suspended', 'suspended'],
            'canceled' => ['KEY-canceled', 'canceled'],
        ];
    }

    public function testRemovedKeyIsUnlicensed(): void
    {
        $r = $this->drive('KEY-valid', 'removed.example', true);
        $this->assertSame('unlicensed', $r['final_status']);
        $this->assertSame('', $r['key_kept']);
        $this->assertFalse($r['created']);
    }
}
