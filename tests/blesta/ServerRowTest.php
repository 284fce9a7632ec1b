<?php
/** Servers (module rows): every field rule, the connection test on save, encryption, views. */
final class ServerRowTest extends SimulatorCase
{
    public function testConfigAndInstall(): void
    {
        $config = json_decode(file_get_contents(BLESTA_ROOT . '/components/modules/zimbra/config.json'));
        $this->assertSame('Zimbra', $this->module->getName());
        $this->assertSame('server_label', $config->module->row_key);
        $this->assertSame(['host_name'], $this->module->getEmailTags()['module']);
        $this->assertContains('zimbra_password', $this->module->getEmailTags()['service']);
        $this->module->install();
        $this->assertFalse($this->module->errors());
        $this->assertSame(['first', 'roundrobin'], array_keys($this->module->getGroupOrderOptions()));
    }

    public function testAddServerStoresSecretsEncryptedAndCountsDomains(): void
    {
        $z = $this->zimbra();
        $z->createDomain('existing.example');
        $row = $this->addServer();
        $raw = ModuleManagerStub::instance()->rawMeta($row->id);
        $this->assertStringStartsWith('ENC:', $raw['admin_password']);
        $this->assertStringStartsWith('ENC:', $raw['admin_username']);
        $this->assertSame((string) self::$sim['port'], $raw['port']);
        // zimbra.test (the admin's own) and existing.example
        $this->assertSame('2', $row->meta->account_count);
        foreach (Module::$logs as [$url, $data]) {
            $this->assertStringNotContainsString(self::PASSWORD, (string) $data, "logged $url");
        }
    }

    /** @dataProvider badServers */
    public function testFieldRules(array $override, string $field, string $rule): void
    {
        $vars = $this->serverVars(null, $override);
        $this->assertNull($this->module->addModuleRow($vars));
        $errors = $this->module->errors();
        $this->assertArrayHasKey($field, $errors, json_encode($errors));
        $this->assertArrayHasKey($rule, $errors[$field]);
    }

    public static function badServers(): array
    {
        return [
            'label' => [['server_label' => ' '], 'server_label', 'empty'],
            'host' => [['host_name' => 'not a host!'], 'host_name', 'format'],
            'user' => [['admin_username' => ''], 'admin_username', 'empty'],
            'password' => [['admin_password' => ''], 'admin_password', 'empty'],
            'port zero' => [['port' => '0'], 'port', 'format'],
            'port high' => [['port' => '65536'], 'port', 'format'],
            'port text' => [['port' => 'http'], 'port', 'format'],
            'limit' => [['account_limit' => '-1'], 'account_limit', 'format'],
            'tls mode' => [['tls_mode' => 'maybe'], 'tls_mode', 'format'],
            'pin format' => [['tls_pin' => 'sha1//abc'], 'tls_pin', 'format'],
            'wrong password' => [['admin_password' => 'wrong-one'], 'admin_password', 'auth'],
            'unknown admin' => [['admin_username' => 'nobody@zimbra.test'], 'admin_password', 'auth'],
        ];
    }

    public function testConnectionFailures(): void
    {
        // Nothing listens on port 1.
        $vars = $this->serverVars(null, ['port' => '1']);
        $this->assertNull($this->module->addModuleRow($vars));
        $this->assertStringStartsWith('Connection failed:', $this->module->errors()['admin_password']['connection']);
        // The simulator's self-signed certificate is refused when verification is on,
        // and the form shows the key to pin.
        $vars = $this->serverVars(null, ['tls_mode' => 'verify', 'tls_pin' => '']);
        $this->assertNull($this->module->addModuleRow($vars));
        $message = $this->module->errors()['admin_password']['tls'];
        $this->assertStringContainsString('could not be verified', $message);
        $this->assertStringContainsString(self::pinOf(self::$sim), $message);
        // A pin that does not match is refused too.
        $vars = $this->serverVars(null, ['tls_pin' => 'sha256//' . base64_encode(str_repeat('x', 32))]);
        $this->assertNull($this->module->addModuleRow($vars));
        $this->assertStringContainsString('pinned key', $this->module->errors()['admin_password']['connection']);
        // "Do not verify" is an explicit choice and works.
        $vars = $this->serverVars(null, ['tls_mode' => 'insecure', 'tls_pin' => '']);
        $this->assertIsArray($this->module->addModuleRow($vars));
    }

    public function testPortDefaultsTo7071(): void
    {
        $vars = $this->serverVars(null, ['port' => '']);
        $this->module->addModuleRow($vars);  // 7071 is not where the simulator listens: the test fails...
        $this->assertSame('7071', $vars['port']);  // ...but the default was applied first
        $this->assertArrayHasKey('connection', $this->module->errors()['admin_password']);
    }

    public function testEditKeepsPasswordWhenBlank(): void
    {
        $row = $this->addServer();
        $vars = $this->serverVars(null, ['admin_password' => '', 'server_label' => 'Renamed']);
        $meta = $this->module->editModuleRow($row, $vars);
        $this->assertFalse($this->module->errors());
        $this->assertSame(self::PASSWORD, self::fields($meta)['admin_password']);
        $this->assertSame('Renamed', self::fields($meta)['server_label']);
    }

    public function testWithoutTheExtensionTheModuleSaysSo(): void
    {
        $p = proc_open([PHP_BINARY, '-n', __DIR__ . '/no-extension-driver.php'], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        proc_close($p);
        $r = json_decode($out, true);
        $this->assertIsArray($r, $out . $err);
        $this->assertFalse($r['loaded']);
        $this->assertStringContainsString('extension is not loaded', $r['install']['extension']['missing']);
        $this->assertTrue($r['form_says']);
        $this->assertTrue($r['manage_says']);
        $this->assertNull($r['row']);
        $this->assertArrayHasKey('extension', $r['row_errors']);
    }

    public function testViewsRenderAndEscape(): void
    {
        $row = $this->addServer($this->serverVars(null, ['server_label' => '<script>alert(1)</script>']));
        $module = (object) ['id' => 1, 'rows' => [$row]];
        $vars = [];
        $html = $this->module->manageModule($module, $vars);
        $this->assertStringContainsString('&lt;script&gt;alert(1)&lt;/script&gt;', $html);
        $this->assertStringNotContainsString('<script>alert', $html);
        $vars = [];
        $add = $this->module->manageAddRow($vars);
        $this->assertStringContainsString('name="port" value="7071"', $add);
        $vars = [];
        $edit = $this->module->manageEditRow($row, $vars);
        $this->assertStringNotContainsString(self::PASSWORD, $edit);
        $this->assertStringContainsString('name="admin_password"', $edit);
    }
}
