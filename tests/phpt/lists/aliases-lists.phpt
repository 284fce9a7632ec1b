--TEST--
Aliases and distribution lists: members, closed accounts leaving lists, Zimbra's faults and input checks
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

echo "-- aliases\n";
$z->addAccountAlias($ann->id, 'Sales@Team.Example');
$z->addAccountAlias($ann->id, 'ann@other.example');
var_dump($z->getAccount($ann->id)->getAliases());
foreach ([
    fn() => $z->addAccountAlias($bob->id, 'sales@team.example'),
    fn() => $z->addAccountAlias($bob->id, 'ann@team.example'),
    fn() => $z->addAccountAlias($bob->id, 'x@missing.example'),
    fn() => $z->removeAccountAlias($bob->id, 'sales@team.example'),
    fn() => $z->removeAccountAlias($ann->id, 'never@team.example'),
] as $fn) {
    try {
        $fn();
        echo "no fault\n";
    } catch (Zimbra\FaultException $e) {
        echo $e->getFaultCode(), ': ', $e->getReason(), "\n";
    }
}
$z->removeAccountAlias($ann->id, 'sales@team.example');
var_dump($z->getAccount($ann->id)->getAliases());

echo "-- lists\n";
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

echo "-- refused before sending\n";
$before = zimbra_sim_stats($sim)['requests'];
foreach ([
    fn() => $z->addAccountAlias($ann->id, 'not an address'),
    fn() => $z->addAccountAlias('bad-id', 'x@team.example'),
    fn() => $z->createDistributionList('a list@team.example'),
    fn() => $z->addDistributionListMembers($ann->id, []),
    fn() => $z->addDistributionListMembers($ann->id, ['ok@team.example', 'not-an-address']),
    fn() => $z->addDistributionListMembers($ann->id, [42]),
    fn() => $z->removeDistributionListMembers($ann->id, ["x@team.example\n"]),
    fn() => $z->getDistributionList('nope'),
] as $fn) {
    show_throw($fn);
}
echo "requests sent: ", zimbra_sim_stats($sim)['requests'] - $before, "\n";
?>
--EXPECT--
-- aliases
array(2) {
  [0]=>
  string(18) "sales@team.example"
  [1]=>
  string(17) "ann@other.example"
}
account.ACCOUNT_EXISTS: email address already exists: sales@team.example, at DN: uid=sales,ou=people,dc=team,dc=example
account.ACCOUNT_EXISTS: email address already exists: ann@team.example, at DN: uid=ann,ou=people,dc=team,dc=example
account.NO_SUCH_DOMAIN: no such domain: missing.example
account.NO_SUCH_ALIAS: no such alias: sales@team.example
account.NO_SUCH_ALIAS: no such alias: never@team.example
array(1) {
  [0]=>
  string(17) "ann@other.example"
}
-- lists
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
-- refused before sending
Zimbra\ValidationException: 'not an address' is not an email address (expected name@domain)
Zimbra\ValidationException: The account id 'bad-id' is not a Zimbra id (a UUID such as e00428a1-0c00-11d9-836a-000d93afea2a)
Zimbra\ValidationException: The mailbox name 'a list' contains ' '; only letters a-z, digits, '.', '_' and '-' are allowed
Zimbra\ValidationException: No members given
Zimbra\ValidationException: 'not-an-address' is not an email address (expected name@domain)
Zimbra\ValidationException: Members must be email addresses (strings), not int
Zimbra\ValidationException: The domain name 'team.example?' contains '?'; only letters, digits, '-' and '.' are allowed
Zimbra\ValidationException: 'nope' is not an email address (expected name@domain)
requests sent: 0
