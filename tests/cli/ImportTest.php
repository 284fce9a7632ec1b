<?php
/** zimbra-admin import: dry run, progress, per-row errors, the resumable log, an interrupted run. */
final class ImportTest extends CliCase
{
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
        $byRow = array_column($report['rows'], null, 'row');
        $this->assertSame('error', $byRow[13]['action']);
        $this->assertStringContainsString('the same address as row 6', $byRow[13]['detail']);
        $this->assertStringContainsString('does not exist in Zimbra', $byRow[15]['detail']);
        $this->assertStringContainsString('already exists', $byRow[8]['detail']);
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
        $this->assertCount(255, $log);
        $this->assertSame(250, count(preg_grep('/\tok\t/', $log)));
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

        [$code, $out, $err] = $this->run_(['import', $this->dir . '/r.csv', '--quiet']);
        $this->assertSame(0, $code, $err);
        $this->assertStringContainsString('Resuming: 80 rows already done', $err);
        $this->assertMatchesRegularExpression('/^created:\s+40$/m', $out);
        $this->assertCount(120, $this->accounts(), 'none made twice');
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
}
