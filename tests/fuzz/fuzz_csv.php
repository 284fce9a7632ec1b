<?php
declare(strict_types=1);

/*
 * Mutation fuzzer for the import's CSV reader (bin/lib/Csv.php), which is PHP and so out of
 * libFuzzer's reach. Each round takes a seed from tests/fuzz/corpus/csv or a file written by
 * fputcsv, mutates its bytes and reads it. What must hold, whatever the bytes:
 *
 *  - the read gives records or a ZimbraAdmin\Usage naming the file and a line; any other
 *    throwable, warning or notice is a finding;
 *  - records start on increasing lines, hold strings only, never the blank record, and all their
 *    cells together are no longer than the file;
 *  - where chunks fall changes nothing: the same bytes after K blank lines give the same records
 *    (or the same error) K lines further down, so every '""' and "\r\n" the reader's one
 *    character of lookahead must see across a 64 KiB chunk boundary is tried;
 *  - what fputcsv writes (RFC 4180: escape '') is read back cell for cell, on the line it starts.
 *
 * Usage: php tests/fuzz/fuzz_csv.php [SECONDS] [SEED]     run, print stats, exit 1 on a finding
 *        php tests/fuzz/fuzz_csv.php --replay FILE         check one file (a saved finding)
 * A finding is saved as .test-output/fuzz/csv-finding-SEED-ROUND.csv with what failed.
 */

require __DIR__ . '/../../bin/lib/Usage.php';
require __DIR__ . '/../../bin/lib/Csv.php';

use ZimbraAdmin\Csv;
use ZimbraAdmin\Usage;

final class CsvFinding extends RuntimeException
{
}

final class CsvFuzzer
{
    /** Bytes that matter to the grammar, weighted up; the rest of the byte range is tried too. */
    private const SPECIAL = ['"', '""', ',', ';', "\t", "\n", "\r", "\r\n", "\xEF\xBB\xBF", ' ', '=', "\x00", "\xC3\xA9", "\xFF"];
    private const CELL_TEXT = ['a', 'Zoë', 'x@example.com', '"', ',', ';', "\t", "\n", "\r\n", "\r", ' ', '=SUM(1)', '', '""', 'ü€'];

    private string $tmp;

    /** The input of the round under way, saved when it fails. */
    public string $last = '';

    /** @var list<string> */
    private array $seeds = [];

    public function __construct(private int $seed, string $corpus, string $tmpDir)
    {
        mt_srand($seed);
        foreach (glob($corpus . '/*') ?: [] as $file) {
            $this->seeds[] = (string) file_get_contents($file);
        }
        $this->tmp = $tmpDir . '/csv-fuzz-' . getmypid() . '.csv';
    }

    public function __destruct()
    {
        @unlink($this->tmp);
    }

    /** One round: a mutated seed or a fputcsv round trip, half each. */
    public function round(): string
    {
        if (mt_rand(0, 1) === 0) {
            $bytes = $this->mutate($this->seeds ? $this->seeds[mt_rand(0, count($this->seeds) - 1)] : '');
            $this->last = $bytes;
            $this->checkAnyBytes($bytes);
            return $bytes;
        }
        return $this->checkRoundTrip();
    }

    public function checkAnyBytes(string $bytes, ?int $shift = null, bool $sniff = true): void
    {
        $delimiter = [$sniff ? null : ',', ',', ';', 'tab'][mt_rand(0, 3)];
        $plain = $this->read($bytes, $delimiter);
        $this->checkShape($plain, strlen($bytes));
        if (str_starts_with($bytes, "\xEF\xBB\xBF")) {
            return;  // the mark is dropped only at the very start: a shifted copy differs, rightly
        }
        // Blank lines are skipped but counted: chunk boundaries move, the result only moves down.
        // The delimiter is sniffed from the first 64 KiB, so shifts past it need a named one.
        $shift ??= mt_rand(0, 3) === 0 && $delimiter !== null ? mt_rand(65000, 66000) : mt_rand(1, 300);
        $shifted = $this->read(str_repeat("\n", $shift) . $bytes, $delimiter);
        $expected = $this->movedDown($plain, $shift);
        if ($shifted !== $expected) {
            throw new CsvFinding("after $shift blank lines the read differs:\n" . $this->show($expected) . "\nbecame\n" . $this->show($shifted));
        }
    }

    /** @param array<string, mixed> $result */
    private function checkShape(array $result, int $size): void
    {
        if (isset($result['error'])) {
            return;
        }
        $previous = 0;
        $total = 0;
        foreach (array_merge([['line' => $result['headerLine'], 'cells' => $result['header']]], $result['records']) as $record) {
            if (!is_int($record['line']) || $record['line'] <= $previous) {
                throw new CsvFinding("record lines do not increase: line {$record['line']} after $previous");
            }
            $previous = $record['line'];
            if ($record['cells'] === [''] || $record['cells'] === [] || !array_is_list($record['cells'])) {
                throw new CsvFinding("a blank or malformed record on line {$record['line']}");
            }
            foreach ($record['cells'] as $cell) {
                if (!is_string($cell)) {
                    throw new CsvFinding("a cell that is not a string on line {$record['line']}");
                }
                $total += strlen($cell);
            }
        }
        if ($total > $size) {
            throw new CsvFinding("the cells hold $total bytes, the file $size");
        }
    }

    /** Rows written by fputcsv come back as they were, each on the line where it starts. */
    private function checkRoundTrip(): string
    {
        $delimiter = [',', ';', "\t"][mt_rand(0, 2)];
        $eol = mt_rand(0, 1) ? "\n" : "\r\n";
        $rows = [];
        $out = fopen('php://memory', 'w+b');
        $lines = [];
        $rowCount = mt_rand(1, 40);
        $width = mt_rand(1, 6);  // as a real file: every row as wide as the header
        for ($r = 0; $r < $rowCount; $r++) {
            $row = [];
            for ($c = 0; $c < $width; $c++) {
                $row[] = $this->cellText();
            }
            if ($row === ['']) {
                $row = ['x'];  // a single empty cell is a blank line, which the reader skips
            }
            $lines[] = 1 + substr_count((string) stream_get_contents($out, -1, 0), "\n");
            fputcsv($out, $row, $delimiter, '"', '', $eol);
            $rows[] = $row;
        }
        $bytes = (string) stream_get_contents($out, -1, 0);
        fclose($out);
        if (str_starts_with($bytes, "\xEF\xBB\xBF")) {
            return $bytes;
        }
        $this->last = $bytes;
        $result = $this->read($bytes, $delimiter);
        if (isset($result['error'])) {
            throw new CsvFinding("fputcsv output refused: {$result['error']}");
        }
        $got = array_merge([$result['header']], array_column($result['records'], 'cells'));
        $gotLines = array_merge([$result['headerLine']], array_column($result['records'], 'line'));
        if ($got !== $rows || $gotLines !== $lines) {
            throw new CsvFinding("fputcsv rows did not come back:\n" . $this->show(['rows' => $rows, 'lines' => $lines])
                . "\nread as\n" . $this->show(['rows' => $got, 'lines' => $gotLines]));
        }
        $this->checkAnyBytes($bytes);
        return $bytes;
    }

    private function cellText(): string
    {
        $cell = '';
        for ($n = mt_rand(0, 4); $n > 0; $n--) {
            $cell .= self::CELL_TEXT[mt_rand(0, count(self::CELL_TEXT) - 1)];
        }
        return $cell;
    }

    /**
     * The reader's answer in a comparable form: records with the header's line, or the error's
     * message and line (a Usage must name the file and a line, or say the file is empty).
     *
     * @return array<string, mixed>
     */
    private function read(string $bytes, ?string $delimiter): array
    {
        file_put_contents($this->tmp, $bytes);
        try {
            $csv = Csv::read($this->tmp, $delimiter);
        } catch (Usage $e) {
            $message = $e->getMessage();
            if (str_ends_with($message, 'is empty: the first line must name the columns.')) {
                return ['error' => 'empty', 'line' => 0];
            }
            if (!str_starts_with($message, $this->tmp . ' line ')) {
                throw new CsvFinding("a Usage error that names no line: $message");
            }
            // Every line the message names ("line 7: ... starts on line 5"), apart from its words.
            preg_match_all('/line (\d+)/', $message, $m);
            return ['error' => preg_replace('/line \d+/', 'line N', $message), 'line' => array_map('intval', $m[1])];
        }
        $header = $csv['header'];
        $lines = array_column($csv['records'], 'line');
        // The header's own line is not returned; it is the first non-blank one.
        return ['header' => $header, 'headerLine' => $this->headerLine($bytes), 'records' => $csv['records'], 'lines' => $lines];
    }

    /** The line the header starts on: 1 + the blank lines (LF, CR or CR LF) before it. */
    private function headerLine(string $bytes): int
    {
        $bytes = str_starts_with($bytes, "\xEF\xBB\xBF") ? substr($bytes, 3) : $bytes;
        $blank = strspn($bytes, "\r\n");
        return 1 + substr_count(str_replace("\r\n", "\n", substr($bytes, 0, $blank)), "\n")
            + substr_count(str_replace("\r\n", '', substr($bytes, 0, $blank)), "\r");
    }

    /**
     * @param array<string, mixed> $result
     * @return array<string, mixed>
     */
    private function movedDown(array $result, int $shift): array
    {
        if (isset($result['error'])) {
            if ($result['error'] !== 'empty') {
                $result['line'] = array_map(static fn (int $line): int => $line + $shift, $result['line']);
            }
            return $result;
        }
        $result['headerLine'] += $shift;
        foreach ($result['records'] as &$record) {
            $record['line'] += $shift;
        }
        unset($record);
        $result['lines'] = array_column($result['records'], 'line');
        return $result;
    }

    private function mutate(string $bytes): string
    {
        for ($n = mt_rand(1, 8); $n > 0; $n--) {
            $at = mt_rand(0, strlen($bytes));
            switch (mt_rand(0, 6)) {
                case 0:  // insert a byte that matters to the grammar
                    $bytes = substr_replace($bytes, self::SPECIAL[mt_rand(0, count(self::SPECIAL) - 1)], $at, 0);
                    break;
                case 1:  // any byte
                    $bytes = substr_replace($bytes, chr(mt_rand(0, 255)), $at, 0);
                    break;
                case 2:  // delete a run
                    $bytes = substr_replace($bytes, '', $at, mt_rand(1, 16));
                    break;
                case 3:  // repeat a run, sometimes into a record of tens of KiB
                    $run = substr($bytes, $at, mt_rand(1, 64));
                    $bytes = substr_replace($bytes, str_repeat($run, mt_rand(0, 9) === 0 ? mt_rand(100, 2000) : mt_rand(1, 8)), $at, 0);
                    break;
                case 4:  // splice in another seed
                    $other = $this->seeds ? $this->seeds[mt_rand(0, count($this->seeds) - 1)] : '';
                    $bytes = substr($bytes, 0, $at) . substr($other, mt_rand(0, strlen($other)));
                    break;
                case 5:  // flip a bit
                    if ($bytes !== '') {
                        $i = mt_rand(0, strlen($bytes) - 1);
                        $bytes[$i] = chr(ord($bytes[$i]) ^ (1 << mt_rand(0, 7)));
                    }
                    break;
                default:  // truncate
                    $bytes = substr($bytes, 0, $at);
            }
        }
        return $bytes;
    }

    /** @param array<string, mixed> $value */
    private function show(array $value): string
    {
        return substr(json_encode($value, JSON_INVALID_UTF8_SUBSTITUTE | JSON_PARTIAL_OUTPUT_ON_ERROR) ?: '?', 0, 2000);
    }
}

// Any warning or notice from the reader is a finding, as much as an exception.
// (The reader's one @, on fopen, is a choice: it says why itself, so the handler respects @.)
set_error_handler(static function (int $no, string $message, string $file, int $line): bool {
    if (!(error_reporting() & $no)) {
        return false;
    }
    throw new CsvFinding("PHP warning at $file:$line: $message");
});

$root = dirname(__DIR__, 2);
$out = $root . '/.test-output/fuzz';
is_dir($out) || mkdir($out, 0777, true);

if (($argv[1] ?? '') === '--replay') {
    $bytes = (string) file_get_contents($argv[2] ?? '');
    $fuzzer = new CsvFuzzer(0, $root . '/tests/fuzz/corpus/csv', sys_get_temp_dir());
    foreach ([1, 7, 65536 - 3, 65536] as $shift) {
        $fuzzer->checkAnyBytes($bytes, $shift, $shift < 65536 - 3);
    }
    echo "replay: ok\n";
    exit(0);
}

$seconds = (int) ($argv[1] ?? 10);
$seed = (int) ($argv[2] ?? random_int(1, PHP_INT_MAX >> 1));
echo "csv fuzz: seed $seed, $seconds s\n";
$fuzzer = new CsvFuzzer($seed, $root . '/tests/fuzz/corpus/csv', sys_get_temp_dir());
$end = hrtime(true) + $seconds * 1_000_000_000;
$rounds = 0;
try {
    while (hrtime(true) < $end) {
        $rounds++;
        $fuzzer->round();
    }
} catch (Throwable $e) {
    $file = "$out/csv-finding-$seed-$rounds.csv";
    file_put_contents($file, $fuzzer->last);
    $what = $e instanceof CsvFinding ? $e->getMessage() : get_class($e) . ': ' . $e->getMessage() . ' at ' . $e->getFile() . ':' . $e->getLine();
    fwrite(STDERR, "FINDING in round $rounds (seed $seed): $what\ninput saved as $file\n");
    echo "stat::number_of_executed_units: $rounds\n";
    exit(1);
}
echo "stat::number_of_executed_units: $rounds\n";
