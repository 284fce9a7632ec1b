<?php
/** zimbra-admin import: dry run, progress, per-row errors, the resumable log, an interrupted run. */
final class ImportTest extends CliCase
{
    private int $base = 0;

    private function csv(int $good): string
    {
        $lines = ["email,display_name,password,quota_mb"];
        for ($i = 1; $i <= $good; $i++) {
            $lines[] = sprintf('user%03d@imp.example,"User %d, Imported",Import-pass-%03d,%d', $i, $i, $i, 100 + $i);
        }
        // Bad rows among them: not an address, a duplicate, a bad quota, a domain Zimbra lacks, a short password.
        array_splice($lines, 11, 0, ['not-an-address,X,Import-pass-x,1', 'user005@imp.example,Dup,Import-pass-d,1',
            'q@imp.example,Q,Import-pass-q,lots', 'n@nowhere.example,N,Import-pass-n,1', 's@imp.example,S,short,1']);
        file_put_contents($this->dir . '/people.csv', implode("\n", $lines) . "\n");
        return $this->dir . '/people.csv';
    }

    private function accounts(): array
    {
        $state = self::control('/state', null)['accounts'];
        return array_values(array_filter(array_keys($state), fn ($a) => str_ends_with($a, '@imp.example')));
    }

    public function testDryRunChecksEverythingAndChangesNothing(): void
    {
        $this->ok(['domain:create', 'imp.example']);
        $this->ok(['mailbox:create', 'user007@imp.example']);
        $csv = $this->csv(30);
        $before = self::control('/stats', null)['requests_by_name'];
        [$code, $out, $err] = $this->run_(['import', $csv, '--dry-run', '--format', 'json']);
        $this->assertSame(1, $code, 'errors found: exit 1');
        $report = json_decode($out, true);
        $this->assertSame('nothing was changed', $report['dry run']);
        $this->assertSame(29, $report['to create']);
        $this->assertSame(6, $report['errors']);
        // Only the bad rows are listed, unless --verbose.
        $this->assertSame([8, 12, 13, 14, 15, 16], array_column($report['rows'], 'row'));
        $byRow = array_column($report['rows'], null, 'row');
        $this->assertSame('error', $byRow[13]['action']);
        $this->assertStringContainsString('the same address as row 6', $byRow[13]['detail']);
        $this->assertStringContainsString('does not exist in Zimbra', $byRow[15]['detail']);
        $this->assertStringContainsString('already exists', $byRow[8]['detail']);
        [, $out] = $this->run_(['import', $csv, '--dry-run', '--verbose', '--format', 'json']);
        $byRow = array_column(json_decode($out, true)['rows'], null, 'row');
        $this->assertCount(35, $byRow);
        $this->assertSame('create', $byRow[2]['action']);
        $after = self::control('/stats', null)['requests_by_name'];
        $this->assertSame($before['CreateAccountRequest'] ?? 0, $after['CreateAccountRequest'] ?? 0, 'nothing created');
        $this->assertSame(['user007@imp.example'], $this->accounts());
        $this->assertFileDoesNotExist($csv . '.log');
    }

    public function testImportWithProgressErrorsAndResume(): void
    {
        $this->ok(['domain:create', 'imp.example']);
        $csv = $this->csv(250);
        [$code, $out, $err] = $this->run_(['import', $csv, '--batch', '100']);
        $this->assertSame(1, $code, 'some rows failed');
        $this->assertCount(250, $this->accounts());
        // Progress on stderr: a line per tenth when not a terminal, ending at 100%.
        $this->assertMatchesRegularExpression('/^\[#{30}\] 255\/255 100%  5 errors/m', $err);
        $this->assertGreaterThanOrEqual(3, preg_match_all('/^\[[#.]{30}\] \d+\/255/m', $err));
        // Each failed row named with its reason.
        $this->assertStringContainsString('row 12 (not-an-address)', $err);
        $this->assertStringContainsString('row 13 (user005@imp.example): the same address as row 6', $err);
        $this->assertMatchesRegularExpression('/row 15 \(n@nowhere\.example\): .*nowhere\.example/', $err);
        $this->assertStringContainsString('row 16 (s@imp.example)', $err);
        $this->assertMatchesRegularExpression('/^created:\s+250$/m', $out);
        $this->assertMatchesRegularExpression('/^failed:\s+5$/m', $out);
        $log = file($csv . '.log', FILE_IGNORE_NEW_LINES);
        $this->assertSame(250, count(preg_grep('/\tok\t/', $log)));
        $this->assertSame(251, count(preg_grep('/\tsending\t/', $log)), 'every row sent is logged before it goes out');
        $final = array_count_values(self::finalStatuses($csv . '.log'));
        ksort($final);
        $this->assertSame(['error' => 5, 'ok' => 250], $final);
        $this->assertStringNotContainsString('Import-pass', file_get_contents($csv . '.log'), 'no password in the log');

        // The display name with a comma and the quota went through.
        $z = new Zimbra\Client(self::$sim['listening'], ['ca_file' => self::$sim['certificate']]);
        $z->login('admin@zimbra.test', 'test-Admin-Pass1');
        $a = $z->getAccount('user042@imp.example');
        $this->assertSame('User 42, Imported', $a->getDisplayName());
        $this->assertSame(142 * 1048576, $a->getQuota());

        // Run again: the done rows are skipped, only the failed ones are tried (and fail the same way).
        $creates = self::control('/stats', null)['requests_by_name']['CreateAccountRequest'];
        [$code, $out, $err] = $this->run_(['import', $csv, '--quiet']);
        $this->assertSame(1, $code);
        $this->assertStringContainsString('Resuming: 250 rows already done', $err);
        $this->assertMatchesRegularExpression('/^created:\s+0$/m', $out);
        $this->assertSame($creates + 1, self::control('/stats', null)['requests_by_name']['CreateAccountRequest'], 'only the failed row that passes the local checks (a domain Zimbra lacks)');
        $this->assertCount(250, $this->accounts());
    }

    /**
     * Issue 23, 3: nothing read from the CSV shapes the log. A refused row whose quoted e-mail cell
     * holds a newline, a row number, a tab and "ok" once wrote a line saying that row was done: a
     * row added there later was skipped for good.
     */
    public function testACsvCellCannotForgeTheLog(): void
    {
        $this->ok(['domain:create', 'imp.example']);
        $csv = $this->dir . '/forge.csv';
        file_put_contents($csv, "email,password\n\"bad\n9\tlate@imp.example\tok\tforged\",Forge-pass-1\nfirst@imp.example,Forge-pass-2\n");
        [$code] = $this->run_(['import', $csv, '--quiet']);
        $this->assertSame(1, $code, 'one row refused');
        foreach (file($csv . '.log', FILE_IGNORE_NEW_LINES) as $line) {
            $this->assertCount(4, explode("\t", $line), "one row, one line of four fields: $line");
        }
        // More rows are added and the import run again: row 9 was never made, so it is made now.
        file_put_contents($csv, "a@imp.example,Forge-pass-3\nb@imp.example,Forge-pass-4\nc@imp.example,Forge-pass-5\n"
            . "d@imp.example,Forge-pass-6\nlate@imp.example,Forge-pass-7\n", FILE_APPEND);
        [$code, $out, $err] = $this->run_(['import', $csv, '--quiet']);
        $this->assertContains('late@imp.example', $this->accounts(), $out . $err);
    }

    /**
     * Issue 23, 13: the CSV is read as it streams, a row at most 64 KiB: a 20 MB line under a
     * 16 MB memory limit is named, with nothing imported, where the whole file once went into
     * memory first (a PHP fatal error).
     */
    public function testAHugeLineIsNamedNotAFatalError(): void
    {
        $this->ok(['domain:create', 'imp.example']);
        $csv = $this->dir . '/huge.csv';
        $f = fopen($csv, 'wb');
        fwrite($f, "email,password\nfirst@imp.example,Huge-pass-1\n");
        $chunk = str_repeat('x', 1 << 20);
        for ($i = 0; $i < 20; $i++) {
            fwrite($f, $chunk);
        }
        fwrite($f, "@imp.example,Huge-pass-2\nlast@imp.example,Huge-pass-3\n");
        fclose($f);
        $command = self::command(['import', $csv]);
        array_splice($command, 2, 0, ['-d', 'memory_limit=16M']);
        $p = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, $this->dir,
            $this->env() + ['PATH' => getenv('PATH')]);
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        $code = proc_close($p);
        $this->assertSame(2, $code, $out . $err);
        $this->assertStringContainsString("huge.csv line 3: this row is longer than 64 KiB", $err);
        $this->assertStringNotContainsString('Allowed memory size', $out . $err);
        $this->assertSame([], $this->accounts(), 'nothing imported');
    }

    /**
     * Issue 23, 14: a Latin-1 cell is that row's error, named with its column, in the dry run and
     * the real run alike; the good rows are imported.
     */
    public function testAnEncodingMistakeIsOneRowsError(): void
    {
        $this->ok(['domain:create', 'imp.example']);
        $csv = $this->dir . '/latin.csv';
        file_put_contents($csv, "email,display_name,password\nok1@imp.example,Ok,Latin-pass-1\n"
            . "jose@imp.example,Jos\xE9,Latin-pass-2\nok2@imp.example,Ok,Latin-pass-3\nctl@imp.example,A\x01B,Latin-pass-4\n");
        [$code, $out] = $this->run_(['import', $csv, '--dry-run', '--format', 'json']);
        $report = json_decode($out, true);
        $this->assertSame(1, $code);
        $this->assertSame(2, $report['errors']);
        $byRow = array_column($report['rows'], null, 'row');
        $this->assertSame('the display_name value is not UTF-8 text (save the file as UTF-8 CSV)', $byRow[3]['detail']);
        $this->assertStringContainsString('control character', $byRow[5]['detail']);
        [$code, $out, $err] = $this->run_(['import', $csv]);
        $this->assertSame(1, $code, $out . $err);
        $this->assertStringContainsString('row 3 (jose@imp.example): the display_name value is not UTF-8 text', $err);
        $this->assertSame(['ok1@imp.example', 'ok2@imp.example'], $this->accounts());
        $last = [];
        foreach (file($csv . '.log', FILE_IGNORE_NEW_LINES) as $line) {
            [$row, , $status] = explode("\t", $line);
            $last[$row] = $status;
        }
        ksort($last);
        $this->assertSame([2 => 'ok', 3 => 'error', 4 => 'ok', 5 => 'error'], $last, 'no row left sending');
    }

    public function testAnInterruptedImportIsFinishedByRunningItAgain(): void
    {
        $this->ok(['domain:create', 'imp.example']);
        $lines = ["email,password"];
        for ($i = 1; $i <= 120; $i++) {
            $lines[] = "p$i@imp.example,Resume-pass-$i";
        }
        file_put_contents($this->dir . '/r.csv', implode("\n", $lines) . "\n");
        // The reply to the second BatchRequest is lost after Zimbra made its 40 mailboxes.
        self::control('/fault', ['kind' => 'reset', 'on' => 'BatchRequest', 'skip' => 1]);
        [$code, , $err] = $this->run_(['import', $this->dir . '/r.csv', '--batch', '40', '--quiet']);
        $this->assertSame(1, $code);
        $this->assertStringContainsString('run the import again to settle it', $err);
        $this->assertCount(120, $this->accounts(), 'Zimbra made them all; 40 replies were lost');
        $this->assertSame(40, count(preg_grep('/\tunknown\t/', file($this->dir . '/r.csv.log'))));

        $creates = self::control('/stats', null)['requests_by_name']['CreateAccountRequest'];
        [$code, $out, $err] = $this->run_(['import', $this->dir . '/r.csv', '--quiet']);
        $this->assertSame(0, $code, $err);
        $this->assertStringContainsString('Resuming: 80 rows already done', $err);
        $this->assertMatchesRegularExpression('/^made by the interrupted run:\s*40$/m', $out, 'settled by asking Zimbra');
        $this->assertMatchesRegularExpression('/^created:\s+0$/m', $out);
        $this->assertSame($creates, self::control('/stats', null)['requests_by_name']['CreateAccountRequest'], 'nothing sent twice');
        $this->assertCount(120, $this->accounts(), 'none made twice');
    }

    /**
     * A run of an older version (its notes carry no time) left rows "sending": this version settles
     * them by the same note (Zimbra\Attempt), and tells a mailbox another attempt made from its own.
     */
    public function testAnOlderVersionsInterruptedRunIsSettledToo(): void
    {
        $this->ok(['domain:create', 'imp.example']);
        $z = new Zimbra\Client(self::$sim['listening'], ['ca_file' => self::$sim['certificate']]);
        $z->login('admin@zimbra.test', 'test-Admin-Pass1');
        $z->createAccount('old@imp.example', 'Resume-pass-1', ['zimbraNotes' => 'zimbra-admin import attempt 0a1b2c3d4e5f']);
        $z->createAccount('other@imp.example', 'Resume-pass-2',
            ['zimbraNotes' => 'zimbra-admin import attempt 0a1b2c3d4e5e at 2026-01-01 00:00:00 UTC']);
        file_put_contents($this->dir . '/o.csv', "email,password\nold@imp.example,Resume-pass-1\nother@imp.example,Resume-pass-2\n"
            . "new@imp.example,Resume-pass-3\n");
        file_put_contents($this->dir . '/o.csv.log', "2\told@imp.example\tsending\tattempt 0a1b2c3d4e5f\n"
            . "3\tother@imp.example\tsending\tattempt 0a1b2c3d4e5f\n");
        [$code, $out, $err] = $this->run_(['import', $this->dir . '/o.csv', '--quiet']);
        $this->assertSame(1, $code, $err);
        $this->assertMatchesRegularExpression('/^made by the interrupted run:\s*1$/m', $out);
        $this->assertMatchesRegularExpression('/^created:\s+1$/m', $out);
        $this->assertSame([2 => 'ok', 3 => 'error', 4 => 'ok'], self::finalStatuses($this->dir . '/o.csv.log'));
        $this->assertStringContainsString('already exists in Zimbra (not made by this import)', file_get_contents($this->dir . '/o.csv.log'));
        $note = $z->getAccount('new@imp.example', ['zimbraNotes'])->get('zimbraNotes');
        $this->assertMatchesRegularExpression('/^zimbra-admin import attempt [0-9a-f]{12} at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/', $note);
    }

    public function testGeneratedPasswordsGoToAPrivateFileOnly(): void
    {
        $this->ok(['domain:create', 'imp.example']);
        file_put_contents($this->dir . '/g.csv', "email,display_name\ng1@imp.example,G One\ng2@imp.example,G Two\n");
        [$code, , $err] = $this->run_(['import', $this->dir . '/g.csv']);
        $this->assertSame(2, $code);
        $this->assertStringContainsString('--passwords FILE', $err);
        $this->assertSame([], $this->accounts(), 'refused before creating anything');

        [$code, $out] = $this->run_(['import', $this->dir . '/g.csv', '--passwords', $this->dir . '/pw.csv', '--quiet']);
        $this->assertSame(0, $code);
        $this->assertSame('600', substr(sprintf('%o', fileperms($this->dir . '/pw.csv')), -3));
        $rows = array_map('str_getcsv', file($this->dir . '/pw.csv', FILE_IGNORE_NEW_LINES));
        $this->assertSame(['g1@imp.example', 'g2@imp.example'], array_column($rows, 0));
        foreach ($rows as [, $password]) {
            $this->assertGreaterThanOrEqual(12, strlen($password));
            $this->assertStringNotContainsString($password, $out);
        }
    }

    public function testCsvMistakesAreNamedWithTheirLine(): void
    {
        $this->ok(['domain:create', 'imp.example']);
        $write = fn (string $name, string $text) => file_put_contents("{$this->dir}/$name", $text) ? "{$this->dir}/$name" : '';
        // Separated by ';': read so, and said.
        $semi = $write('semi.csv', "email;display_name;password\nsemi@imp.example;Semi Colon;Semi-pass-123\n");
        [$code, $out, $err] = $this->run_(['import', $semi, '--quiet']);
        $this->assertSame(0, $code, $err);
        $this->assertStringContainsString("as ';'-separated", $err);
        $this->assertSame(['semi@imp.example'], $this->accounts());
        // Tabs, named with --delimiter.
        $tabs = $write('tabs.csv', "email\tpassword\ntab@imp.example\tTab-pass-1234\n");
        $this->assertSame(0, $this->run_(['import', $tabs, '--delimiter', 'tab', '--quiet'])[0]);
        // No email column: said, with what was read and what to do.
        $other = $write('other.csv', "mail|name\nx@imp.example|X\n");
        [$code, , $err] = $this->run_(['import', $other]);
        $this->assertSame(2, $code);
        $this->assertStringContainsString("line 1 has no 'email' column (read as ','-separated: mail|name)", $err);
        $this->assertStringContainsString('--delimiter', $err);
        // A row with too many values: that row fails, with why; the others go.
        $many = $write('many.csv', "email,display_name,password\nok@imp.example,Ok,Many-pass-123\nbad@imp.example,Smith, John,Many-pass-123\n");
        [$code, , $err] = $this->run_(['import', $many, '--quiet']);
        $this->assertSame(1, $code);
        $this->assertStringContainsString("row 3 (bad@imp.example): it has 4 values but the header names 3 columns (a value with a ',' in it needs double quotes)", $err);
        $this->assertContains('ok@imp.example', $this->accounts());
        // A quote that never closes: the line where it starts, and nothing sent.
        $open = $write('open.csv', "email,display_name,password\na@imp.example,\"Ann,Open-pass-123\nb@imp.example,B,Open-pass-123\n");
        $before = $this->requests();
        [$code, , $err] = $this->run_(['import', $open]);
        $this->assertSame(2, $code);
        $this->assertStringContainsString('open.csv line 2: a quoted value starts here and never ends', $err);
        $this->assertSame($before, $this->requests());
    }

    /** Rows of generated-password mailboxes: 40, in batches of 10. */
    private function generatedCsv(string $name, int $rows = 40): string
    {
        $lines = ['email,display_name'];
        for ($i = 1; $i <= $rows; $i++) {
            $lines[] = "$name$i@imp.example,Person $i";
        }
        file_put_contents("{$this->dir}/$name.csv", implode("\n", $lines) . "\n");
        return "{$this->dir}/$name.csv";
    }

    private function start(array $args)
    {
        return proc_open(self::command($args), [0 => ['file', '/dev/null', 'r'], 1 => ['file', "{$this->dir}/out.txt", 'w'],
            2 => ['file', "{$this->dir}/err.txt", 'w']], $pipes, $this->dir, $this->env() + ['PATH' => getenv('PATH')]);
    }

    /** Waits for an event (a file's content, the simulator's count), bounded only against a hang. */
    private function waitFor(callable $condition, string $what): void
    {
        for ($deadline = microtime(true) + 120; !$condition(); usleep(10000)) {
            $this->assertLessThan($deadline, microtime(true), "waited in vain for $what");
        }
    }

    /**
     * Every mailbox of the file exists once, each generated password is on record once and is the
     * mailbox's own (Zimbra answers "not an admin account" to it, never "authentication failed"),
     * and the pending file is gone.
     */
    private function assertNothingLost(string $prefix, int $rows, string $passwords): void
    {
        $made = array_values(array_filter($this->accounts(), fn ($a) => preg_match("/^$prefix\\d+@/", $a)));
        $this->assertCount($rows, $made);
        $recorded = array_map('str_getcsv', file($passwords, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
        $byEmail = array_column($recorded, 1, 0);
        $this->assertCount($rows, $recorded, 'one password line per mailbox');
        $this->assertCount($rows, $byEmail, 'no mailbox twice');
        foreach ($byEmail as $email => $password) {
            $this->assertDoesNotMatchRegularExpression('/^[=+\-@]/', $password, 'no formula for a spreadsheet');
            try {
                (new Zimbra\Client(self::$sim['listening'], ['ca_file' => self::$sim['certificate']]))->login($email, $password);
                $this->fail("$email logged in as an admin");
            } catch (Zimbra\AuthenticationException $e) {
                $this->assertSame('service.PERM_DENIED', $e->getFaultCode(), "$email: the recorded password is its own");
            }
        }
        $this->assertFileDoesNotExist($passwords . '.pending');
    }

    public function testKilledAtEveryStageOfABatchNothingIsLost(): void
    {
        $this->ok(['domain:create', 'imp.example']);
        $stages = [
            // Its rows are on record as being sent (they may or may not have gone out yet).
            'recorded' => fn (string $log) => count(preg_grep('/\tsending\t/', @file($log) ?: [])) >= 20,
            // Zimbra has the second BatchRequest (it is slow to answer: the reply never arrives): the login
            // and two batches have reached it.
            'in flight' => fn () => $this->requests() >= $this->base + 3,
            // The second batch's replies are logged; the third is on its way.
            'answered' => fn (string $log) => count(preg_grep('/\tok\t/', @file($log) ?: [])) >= 20,
        ];
        foreach ($stages as $stage => $reached) {
            self::control('/reset');
            $this->ok(['domain:create', 'imp.example']);
            $prefix = 'k' . str_replace(' ', '', $stage);
            $csv = $this->generatedCsv($prefix);
            $passwords = "{$this->dir}/$prefix-pw.csv";
            // The second and third BatchRequests take long: the kill lands inside the batch.
            self::control('/fault', ['kind' => 'delay', 'ms' => 3000, 'on' => 'BatchRequest', 'skip' => 1, 'count' => 2]);
            $this->base = $this->requests();
            $import = $this->start(['import', $csv, '--batch', '10', '--passwords', $passwords, '--quiet']);
            $this->waitFor(fn () => $reached($csv . '.log'), "the stage '$stage'");
            proc_terminate($import, 9);
            proc_close($import);
            self::control('/reset-faults');
            // Zimbra finishes what it was given (a real one does, without its client).
            $settled = false;
            for ($run = 0; $run < 3 && !$settled; $run++) {
                [$code, $out, $err] = $this->run_(['import', $csv, '--batch', '10', '--passwords', $passwords, '--quiet']);
                $this->assertStringNotContainsString('already exists', $err, "$stage: a mailbox of this import was taken for another's");
                $settled = $code === 0;
            }
            $this->assertTrue($settled, "$stage: the import finished: $err");
            $this->assertNothingLost($prefix, 40, $passwords);
        }
    }

    public function testCtrlCEndsTheBatchInFlightAndSaysHowToResume(): void
    {
        $this->ok(['domain:create', 'imp.example']);
        $csv = $this->generatedCsv('int');
        $passwords = "{$this->dir}/int-pw.csv";
        self::control('/fault', ['kind' => 'delay', 'ms' => 1500, 'on' => 'BatchRequest', 'skip' => 1]);
        $base = $this->requests();
        $import = $this->start(['import', $csv, '--batch', '10', '--passwords', $passwords, '--quiet']);
        // The login and two BatchRequests have reached Zimbra: the second is in flight.
        $this->waitFor(fn () => $this->requests() >= $base + 3, 'the second batch');
        proc_terminate($import, SIGINT);
        $this->assertSame(130, proc_close($import));
        $out = file_get_contents("{$this->dir}/out.txt");
        $err = file_get_contents("{$this->dir}/err.txt");
        $this->assertMatchesRegularExpression('/^interrupted:\s+Ctrl-C after a whole batch; 20 rows not started$/m', $out);
        $this->assertMatchesRegularExpression('/^created:\s+20$/m', $out, 'the batch in flight was finished');
        $this->assertStringContainsString("To resume: zimbra-admin import '$csv' --passwords '$passwords' --batch '10' --quiet", $err);
        $this->assertCount(20, $this->accounts());
        [$code, $out] = $this->run_(['import', $csv, '--batch', '10', '--passwords', $passwords, '--quiet']);
        $this->assertSame(0, $code);
        $this->assertMatchesRegularExpression('/^created:\s+20$/m', $out);
        $this->assertNothingLost('int', 40, $passwords);
        // SIGTERM the same way, with its own exit code.
        self::control('/reset');
        $this->ok(['domain:create', 'imp.example']);
        unlink($csv . '.log');
        unlink($passwords);
        self::control('/fault', ['kind' => 'delay', 'ms' => 1500, 'on' => 'BatchRequest']);
        $base = $this->requests();
        $import = $this->start(['import', $csv, '--batch', '10', '--passwords', $passwords, '--quiet']);
        $this->waitFor(fn () => $this->requests() >= $base + 2, 'the first batch');
        proc_terminate($import, SIGTERM);
        $this->assertSame(143, proc_close($import));
        $this->assertStringContainsString('SIGTERM after a whole batch; 30 rows not started', file_get_contents("{$this->dir}/out.txt"));
    }
}
