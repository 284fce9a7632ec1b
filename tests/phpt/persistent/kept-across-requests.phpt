--TEST--
Persistent sessions: a warm worker reuses its connection and token; credentials never shared; not across fork; logout forgets
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();

// A worker process (php -S) serving a page that logs in and asks Zimbra something.
$dir = sys_get_temp_dir() . '/zimbra-persist-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/page.php", '<?php
$c = new Zimbra\Client(getenv("SIM_URL"), ["ca_file" => getenv("SIM_CERT"), "persistent" => true]);
$c->login("admin@zimbra.test", $_GET["pw"] ?? "test-Admin-Pass1");
$c->request("NoOpRequest");
if (isset($_GET["logout"])) { $c->logout(); }
echo json_encode($c->getStats());
');
$port = zimbra_closed_port();
$ext = realpath(__DIR__ . '/../../../modules/zimbra.so');
$web = proc_open([PHP_BINARY, '-n', '-d', "extension=$ext", '-S', "127.0.0.1:$port", '-t', $dir],
    [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'a'], 2 => ['pipe', 'w']], $pipes,
    null, ['SIM_URL' => $sim['url'], 'SIM_CERT' => $sim['cert']]);
// It says on stderr when it listens: wait for that line, not for a time.
while (($line = fgets($pipes[2])) !== false && !str_contains($line, 'started')) {
}
if ($line === false) {
    throw new RuntimeException('php -S did not start');
}
$page = function (string $query = '') use ($port) {
    $r = file_get_contents("http://127.0.0.1:$port/page.php$query");
    return $r === false ? null : json_decode($r, true);
};
$auths = fn () => zimbra_sim_stats($sim)['requests_by_name']['AuthRequest'] ?? 0;

$first = $page();
$second = $page();
$third = $page();
echo "first:  reused=", var_export($first['reused'], true), " persistent=", var_export($first['persistent'], true), "\n";
echo "second: reused=", var_export($second['reused'], true), "\n";
echo "third:  reused=", var_export($third['reused'], true), "\n";
$stats = zimbra_sim_stats($sim);
echo "logins seen by Zimbra: ", $auths(), ", connections: ", $stats['connections'], ", TLS handshakes: ", $stats['tls_handshakes'], "\n";

// Another password is another session (and here a refused login).
$other = @file_get_contents("http://127.0.0.1:$port/page.php?pw=wrong");
echo "wrong password served a page: ", var_export(str_contains((string) $other, 'requests'), true), "\n";
echo "logins seen by Zimbra: ", $auths(), "\n";

// The server forgot the token: the kept session logs in again by itself.
zimbra_sim_control($sim, '/forget-tokens');
$again = $page();
echo "after forget: reused=", var_export($again['reused'], true), " logins seen: ", $auths(), "\n";

// Logout ends the kept session: the next page logs in afresh.
$page('?logout=1');
$fresh = $page();
echo "after logout: reused=", var_export($fresh['reused'], true), " logins seen: ", $auths(), "\n";
proc_terminate($web);
proc_close($web);
unlink("$dir/page.php");
rmdir($dir);

// Not across fork: a child never uses its parent's connection.
$c = new Zimbra\Client($sim['url'], ['ca_file' => $sim['cert'], 'persistent' => true]);
$c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
unset($c);
$before = $auths();
$pid = pcntl_fork();
if ($pid === 0) {
    $c = new Zimbra\Client($sim['url'], ['ca_file' => $sim['cert'], 'persistent' => true]);
    $c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
    exit($c->getStats()['reused'] ? 1 : 0);
}
pcntl_waitpid($pid, $status);
echo "child reused the parent's session: ", var_export(pcntl_wexitstatus($status) === 1, true), ", logins: +", $auths() - $before, "\n";
$c = new Zimbra\Client($sim['url'], ['ca_file' => $sim['cert'], 'persistent' => true]);
$c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
echo "the parent still reuses its own: ", var_export($c->getStats()['reused'], true), "\n";
var_dump(ini_get('zimbra.persistent'));
?>
--EXPECT--
first:  reused=false persistent=true
second: reused=true
third:  reused=true
logins seen by Zimbra: 1, connections: 1, TLS handshakes: 1
wrong password served a page: false
logins seen by Zimbra: 2
after forget: reused=true logins seen: 3
after logout: reused=false logins seen: 4
child reused the parent's session: false, logins: +1
the parent still reuses its own: true
string(1) "0"
