<?php
declare(strict_types=1);

namespace ZimbraAdmin;

/**
 * A progress bar on stderr: redrawn in place on a terminal, a line per tenth otherwise (logs
 * and CI stay readable), silent with --quiet.
 */
final class Progress
{
    private int $done = 0;
    private int $errors = 0;
    private int $lastTenth = -1;
    private float $started;

    /** @param resource $err */
    public function __construct(private $err, private int $total, private bool $enabled = true, private ?bool $tty = null)
    {
        $this->tty ??= function_exists('posix_isatty') ? @posix_isatty($err) : stream_isatty($err);
        $this->started = microtime(true);
    }

    public function advance(int $rows, int $errors = 0): void
    {
        $this->done += $rows;
        $this->errors += $errors;
        if (!$this->enabled || $this->total === 0) {
            return;
        }
        $fraction = min(1.0, $this->done / $this->total);
        $bar = str_repeat('#', (int) round($fraction * 30)) . str_repeat('.', 30 - (int) round($fraction * 30));
        $rate = $this->done / max(0.001, microtime(true) - $this->started);
        $text = sprintf('[%s] %d/%d %3d%%  %d error%s  %.0f rows/s', $bar, $this->done, $this->total, (int) ($fraction * 100),
            $this->errors, $this->errors === 1 ? '' : 's', $rate);
        if ($this->tty) {
            fwrite($this->err, "\r" . $text . ($this->done >= $this->total ? "\n" : ''));
        } elseif (($tenth = (int) floor($fraction * 10)) !== $this->lastTenth) {
            $this->lastTenth = $tenth;
            fwrite($this->err, $text . "\n");
        }
    }
}
