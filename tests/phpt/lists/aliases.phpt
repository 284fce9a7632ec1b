--TEST--
Account aliases: added, listed, refused when the address is taken or the domain missing, removed (NO_SUCH_ALIAS when it is not one)
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
--EXPECT--
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
