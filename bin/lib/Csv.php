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
     * @return array{delimiter: string, detected: bool, header: list<string>, records: list<array{line: int, cells: list<string>}>}
     */
    public static function read(string $path, ?string $delimiter = null): array
    {
        $text = @file_get_contents($path);
        if ($text === false) {
            throw new Usage("The CSV file $path does not exist or cannot be read.");
        }
        if (str_starts_with($text, "\xEF\xBB\xBF")) {
            $text = substr($text, 3);
        }
        $detected = false;
        if ($delimiter === null) {
            $delimiter = self::sniff($text);
            $detected = $delimiter !== ',';
        } elseif (!isset(self::DELIMITERS[$delimiter])) {
            throw new Usage("--delimiter takes ',', ';' or tab, not '$delimiter'.");
        } else {
            $delimiter = self::DELIMITERS[$delimiter];
        }
        $records = self::parse($text, $delimiter, $path);
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

    /** @return list<array{line: int, cells: list<string>}> */
    private static function parse(string $text, string $d, string $path): array
    {
        $records = [];
        $cells = [];
        $cell = '';
        $line = 1;
        $start = 1;
        $quotedFrom = 0;
        $len = strlen($text);
        for ($i = 0; $i < $len; $i++) {
            $c = $text[$i];
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
                $start = ++$line;
            } else {
                $cell .= $c;
            }
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
