--TEST--
searchDirectory() returns each entry as its class (aliases with their target), and countObjects() counts by type and domain
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('s.example');
foreach (['alice', 'albert', 'bob', 'carol', 'dave'] as $i => $u) {
    $a = $z->createAccount("$u@s.example", 'Long-enough-1', ['displayName' => ucfirst($u), 'zimbraMailQuota' => ($i + 1) * 1000]);
    zimbra_sim_control($sim, '/usage', ['account' => "$u@s.example", 'bytes' => ($i + 1) * 100]);
}
$z->addAccountAlias($a->id, 'boss@s.example');
$z->createDistributionList('staff@s.example');

echo "countObjects: ", $z->countObjects('userAccount', 's.example'), ' ', $z->countObjects('domain'), ' ',
    $z->countObjects('alias', 's.example'), ' ', $z->countObjects('dl', 's.example'), "\n";
$mixed = $z->searchDirectory('', [], ['domain' => 's.example', 'types' => 'aliases,distributionlists']);
foreach ($mixed as $e) {
    echo get_class($e), ' ', $e->name, $e instanceof Zimbra\Alias ? " -> {$e->targetName} ({$e->targetType})" : '', "\n";
}
--EXPECTF--
countObjects: 5 2 1 1
Zimbra\Alias boss@s.example -> dave@s.example (account)
Zimbra\DistributionList staff@s.example
