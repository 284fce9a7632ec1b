--TEST--
modifyAccount(), setPassword() (Zimbra's policy message), setAccountStatus(), renameAccount() and deleteAccount() do what they say
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

$m = $z->modifyAccount($a->id, ['displayName' => 'Jane D.', 'zimbraMailQuota' => 0]);
var_dump($m->getDisplayName(), $m->getQuota());
var_dump($z->setPassword($a->id, 'An0ther-good-pass'));
var_dump($z->setPassword($a->id, 'abc'));
var_dump($z->setAccountStatus($a->id, 'locked')->getStatus());
var_dump($z->renameAccount($a->id, 'jane.smith@shop.example')->name);
$g = $z->createAccount('gen@shop.example', null);
$z->deleteAccount($g->id);
var_dump($z->getAccount('gen@shop.example'));
--EXPECT--
string(7) "Jane D."
int(0)
NULL
string(120) "Password violation: account=jane.doe@shop.example, violation=invalid password: too short.  Password is set successfully."
string(6) "locked"
string(23) "jane.smith@shop.example"
NULL
