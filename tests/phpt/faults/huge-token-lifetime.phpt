--TEST--
A token lifetime past any clock is clamped: one login serves every request
--EXTENSIONS--
zimbra
--INI--
memory_limit=64M
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$c->createDomain('odd.test');
$adminId = $c->getAccount(ZIMBRA_TEST_ADMIN)->id;
$reply = fn (string $body, array $more = []) => zimbra_sim_control($sim, '/fault', ['kind' => 'reply', 'body' => $body, 'count' => 1] + $more);
$outcome = fn ($r) => $r instanceof Throwable ? get_class($r) . ': ' . $r->getMessage() : (is_object($r) ? get_class($r) . ' ' . $r->name : var_export($r, true));

$long = zimbra_sim(['--token-lifetime', '9223372036854775']);
$l = zimbra_client($long);
$l->request('NoOpRequest');
$l->request('NoOpRequest');
$l->request('NoOpRequest');
echo "logins: ", $l->getStats()['logins'], "\n";
?>
--EXPECTF--
logins: 1
