--TEST--
A forked child never takes the session its parent kept (it logs in itself), and the parent still reuses its own; persistence is off by default
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
require __DIR__ . '/../inc/worker.inc';
$sim = zimbra_sim();
$c = new Zimbra\Client($sim['url'], ['ca_file' => $sim['cert'], 'persistent' => true]);
$c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
unset($c);
$before = zimbra_logins($sim);
$pid = pcntl_fork();
if ($pid === 0) {
    $c = new Zimbra\Client($sim['url'], ['ca_file' => $sim['cert'], 'persistent' => true]);
    $c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
    exit($c->getStats()['reused'] ? 1 : 0);
}
pcntl_waitpid($pid, $status);
echo "child reused the parent's session: ", var_export(pcntl_wexitstatus($status) === 1, true), ", logins: +", zimbra_logins($sim) - $before, "\n";
$c = new Zimbra\Client($sim['url'], ['ca_file' => $sim['cert'], 'persistent' => true]);
$c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
echo "the parent still reuses its own: ", var_export($c->getStats()['reused'], true), "\n";
var_dump(ini_get('zimbra.persistent'));
?>
--EXPECT--
child reused the parent's session: false, logins: +1
the parent still reuses its own: true
string(1) "0"
