--TEST--
When the server forgets the token, the kept session logs in again by itself and stays kept
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
require __DIR__ . '/../inc/worker.inc';
$sim = zimbra_sim();
[$page, $stop] = zimbra_worker($sim);
$page();
zimbra_sim_control($sim, '/forget-tokens');
$again = $page();
echo "after forget: reused=", var_export($again['reused'], true), " logins seen: ", zimbra_logins($sim), "\n";
$stop();
?>
--EXPECT--
after forget: reused=true logins seen: 2
