<?php
/** zimbra-admin's commands, help, configuration and errors, against the simulator. */
final class CommandsTest extends CliCase
{
    public function testHelpListsEveryCommandAndEachHasItsOwn(): void
    {
        $help = $this->ok(['help']);
        preg_match_all('/^  ([a-z]+(?::[a-z]+)?) /m', explode("\n\n", explode("Commands:\n", $help)[1])[0], $m);
        $this->assertGreaterThanOrEqual(20, count($m[1]));
        foreach ($m[1] as $command) {
            $own = $this->ok([$command, '--help']);
            $this->assertStringStartsWith("Usage: zimbra-admin $command", $own);
            $this->assertStringContainsString('never on the command line', $own);
        }
        $this->assertSame($this->ok(['help', 'import']), $this->ok(['import', '--help']));
        $this->assertSame(0, $this->requests(), 'help never talks to Zimbra');
    }

    public function testPasswordsAreNeverTakenFromTheCommandLine(): void
    {
        foreach ([['domain:list', '--password', 'x'], ['domain:list', '--password=x'], ['domain:list', '-p', 'x']] as $args) {
            [$code, , $err] = $this->run_($args);
            if ($args[1] === '-p') {
                $this->assertSame(2, $code);  // an unknown short option is an argument too many
                continue;
            }
            $this->assertSame(2, $code, implode(' ', $args));
            $this->assertStringContainsString('never taken from the command line', $err);
        }
        $this->assertSame(0, $this->requests());
    }

    public function testConfigurationFromAFileOrTheEnvironment(): void
    {
        file_put_contents($this->dir . '/zimbra.ini', "url = " . self::$sim['listening'] . "\nuser = admin@zimbra.test\n"
            . "password_file = {$this->dir}/password\nca_file = " . self::$sim['certificate'] . "\n");
        [$code, $out] = $this->run_(['--config', $this->dir . '/zimbra.ini', 'domain:list'], []);
        $this->assertSame(0, $code);
        $this->assertStringContainsString('zimbra.test', $out);

        [$code, , $err] = $this->run_(['domain:list'], ['ZIMBRA_URL' => self::$sim['listening']]);
        $this->assertSame(2, $code);
        $this->assertStringContainsString('No user is configured', $err);
        file_put_contents($this->dir . '/bad.ini', "url = x\nsecret = y\n");
        [$code, , $err] = $this->run_(['--config', $this->dir . '/bad.ini', 'domain:list'], []);
        $this->assertStringContainsString("Unknown setting 'secret'", $err);
        // TLS is verified: without the simulator's CA, the connection is refused.
        $env = $this->env();
        unset($env['ZIMBRA_CA_FILE']);
        [$code, , $err] = $this->run_(['domain:list'], $env);
        $this->assertSame(1, $code);
        $this->assertStringContainsString('certificate', $err);
    }

    public function testDomainsMailboxesAliasesAndLists(): void
    {
        $this->assertStringContainsString('created:', $this->ok(['domain:create', 'shop.example', '--max-accounts', '10', '--quota-gb', '2']));
        $domains = json_decode($this->ok(['domain:list', '--format', 'json']), true);
        $this->assertSame(['domain' => 'shop.example', 'status' => 'active', 'max_accounts' => 10, 'quota_gb' => 2],
            array_values(array_filter($domains, fn ($d) => $d['domain'] === 'shop.example'))[0]);

        $created = $this->ok(['mailbox:create', 'jane@shop.example', '--name', 'Jane Doe', '--quota-mb', '512']);
        $this->assertMatchesRegularExpression('/^password:\s+\S{12,}$/m', $created, 'a generated password is shown once');
        $this->ok(['mailbox:create', 'bob@shop.example', '--password-stdin'], "Bob-pass-1234\n");
        $csv = $this->ok(['mailbox:list', 'shop.example', '--format', 'csv']);
        $this->assertSame("email,name,status,quota_mb\nbob@shop.example,bob,active,\njane@shop.example,\"Jane Doe\",active,512\n",
            str_replace('bob@shop.example,,', 'bob@shop.example,bob,', $csv));
        $table = $this->ok(['mailbox:list', 'shop.example']);
        $this->assertMatchesRegularExpression('/^EMAIL\s+NAME\s+STATUS\s+QUOTA_MB$/m', $table);
        $this->assertMatchesRegularExpression('/^jane@shop\.example\s+Jane Doe\s+active\s+512$/m', $table);

        $this->ok(['mailbox:password', 'jane@shop.example'], "New-pass-12345\n");
        $z = new Zimbra\Client(self::$sim['listening'], ['ca_file' => self::$sim['certificate']]);
        $z->login('admin@zimbra.test', 'test-Admin-Pass1');
        $z->modifyAccount($z->getAccount('jane@shop.example')->id, ['zimbraIsAdminAccount' => true]);
        (new Zimbra\Client(self::$sim['listening'], ['ca_file' => self::$sim['certificate']]))->login('jane@shop.example', 'New-pass-12345');

        $this->assertStringContainsString('locked', $this->ok(['mailbox:status', 'jane@shop.example', 'locked']));
        $this->ok(['alias:add', 'jane@shop.example', 'j.doe@shop.example']);
        $this->assertSame("alias\nj.doe@shop.example\n", $this->ok(['alias:list', 'jane@shop.example', '--format', 'csv']));
        $this->ok(['alias:remove', 'jane@shop.example', 'j.doe@shop.example']);
        $this->assertSame([], $z->getAccount('jane@shop.example')->getAliases());

        $this->ok(['list:create', 'team@shop.example', '--name', 'Team']);
        $this->ok(['list:add', 'team@shop.example', 'jane@shop.example', 'bob@shop.example', 'out@else.example']);
        $members = explode("\n", trim($this->ok(['list:members', 'team@shop.example', '--format', 'csv'])));
        $this->assertSame('member', array_shift($members));
        sort($members);
        $this->assertSame(['bob@shop.example', 'jane@shop.example', 'out@else.example'], $members);
        $this->ok(['list:remove', 'team@shop.example', 'out@else.example']);
        $this->assertStringContainsString('team@shop.example', $this->ok(['list:list', 'shop.example']));
        $this->ok(['list:delete', 'team@shop.example']);
        $this->ok(['mailbox:delete', 'bob@shop.example']);
        $this->assertNull($z->getAccount('bob@shop.example'));

        $shown = $this->ok(['domain:show', 'shop.example', '--format', 'json']);
        $this->assertSame(1, json_decode($shown, true)['mailboxes']);
        $this->assertStringContainsString('locked', $this->ok(['domain:status', 'shop.example', 'locked']));
        $this->ok(['domain:status', 'shop.example', 'active']);
        [$code, , $err] = $this->run_(['domain:delete', 'shop.example']);
        $this->assertSame(1, $code, 'Zimbra refuses to delete a domain with mailboxes');
        $this->assertStringContainsString('Zimbra refused', $err);
        $this->assertMatchesRegularExpression('/^accounts:\s+1$/m', $this->ok(['domain:delete', 'shop.example', '--purge']));
        $this->assertNull($z->getDomain('shop.example'));
    }

    public function testQuotaReportAsTableCsvAndJson(): void
    {
        $this->ok(['domain:create', 'q.example']);
        foreach (['a' => 100, 'b' => 1000, 'c' => 0] as $user => $quota) {
            $this->ok(array_merge(['mailbox:create', "$user@q.example"], $quota ? ['--quota-mb', (string) $quota] : []));
        }
        self::control('/usage', ['account' => 'a@q.example', 'bytes' => 90 * 1048576]);
        self::control('/usage', ['account' => 'b@q.example', 'bytes' => 100 * 1048576]);
        self::control('/usage', ['account' => 'c@q.example', 'bytes' => 5 * 1048576]);
        $json = json_decode($this->ok(['quota:report', 'q.example', '--format', 'json']), true);
        $this->assertSame(3, $json['mailboxes']);
        $this->assertEquals(195.0, $json['total_used_mb']);
        $this->assertSame(['a@q.example', 'b@q.example', 'c@q.example'], array_column($json['rows'], 'email'), 'largest share first');
        $this->assertEquals([90.0, 10.0, null], array_column($json['rows'], 'percent'));
        $this->assertSame("email,used_mb,quota_mb,percent\na@q.example,90.0,100,90.0\n",
            $this->ok(['quota:report', 'q.example', '--format', 'csv', '--over', '50']));
        $table = $this->ok(['quota:report', 'q.example']);
        $this->assertMatchesRegularExpression('/^a@q\.example\s+90\.0\s+100\s+90\.0$/m', $table);
        $this->assertStringContainsString('total_used_mb: 195.0', $table);
    }

    public function testMistakesGetAClearMessageAndExitCode(): void
    {
        $cases = [
            [['nope'], 2, "Unknown command 'nope'"],
            [['mailbox:create'], 2, 'mailbox:create needs <email>'],
            [['mailbox:create', 'not-an-address'], 2, 'not an email address'],
            [['mailbox:list', 'x.example', '--colour'], 2, 'Unknown option --colour'],
            [['mailbox:list', 'x.example', '--format', 'xml'], 2, '--format must be one of'],
            [['mailbox:delete', 'ghost@zimbra.test'], 2, 'There is no mailbox ghost@zimbra.test'],
            [['domain:create', 'zimbra.test'], 1, 'account.DOMAIN_EXISTS'],
            [['domain:create', 'n.example', '--max-accounts', 'lots'], 2, '--max-accounts takes a whole number'],
        ];
        foreach ($cases as [$args, $code, $message]) {
            [$got, $out, $err] = $this->run_($args);
            $this->assertSame($code, $got, implode(' ', $args) . ": $err");
            $this->assertStringContainsString($message, $err);
            $this->assertStringNotContainsString('test-Admin-Pass1', $out . $err);
        }
    }
}
