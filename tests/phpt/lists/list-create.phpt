--TEST--
createDistributionList() returns the list: name normalised, display name and attributes kept, static, no members
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
var_dump(get_class($dl), $dl->name, $dl->getDisplayName(), $dl->dynamic, $dl->getMembers(), $dl->get('zimbraHideInGal'));
--EXPECT--
string(23) "Zimbra\DistributionList"
string(16) "all@team.example"
string(8) "Everyone"
bool(false)
array(0) {
}
string(4) "TRUE"
