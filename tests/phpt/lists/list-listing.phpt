--TEST--
listDistributionLists() lists a domain's lists; getDistributionList() is null for a missing one
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('team.example');
$z->createDomain('other.example');
$ann = $z->createAccount('ann@team.example', 'Long-enough-1');
$bob = $z->createAccount('bob@team.example', 'Long-enough-1');

$dl = $z->createDistributionList('All@Team.Example', ['displayName' => 'Everyone', 'zimbraHideInGal' => true]);

$z->createDistributionList('news@team.example');
foreach ($z->listDistributionLists('team.example') as $l) {
    echo get_class($l), ' ', $l->name, "\n";
}
var_dump($z->getDistributionList('none@team.example'));
--EXPECT--
Zimbra\DistributionList all@team.example
Zimbra\DistributionList news@team.example
NULL
