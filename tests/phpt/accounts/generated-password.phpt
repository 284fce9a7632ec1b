--TEST--
createAccount() with a null password generates one that works, is taken once and never shows in dumps or clones
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

$g = $z->createAccount('gen@shop.example', null);
$dump = print_r($g, true) . var_export($g, true) . serialize($g) . json_encode($g);
$pw = $g->takeGeneratedPassword();
var_dump(strlen($pw), str_contains($dump, $pw), $g->takeGeneratedPassword());
$clone = clone $z->createAccount('gen2@shop.example', null);
var_dump($clone->takeGeneratedPassword());
// The generated password really is the account's password.
$z->modifyAccount($g->id, ['zimbraIsAdminAccount' => true]);
$other = zimbra_client($sim, [], false);
$other->login('gen@shop.example', $pw);
var_dump($other->isLoggedIn());
--EXPECT--
int(16)
bool(false)
NULL
NULL
bool(true)
