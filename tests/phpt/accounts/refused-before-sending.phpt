--TEST--
Account input Zimbra would refuse is refused before anything is sent
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

$before = zimbra_sim_stats($sim)['requests'];
foreach ([
    fn() => $z->createAccount('no-at-sign', 'Long-enough-1'),
    fn() => $z->createAccount('a+b@shop.example', 'Long-enough-1'),
    fn() => $z->createAccount('x@shop.example', ''),
    fn() => $z->createAccount('x@shop.example', 'Long-enough-1', ['zimbraMailAlias' => 'y@shop.example']),
    fn() => $z->createAccount('x@shop.example', 'Long-enough-1', ['uid' => 'y']),
    fn() => $z->createAccount('x@shop.example', "pass\x00word"),
    fn() => $z->modifyAccount($a->id, ['userPassword' => 'x']),
    fn() => $z->modifyAccount($a->id, ['zimbraMailAlias' => 'y@shop.example']),
    fn() => $z->setAccountStatus($a->id, 'suspended'),
    fn() => $z->setPassword($a->id, ''),
    fn() => $z->renameAccount($a->id, 'bad address'),
    fn() => $z->getAccount('not-an-address'),
] as $fn) {
    show_throw($fn);
}
echo "requests sent: ", zimbra_sim_stats($sim)['requests'] - $before, "\n";
?>
--EXPECT--
Zimbra\ValidationException: 'no-at-sign' is not an email address (expected name@domain)
Zimbra\ValidationException: The mailbox name 'a+b' contains '+'; only letters a-z, digits, '.', '_' and '-' are allowed
Zimbra\ValidationException: The password is empty; pass null to generate one
Zimbra\ValidationException: The attribute 'zimbraMailAlias' cannot be set when creating an account; add aliases with addAccountAlias()
Zimbra\ValidationException: The attribute 'uid' cannot be set when creating an account
Zimbra\ValidationException: The value of attribute 'password' contains the character U+0000, which XML 1.0 cannot carry
Zimbra\ValidationException: Change passwords with setPassword(), not through the userPassword attribute
Zimbra\ValidationException: The attribute 'zimbraMailAlias' cannot be set when creating an account; add aliases with addAccountAlias()
Zimbra\ValidationException: The account status must be one of: active, maintenance, locked, closed, lockout, pending
Zimbra\ValidationException: The new password is empty
Zimbra\ValidationException: 'bad address' is not an email address (expected name@domain)
Zimbra\ValidationException: 'not-an-address' is not an email address (expected name@domain)
requests sent: 0
