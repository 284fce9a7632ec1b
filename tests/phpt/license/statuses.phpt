--TEST--
An enforced build asks the licence server: valid, suspended, canceled, expired, unknown and empty keys each get their status
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';

// A vendor key pair made now, and a simulator that plays the licence server.
$dir = sys_get_temp_dir() . '/zlic-' . getmypid();
@mkdir($dir);
exec('openssl genpkey -algorithm ed25519 -out ' . escapeshellarg("$dir/vendor.pem") . ' 2>/dev/null');
exec('openssl genpkey -algorithm ed25519 -out ' . escapeshellarg("$dir/forger.pem") . ' 2>/dev/null');
$pub = base64_encode(substr(shell_exec('openssl pkey -in ' . escapeshellarg("$dir/vendor.pem") . ' -pubout -outform DER'), -32));
$sim = zimbra_sim(['--license-key', "$dir/vendor.pem"]);
$forged = zimbra_sim(['--license-key', "$dir/forger.pem"]);
foreach (['valid' => 0, 'suspended' => 0, 'canceled' => 0, 'expired-by-date' => time() - 60] as $key => $expires) {
    zimbra_sim_control($sim, '/license', ['key' => "KEY-$key", 'status' => $expires ? 'valid' : $key, 'expires' => $expires]);
    zimbra_sim_control($forged, '/license', ['key' => "KEY-$key", 'status' => 'valid']);
}

$run = function (array $server, string $code) use ($pub): mixed {
    $ext = realpath(__DIR__ . '/../../../modules/zimbra.so');
    $cmd = [PHP_BINARY, '-n', '-d', "extension=$ext",
        // Quoted, as php.ini needs for base64 ('=') and URLs.
        '-d', "zimbra.license_public_key=\"$pub\"",
        '-d', 'zimbra.license_url="' . $server['url'] . '/license/check"',
        '-d', 'zimbra.license_ca_file="' . $server['cert'] . '"',
        '-r', $code];
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    proc_close($p);
    return json_decode($out, true) ?? ['error' => $out . $err];
};

$check = fn (string $key, ?string $cached = null, int $maxAge = 86400)
    => 'echo json_encode(Zimbra\\License::check(' . var_export($key, true) . ', ' . var_export($cached, true) . ", $maxAge));";

foreach (['KEY-valid', 'KEY-suspended', 'KEY-canceled', 'KEY-expired-by-date', 'KEY-unknown', ''] as $key) {
    $r = $run($sim, $check($key));
    printf("%-20s %-10s cached=%s\n", $key === '' ? '(empty)' : $key, $r['status'], var_export($r['fromCache'], true));
}
$enforced = $run($sim, 'echo json_encode(Zimbra\\License::isEnforced());');
var_dump($enforced);
--EXPECTF--
KEY-valid            valid      cached=false
KEY-suspended        suspended  cached=false
KEY-canceled         canceled   cached=false
KEY-expired-by-date  expired    cached=false
KEY-unknown          invalid    cached=false
(empty)              unlicensed cached=false
bool(true)
