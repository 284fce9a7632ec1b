<?php
declare(strict_types=1);

namespace ZimbraAdmin;

/** Rows as an aligned table, CSV (RFC 4180) or JSON, chosen by --format. */
final class Output
{
    public const FORMATS = ['table', 'csv', 'json'];

    /** @param resource $out */
    public function __construct(private $out, private string $format = 'table')
    {
        if (!in_array($format, self::FORMATS, true)) {
            throw new Usage("--format must be one of: " . implode(', ', self::FORMATS) . " (not '$format').");
        }
    }

    /**
     * @param list<string> $columns
     * @param list<array<string,scalar|null>> $rows
     * @param array<string,scalar|null> $summary extra keys for JSON, a closing line for the table
     */
    public function rows(array $columns, array $rows, array $summary = []): void
    {
        if ($this->format === 'json') {
            fwrite($this->out, json_encode($summary ? $summary + ['rows' => $rows] : $rows,
                JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n");
            return;
        }
        if ($this->format === 'csv') {
            fputcsv($this->out, $columns, ',', '"', '');
            foreach ($rows as $row) {
                fputcsv($this->out, array_map(fn ($c) => self::spreadsheetSafe(self::cell($row[$c] ?? null)), $columns), ',', '"', '');
            }
            return;
        }
        $widths = array_map([self::class, 'width'], array_combine($columns, $columns));
        foreach ($rows as $row) {
            foreach ($columns as $c) {
                $widths[$c] = max($widths[$c], self::width(self::cell($row[$c] ?? null)));
            }
        }
        $line = fn (array $cells) => rtrim(implode('  ', array_map(fn ($c) => self::pad($cells[$c], $widths[$c],
            is_numeric($cells[$c])), $columns))) . "\n";
        fwrite($this->out, $line(array_combine($columns, array_map('strtoupper', $columns))));
        foreach ($rows as $row) {
            fwrite($this->out, $line(array_map(fn ($c) => self::cell($row[$c] ?? null), array_combine($columns, $columns))));
        }
        foreach ($summary as $key => $value) {
            fwrite($this->out, "$key: " . self::cell($value) . "\n");
        }
    }

    public function line(string $text): void
    {
        if ($this->format !== 'json') {
            fwrite($this->out, $text . "\n");
        }
    }

    /** One object as JSON, or its "key: value" lines. */
    public function record(array $data): void
    {
        if ($this->format === 'json') {
            fwrite($this->out, json_encode($data, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n");
            return;
        }
        $width = max(15, ...array_map(fn ($k) => self::width((string) $k) + 2, array_keys($data) ?: [0]));
        foreach ($data as $key => $value) {
            fwrite($this->out, self::pad($key . ':', $width, false) . self::cell(is_array($value) ? implode(', ', $value) : $value) . "\n");
        }
    }

    /**
     * A CSV cell a spreadsheet opens as text, never as a formula: a value starting with =, +, -, @,
     * a tab or a carriage return (a display name such as =HYPERLINK(...)) gets a leading
     * apostrophe, as OWASP's CSV-injection advice has it. Numbers are left alone.
     */
    private static function spreadsheetSafe(string $cell): string
    {
        return $cell !== '' && !is_numeric($cell) && strpbrk($cell[0], "=+-@\t\r") !== false ? "'" . $cell : $cell;
    }

    /** Characters, not bytes (without needing mbstring). */
    private static function width(string $s): int
    {
        return preg_match_all('/./us', $s) ?: strlen($s);
    }

    private static function cell(mixed $v): string
    {
        return match (true) {
            $v === null => '',
            is_bool($v) => $v ? 'yes' : 'no',
            is_float($v) => number_format($v, 1, '.', ''),
            default => (string) $v,
        };
    }

    private static function pad(string $s, int $width, bool $right): string
    {
        $gap = str_repeat(' ', max(0, $width - self::width($s)));
        return $right ? $gap . $s : $s . $gap;
    }
}
