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
        $this->assertSame(5, $code);
        $this->assertStringContainsString('certificate', $err);
        // The hint names the tool's settings, not the extension's options.
        $this->assertStringContainsString('ca_file = FILE', $err);
        $this->assertStringContainsString('insecure = yes', $err);
        $this->assertStringNotContainsString('verify_peer', $err);
        [$code, , $err] = $this->run_(['domain:list'], ['ZIMBRA_CA_FILE' => '/nonexistent/ca.pem'] + $this->env());
        $this->assertSame(2, $code);
        $this->assertStringContainsString("ca_file = : the file '/nonexistent/ca.pem' does not exist", $err);
        $this->assertStringNotContainsString('Option ', $err);
    }

    public function testConfigFileMistakesAreNamed(): void
    {
        $base = "url = " . self::$sim['listening'] . "\nuser = admin@zimbra.test\npassword = \"test-Admin-Pass1\"\n";
        $ini = $this->dir . '/z.ini';
        // insecure takes INI's words for yes (true, on, 1) and no; anything else is named, not ignored.
        foreach (['true', 'yes', 'On', '1'] as $yes) {
            file_put_contents($ini, $base . "insecure = $yes\n");
            chmod($ini, 0600);
            [$code, , $err] = $this->run_(['--config', $ini, 'domain:list'], []);
            $this->assertSame(0, $code, "insecure = $yes: $err");
            $this->assertSame('', $err);
        }
        file_put_contents($ini, $base . "insecure = false\n");
        [$code, , $err] = $this->run_(['--config', $ini, 'domain:list'], []);
        $this->assertSame(5, $code, 'no: TLS is verified, and the simulator\'s CA is not given');
        file_put_contents($ini, $base . "insecure = maybe\n");
        [$code, , $err] = $this->run_(['--config', $ini, 'domain:list'], []);
        $this->assertSame(2, $code);
        $this->assertStringContainsString('insecure = maybe is neither yes nor no', $err);
        // A file with a password that others can read draws a warning naming the fix; so does a password file.
        file_put_contents($ini, $base . "ca_file = " . self::$sim['certificate'] . "\n");
        chmod($ini, 0644);
        [$code, , $err] = $this->run_(['--config', $ini, 'domain:list'], []);
        $this->assertSame(0, $code);
        $this->assertStringContainsString("$ini holds a password and other users can read it (mode 644): chmod 600", $err);
        chmod($ini, 0600);
        chmod($this->dir . '/password', 0640);
        [$code, , $err] = $this->run_(['domain:list']);
        $this->assertSame(0, $code);
        $this->assertStringContainsString('/password is the admin password file and other users can read it (mode 640)', $err);
        chmod($this->dir . '/password', 0600);
        [, , $err] = $this->run_(['domain:list']);
        $this->assertSame('', $err);
        // A bad setting is said in the tool's words, never with the extension's method name.
        foreach (['ZIMBRA_PIN' => 'sha256//short', 'ZIMBRA_TIMEOUT' => '-1', 'ZIMBRA_CA_FILE' => '/nonexistent'] as $var => $value) {
            [$code, , $err] = $this->run_(['domain:list'], [$var => $value] + $this->env());
            $this->assertSame(2, $code, "$var: $err");
            $this->assertStringNotContainsString('Zimbra\\Client', $err, $var);
            $this->assertStringNotContainsString('__construct', $err, $var);
        }
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
        $this->ok(['alias:remove', 'jane@shop.example', 'j.doe@shop.example', '--yes']);
        $this->assertSame([], $z->getAccount('jane@shop.example')->getAliases());

        $this->ok(['list:create', 'team@shop.example', '--name', 'Team']);
        $this->ok(['list:add', 'team@shop.example', 'jane@shop.example', 'bob@shop.example', 'out@else.example']);
        $members = explode("\n", trim($this->ok(['list:members', 'team@shop.example', '--format', 'csv'])));
        $this->assertSame('member', array_shift($members));
        sort($members);
        $this->assertSame(['bob@shop.example', 'jane@shop.example', 'out@else.example'], $members);
        $this->ok(['list:create', 'empty@shop.example']);
        // Each list with its own member count (a listing carries none: each list is read).
        $this->assertSame("list,members\nempty@shop.example,0\nteam@shop.example,3\n", $this->ok(['list:list', 'shop.example', '--format', 'csv']));
        $this->ok(['list:remove', 'team@shop.example', 'out@else.example', '--yes']);
        $this->assertMatchesRegularExpression('/^team@shop\.example\s+2$/m', $this->ok(['list:list', 'shop.example']));
        $this->ok(['list:delete', 'team@shop.example', '--yes']);
        $this->ok(['list:delete', 'empty@shop.example', '--yes']);
        $this->ok(['mailbox:delete', 'bob@shop.example', '--yes']);
        $this->assertNull($z->getAccount('bob@shop.example'));

        self::control('/usage', ['account' => 'jane@shop.example', 'bytes' => 300 * 1048576]);
        $shown = json_decode($this->ok(['domain:show', 'shop.example', '--format', 'json']), true);
        $this->assertSame('1 of 10', $shown['mailboxes']);
        $this->assertSame('default: 1', $shown['per COS']);
        $this->assertSame('300.0 MB of 2.0 GB (14.6%)', $shown['storage used']);
        $this->assertSame('active', $shown['status']);
        $this->assertStringContainsString('locked', $this->ok(['domain:status', 'shop.example', 'locked']));
        $this->ok(['domain:status', 'shop.example', 'active']);
        // Every status the help offers is one Zimbra takes.
        preg_match('/status: (.*)\.$/m', $this->ok(['domain:status', '--help']), $m);
        foreach (preg_split('/, | or /', $m[1]) as $status) {
            $this->ok(['domain:status', 'shop.example', $status]);
        }
        $this->ok(['domain:status', 'shop.example', 'active']);
        [$code, , $err] = $this->run_(['domain:delete', 'shop.example', '--yes']);
        $this->assertSame(4, $code, 'Zimbra refuses to delete a domain with mailboxes');
        $this->assertStringContainsString('zimbra-admin domain:delete shop.example --purge', $err);
        $this->assertMatchesRegularExpression('/^accounts:\s+1$/m', $this->ok(['domain:delete', 'shop.example', '--purge', '--yes']));
        $this->assertNull($z->getDomain('shop.example'));
    }

    public function testAddressesZimbraHoldsButTheToolWouldNotCreateAreReached(): void
    {
        $this->ok(['domain:create', 'odd.example']);
        $z = new Zimbra\Client(self::$sim['listening'], ['ca_file' => self::$sim['certificate']]);
        $z->login('admin@zimbra.test', 'test-Admin-Pass1');
        // Made by another admin's zmprov, which checks a new name only as an InternetAddress.
        $z->request('CreateAccountRequest', ['name' => "o'brien@odd.example", 'password' => 'Long-enough-1']);
        $z->request('CreateAccountRequest', ['name' => 'first+tag@odd.example', 'password' => 'Long-enough-1']);

        $this->ok(['alias:add', "O'Brien@odd.example", 'sean@odd.example']);
        $this->assertStringContainsString('sean@odd.example', $this->ok(['alias:list', "o'brien@odd.example"]));
        $this->assertStringContainsString('locked', $this->ok(['mailbox:status', 'first+tag@odd.example', 'locked']));
        $this->ok(['mailbox:password', "o'brien@odd.example"], "Another-pass-123\n");
        $this->ok(['list:create', 'all@odd.example']);
        $this->ok(['list:add', 'all@odd.example', "o'brien@odd.example", 'friend+news@else.example']);
        $this->assertStringContainsString('friend+news@else.example', $this->ok(['list:members', 'all@odd.example']));
        $this->ok(['mailbox:delete', 'first+tag@odd.example', '--yes']);
        $this->assertNull($z->getAccount('first+tag@odd.example'));
        // What the tool creates still meets the strict rule.
        [$code, , $err] = $this->run_(['mailbox:create', 'second+tag@odd.example']);
        $this->assertSame(2, $code);
        $this->assertStringContainsString("contains '+'", $err);
    }

    public function testAServerThatNeverCompletesTheConnectionIsNamedSo(): void
    {
        // The kernel completes TCP into this socket's backlog; nothing accept()s or answers TLS.
        $silent = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr(strrchr(stream_socket_get_name($silent, false), ':'), 1);
        [$code, , $err] = $this->run_(['domain:list'], ['ZIMBRA_URL' => "https://127.0.0.1:$port", 'ZIMBRA_TIMEOUT' => '1']
            + $this->env());
        $this->assertSame(5, $code, $err);
        $this->assertStringContainsString('did not complete the connection (TCP and TLS handshake) within the connect timeout of 1000 ms', $err);
        $this->assertStringContainsString('Check that url names the admin port', $err);
        $this->assertStringNotContainsString('allows longer', $err, 'a longer timeout would not help');
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

    /** Issue 24: the report reads every mailbox server; one that is down is named, and the others still count. */
    public function testQuotaReportNamesAMailboxServerThatIsDown(): void
    {
        $this->ok(['domain:create', 'm.example']);
        foreach (range(1, 9) as $i) {
            $this->ok(['mailbox:create', "u$i@m.example"]);
            self::control('/usage', ['account' => "u$i@m.example", 'bytes' => 1048576]);
        }
        $homes = array_map(fn ($a) => $a['zimbraMailHost'][0], array_filter(self::control('/state', null)['accounts'],
            fn ($n) => str_ends_with($n, '@m.example'), ARRAY_FILTER_USE_KEY));
        $this->assertGreaterThan(1, count(array_unique($homes)), 'spread over the servers');
        $this->assertSame(9, json_decode($this->ok(['quota:report', 'm.example', '--format', 'json']), true)['mailboxes']);
        $down = array_values(array_diff(array_unique($homes), ['mbx1.zimbra.test']))[0];
        self::control('/server', ['name' => $down, 'up' => false]);
        try {
            $json = json_decode($this->ok(['quota:report', 'm.example', '--format', 'json']), true);
            $this->assertSame(9 - count(array_keys($homes, $down)), $json['mailboxes']);
            $this->assertStringContainsString("mailboxes on $down are left out", $json['incomplete']);
            $this->assertStringContainsString('service.PROXY_ERROR', $json['incomplete']);
            $this->assertMatchesRegularExpression("/^incomplete:\s+mailboxes on \Q$down\E/m", $this->ok(['domain:show', 'm.example']));
        } finally {
            self::control('/server', ['name' => $down, 'up' => true]);
        }
    }

    /** Issue 23, 16: CSV output never hands a spreadsheet a formula (a display name such as =HYPERLINK(...)). */
    public function testCsvOutputIsSafeToOpenInASpreadsheet(): void
    {
        $this->ok(['domain:create', 'f.example']);
        $names = ['a' => '=HYPERLINK("http://evil.example","click")', 'b' => '+1+1', 'c' => '@SUM(A1)', 'd' => '-2', 'e' => 'Plain'];
        foreach ($names as $user => $name) {
            $this->ok(['mailbox:create', "$user@f.example", '--name', $name]);
        }
        $rows = array_map('str_getcsv', array_slice(explode("\n", trim($this->ok(['mailbox:list', 'f.example', '--format', 'csv']))), 1));
        $byEmail = array_column($rows, 1, 0);
        $this->assertSame("'=HYPERLINK(\"http://evil.example\",\"click\")", $byEmail['a@f.example']);
        $this->assertSame(["'+1+1", "'@SUM(A1)", '-2', 'Plain'], [$byEmail['b@f.example'], $byEmail['c@f.example'], $byEmail['d@f.example'],
            $byEmail['e@f.example']], 'a number stays a number');
        // JSON and the table show the name as it is.
        $json = json_decode($this->ok(['mailbox:list', 'f.example', '--format', 'json']), true);
        $this->assertContains('=HYPERLINK("http://evil.example","click")', array_column($json, 'name'));
    }

    public function testMistakesGetAClearMessageAndExitCode(): void
    {
        $cases = [
            [['nope'], 2, "Unknown command 'nope'"],
            [['mailbox:create'], 2, 'mailbox:create needs <email>'],
            [['mailbox:create', 'not-an-address'], 2, 'not an email address'],
            [['mailbox:list', 'x.example', '--colour'], 2, 'Unknown option --colour'],
            [['mailbox:list', 'x.example', '--format', 'xml'], 2, '--format must be one of'],
            [['mailbox:delete', 'ghost@zimbra.test', '--yes'], 3, 'There is no mailbox ghost@zimbra.test'],
            [['alias:list', 'ghost@zimbra.test'], 3, 'There is no mailbox ghost@zimbra.test'],
            [['list:members', 'ghost@zimbra.test'], 3, 'There is no distribution list ghost@zimbra.test'],
            [['domain:show', 'ghost.example'], 3, 'There is no domain ghost.example'],
            [['domain:status', 'ghost.example', 'locked'], 3, 'There is no domain ghost.example'],
            [['domain:create', 'zimbra.test'], 4, 'account.DOMAIN_EXISTS'],
            [['mailbox:delete', 'ghost@zimbra.test'], 2, 'add --yes'],
            [['mailbox:create', 'chloé@zimbra.test'], 2, "The mailbox name 'chloé' contains 'é'"],
            [['mailbox:create', 'x@zimbra.test', '--password', 'Secret-1'], 2, '--password-stdin'],
            [['mailbox:password', 'x@zimbra.test', '--password', 'Secret-1'], 2, 'read from standard input'],
            [['domain:create', 'n.example', '--max-accounts', 'lots'], 2, '--max-accounts takes a whole number'],
        ];
        foreach ($cases as [$args, $code, $message]) {
            [$got, $out, $err] = $this->run_($args);
            $this->assertSame($code, $got, implode(' ', $args) . ": $err");
            $this->assertStringContainsString($message, $err);
            $this->assertStringNotContainsString('test-Admin-Pass1', $out . $err);
        }
    }

    public function testPasswordsOnATerminalAreTypedTwiceWithoutEcho(): void
    {
        $this->ok(['domain:create', 'tty.example']);
        $typed = 'Typed-Terminal-9';
        $r = $this->terminal(['mailbox:create', 'tina@tty.example', '--password-stdin'],
            [['expect' => 'Password for tina@tty\.example: ', 'send' => "$typed\n"], ['expect' => 'Type it again: ', 'send' => "$typed\n"]]);
        $this->assertSame(0, $r['exit'], $r['transcript']);
        $this->assertSame([false, false], $r['echo'], 'echo is off while the password is typed');
        $this->assertStringNotContainsString($typed, $r['transcript'], 'the password never shows on the terminal');
        $this->assertStringContainsString('created:', $r['transcript']);
        try {
            (new Zimbra\Client(self::$sim['listening'], ['ca_file' => self::$sim['certificate']]))->login('tina@tty.example', $typed);
            $this->fail('tina is not an admin');
        } catch (Zimbra\AuthenticationException $e) {
            $this->assertSame('service.PERM_DENIED', $e->getFaultCode(), 'the password typed is the mailbox\'s');
        }
        // Two different ones: refused, nothing changed.
        $r = $this->terminal(['mailbox:password', 'tina@tty.example'],
            [['expect' => 'New password for tina@tty\.example: ', 'send' => "One-Typed-Pass1\n"], ['expect' => 'again: ', 'send' => "Two-Typed-Pass2\n"]]);
        $this->assertSame(2, $r['exit']);
        $this->assertStringContainsString('The two passwords differ: nothing was changed.', $r['transcript']);
        // Ctrl-C at the prompt: the terminal's echo is back, exit 130.
        $r = $this->terminal(['mailbox:password', 'tina@tty.example'],
            [['expect' => 'New password', 'signal' => 'SIGINT']]);
        $this->assertSame(130, $r['exit']);
        // From a pipe: one line, no prompt.
        $this->ok(['mailbox:password', 'tina@tty.example'], "Piped-Password-7\n");
        // Shorter than import accepts (8): refused here too, before Zimbra is asked.
        foreach ([['mailbox:password', 'tina@tty.example'], ['mailbox:create', 'tom@tty.example', '--password-stdin']] as $args) {
            [$code, , $err] = $this->run_($args, null, "Ab1-x\n");
            $this->assertSame(2, $code);
            $this->assertStringContainsString('The password is shorter than 8 characters: nothing was changed.', $err);
        }
    }

    public function testWhatCannotBeUndoneIsConfirmedOnATerminalAndNeedsYesInAScript(): void
    {
        $this->ok(['domain:create', 'tty.example']);
        $this->ok(['mailbox:create', 'keep@tty.example']);
        $r = $this->terminal(['mailbox:delete', 'keep@tty.example'], [['expect' => 'Type yes to go on: ', 'send' => "no\n"]]);
        $this->assertSame(2, $r['exit']);
        $this->assertStringContainsString('Delete the mailbox keep@tty.example and all its mail?', $r['transcript']);
        $this->assertStringContainsString('nothing was changed', $r['transcript']);
        $this->assertStringContainsString('keep@tty.example', $this->ok(['mailbox:list', 'tty.example']));
        $r = $this->terminal(['mailbox:delete', 'keep@tty.example'], [['expect' => 'Type yes to go on: ', 'send' => "yes\n"]]);
        $this->assertSame(0, $r['exit'], $r['transcript']);
        $this->assertStringNotContainsString('keep@tty.example', $this->ok(['mailbox:list', 'tty.example']));
        // In a script, without --yes: refused, nothing changed (the tool only logged in).
        $before = $this->requests();
        [$code, , $err] = $this->run_(['domain:delete', 'tty.example', '--purge']);
        $this->assertSame(2, $code);
        $this->assertStringContainsString('with every mailbox, alias and list in it? This cannot be undone: add --yes', $err);
        $this->assertSame(1, $this->requests() - $before, 'the login, nothing else');

        // A domain Zimbra would not delete is said so before anyone is asked, on a terminal or not.
        $this->ok(['mailbox:create', 'stay@tty.example']);
        $r = $this->terminal(['domain:delete', 'tty.example'], []);
        $this->assertSame(4, $r['exit'], $r['transcript']);
        $this->assertStringNotContainsString('Type yes', $r['transcript']);
        $this->assertStringContainsString('The domain tty.example still has 1 account', $r['transcript']);
        $this->assertStringContainsString('domain:delete tty.example --purge', $r['transcript']);
        [$code, , $err] = $this->run_(['domain:delete', 'tty.example']);
        $this->assertSame(4, $code);
        $this->assertStringContainsString("still has 1 account (mailboxes and Zimbra's own), 0 aliases and 0 lists", $err);
        $this->assertStringContainsString('stay@tty.example', $this->ok(['mailbox:list', 'tty.example']));
    }

    public function testExitCodesVersionAndTheMissingExtension(): void
    {
        $this->assertSame('zimbra-admin ' . Zimbra\VERSION . ' (zimbra extension ' . Zimbra\VERSION . ")\n", $this->ok(['--version']));
        $this->assertStringContainsString("Exit codes:\n  0    done", $this->ok(['help']));
        // Nothing listens there: could not talk to Zimbra.
        $closed = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr(strrchr(stream_socket_get_name($closed, false), ':'), 1);
        fclose($closed);
        [$code, , $err] = $this->run_(['domain:list'], ['ZIMBRA_URL' => "https://127.0.0.1:$port"] + $this->env());
        $this->assertSame(5, $code, $err);
        [$code, , $err] = $this->run_(['domain:list'], ['ZIMBRA_URL' => 'http://127.0.0.1:7071'] + $this->env());
        $this->assertSame(2, $code);
        $this->assertSame("zimbra-admin: The URL uses plain http, which would send the admin password unencrypted: give url = https://HOST:7071.\n", $err);
        // Without the extension: one line that says what to do, its own code.
        $p = proc_open([PHP_BINARY, '-n', realpath(__DIR__ . '/../../bin/zimbra-admin'), 'domain:list'],
            [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        $this->assertSame(6, proc_close($p));
        $this->assertSame('', $out);
        $this->assertSame(1, substr_count($err, "\n"));
        $this->assertStringContainsString('the zimbra PHP extension is not loaded', $err);
        // In a checkout with a build, the hint is the command that works here; it does.
        $built = realpath(__DIR__ . '/../../modules/zimbra.so');
        $this->assertStringContainsString("php -d extension=$built ", $err);
        $p = proc_open([PHP_BINARY, '-n', '-d', "extension=$built", realpath(__DIR__ . '/../../bin/zimbra-admin'), '--version'],
            [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $this->assertSame('zimbra-admin ' . Zimbra\VERSION . ' (zimbra extension ' . Zimbra\VERSION . ")\n", stream_get_contents($pipes[1]));
        $this->assertSame(0, proc_close($p));
        // Help and the version need no extension.
        foreach ([['--version'], ['help'], [], ['domain:list', '--help']] as $args) {
            $p = proc_open([PHP_BINARY, '-n', realpath(__DIR__ . '/../../bin/zimbra-admin'), ...$args],
                [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
            $out = stream_get_contents($pipes[1]);
            $this->assertSame('', stream_get_contents($pipes[2]), implode(' ', $args));
            $this->assertSame(0, proc_close($p), implode(' ', $args));
            $this->assertNotSame('', $out);
        }
        $this->assertStringContainsString('(zimbra extension not loaded)', $this->runNoExtension(['--version']));
        $this->assertStringContainsString('141  the output', $this->ok(['help']), 'the closed-pipe code is in the table');
    }

    private function runNoExtension(array $args): string
    {
        $p = proc_open([PHP_BINARY, '-n', realpath(__DIR__ . '/../../bin/zimbra-admin'), ...$args], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $out = stream_get_contents($pipes[1]);
        proc_close($p);
        return $out;
    }

    public function testAClosedPipeEndsTheToolQuietly(): void
    {
        $this->ok(['domain:create', 'many.example']);
        self::control('/populate', ['domain' => 'many.example', 'count' => 3000, 'prefix' => 'user']);
        $cmd = implode(' ', array_map('escapeshellarg', self::command(['mailbox:list', 'many.example'])));
        $p = proc_open(['sh', '-c', "$cmd 2>\"\$ERRFILE\" | head -n 2"], [1 => ['pipe', 'w']], $pipes, $this->dir,
            $this->env() + ['PATH' => getenv('PATH'), 'ERRFILE' => "{$this->dir}/pipe-err.txt"]);
        $out = stream_get_contents($pipes[1]);
        proc_close($p);
        $this->assertSame(2, substr_count($out, "\n"));
        $this->assertStringStartsWith('EMAIL', $out);
        $this->assertSame('', file_get_contents("{$this->dir}/pipe-err.txt"), 'not a word about the closed pipe');
    }

    public function testAConfigValueCutByASemicolonIsNamed(): void
    {
        file_put_contents("{$this->dir}/cut.ini", "url = " . self::$sim['listening'] . "\nuser = admin@zimbra.test\n"
            . "password = test-Admin;Pass1\nca_file = " . self::$sim['certificate'] . "\n");
        [$code, , $err] = $this->run_(['--config', "{$this->dir}/cut.ini", 'domain:list'], []);
        $this->assertSame(4, $code, 'the cut password is refused');
        $this->assertStringContainsString("cut.ini line 3: the value of password stops at ';'", $err);
        $this->assertStringContainsString('write password = "..."', $err);
        file_put_contents("{$this->dir}/quoted.ini", "url = " . self::$sim['listening'] . "\nuser = admin@zimbra.test\n"
            . "password = \"test-Admin-Pass1\"\nca_file = " . self::$sim['certificate'] . " ; the simulator's\n");
        [$code, , $err] = $this->run_(['--config', "{$this->dir}/quoted.ini", 'domain:list'], []);
        $this->assertSame(0, $code, $err);
        $this->assertStringContainsString('line 4: the value of ca_file stops', $err, 'a comment after a value is named too');
        $this->assertStringNotContainsString('password stops', $err);
    }

    public function testImportErrorsGoAboveTheProgressBarOnATerminal(): void
    {
        $this->ok(['domain:create', 'bar.example']);
        $lines = ['email,password'];
        for ($i = 1; $i <= 30; $i++) {
            // Row 26 names a domain Zimbra lacks: refused in the third batch, while the bar is drawn.
            $lines[] = $i === 25 ? "b$i@nowhere.example,Bar-pass-$i-abc" : "b$i@bar.example,Bar-pass-$i-abc";
        }
        file_put_contents("{$this->dir}/bar.csv", implode("\n", $lines) . "\n");
        $r = $this->terminal(['import', "{$this->dir}/bar.csv", '--batch', '10'], []);
        $this->assertSame(1, $r['exit']);
        // The error line starts on a line of its own: the bar was wiped first ("\r" + erase), then drawn again below.
        $this->assertMatchesRegularExpression('/\] 20\/30 [^\r\n]*\r\e\[Krow 26 \(b25@nowhere\.example\): [^\r\n]*nowhere\.example[^\r\n]*\r\n\r\e\[K\[/',
            $r['transcript']);
        $this->assertMatchesRegularExpression('/\[#{30}\] 30\/30 100%/', $r['transcript']);
    }
}
