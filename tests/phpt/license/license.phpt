--TEST--
License: community build, then an enforced build against a licence server signing with Ed25519
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';

// This process is a community build: nothing is checked.
var_dump(Zimbra\License::isEnforced());
$r = Zimbra\License::check('ANY-KEY');
var_dump($r['status'], $r['enforced'], $r['message']);
ini_set('zimbra.license_public_key', 'AAAA');  // system setting: a script cannot change it
var_dump(ini_get('zimbra.license_public_key'));

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

// Answers signed with another key are refused.
$r = $run($forged, $check('KEY-valid'));
echo $r['status'], ': ', $r['message'], "\n";

// A fresh cached answer is used without asking; an old one is refreshed.
$first = $run($sim, $check('KEY-valid'));
$before = zimbra_sim_stats($sim)['license_checks'];
$r = $run($sim, $check('KEY-valid', $first['answer']));
echo $r['status'], ' fromCache=', var_export($r['fromCache'], true), ' asked=', zimbra_sim_stats($sim)['license_checks'] - $before, "\n";
// A maximum age of 0 never uses the cache.
$r = $run($sim, $check('KEY-valid', $first['answer'], 0));
echo $r['status'], ' fromCache=', var_export($r['fromCache'], true), ' asked=', zimbra_sim_stats($sim)['license_checks'] - $before, "\n";

// While the server is down, the last signed answer stands, even an old one.
zimbra_sim_control($sim, '/license', ['down' => true]);
$r = $run($sim, $check('KEY-valid', $first['answer'], 0));
echo $r['status'], ' fromCache=', var_export($r['fromCache'], true), "\n";
$r = $run($sim, $check('KEY-valid'));
echo $r['status'], ': ', $r['message'], "\n";

// A cache edited by hand, or kept for another key, does not count.
$edited = str_replace('status=valid', 'status=valid ', $first['answer']);
$r = $run($sim, $check('KEY-valid', $edited, 0));
echo $r['status'], "\n";
$r = $run($sim, $check('KEY-suspended', $first['answer']));
echo $r['status'], "\n";
?>
--EXPECTF--
bool(false)
string(5) "valid"
bool(false)
string(33) "Community build: licensing is off"
string(0) ""
KEY-valid            valid      cached=false
KEY-suspended        suspended  cached=false
KEY-canceled         canceled   cached=false
KEY-expired-by-date  expired    cached=false
KEY-unknown          invalid    cached=false
(empty)              unlicensed cached=false
bool(true)
invalid: The licence server's answer was refused: The licence answer is not signed by the vendor's key
valid fromCache=true asked=0
valid fromCache=false asked=1
valid fromCache=true
invalid: The licence server could not be reached: HTTP 503 from https://127.0.0.1:%d/license/check: down. The server is busy or unavailable: try again later.
invalid
invalid
