--TEST--
List members: added (twice is fine, any address), removed all or nothing (NO_SUCH_MEMBER leaves every member), display name modified
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

$z->addDistributionListMembers($dl->id, ['bob@team.example', 'ANN@team.example', 'partner@elsewhere.org']);
$z->addDistributionListMembers($dl->id, ['bob@team.example']);  // adding a member twice is allowed
var_dump($z->getDistributionList('all@team.example')->members);
$z->removeDistributionListMembers($dl->id, ['partner@elsewhere.org']);
var_dump($z->getDistributionList($dl->id)->getMembers());
try {
    $z->removeDistributionListMembers($dl->id, ['bob@team.example', 'stranger@team.example']);
} catch (Zimbra\FaultException $e) {
    echo $e->getFaultCode(), ': ', $e->getReason(), "\n";
}
var_dump(count($z->getDistributionList($dl->id)->members));  // nothing was removed
var_dump($z->modifyDistributionList($dl->id, ['displayName' => 'All staff'])->getDisplayName());
--EXPECT--
array(3) {
  [0]=>
  string(16) "ann@team.example"
  [1]=>
  string(16) "bob@team.example"
  [2]=>
  string(21) "partner@elsewhere.org"
}
array(2) {
  [0]=>
  string(16) "ann@team.example"
  [1]=>
  string(16) "bob@team.example"
}
account.NO_SUCH_MEMBER: non-existent members: stranger@team.example in distribution list: all@team.example
int(2)
string(9) "All staff"
