<?php
declare(strict_types=1);

namespace ZimbraAdmin;

use Zimbra\Client;
use Zimbra\FaultException;
use Zimbra\Validate;

/**
 * Bulk import of mailboxes from CSV (header row: email, and optionally display_name, password,
 * quota_mb). Rows are checked first, then created in BatchRequests. Every row's outcome goes to
 * a log (TSV: row, email, status, message) as soon as its batch is answered, so an interrupted
 * import resumes where it stopped: rows logged "ok" are skipped, and a row whose reply was lost
 * ("unknown") counts as done if Zimbra then has it.
 */
final class Import
{
    public const COLUMNS = ['email', 'display_name', 'password', 'quota_mb'];

    /** @return list<array{row:int,email:string,display_name:string,password:string,quota_mb:string}> */
    public static function readCsv(string $path): array
    {
        $f = @fopen($path, 'r');
        if ($f === false) {
            throw new Usage("The CSV file $path does not exist or cannot be read.");
        }
        $header = fgetcsv($f, null, ',', '"', '');
        if ($header === false || $header === [null]) {
            throw new Usage("$path is empty: the first line must name the columns (email, display_name, password, quota_mb).");
        }
        $header = array_map(fn ($h) => strtolower(trim((string) $h, " \t\xEF\xBB\xBF")), $header);
        if (!in_array('email', $header, true) || ($unknown = array_diff($header, self::COLUMNS))) {
            throw new Usage("$path: the header must have an 'email' column" . (isset($unknown) && $unknown
                ? ' and no other columns than ' . implode(', ', self::COLUMNS) . ' (found ' . implode(', ', $unknown) . ')' : '') . '.');
        }
        $rows = [];
        $line = 1;
        while (($cells = fgetcsv($f, null, ',', '"', '')) !== false) {
            $line++;
            if ($cells === [null]) {
                continue;  // a blank line
            }
            $row = ['row' => $line];
            foreach (self::COLUMNS as $c) {
                $i = array_search($c, $header, true);
                $row[$c] = $i === false ? '' : trim((string) ($cells[$i] ?? ''));
            }
            $rows[] = $row;
        }
        fclose($f);
        return $rows;
    }

    /** Statuses already logged, by row number (the last line for a row wins). */
    public static function readLog(string $path): array
    {
        $done = [];
        if (is_readable($path)) {
            foreach (file($path, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
                $parts = explode("\t", $line);
                if (count($parts) >= 3 && preg_match('/^[0-9]+$/', $parts[0])) {
                    $done[(int) $parts[0]] = ['email' => $parts[1], 'status' => $parts[2]];
                }
            }
        }
        return $done;
    }

    /** The row's problem in words, or null when it can be sent; $email gets the normalised address. */
    public static function check(array $row, array $seen, ?string &$email = null): ?string
    {
        try {
            $email = Validate::email($row['email']);
        } catch (\Zimbra\ValidationException $e) {
            return $e->getMessage();
        }
        if (isset($seen[$email])) {
            return "the same address as row {$seen[$email]}";
        }
        if ((preg_match_all('/./us', $row['display_name']) ?: strlen($row['display_name'])) > 256) {
            return 'the display name is longer than 256 characters';
        }
        if ($row['quota_mb'] !== '' && !preg_match('/^[0-9]+$/', $row['quota_mb'])) {
            return "quota_mb must be a whole number of megabytes, not '{$row['quota_mb']}'";
        }
        if ($row['password'] !== '' && strlen($row['password']) < 8) {
            return 'the password is shorter than 8 characters';
        }
        return null;
    }

    public function __construct(
        private Client $zimbra,
        private Output $out,
        private $err,
        private string $logPath,
        private ?string $passwordsPath,
        private int $batchSize,
        private bool $progress,
    ) {
    }

    /** @return int exit code: 0 all done, 1 some rows failed */
    public function run(array $rows, bool $dryRun): int
    {
        $logged = self::readLog($this->logPath);
        $todo = $errors = [];
        $seen = [];
        $skipped = 0;
        foreach ($rows as $row) {
            $problem = self::check($row, $seen, $email);
            if ($problem === null) {
                $seen[$email] = $row['row'];
            }
            if (($logged[$row['row']]['status'] ?? '') === 'ok' && $logged[$row['row']]['email'] === $row['email']) {
                $skipped++;
                continue;
            }
            if ($problem !== null) {
                $errors[] = [$row, $problem];
            } else {
                $row['email'] = $email;
                $row['unknown_before'] = ($logged[$row['row']]['status'] ?? '') === 'unknown';
                $todo[] = $row;
            }
        }
        if (!$dryRun && $this->passwordsPath === null && array_filter($todo, fn ($r) => $r['password'] === '')) {
            throw new Usage('Some rows have no password: give --passwords FILE to receive the generated ones (written with mode 600).');
        }
        if ($skipped) {
            fwrite($this->err, "Resuming: $skipped row" . ($skipped === 1 ? '' : 's') . " already done (in {$this->logPath}).\n");
        }
        return $dryRun ? $this->plan($todo, $errors, $skipped) : $this->create($todo, $errors, $skipped);
    }

    /** Dry run: what would happen, asking Zimbra only reads (which domains exist, which addresses are taken). */
    private function plan(array $todo, array $errors, int $skipped): int
    {
        $report = [];
        foreach ($errors as [$row, $problem]) {
            $report[] = ['row' => $row['row'], 'email' => $row['email'], 'action' => 'error', 'detail' => $problem];
        }
        $domains = [];
        foreach (array_chunk($todo, $this->batchSize) as $chunk) {
            $found = $this->zimbra->batch(function (\Zimbra\Batch $b) use ($chunk) {
                foreach ($chunk as $row) {
                    $b->getAccount($row['email'], ['zimbraId']);
                }
            });
            foreach ($chunk as $i => $row) {
                $domain = substr($row['email'], strpos($row['email'], '@') + 1);
                $domains[$domain] ??= $this->zimbra->getDomain($domain) !== null;
                [$action, $detail] = match (true) {
                    $found[$i] instanceof \Throwable => ['error', $found[$i]->getMessage()],
                    $found[$i] !== null => ['error', 'already exists in Zimbra'],
                    !$domains[$domain] => ['error', "the domain $domain does not exist in Zimbra"],
                    default => ['create', trim(($row['display_name'] !== '' ? $row['display_name'] : '') .
                        ($row['quota_mb'] !== '' ? " quota {$row['quota_mb']} MB" : '') . ($row['password'] === '' ? ' (password generated)' : ''))],
                };
                $report[] = ['row' => $row['row'], 'email' => $row['email'], 'action' => $action, 'detail' => $detail];
            }
        }
        usort($report, fn ($a, $b) => $a['row'] <=> $b['row']);
        $bad = count(array_filter($report, fn ($r) => $r['action'] === 'error'));
        $this->out->rows(['row', 'email', 'action', 'detail'], $report,
            ['dry run' => 'nothing was changed', 'to create' => count($report) - $bad, 'errors' => $bad, 'already done' => $skipped]);
        return $bad ? 1 : 0;
    }

    private function create(array $todo, array $errors, int $skipped): int
    {
        $log = fopen($this->logPath, 'a');
        if ($log === false) {
            throw new Usage("The log {$this->logPath} cannot be written.");
        }
        $passwords = null;
        if ($this->passwordsPath !== null) {
            $passwords = fopen($this->passwordsPath, 'a');
            if ($passwords === false) {
                throw new Usage("The passwords file {$this->passwordsPath} cannot be written.");
            }
            chmod($this->passwordsPath, 0600);
        }
        $progress = new Progress($this->err, count($todo) + count($errors), $this->progress);
        $failed = 0;
        foreach ($errors as [$row, $problem]) {
            $this->outcome($log, $row, 'error', $problem);
            $failed++;
        }
        $progress->advance(count($errors), count($errors));
        $created = 0;
        foreach (array_chunk($todo, $this->batchSize) as $chunk) {
            try {
                $results = $this->zimbra->batch(function (\Zimbra\Batch $b) use ($chunk) {
                    foreach ($chunk as $row) {
                        $attrs = array_filter(['displayName' => $row['display_name'], 'cn' => $row['display_name']], fn ($v) => $v !== '');
                        if ($row['quota_mb'] !== '') {
                            $attrs['zimbraMailQuota'] = (int) $row['quota_mb'] * 1048576;
                        }
                        $b->createAccount($row['email'], $row['password'] !== '' ? $row['password'] : null, $attrs);
                    }
                });
            } catch (\Zimbra\TransportException | \Zimbra\ResponseException $e) {
                // The whole batch's reply was lost: the rows may or may not exist. A rerun settles it.
                $results = array_fill(0, count($chunk), $e);
            }
            $bad = 0;
            foreach ($chunk as $i => $row) {
                $r = $results[$i] ?? null;
                if ($r instanceof \Zimbra\Account) {
                    $this->outcome($log, $row, 'ok', 'created');
                    if ($row['password'] === '' && $passwords) {
                        fputcsv($passwords, [$row['email'], $r->takeGeneratedPassword()], ',', '"', '');
                    }
                    $created++;
                } elseif ($r instanceof FaultException && $r->getFaultCode() === 'account.ACCOUNT_EXISTS' && $row['unknown_before']) {
                    // Made by the earlier run whose reply was lost.
                    $this->outcome($log, $row, 'ok', 'already made by the interrupted run');
                    $created++;
                } elseif ($r instanceof \Zimbra\TransportException && !$r->wasSent()) {
                    $this->outcome($log, $row, 'error', $r->getMessage() . ' (nothing reached Zimbra: run the import again)');
                    $bad++;
                } elseif ($r instanceof \Zimbra\TransportException || $r instanceof \Zimbra\ResponseException) {
                    $this->outcome($log, $row, 'unknown', $r->getMessage() . ' (run the import again to settle it)');
                    $bad++;
                } else {
                    $this->outcome($log, $row, 'error', $r instanceof \Throwable ? $r->getMessage() : 'no answer for this row');
                    $bad++;
                }
            }
            fflush($log);
            $failed += $bad;
            $progress->advance(count($chunk), $bad);
        }
        fclose($log);
        if ($passwords) {
            fclose($passwords);
        }
        $this->out->record(['created' => $created, 'failed' => $failed, 'already done' => $skipped, 'log' => $this->logPath]
            + ($this->passwordsPath !== null ? ['passwords' => $this->passwordsPath] : []));
        return $failed ? 1 : 0;
    }

    private function outcome($log, array $row, string $status, string $message): void
    {
        fwrite($log, "{$row['row']}\t{$row['email']}\t$status\t" . str_replace(["\t", "\n", "\r"], ' ', $message) . "\n");
        if ($status !== 'ok') {
            fwrite($this->err, "row {$row['row']} ({$row['email']}): $message\n");
        }
    }
}
