--TEST--
logout() ends the kept session: the next page logs in afresh
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
require __DIR__ . '/../inc/worker.inc';
$sim = zimbra_sim();
[$page, $stop] = zimbra_worker($sim);
$page();
$page('?logout=1');
$fresh = $page();
echo "after logout: reused=", var_export($fresh['reused'], true), " logins seen: ", zimbra_logins($sim), "\n";
$stop();
?>
--EXPECT--
after logout: reused=false logins seen: 2
