<?php
use PHPUnit\Framework\TestCase;

/**
 * Runs bin/zimbra-admin as an admin would, in a process of its own, against a simulator this
 * class starts on 127.0.0.1. Configuration goes through the environment (or a file), as the
 * tool requires.
 */
abstract class CliCase extends TestCase
{
    protected static array $sim;
    private static $proc;
    protected string $dir;

    public static function setUpBeforeClass(): void
    {
        // A hosting company's Zimbra: three mailbox servers behind the admin endpoint (§14).
        $cmd = ['python3', dirname(__DIR__) . '/zimbra-sim/run', '--port', '0', '--mailbox-servers', '3'];
        if ($record = getenv('ZIMBRA_SIM_RECORD')) {
            array_push($cmd, '--record', $record);
        }
        // Its stderr is PHPUnit's, so an internal error's trace lands in the suite's log.
        self::$proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => STDERR], $pipes);
        $sim = [];
        while (!isset($sim['control']) && ($line = fgets($pipes[1])) !== false) {
            [$k, $v] = explode(' ', trim($line), 2);
            $sim[$k] = $v;
        }
        self::$sim = $sim;
    }

    public static function tearDownAfterClass(): void
    {
        proc_terminate(self::$proc);
        proc_close(self::$proc);
    }

    protected function setUp(): void
    {
        self::control('/reset');
        $this->dir = sys_get_temp_dir() . '/zimbra-admin-test-' . getmypid() . '-' . bin2hex(random_bytes(3));
        mkdir($this->dir);
        file_put_contents($this->dir . '/password', "test-Admin-Pass1\n");
        chmod($this->dir . '/password', 0600);  // as an admin keeps it: readable by its owner only
    }

    protected function tearDown(): void
    {
        $this->assertSame(0, self::control('/stats', null)['internal_errors'], 'the simulator had internal errors');
        foreach (glob($this->dir . '/*') as $f) {
            unlink($f);
        }
        rmdir($this->dir);
    }

    protected static function control(string $path, ?array $data = []): array
    {
        $opts = $data === null ? ['http' => ['method' => 'GET']]
            : ['http' => ['method' => 'POST', 'header' => "Content-Type: application/json\r\n", 'content' => json_encode($data)]];
        return json_decode(file_get_contents(self::$sim['control'] . $path, false, stream_context_create($opts)), true);
    }

    protected function env(): array
    {
        return ['ZIMBRA_URL' => self::$sim['listening'], 'ZIMBRA_USER' => 'admin@zimbra.test',
            'ZIMBRA_PASSWORD_FILE' => $this->dir . '/password', 'ZIMBRA_CA_FILE' => self::$sim['certificate']];
    }

    /** @return array{0:int,1:string,2:string} exit code, stdout, stderr */
    protected function run_(array $args, ?array $env = null, string $stdin = ''): array
    {
        $p = proc_open(self::command($args), [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, $this->dir,
            ($env ?? $this->env()) + ['PATH' => getenv('PATH')]);
        fwrite($pipes[0], $stdin);
        fclose($pipes[0]);
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        // For the secrets audit (scripts/test): everything the tool printed, except the one place
        // it shows a secret on purpose (mailbox:create's generated password, shown once).
        if (($audit = getenv('ZIMBRA_AUDIT_DIR')) !== false && $audit !== '') {
            file_put_contents("$audit/cli-output.log", ($args[0] === 'mailbox:create' ? '' : $out) . $err, FILE_APPEND);
        }
        return [proc_close($p), $out, $err];
    }

    /** The tool's command line for $args, with the fresh build loaded and nothing else. */
    protected static function command(array $args): array
    {
        return [PHP_BINARY, '-n', '-d', 'extension=' . realpath(__DIR__ . '/../../modules/zimbra.so'),
            realpath(__DIR__ . '/../../bin/zimbra-admin'), ...$args];
    }

    /**
     * The tool on a terminal (a pseudo-terminal driven by pty_run.py): each step waits for a
     * prompt, then types. @return array{exit: int, transcript: string, echo: list<bool>}
     */
    protected function terminal(array $args, array $steps, ?array $env = null): array
    {
        $spec = ['cmd' => self::command($args), 'cwd' => $this->dir, 'steps' => $steps,
            'env' => ($env ?? $this->env()) + ['PATH' => getenv('PATH'), 'TERM' => 'dumb']];
        $p = proc_open(['python3', __DIR__ . '/pty_run.py'], [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => STDERR], $pipes);
        fwrite($pipes[0], json_encode($spec));
        fclose($pipes[0]);
        $result = json_decode(stream_get_contents($pipes[1]), true);
        proc_close($p);
        if (($audit = getenv('ZIMBRA_AUDIT_DIR')) !== false && $audit !== '') {
            // As run_(): mailbox:create shows a generated password once, on purpose.
            file_put_contents("$audit/cli-output.log", $args[0] === 'mailbox:create' ? '' : $result['transcript'], FILE_APPEND);
        }
        return $result;
    }

    protected function ok(array $args, string $stdin = ''): string
    {
        [$code, $out, $err] = $this->run_($args, null, $stdin);
        $this->assertSame(0, $code, "zimbra-admin " . implode(' ', $args) . " failed: $err");
        return $out;
    }

    /** The last status the import log gives each row (its lines are row, email, status, message). */
    protected static function finalStatuses(string $log): array
    {
        $last = [];
        foreach (file($log, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
            [$row, , $status] = explode("\t", $line);
            $last[(int) $row] = $status;
        }
        return $last;
    }

    protected function requests(): int
    {
        return self::control('/stats', null)['requests'];
    }
}
