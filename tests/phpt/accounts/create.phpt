--TEST--
createAccount() with a given password returns the Account: name normalised, attributes typed, no password kept or shown
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
var_dump(get_class($a), $a->name, $a->getDisplayName(), $a->getQuota(), $a->getStatus(), $a->get('zimbraFeatureMobileSyncEnabled'));
var_dump($a->matchedAlias, $a->takeGeneratedPassword(), $a->get('userPassword'));
--EXPECT--
string(14) "Zimbra\Account"
string(21) "jane.doe@shop.example"
string(8) "Jane Doe"
int(1073741824)
string(6) "active"
string(4) "TRUE"
NULL
NULL
string(13) "VALUE-BLOCKED"
