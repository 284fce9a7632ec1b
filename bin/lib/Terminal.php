<?php
declare(strict_types=1);

namespace ZimbraAdmin;

/**
 * Talking to the person at a terminal: passwords without echo (asked twice), confirmations for
 * what cannot be undone. From a pipe or a file nothing is asked: a password is the first line,
 * and a destructive command needs --yes.
 */
final class Terminal
{
    /** @param resource $in @param resource $err */
    public function __construct(private $in, private $err)
    {
    }

    public function interactive(): bool
    {
        return stream_isatty($this->in);
    }

    /** A password: on a terminal typed twice without echo; otherwise the first line of the input. */
    public function password(string $label): string
    {
        if (!$this->interactive()) {
            $line = fgets($this->in);
            $password = $line === false ? '' : rtrim($line, "\r\n");
            if ($password === '') {
                throw new Usage('No password on standard input (e.g. `pass show zimbra/jane | zimbra-admin ...`).');
            }
            return $password;
        }
        $first = $this->hidden("$label: ");
        if ($first === '') {
            throw new Usage('No password was typed: nothing was changed.');
        }
        if (!hash_equals($first, $this->hidden('Type it again: '))) {
            throw new Usage('The two passwords differ: nothing was changed.');
        }
        return $first;
    }

    /** True when the person typed yes. Asked only on a terminal (a script gives --yes). */
    public function confirm(string $question): bool
    {
        fwrite($this->err, "$question Type yes to go on: ");
        $line = fgets($this->in);
        return $line !== false && strtolower(trim($line)) === 'yes';
    }

    /** One line read with the terminal's echo off; echo comes back even on Ctrl-C. */
    private function hidden(string $prompt): string
    {
        $saved = trim((string) shell_exec('stty -g 2>/dev/null'));
        $restore = function () use ($saved): void {
            if ($saved !== '') {
                shell_exec('stty ' . escapeshellarg($saved) . ' 2>/dev/null');
            }
            fwrite($this->err, "\n");
        };
        $previous = null;
        if (function_exists('pcntl_async_signals')) {
            pcntl_async_signals(true);
            $previous = pcntl_signal_get_handler(SIGINT);
            pcntl_signal(SIGINT, function () use ($restore): void {
                $restore();
                exit(ExitCode::INTERRUPTED);
            });
        }
        // Echo off before the prompt shows: nothing typed after it can appear.
        shell_exec('stty -echo 2>/dev/null');
        fwrite($this->err, $prompt);
        try {
            // Wait in select(), which a signal interrupts (a blocked read is resumed instead, and
            // the Ctrl-C handler would never run): then read the line that is there.
            do {
                $read = [$this->in];
                $write = $except = null;
            } while (@stream_select($read, $write, $except, null) < 1);
            $line = fgets($this->in);
        } finally {
            $restore();
            if ($previous !== null) {
                pcntl_signal(SIGINT, $previous);
            }
        }
        return $line === false ? '' : rtrim($line, "\r\n");
    }
}
