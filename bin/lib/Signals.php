<?php
declare(strict_types=1);

namespace ZimbraAdmin;

/**
 * Ctrl-C (SIGINT) and SIGTERM during long work: noted, so the work stops at a clean point (the
 * end of a batch) instead of in the middle of one. Without pcntl they keep their default effect.
 */
final class Signals
{
    private static ?int $caught = null;

    public static function watch(): void
    {
        if (!function_exists('pcntl_async_signals')) {
            return;
        }
        pcntl_async_signals(true);
        foreach ([SIGINT, SIGTERM] as $signal) {
            pcntl_signal($signal, static function (int $s): void {
                self::$caught ??= $s;
            });
        }
    }

    /** The first signal caught since watch(), or null. */
    public static function caught(): ?int
    {
        return self::$caught;
    }

    /** The exit code a shell shows for it: 128 + the signal number (130 for Ctrl-C, 143 for SIGTERM). */
    public static function exitCode(int $signal): int
    {
        return 128 + $signal;
    }
}
