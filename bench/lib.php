<?php
/**
 * Shared by the benchmark scripts: a simulator started for the run, and the
 * baselines written the way PHP modules usually talk to Zimbra.
 */

function bench_sim(array $args = []): array
{
    $cmd = ['python3', __DIR__ . '/../tests/zimbra-sim/run', '--port', '0', '--dos-limit', '0', ...$args];
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'a']], $pipes);
    $sim = ['proc' => $proc];
    while (!isset($sim['control']) && ($line = fgets($pipes[1])) !== false) {
        [$k, $v] = explode(' ', trim($line), 2);
        $sim[$k] = $v;
    }
    register_shutdown_function(fn () => proc_terminate($proc));
    return $sim;
}

function bench_control(array $sim, string $path, array $data): void
{
    file_get_contents($sim['control'] . $path, false, stream_context_create(['http' => ['method' => 'POST',
        'header' => "Content-Type: application/json\r\n", 'content' => json_encode($data)]]));
}

/** A memory figure of this process from /proc/self/status (VmRSS, VmHWM), in KiB. */
function kib(string $field): int
{
    preg_match('/^' . $field . ':\s+(\d+) kB/m', file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}

/** CPU seconds (user + system) of this process. */
function cpu(): float
{
    $r = getrusage();
    return $r['ru_utime.tv_sec'] + $r['ru_utime.tv_usec'] / 1e6 + $r['ru_stime.tv_sec'] + $r['ru_stime.tv_usec'] / 1e6;
}

/**
 * Run $fn $n times, in $rounds rounds; CPU and wall seconds per call of the
 * fastest round. A shared machine only ever adds time, so the minimum is the
 * least noisy estimate of what the code itself costs.
 */
function measure(int $n, callable $fn, int $rounds = 5): array
{
    $fn(0);  // warm up
    $per = max(1, intdiv($n, $rounds));
    $best = ['cpu' => INF, 'wall' => INF];
    for ($r = 0, $i = 1; $r < $rounds; $r++) {
        $c = cpu();
        $w = hrtime(true);
        for ($k = 0; $k < $per; $k++, $i++) {
            $fn($i);
        }
        $best['cpu'] = min($best['cpu'], (cpu() - $c) / $per);
        $best['wall'] = min($best['wall'], (hrtime(true) - $w) / 1e9 / $per);
    }
    return $best;
}

function envelope(string $body, ?string $token = null): string
{
    $header = $token === null ? '' : '<soap:Header><context xmlns="urn:zimbra"><authToken>' . htmlspecialchars($token, ENT_XML1)
        . '</authToken></context></soap:Header>';
    return '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">' . $header . '<soap:Body>' . $body
        . '</soap:Body></soap:Envelope>';
}

function curl_handle(array $sim)
{
    $h = curl_init($sim['listening'] . '/service/admin/soap/');
    curl_setopt_array($h, [CURLOPT_POST => true, CURLOPT_RETURNTRANSFER => true, CURLOPT_CAINFO => $sim['certificate'],
        CURLOPT_HTTPHEADER => ['Content-Type: application/soap+xml; charset=utf-8']]);
    return $h;
}

function auth_body(): string
{
    return '<AuthRequest xmlns="urn:zimbraAdmin" name="admin@zimbra.test" password="test-Admin-Pass1"/>';
}

/** (a) The typical module: a new handle, a login and SimpleXML for every call. */
function typical_call(array $sim, string $body): SimpleXMLElement
{
    $h = curl_handle($sim);
    curl_setopt($h, CURLOPT_POSTFIELDS, envelope(auth_body()));
    $auth = simplexml_load_string(curl_exec($h));
    $auth->registerXPathNamespace('z', 'urn:zimbraAdmin');
    $token = (string) $auth->xpath('//z:authToken')[0];
    curl_setopt($h, CURLOPT_POSTFIELDS, envelope($body, $token));
    $reply = simplexml_load_string(curl_exec($h));
    curl_close($h);
    return $reply;
}

/** (b) The careful module: one handle, a cached token, DOM. */
final class CarefulClient
{
    private $h;
    private string $token;

    public function __construct(private array $sim)
    {
        $this->h = curl_handle($sim);
        curl_setopt($this->h, CURLOPT_POSTFIELDS, envelope(auth_body()));
        $d = new DOMDocument();
        $d->loadXML(curl_exec($this->h));
        $this->token = $d->getElementsByTagNameNS('urn:zimbraAdmin', 'authToken')->item(0)->textContent;
    }

    public function call(string $body): DOMDocument
    {
        curl_setopt($this->h, CURLOPT_POSTFIELDS, envelope($body, $this->token));
        $d = new DOMDocument();
        $d->loadXML(curl_exec($this->h));
        return $d;
    }

    public function token(): string
    {
        return $this->token;
    }
}
