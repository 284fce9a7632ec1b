<?php
/** Servers (module rows): every field rule, the connection test on save, encryption, views. */
final class ServerRowTest extends SimulatorCase
{
    public function testConfigAndInstall(): void
    {
        $module = $this->module(null);
        $config = json_decode(file_get_contents(BLESTA_ROOT . '/components/modules/zimbra/config.json'));
        $this->assertSame('Zimbra', $module->getName());
        $this->assertSame('server_label', $config->module->row_key);
        $this->assertSame(['host_name', 'webmail_host', 'mx_host'], $module->getEmailTags()['module']);
        $this->assertContains('zimbra_password', $module->getEmailTags()['service']);
        $module->install();
        $this->assertFalse($module->errors());
        $this->assertSame(['first', 'roundrobin'], array_keys($module->getGroupOrderOptions()));
    }

    public function testAddServerStoresSecretsEncryptedAndCountsNoDomainItDidNotSell(): void
    {
        $this->zimbra()->createDomain('existing.example');
        $row = $this->addServer();
        $stored = array_column($this->blesta->db['rows'][$row]['meta'], null, 'key');
        foreach (['admin_password', 'admin_username', 'tls_pin'] as $secret) {
            $this->assertSame(1, $stored[$secret]['encrypted'], $secret);
            $this->assertStringStartsWith('ENC:', $stored[$secret]['value'], $secret);
        }
        $this->assertSame((string) self::$sim['port'], $stored['port']['value']);
        // zimbra.test (Zimbra's own) and existing.example (made elsewhere) are no domain service of this module.
        $this->assertSame('0', $this->blesta->ModuleManager->getRowMeta($row)->account_count);
        // An edit of the server keeps the count its services keep.
        $this->setRowMeta($row, 'account_count', '4');
        $this->blesta->ModuleManager->editRow($row, $this->serverVars(null, ['server_label' => 'Renamed']));
        $this->assertFalse($this->blesta->ModuleManager->errors());
        $this->assertSame('4', $this->blesta->ModuleManager->getRowMeta($row)->account_count);
        $this->assertStringNotContainsString(self::PASSWORD, json_encode($this->blesta->db['logs']));
    }

    /** @dataProvider badServers */
    public function testFieldRules(array $override, string $field, string $rule): void
    {
        $this->assertNull($this->blesta->ModuleManager->addRow(1, $this->serverVars(null, $override)));
        $errors = $this->blesta->ModuleManager->errors();
        $this->assertArrayHasKey($field, $errors, json_encode($errors));
        $this->assertArrayHasKey($rule, $errors[$field]);
        $this->assertSame([], $this->blesta->db['rows'], 'nothing stored');
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

    public function testTheAddPageShowsTheErrorAndKeepsWhatWasTyped(): void
    {
        $this->browser->get('/admin/settings/company/modules/addrow/1/');
        $vars = $this->serverVars(null, ['port' => 'http', 'server_label' => 'Typed <label>']);
        $vars['use_ssl'] = true;
        $this->browser->submit('form', $vars);
        $this->assertStringContainsString('The admin port must be a number', implode(' ', $this->browser->response->messages('error')));
        $this->assertSame('Typed <label>', $this->browser->attr('input[name=server_label]', 'value'));
        // The add form keeps the password this admin just typed, sealed, never as text (an edit
        // never sends a stored one).
        $this->assertSame('', (string) $this->browser->attr('input[name=admin_password]', 'value'));
        $this->assertStringNotContainsString(self::PASSWORD, $this->browser->html());
        $this->assertTrue($this->browser->has('input[name=admin_password_kept]'), 'not to be typed again');
        $this->assertSame([], $this->blesta->db['rows']);
        // Saved again with the port put right and the password left blank: the kept one is used.
        $this->browser->submit('form', ['port' => (string) self::$sim['port'], 'admin_password' => '']);
        $this->assertSame([], $this->browser->response->messages('error'));
        $this->assertSame(self::PASSWORD, $this->blesta->ModuleManager->getRowMeta(1)->admin_password);
    }

    public function testAPasswordZimbraRefusedIsNotKept(): void
    {
        $this->browser->get('/admin/settings/company/modules/addrow/1/');
        $vars = $this->serverVars(null, ['admin_password' => 'wrong-one-typed']);
        $vars['use_ssl'] = true;
        $this->browser->submit('form', $vars);
        $this->assertStringContainsString('Authentication failed', implode(' ', $this->browser->response->messages('error')));
        $this->assertFalse($this->browser->has('input[name=admin_password_kept]'), 'a refused password is typed again');
        $this->assertStringNotContainsString('wrong-one-typed', $this->browser->html());
        $this->assertSame([], $this->blesta->db['rows']);
    }

    public function testConnectionFailures(): void
    {
        $mm = $this->blesta->ModuleManager;
        $this->assertNull($mm->addRow(1, $this->serverVars(null, ['port' => (string) self::closedPort()])));
        $this->assertStringStartsWith('Connection failed:', $mm->errors()['admin_password']['connection']);
        // The simulator's self-signed certificate is refused when verification is on,
        // and the form shows the key to pin.
        $this->assertNull($mm->addRow(1, $this->serverVars(null, ['tls_mode' => 'verify', 'tls_pin' => ''])));
        $message = $mm->errors()['admin_password']['tls'];
        $this->assertStringContainsString('could not be verified', $message);
        $this->assertStringContainsString(self::pinOf(self::$sim), $message);
        // A pin that does not match is refused too.
        $this->assertNull($mm->addRow(1, $this->serverVars(null, ['tls_pin' => 'sha256//' . base64_encode(str_repeat('x', 32))])));
        $this->assertStringContainsString('pinned key', $mm->errors()['admin_password']['connection']);
        // "Do not verify" is an explicit choice and works.
        $this->assertNotNull($mm->addRow(1, $this->serverVars(null, ['tls_mode' => 'insecure', 'tls_pin' => ''])));
    }

    public function testPortDefaultsTo7071(): void
    {
        $module = $this->module(null);
        $vars = $this->serverVars(null, ['port' => '']);
        $module->addModuleRow($vars);  // 7071 is not where the simulator listens: the test fails...
        $this->assertSame('7071', $vars['port']);  // ...but the default was applied first
        $this->assertArrayHasKey('connection', $module->errors()['admin_password']);
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
        $this->addServer($this->serverVars(null, ['server_label' => '<script>alert(1)</script>']));
        $html = $this->browser->get(self::MANAGE)->body;
        $this->assertStringContainsString('&lt;script&gt;alert(1)&lt;/script&gt;', $html);
        $this->assertStringNotContainsString('<script>alert', $html);
        $this->browser->get('/admin/settings/company/modules/addrow/1/');
        $this->assertSame('7071', $this->browser->attr('input[name=port]', 'value'));
        $this->assertSame('verify', $this->browser->attr('select[name=tls_mode] option[selected]', 'value'), 'verified by default');
        $edit = $this->browser->get('/admin/settings/company/modules/editrow/1/1/')->body;
        $this->assertStringNotContainsString(self::PASSWORD, $edit);
        $this->assertTrue($this->browser->has('input[name=admin_password]'));
        // Every label names a field of the form.
        foreach ($this->browser->all('form label[for]') as $label) {
            $this->assertTrue($this->browser->has('#' . $label->getAttribute('for')), $label->getAttribute('for'));
        }
    }
}
