--TEST--
A kept session is never used for another password: the worker logs in with it, and Zimbra's refusal is the page's
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
require __DIR__ . '/../inc/worker.inc';
$sim = zimbra_sim();
[$page, $stop] = zimbra_worker($sim);
$page();
echo "wrong password served a page: ", var_export($page('?pw=wrong') !== null, true), "\n";
echo "logins seen by Zimbra: ", zimbra_logins($sim), "\n";
$stop();
?>
--EXPECT--
wrong password served a page: false
logins seen by Zimbra: 2
