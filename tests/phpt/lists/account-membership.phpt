--TEST--
getAccountMembership(): the lists holding an account's address or aliases, nested ones with via; in a batch too
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('team.example');
$ann = $z->createAccount('ann@team.example', 'Long-enough-1');
$z->addAccountAlias($ann->id, 'sales.ann@team.example');
$sales = $z->createDistributionList('sales@team.example');
$all = $z->createDistributionList('all@team.example');
$z->createDistributionList('empty@team.example');
$z->addDistributionListMembers($sales->id, ['sales.ann@team.example']);  // through an alias
$z->addDistributionListMembers($all->id, ['sales@team.example']);        // a list in a list

$lists = $z->getAccountMembership('ann@team.example');
usort($lists, fn ($a, $b) => strcmp($a['name'], $b['name']));
foreach ($lists as $l) {
    printf("%s dynamic=%s via=%s id=%s\n", $l['name'], var_export($l['dynamic'], true), var_export($l['via'], true),
        $l['id'] === ($l['name'] === 'sales@team.example' ? $sales->id : $all->id) ? 'ok' : 'wrong');
}
var_dump(count($z->getAccountMembership($ann->id)));  // by id, the same

$bob = $z->createAccount('bob@team.example', 'Long-enough-1');
var_dump($z->getAccountMembership($bob->id));  // in no list

[$byName, $missing] = $z->batch(function (Zimbra\Batch $b) {
    $b->getAccountMembership('ann@team.example');
    $b->getAccountMembership('nobody@team.example');
});
var_dump(count($byName), get_class($missing), $missing->getFaultCode());

try {
    $z->getAccountMembership('nobody@team.example');
} catch (Zimbra\FaultException $e) {
    echo $e->getFaultCode(), "\n";
}
try {
    $z->getAccountMembership('not an address');
} catch (Zimbra\ValidationException $e) {
    echo get_class($e), "\n";
}
--EXPECT--
all@team.example dynamic=false via='sales@team.example' id=ok
sales@team.example dynamic=false via=NULL id=ok
int(2)
array(0) {
}
int(2)
string(21) "Zimbra\FaultException"
string(23) "account.NO_SUCH_ACCOUNT"
account.NO_SUCH_ACCOUNT
Zimbra\ValidationException
