<?php
declare(strict_types=1);

namespace ZimbraAdmin;

/**
 * A progress bar on stderr: redrawn in place on a terminal, a line per tenth otherwise (logs
 * and CI stay readable), silent with --quiet. Messages go above the bar, never over it.
 */
final class Progress
{
    private int $done = 0;
    private int $errors = 0;
    private int $lastTenth = -1;
    private bool $drawn = false;
    private float $started;

    /** @param resource $err */
    public function __construct(private $err, private int $total, private bool $enabled = true, private ?bool $tty = null)
    {
        $this->tty ??= stream_isatty($err);
        $this->started = microtime(true);
    }

    public function advance(int $rows, int $errors = 0): void
    {
        $this->done += $rows;
        $this->errors += $errors;
        if (!$this->enabled || $this->total === 0) {
            return;
        }
        if ($this->tty) {
            $this->draw();
        } elseif (($tenth = (int) floor(min(1.0, $this->done / $this->total) * 10)) !== $this->lastTenth) {
            $this->lastTenth = $tenth;
            fwrite($this->err, $this->text() . "\n");
        }
    }

    /** A line for the person: on a terminal the bar is wiped, the line written, the bar drawn again below it. */
    public function note(string $line): void
    {
        if ($this->tty && $this->drawn) {
            fwrite($this->err, "\r\033[K" . $line . "\n");
            $this->draw();
            return;
        }
        fwrite($this->err, $line . "\n");
    }

    /** Ends the bar's line on a terminal, so what follows starts on a line of its own. */
    public function finish(): void
    {
        if ($this->tty && $this->drawn) {
            fwrite($this->err, "\n");
            $this->drawn = false;
        }
    }

    private function draw(): void
    {
        if (!$this->enabled || $this->total === 0) {
            return;
        }
        fwrite($this->err, "\r\033[K" . $this->text());
        $this->drawn = true;
    }

    private function text(): string
    {
        $fraction = min(1.0, $this->done / $this->total);
        $bar = str_repeat('#', (int) round($fraction * 30)) . str_repeat('.', 30 - (int) round($fraction * 30));
        $rate = $this->done / max(0.001, microtime(true) - $this->started);
        return sprintf('[%s] %d/%d %3d%%  %d error%s  %.0f rows/s', $bar, $this->done, $this->total, (int) ($fraction * 100),
            $this->errors, $this->errors === 1 ? '' : 's', $rate);
    }
}
