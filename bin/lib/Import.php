<?php
declare(strict_types=1);

namespace ZimbraAdmin;

use Zimbra\Client;
use Zimbra\FaultException;
use Zimbra\Validate;

/**
 * Bulk import of mailboxes from CSV (header row: email, and optionally display_name, password,
 * quota_mb), in BatchRequests, so that nothing is ever lost, whatever stops it:
 *
 * - Before a batch goes out, the log (TSV: row, email, status, message) says each of its rows is
 *   "sending" under this run's attempt id, and every password the tool generated for it is in the
 *   pending file (FILE.pending beside --passwords, mode 600). A mailbox therefore never exists
 *   without its password on record, even if the process is killed the next instant.
 * - Each new mailbox carries the attempt in zimbraNotes. A rerun settles every row whose outcome
 *   is not known ("sending", or "unknown" after a lost reply) by asking Zimbra: made by that
 *   attempt (its password moves to the passwords file), there before the import (an error), or
 *   not there (created now, with the password on record).
 * - Ctrl-C and SIGTERM end the import after the batch in flight, with the summary and the command
 *   that resumes it. Rows logged "ok" are skipped by a rerun.
 */
final class Import
{
    public const COLUMNS = ['email', 'display_name', 'password', 'quota_mb'];
    private const GENERATED_LENGTH = 16;
    /** What the import's notes start with (the same since 0.1.0: a rerun settles what an older version sent). */
    private const MAKER = 'zimbra-admin import';

    /**
     * @param resource $err
     * @return list<array{row:int,email:string,display_name:string,password:string,quota_mb:string,problem:?string}>
     */
    public static function readCsv(string $path, ?string $delimiter, $err): array
    {
        $csv = Csv::read($path, $delimiter);
        $name = Csv::name($csv['delimiter']);
        $header = array_map(fn ($h) => strtolower(trim($h)), $csv['header']);
        if (!in_array('email', $header, true)) {
            throw new Usage("$path line 1 has no 'email' column (read as $name-separated: " . implode(' | ', $header) . '). '
                . 'The columns are ' . implode(', ', self::COLUMNS) . "; for a file separated by something else, give --delimiter ';' or --delimiter tab.");
        }
        if ($unknown = array_diff($header, self::COLUMNS)) {
            throw new Usage("$path line 1: unknown column" . (count($unknown) > 1 ? 's ' : ' ') . implode(', ', $unknown)
                . '; the columns are ' . implode(', ', self::COLUMNS) . '.');
        }
        if ($csv['detected']) {
            fwrite($err, "zimbra-admin: reading $path as $name-separated, as its header is.\n");
        }
        $rows = [];
        foreach ($csv['records'] as $record) {
            $row = ['row' => $record['line'], 'problem' => null];
            foreach (self::COLUMNS as $c) {
                $i = array_search($c, $header, true);
                $row[$c] = $i === false ? '' : trim($record['cells'][$i] ?? '');
            }
            if (count($record['cells']) > count($header)) {
                $row['problem'] = sprintf('it has %d values but the header names %d columns (a value with a %s in it needs double quotes)',
                    count($record['cells']), count($header), $name);
            }
            $rows[] = $row;
        }
        return $rows;
    }

    /** What the log says of each row, by row number (the last line for a row wins). */
    public static function readLog(string $path): array
    {
        $state = [];
        if (is_readable($path)) {
            foreach (file($path, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
                $parts = explode("\t", $line, 4);
                if (count($parts) >= 3 && preg_match('/^[0-9]+$/', $parts[0])) {
                    $state[(int) $parts[0]] = ['email' => $parts[1], 'status' => $parts[2], 'message' => $parts[3] ?? ''];
                }
            }
        }
        return $state;
    }

    /** The row's problem in words, or null when it can be sent; $email gets the normalised address. */
    public static function check(array $row, array $seen, ?string &$email = null): ?string
    {
        if ($row['problem'] ?? null) {
            return $row['problem'];
        }
        // Checked per row, in the dry run as in the real one: one bad cell never stops the others.
        foreach (self::COLUMNS as $column) {
            $value = (string) ($row[$column] ?? '');
            if (!preg_match('//u', $value)) {
                return "the $column value is not UTF-8 text (save the file as UTF-8 CSV)";
            }
            if (preg_match('/[\x00-\x08\x0B\x0C\x0E-\x1F]/', $value)) {
                return "the $column value holds a control character, which Zimbra cannot store";
            }
        }
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
        if ($row['password'] !== '' && strlen($row['password']) < Commands::MIN_PASSWORD) {
            return 'the password is shorter than ' . Commands::MIN_PASSWORD . ' characters';
        }
        return null;
    }

    /** This run's attempt: every mailbox it makes carries its note (Zimbra\Attempt, as the Blesta module's do). */
    private \Zimbra\Attempt $attempt;
    /** @var resource */
    private $log;
    /** @var resource|null */
    private $passwords = null;
    /** @var resource|null */
    private $pending = null;
    private Progress $progress;

    public function __construct(
        private Client $zimbra,
        private Output $out,
        private $err,
        private string $logPath,
        private ?string $passwordsPath,
        private int $batchSize,
        private bool $showProgress,
        private bool $verbose = false,
        private string $resumeCommand = '',
    ) {
        $this->attempt = new \Zimbra\Attempt(self::MAKER);
    }

    /** @return int an ExitCode */
    public function run(array $rows, bool $dryRun): int
    {
        $logged = self::readLog($this->logPath);
        $todo = $errors = [];
        $seen = [];
        $skipped = 0;
        foreach ($rows as $row) {
            $email = null;
            $problem = self::check($row, $seen, $email);
            if ($problem === null) {
                $seen[$email] = $row['row'];
            }
            $before = $logged[$row['row']] ?? null;
            if ($before !== null && $before['email'] === ($email ?? $row['email']) && $before['status'] === 'ok') {
                $skipped++;
                continue;
            }
            if ($problem !== null) {
                $errors[] = [$row, $problem];
                continue;
            }
            $row['email'] = $email;
            // "sending" or "unknown": an earlier run may have made it. Its attempt id tells.
            $row['earlier'] = $before !== null && $before['email'] === $email && in_array($before['status'], ['sending', 'unknown'], true)
                && preg_match('/attempt ([0-9a-f]{12})/', $before['message'], $m) ? $m[1] : null;
            $todo[] = $row;
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
                    $b->getAccount($row['email'], ['zimbraId', 'zimbraNotes']);
                }
            });
            foreach ($chunk as $i => $row) {
                $domain = substr($row['email'], strpos($row['email'], '@') + 1);
                $domains[$domain] ??= $this->zimbra->getDomain($domain) !== null;
                [$action, $detail] = match (true) {
                    $found[$i] instanceof \Throwable => ['error', $found[$i]->getMessage()],
                    $found[$i] !== null && $this->madeBy($found[$i], $row['earlier']) => ['done', 'made by the interrupted run: recorded as done'],
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
        $shown = $this->verbose ? $report : array_values(array_filter($report, fn ($r) => $r['action'] === 'error'));
        $this->out->rows(['row', 'email', 'action', 'detail'], $shown,
            ['dry run' => 'nothing was changed', 'to create' => count(array_filter($report, fn ($r) => $r['action'] === 'create')),
                'errors' => $bad, 'already done' => $skipped + count(array_filter($report, fn ($r) => $r['action'] === 'done'))]
            + ($this->verbose ? [] : ['rows shown' => 'errors only (--verbose shows every row)']));
        return $bad ? ExitCode::PARTIAL : ExitCode::OK;
    }

    private function create(array $todo, array $errors, int $skipped): int
    {
        $this->log = @fopen($this->logPath, 'a') ?: throw new Usage("The log {$this->logPath} cannot be written.");
        $pending = $this->openPasswordFiles();
        $this->progress = new Progress($this->err, count($todo) + count($errors), $this->showProgress);
        Signals::watch();
        $failed = $created = $settled = 0;
        foreach ($errors as [$row, $problem]) {
            $this->outcome($row, 'error', $problem);
            $failed++;
        }
        $this->progress->advance(count($errors), count($errors));

        // Rows an interrupted run may have made: asked about first, so none is made twice.
        [$todo, $settledRows, $settleFailed] = $this->settle($todo, $pending);
        $settled = count($settledRows);
        $failed += $settleFailed;

        $left = $todo;
        foreach (array_chunk($todo, $this->batchSize) as $chunk) {
            if (Signals::caught() !== null) {
                break;
            }
            [$ok, $bad] = $this->createBatch($chunk, $pending);
            $created += $ok;
            $failed += $bad;
            $left = array_slice($left, count($chunk));
            $this->progress->advance(count($chunk), $bad);
        }
        $signal = Signals::caught();
        $this->closePasswordFiles($failed === 0 && $signal === null);
        fclose($this->log);
        $summary = ['created' => $created, 'made by the interrupted run' => $settled, 'failed' => $failed, 'already done' => $skipped,
            'log' => $this->logPath] + ($this->passwordsPath !== null ? ['passwords' => $this->passwordsPath] : []);
        if ($signal !== null) {
            $summary = ['interrupted' => ($signal === SIGINT ? 'Ctrl-C' : 'SIGTERM') . ' after a whole batch; ' . count($left)
                . ' row' . (count($left) === 1 ? '' : 's') . ' not started'] + $summary;
        }
        $this->progress->finish();
        $this->out->record($summary);
        if ($signal !== null || $failed) {
            fwrite($this->err, "To resume: {$this->resumeCommand}\n");
        }
        return $signal !== null ? Signals::exitCode($signal) : ($failed ? ExitCode::PARTIAL : ExitCode::OK);
    }

    /** @return array{0: int, 1: int} rows created, rows failed */
    private function createBatch(array $chunk, array &$pending): array
    {
        // First the record, then the request: whatever happens next, nothing is lost.
        foreach ($chunk as &$row) {
            if ($row['password'] === '') {
                $row['generated'] = $pending[$row['row']] ??= Validate::generatePassword(self::GENERATED_LENGTH);
                fwrite($this->pending, (int) $row['row'] . "\t" . self::field($row['email']) . "\t{$row['generated']}\n");
            }
            $this->outcome($row, 'sending', "attempt {$this->attempt->id}");
        }
        unset($row);
        if ($this->pending) {
            fflush($this->pending);
        }
        fflush($this->log);
        try {
            $results = $this->zimbra->batch(function (\Zimbra\Batch $b) use ($chunk) {
                foreach ($chunk as $row) {
                    $attrs = array_filter(['displayName' => $row['display_name'], 'cn' => $row['display_name']], fn ($v) => $v !== '');
                    if ($row['quota_mb'] !== '') {
                        $attrs['zimbraMailQuota'] = (int) $row['quota_mb'] * 1048576;
                    }
                    $attrs = $this->attempt->tag($attrs);
                    $b->createAccount($row['email'], $row['password'] !== '' ? $row['password'] : $row['generated'], $attrs);
                }
            });
        } catch (\Zimbra\TransportException | \Zimbra\ResponseException $e) {
            // The whole batch's reply was lost: the rows may or may not exist. A rerun settles it.
            $results = array_fill(0, count($chunk), $e);
        }
        $ok = $bad = 0;
        foreach ($chunk as $i => $row) {
            $r = $results[$i] ?? null;
            if ($r instanceof \Zimbra\Account) {
                $this->done($row, 'created');
                $ok++;
                continue;
            }
            $bad++;
            if ($r instanceof FaultException && $r->getFaultCode() === 'account.ACCOUNT_EXISTS') {
                $this->outcome($row, 'error', 'already exists in Zimbra (not made by this import)');
            } elseif ($r instanceof \Zimbra\TransportException && !$r->wasSent()) {
                $this->outcome($row, 'error', $r->getMessage() . ' (nothing reached Zimbra: run the import again)');
            } elseif ($r instanceof \Zimbra\TransportException || $r instanceof \Zimbra\ResponseException) {
                $this->outcome($row, 'unknown', $r->getMessage() . " (attempt {$this->attempt->id}; run the import again to settle it)");
            } else {
                $this->outcome($row, 'error', $r instanceof \Throwable ? $r->getMessage() : 'no answer for this row');
            }
        }
        fflush($this->log);
        return [$ok, $bad];
    }

    /**
     * Rows an earlier run sent without learning the outcome: made by that attempt (done, with the
     * password it recorded), or not there (still to create). One BatchRequest per batch of rows.
     * @return array{0: list<array>, 1: list<array>, 2: int} still to create, settled, failed
     */
    private function settle(array $todo, array $pending): array
    {
        $earlier = array_values(array_filter($todo, fn ($r) => $r['earlier'] !== null));
        if (!$earlier) {
            return [$todo, [], 0];
        }
        $settled = $stillUnknown = [];
        foreach (array_chunk($earlier, $this->batchSize) as $chunk) {
            $found = $this->zimbra->batch(function (\Zimbra\Batch $b) use ($chunk) {
                foreach ($chunk as $row) {
                    $b->getAccount($row['email'], ['zimbraNotes']);
                }
            });
            foreach ($chunk as $i => $row) {
                if ($found[$i] instanceof \Throwable) {
                    $stillUnknown[$row['row']] = $found[$i]->getMessage();
                } elseif ($found[$i] !== null) {
                    $settled[$row['row']] = $this->madeBy($found[$i], $row['earlier']);
                }
            }
        }
        $left = [];
        $failed = 0;
        $done = [];
        foreach ($todo as $row) {
            if (isset($stillUnknown[$row['row']])) {
                $this->outcome($row, 'unknown', "could not ask Zimbra about the earlier attempt: {$stillUnknown[$row['row']]}");
                $failed++;
            } elseif (($settled[$row['row']] ?? null) === true) {
                $row['generated'] = $row['password'] === '' ? ($pending[$row['row']] ?? null) : null;
                $this->done($row, 'made by the interrupted run');
                $done[] = $row;
            } elseif (($settled[$row['row']] ?? null) === false) {
                $this->outcome($row, 'error', 'already exists in Zimbra (not made by this import)');
                $failed++;
            } else {
                $left[] = $row;
            }
        }
        $this->progress->advance(count($todo) - count($left), $failed);
        fflush($this->log);
        return [$left, $done, $failed];
    }

    /** Made by the earlier run's attempt $id (read back from the log)? */
    private function madeBy(\Zimbra\Account $account, ?string $id): bool
    {
        return $id !== null && (new \Zimbra\Attempt(self::MAKER, $id))->madeIt($account);
    }

    /** A row is done: logged ok, and a password this tool made goes to the passwords file. */
    private function done(array $row, string $how): void
    {
        if (($row['generated'] ?? null) !== null && $this->passwords) {
            fputcsv($this->passwords, [$row['email'], $row['generated']], ',', '"', '');
            fflush($this->passwords);
        }
        $this->outcome($row, 'ok', $how);
    }

    /** Opens the passwords file and its pending file (mode 600); returns the pending passwords by row. */
    private function openPasswordFiles(): array
    {
        if ($this->passwordsPath === null) {
            return [];
        }
        $pendingPath = $this->passwordsPath . '.pending';
        $pending = [];
        if (is_readable($pendingPath)) {
            foreach (file($pendingPath, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
                $parts = explode("\t", $line, 3);
                if (count($parts) === 3) {
                    $pending[(int) $parts[0]] = $parts[2];
                }
            }
        }
        foreach ([$this->passwordsPath, $pendingPath] as $path) {
            $existed = file_exists($path);
            $umask = umask(0077);
            $f = @fopen($path, 'a');
            umask($umask);
            if ($f === false) {
                throw new Usage("The passwords file $path cannot be written.");
            }
            if (!$existed) {
                chmod($path, 0600);
            }
            $path === $pendingPath ? $this->pending = $f : $this->passwords = $f;
        }
        return $pending;
    }

    /** The pending file goes once every row is settled: its passwords are all in the passwords file. */
    private function closePasswordFiles(bool $allSettled): void
    {
        if ($this->passwords) {
            fclose($this->passwords);
        }
        if ($this->pending) {
            fclose($this->pending);
            $log = self::readLog($this->logPath);
            $open = array_filter($log, fn ($r) => in_array($r['status'], ['sending', 'unknown'], true));
            if ($allSettled || !$open) {
                $path = $this->passwordsPath . '.pending';
                $size = (int) @filesize($path);
                @file_put_contents($path, str_repeat("\0", $size), LOCK_EX);
                @unlink($path);
            }
        }
    }

    /**
     * One field of a TSV line: a refused row's e-mail cell is raw CSV, and a quoted cell may hold
     * tabs and line breaks; kept as they are, it could write lines the next run reads as other rows.
     */
    private static function field(string $value): string
    {
        return preg_replace('/[\x00-\x1f\x7f]/', ' ', $value);
    }

    private function outcome(array $row, string $status, string $message): void
    {
        fwrite($this->log, (int) $row['row'] . "\t" . self::field($row['email']) . "\t$status\t" . self::field($message) . "\n");
        if ($status === 'error' || $status === 'unknown') {
            $this->progress->note("row {$row['row']} ({$row['email']}): $message");
        }
    }
}
