<?php
declare(strict_types=1);

namespace ZimbraAdmin;

/**
 * RFC 4180 CSV with the errors an admin can act on: the line of a quote that never closes, the
 * delimiter (',' unless given, or unless the header plainly uses ';' or a tab), the line each
 * record starts on. A UTF-8 byte-order mark is dropped; blank lines are skipped.
 */
final class Csv
{
    public const DELIMITERS = [',' => ',', ';' => ';', 'tab' => "\t", "\t" => "\t", 'comma' => ',', 'semicolon' => ';'];

    /**
     * Bytes one record may take. A mailbox row is an address, a display name, a password and a
     * quota: well under a kilobyte. A longer one is a mistake (a quote that never closes, a file
     * that is not a list of mailboxes) or an attack on memory, and stops the read at its line
     * before the next bytes are read.
     */
    public const MAX_RECORD_BYTES = 65536;
    private const CHUNK = 65536;

    /**
     * @return array{delimiter: string, detected: bool, header: list<string>, records: list<array{line: int, cells: list<string>}>}
     */
    public static function read(string $path, ?string $delimiter = null): array
    {
        $handle = is_dir($path) ? false : @fopen($path, 'rb');
        if ($handle === false) {
            throw new Usage("The CSV file $path does not exist or cannot be read.");
        }
        try {
            $first = (string) fread($handle, self::CHUNK);
            if (str_starts_with($first, "\xEF\xBB\xBF")) {
                $first = substr($first, 3);
            }
            $detected = false;
            if ($delimiter === null) {
                $delimiter = self::sniff($first);
                $detected = $delimiter !== ',';
            } elseif (!isset(self::DELIMITERS[$delimiter])) {
                throw new Usage("--delimiter takes ',', ';' or tab, not '$delimiter'.");
            } else {
                $delimiter = self::DELIMITERS[$delimiter];
            }
            $records = self::parse($handle, $first, $delimiter, $path);
        } finally {
            fclose($handle);
        }
        if (!$records) {
            throw new Usage("$path is empty: the first line must name the columns.");
        }
        $header = array_shift($records);
        return ['delimiter' => $delimiter, 'detected' => $detected, 'header' => $header['cells'], 'records' => $records];
    }

    /** The delimiter the first line uses most, outside quotes: ',' unless ';' or a tab clearly wins. */
    private static function sniff(string $text): string
    {
        $line = strtok($text, "\n") ?: '';
        $outside = preg_replace('/"[^"]*"/', '', $line);
        $counts = [',' => substr_count($outside, ','), ';' => substr_count($outside, ';'), "\t" => substr_count($outside, "\t")];
        arsort($counts);
        $best = array_key_first($counts);
        return $counts[$best] > 0 && $counts[$best] > $counts[','] ? $best : ',';
    }

    /**
     * The records, read from $text and then $handle a chunk at a time: nothing beyond the record
     * being read is held, and a record longer than MAX_RECORD_BYTES stops the read.
     *
     * @param resource $handle
     * @return list<array{line: int, cells: list<string>}>
     */
    private static function parse($handle, string $text, string $d, string $path): array
    {
        $records = [];
        $cells = [];
        $cell = '';
        $line = 1;
        $start = 1;
        $bytes = 0;
        $quotedFrom = 0;
        $i = 0;
        $len = strlen($text);
        while (true) {
            // One character of lookahead ('""', "\r\n") may sit in the next chunk.
            if ($i + 1 >= $len && !feof($handle)) {
                $text = substr($text, $i) . (string) fread($handle, self::CHUNK);
                $i = 0;
                $len = strlen($text);
            }
            if ($i >= $len) {
                break;
            }
            $c = $text[$i];
            if (++$bytes > self::MAX_RECORD_BYTES) {
                throw new Usage("$path line $start: this row is longer than " . (self::MAX_RECORD_BYTES / 1024) . ' KiB, which no mailbox '
                    . 'row is' . ($quotedFrom ? ' (a quoted value starts on line ' . $quotedFrom . ' and a closing " may be missing)' : '')
                    . '. Nothing was imported.');
            }
            if ($quotedFrom) {
                if ($c === '"') {
                    if (($text[$i + 1] ?? '') === '"') {
                        $cell .= '"';
                        $i++;
                    } else {
                        $quotedFrom = 0;
                    }
                } else {
                    $line += $c === "\n" ? 1 : 0;
                    $cell .= $c;
                }
            } elseif ($c === '"' && $cell === '') {
                $quotedFrom = $line;
            } elseif ($c === $d) {
                $cells[] = $cell;
                $cell = '';
            } elseif ($c === "\n" || $c === "\r") {
                if ($c === "\r" && ($text[$i + 1] ?? '') === "\n") {
                    $i++;
                }
                $cells[] = $cell;
                if ($cells !== ['']) {
                    $records[] = ['line' => $start, 'cells' => $cells];
                }
                $cells = [];
                $cell = '';
                $bytes = 0;
                $start = ++$line;
            } else {
                $cell .= $c;
            }
            $i++;
        }
        if ($quotedFrom) {
            throw new Usage("$path line $quotedFrom: a quoted value starts here and never ends (a closing \" is missing).");
        }
        $cells[] = $cell;
        if ($cells !== ['']) {
            $records[] = ['line' => $start, 'cells' => $cells];
        }
        return $records;
    }

    /** How the delimiter is named in messages. */
    public static function name(string $delimiter): string
    {
        return $delimiter === "\t" ? 'tab' : "'$delimiter'";
    }
}
