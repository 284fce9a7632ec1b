--TEST--
The admin token running out during a bulk batch: the BatchRequest that meets it is sent again after one re-login, and every item is done once
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim, ['batch_size' => 2]);
$z->createDomain('exp.example');

// The token runs out as the second BatchRequest arrives (the first one, and the domain, passed).
zimbra_sim_control($sim, '/fault', ['kind' => 'expire-tokens', 'count' => 1, 'skip' => 1]);
$logins = $z->getStats()['logins'];
$r = $z->batch(function (Zimbra\Batch $b) {
    foreach (['a', 'b', 'c', 'd', 'e'] as $u) {
        $b->createAccount("$u@exp.example", 'Long-enough-1');
    }
});
echo implode(' ', array_map(fn ($x) => $x instanceof Zimbra\Account ? $x->name : get_class($x), $r)), "\n";
echo "re-logins: ", $z->getStats()['logins'] - $logins, "\n";
var_dump(array_sum(array_column($z->countAccounts('exp.example'), 'count')));

// The same in a single batch of everything: the whole BatchRequest is refused before any item
// runs (Zimbra checks the header once), so sending it again cannot do anything twice.
$z2 = zimbra_client($sim, ['batch_size' => 100]);
zimbra_sim_control($sim, '/fault', ['kind' => 'expire-tokens', 'count' => 1]);
$logins = $z2->getStats()['logins'];
$r = $z2->batch(function (Zimbra\Batch $b) {
    $b->createAccount('f@exp.example', 'Long-enough-1');
    $b->createAccount('a@exp.example', 'Long-enough-1');
});
echo get_class($r[0]), ' ', $r[1]->getFaultCode(), "\n";
echo "re-logins: ", $z2->getStats()['logins'] - $logins, "\n";
var_dump(array_sum(array_column($z2->countAccounts('exp.example'), 'count')));
?>
--EXPECT--
a@exp.example b@exp.example c@exp.example d@exp.example e@exp.example
re-logins: 1
int(5)
Zimbra\Account account.ACCOUNT_EXISTS
re-logins: 1
int(6)
