<?php
declare(strict_types=1);

namespace ZimbraAdmin;

/**
 * The command line: global options, the command, its arguments and options, --help, --version,
 * confirmations, and errors in words with one exit code per kind of failure (ExitCode).
 */
final class App
{
    private const GLOBAL_OPTIONS = ['config' => 'an INI file with url, user, password_file, ca_file or pin',
        'format' => 'table (default), csv or json', 'yes' => 'do what cannot be undone without asking (flag; needed in scripts)',
        'help' => 'this help (flag)', 'version' => 'the version (flag)'];
    private const FLAGS = ['help', 'dry-run', 'purge', 'password-stdin', 'quiet', 'yes', 'verbose', 'version'];
    /** The tool's version: the project's (scripts/check-version keeps it so). */
    public const VERSION = '0.3.0';

    /** @param resource $out @param resource $err @param resource $in */
    public function __construct(private $out, private $err, private $in = STDIN)
    {
    }

    public function run(array $argv): int
    {
        try {
            [$positional, $options] = self::parse($argv);
            $terminal = new Terminal($this->in, $this->err);
            $commands = Commands::all($terminal);
            if (isset($options['version'])) {
                fwrite($this->out, 'zimbra-admin ' . self::VERSION . ' (zimbra extension '
                    . (extension_loaded('zimbra') ? \Zimbra\VERSION : 'not loaded') . ")\n");
                return ExitCode::OK;
            }
            $name = array_shift($positional);
            if ($name === null || $name === 'help') {
                $topic = $positional[0] ?? null;
                fwrite($this->out, $topic !== null && isset($commands[$topic]) ? $this->commandHelp($topic, $commands[$topic]) : $this->help($commands));
                return ExitCode::OK;
            }
            if (!isset($commands[$name])) {
                throw new Usage("Unknown command '$name'. Run `zimbra-admin help` for the list.");
            }
            $command = $commands[$name];
            if (isset($options['help'])) {
                fwrite($this->out, $this->commandHelp($name, $command));
                return ExitCode::OK;
            }
            self::refuseCommandLinePasswords($name, $options);
            foreach (array_keys($options) as $o) {
                if (!isset($command['options'][$o]) && !isset(self::GLOBAL_OPTIONS[$o])) {
                    throw new Usage("Unknown option --$o for $name. Run `zimbra-admin $name --help`.");
                }
            }
            $args = $this->bindArgs($name, $command['args'], $positional);
            if (($options['format'] ?? null) === true) {
                throw new Usage('--format takes a value: table, csv or json.');
            }
            $output = new Output($this->out, (string) ($options['format'] ?? 'table'));
            // What a command reads from files (an import's CSV) is checked before it logs in.
            $prepared = isset($command['prepare']) ? ($command['prepare'])($args, $options, $this->err) : null;
            $zimbra = Config::client(Config::load($options, $this->err));
            if (isset($command['confirm']) && !isset($options['yes'])) {
                // The question may first look at Zimbra: what cannot work is said before anyone is asked.
                $question = ($command['confirm'])($args, $options, $zimbra);
                if (!$terminal->interactive()) {
                    throw new Usage("$question This cannot be undone: add --yes to do it from a script.");
                }
                if (!$terminal->confirm($question)) {
                    fwrite($this->err, "zimbra-admin: nothing was changed.\n");
                    return ExitCode::USAGE;
                }
            }
            $code = ($command['run'])($zimbra, $output, $args, $options, $this->err, $prepared);
            return is_int($code) ? $code : ExitCode::OK;
        } catch (Usage $e) {
            return $this->fail($e->getMessage(), ExitCode::USAGE);
        } catch (NotFound $e) {
            return $this->fail($e->getMessage(), ExitCode::NOT_FOUND);
        } catch (Refused $e) {
            return $this->fail($e->getMessage(), ExitCode::REFUSED);
        } catch (\Zimbra\ValidationException $e) {
            return $this->fail(Hints::message($e), ExitCode::USAGE);
        } catch (\Zimbra\FaultException $e) {
            $notFound = str_starts_with($e->getFaultCode(), 'account.NO_SUCH_');
            return $this->fail('Zimbra refused: ' . $e->getReason() . ' (' . $e->getFaultCode() . ')',
                $notFound ? ExitCode::NOT_FOUND : ExitCode::REFUSED);
        } catch (\Zimbra\Exception $e) {
            return $this->fail(Hints::message($e), ExitCode::UNREACHABLE);
        }
    }

    private function fail(string $message, int $code): int
    {
        fwrite($this->err, 'zimbra-admin: ' . $message . "\n");
        return $code;
    }

    /** A password on the command line would sit in the shell history and in `ps` for every user. */
    private static function refuseCommandLinePasswords(string $name, array $options): void
    {
        foreach (array_keys($options) as $o) {
            if (!in_array($o, ['password', 'pass', 'p', 'admin-password'], true)) {
                continue;
            }
            if ($name === 'mailbox:create' || $name === 'mailbox:password') {
                throw new Usage("A mailbox's password is never taken from the command line (shell history, `ps`): "
                    . ($name === 'mailbox:create' ? 'give --password-stdin and type it, or pipe it in; or leave it out to have one generated.'
                        : 'it is read from standard input (typed twice without echo on a terminal, or piped in).'));
            }
            throw new Usage('Passwords are never taken from the command line (shell history, `ps`): '
                . 'use password_file in --config, or ZIMBRA_PASSWORD_FILE / ZIMBRA_PASSWORD.');
        }
    }

    /** --name value, --name=value and --flag; everything else is positional. */
    private static function parse(array $argv): array
    {
        $positional = $options = [];
        $flags = self::FLAGS;
        for ($i = 0; $i < count($argv); $i++) {
            $arg = $argv[$i];
            if ($arg === '--') {
                array_push($positional, ...array_slice($argv, $i + 1));
                break;
            }
            if ($arg === '-h') {
                $options['help'] = true;
            } elseif (str_starts_with($arg, '--')) {
                [$key, $value] = array_pad(explode('=', substr($arg, 2), 2), 2, null);
                if ($value === null && !in_array($key, $flags, true) && isset($argv[$i + 1]) && !str_starts_with($argv[$i + 1], '--')) {
                    $value = $argv[++$i];
                }
                $options[$key] = $value ?? true;
            } else {
                $positional[] = $arg;
            }
        }
        return [$positional, $options];
    }

    private function bindArgs(string $name, array $spec, array $positional): array
    {
        $args = [];
        foreach ($spec as $i => $arg) {
            if (str_ends_with($arg, '...')) {
                $args[$arg] = array_slice($positional, $i);
                if (!$args[$arg]) {
                    throw new Usage("$name needs at least one " . substr($arg, 0, -3) . ". Run `zimbra-admin $name --help`.");
                }
                return $args;
            }
            if (!isset($positional[$i])) {
                throw new Usage("$name needs <$arg>. Usage: zimbra-admin $name " . self::synopsis($spec));
            }
            $args[$arg] = $positional[$i];
        }
        if (count($positional) > count($spec)) {
            throw new Usage("$name takes " . count($spec) . ' argument' . (count($spec) === 1 ? '' : 's') . '. Usage: zimbra-admin ' . $name . ' ' . self::synopsis($spec));
        }
        return $args;
    }

    private static function synopsis(array $spec): string
    {
        return implode(' ', array_map(fn ($a) => str_ends_with($a, '...') ? '<' . substr($a, 0, -3) . '>...' : "<$a>", $spec));
    }

    private function help(array $commands): string
    {
        $text = "zimbra-admin: manage a Zimbra server's domains, mailboxes, aliases and lists.\n\n"
            . "Usage: zimbra-admin [--config FILE] [--format table|csv|json] COMMAND [ARGS] [OPTIONS]\n\nCommands:\n";
        foreach ($commands as $name => $c) {
            $text .= sprintf("  %-16s %s\n", $name, strtok($c['help'], "\n"));
        }
        return $text . "\nRun `zimbra-admin COMMAND --help` for a command's arguments and options.\n\n" . Config::help() . "\n\n"
            . ExitCode::HELP . "\n";
    }

    private function commandHelp(string $name, array $c): string
    {
        $text = "Usage: zimbra-admin $name " . self::synopsis($c['args']) . ($c['options'] ? ' [OPTIONS]' : '') . "\n\n" . $c['help'] . "\n";
        if ($c['options']) {
            $text .= "\nOptions:\n";
            foreach ($c['options'] as $o => $h) {
                $text .= sprintf("  --%-16s %s\n", $o, $h);
            }
        }
        $text .= "\nGlobal options:\n";
        foreach (self::GLOBAL_OPTIONS as $o => $h) {
            $text .= sprintf("  --%-16s %s\n", $o, $h);
        }
        return $text . "\n" . Config::help() . "\n";
    }
}
