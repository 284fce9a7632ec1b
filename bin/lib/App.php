<?php
declare(strict_types=1);

namespace ZimbraAdmin;

/**
 * The command line: global options, the command, its arguments and options, --help, and
 * errors in words with exit codes (0 done, 1 Zimbra or a row failed, 2 wrong usage).
 */
final class App
{
    private const GLOBAL_OPTIONS = ['config' => 'an INI file with url, user, password_file, ca_file or pin',
        'format' => 'table (default), csv or json', 'help' => 'this help (flag)'];

    /** @param resource $out @param resource $err */
    public function __construct(private $out, private $err)
    {
    }

    public function run(array $argv): int
    {
        try {
            [$positional, $options] = self::parse($argv);
            $commands = Commands::all();
            $name = array_shift($positional);
            if ($name === null || $name === 'help') {
                $topic = $positional[0] ?? null;
                fwrite($this->out, $topic !== null && isset($commands[$topic]) ? $this->commandHelp($topic, $commands[$topic]) : $this->help($commands));
                return 0;
            }
            if (!isset($commands[$name])) {
                throw new Usage("Unknown command '$name'. Run `zimbra-admin help` for the list.");
            }
            $command = $commands[$name];
            if (isset($options['help'])) {
                fwrite($this->out, $this->commandHelp($name, $command));
                return 0;
            }
            foreach (array_keys($options) as $o) {
                if (!isset($command['options'][$o]) && !isset(self::GLOBAL_OPTIONS[$o]) && !in_array($o, ['password', 'pass', 'p', 'admin-password'], true)) {
                    throw new Usage("Unknown option --$o for $name. Run `zimbra-admin $name --help`.");
                }
            }
            $args = $this->bindArgs($name, $command['args'], $positional);
            if (($options['format'] ?? null) === true) {
                throw new Usage('--format takes a value: table, csv or json.');
            }
            $output = new Output($this->out, (string) ($options['format'] ?? 'table'));
            $zimbra = Config::client(Config::load($options));
            $code = ($command['run'])($zimbra, $output, $args, $options, $this->err);
            return is_int($code) ? $code : 0;
        } catch (Usage $e) {
            fwrite($this->err, 'zimbra-admin: ' . $e->getMessage() . "\n");
            return 2;
        } catch (\Zimbra\ValidationException $e) {
            fwrite($this->err, 'zimbra-admin: ' . $e->getMessage() . "\n");
            return 2;
        } catch (\Zimbra\FaultException $e) {
            fwrite($this->err, 'zimbra-admin: Zimbra refused: ' . $e->getReason() . ' (' . $e->getFaultCode() . ")\n");
            return 1;
        } catch (\Zimbra\Exception $e) {
            fwrite($this->err, 'zimbra-admin: ' . $e->getMessage() . "\n");
            return 1;
        }
    }

    /** --name value, --name=value and --flag; everything else is positional. */
    private static function parse(array $argv): array
    {
        $positional = $options = [];
        $flags = ['help', 'dry-run', 'purge', 'password-stdin', 'quiet'];
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
        return $text . "\nRun `zimbra-admin COMMAND --help` for a command's arguments and options.\n\n" . Config::help() . "\n";
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
