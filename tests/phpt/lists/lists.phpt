--TEST--
Distribution lists: create, members added and removed, closed accounts leaving them, delete
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

// A closed account leaves every list, as Zimbra does.
$z->setAccountStatus($bob->id, 'closed');
var_dump($z->getDistributionList($dl->id)->getMembers());

$z->createDistributionList('news@team.example');
foreach ($z->listDistributionLists('team.example') as $l) {
    echo get_class($l), ' ', $l->name, "\n";
}
var_dump($z->getDistributionList('none@team.example'));
foreach ([
    fn() => $z->createDistributionList('all@team.example'),
    fn() => $z->createDistributionList('ann@team.example'),
    fn() => $z->createDistributionList('list@missing.example'),
    fn() => $z->addDistributionListMembers('00000000-0000-0000-0000-000000000000', ['a@b.example']),
    fn() => $z->deleteDistributionList('00000000-0000-0000-0000-000000000000'),
] as $fn) {
    try {
        $fn();
        echo "no fault\n";
    } catch (Zimbra\FaultException $e) {
        echo $e->getFaultCode(), ': ', $e->getReason(), "\n";
    }
}
$z->deleteDistributionList($dl->id);
var_dump($z->getDistributionList($dl->id));
--EXPECT--
string(23) "Zimbra\DistributionList"
string(16) "all@team.example"
string(8) "Everyone"
bool(false)
array(0) {
}
string(4) "TRUE"
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
array(1) {
  [0]=>
  string(16) "ann@team.example"
}
Zimbra\DistributionList all@team.example
Zimbra\DistributionList news@team.example
NULL
account.DISTRIBUTION_LIST_EXISTS: email address already exists: all@team.example
account.DISTRIBUTION_LIST_EXISTS: email address already exists: ann@team.example
account.NO_SUCH_DOMAIN: no such domain: missing.example
account.NO_SUCH_DISTRIBUTION_LIST: no such distribution list: 00000000-0000-0000-0000-000000000000
account.NO_SUCH_DISTRIBUTION_LIST: no such distribution list: 00000000-0000-0000-0000-000000000000
NULL
