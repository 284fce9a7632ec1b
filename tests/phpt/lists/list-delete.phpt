--TEST--
deleteDistributionList() deletes the list
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

$z->deleteDistributionList($dl->id);
var_dump($z->getDistributionList($dl->id));
--EXPECT--
NULL
