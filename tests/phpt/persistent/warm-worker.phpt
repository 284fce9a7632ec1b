--TEST--
A warm worker's persistent client reuses its connection and token: one login, one connection, one TLS handshake for three pages
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
require __DIR__ . '/../inc/worker.inc';
$sim = zimbra_sim();
[$page, $stop] = zimbra_worker($sim);
$first = $page();
$second = $page();
$third = $page();
echo "first:  reused=", var_export($first['reused'], true), " persistent=", var_export($first['persistent'], true), "\n";
echo "second: reused=", var_export($second['reused'], true), "\n";
echo "third:  reused=", var_export($third['reused'], true), "\n";
$stats = zimbra_sim_stats($sim);
echo "logins seen by Zimbra: ", zimbra_logins($sim), ", connections: ", $stats['connections'], ", TLS handshakes: ", $stats['tls_handshakes'], "\n";
$stop();
?>
--EXPECT--
first:  reused=false persistent=true
second: reused=true
third:  reused=true
logins seen by Zimbra: 1, connections: 1, TLS handshakes: 1
