--TEST--
batch(): an expired token is renewed once for the whole batch
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('b.example');
$jane = $z->createAccount('jane@b.example', 'Long-enough-1');
zimbra_sim_control($sim, '/expire-tokens');
$r = $z->batch(function (Zimbra\Batch $b) { $b->getAccount('jane@b.example'); });
echo get_class($r[0]), "\n";
?>
--EXPECT--
Zimbra\Account
