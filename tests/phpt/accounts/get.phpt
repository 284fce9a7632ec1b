--TEST--
getAccount() by name, alias (matchedAlias set) or id; null when missing; only the attributes asked for
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('shop.example', ['zimbraDomainMaxAccounts' => 3]);

$a = $z->createAccount('Jane.Doe@Shop.Example', 'Initial-pass-1', [
    'displayName' => 'Jane Doe', 'zimbraMailQuota' => 1 << 30, 'zimbraFeatureMobileSyncEnabled' => true,
]);

$z->addAccountAlias($a->id, 'jane@shop.example');
$byAlias = $z->getAccount('JANE@shop.example');
var_dump($byAlias->name, $byAlias->matchedAlias, $byAlias->getAliases());
var_dump($z->getAccount('jane.doe@shop.example')->matchedAlias);
var_dump($z->getAccount($a->id)->name);
var_dump($z->getAccount('nobody@shop.example'), $z->getAccount('00000000-0000-0000-0000-000000000000'));
var_dump(array_keys($z->getAccount($a->id, ['displayName', 'zimbraAccountStatus'])->attrs));
--EXPECT--
string(21) "jane.doe@shop.example"
string(17) "jane@shop.example"
array(1) {
  [0]=>
  string(17) "jane@shop.example"
}
NULL
string(21) "jane.doe@shop.example"
NULL
NULL
array(2) {
  [0]=>
  string(11) "displayName"
  [1]=>
  string(19) "zimbraAccountStatus"
}
