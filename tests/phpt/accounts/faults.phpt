--TEST--
Account operations Zimbra refuses throw FaultException with Zimbra's code, side and reason (taken names, full domain first, unknown ids)
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
// What the faults meet: Jane renamed to jane.smith, keeping the alias jane@, and a second mailbox (2 of 3).
$z->addAccountAlias($a->id, 'jane@shop.example');
$z->renameAccount($a->id, 'jane.smith@shop.example');
$z->createAccount('second@shop.example', null);

foreach ([
    fn() => $z->createAccount('jane.smith@shop.example', 'Long-enough-1'),
    fn() => $z->createAccount('jane@shop.example', 'Long-enough-1'),
    fn() => $z->createAccount('x@unknown.example', 'Long-enough-1'),
    fn() => $z->createAccount('short@shop.example', 'abc'),
    fn() => $z->createAccount('cos@shop.example', 'Long-enough-1', ['zimbraCOSId' => '11111111-1111-1111-1111-111111111111']),
    fn() => $z->createAccount('attr@shop.example', 'Long-enough-1', ['zimbraNoSuchThing' => 'x']),
    fn() => $z->createAccount('third@shop.example', 'Long-enough-1'),
    fn() => $z->createAccount('fourth@shop.example', 'Long-enough-1'),
    // A full domain says so first, even for a name that is taken (Zimbra checks the limit before the rest).
    fn() => $z->createAccount('jane.smith@shop.example', 'Long-enough-1'),
    fn() => $z->modifyAccount('00000000-0000-0000-0000-000000000000', ['displayName' => 'x']),
    fn() => $z->setPassword('00000000-0000-0000-0000-000000000000', 'Long-enough-1'),
    fn() => $z->renameAccount($a->id, 'x@unknown.example'),
    fn() => $z->deleteAccount('00000000-0000-0000-0000-000000000000'),
    fn() => $z->modifyAccount($a->id, ['zimbraAccountStatus' => 'asleep']),
] as $fn) {
    try {
        $fn();
        echo "no fault\n";
    } catch (Zimbra\FaultException $e) {
        echo $e->getFaultCode(), ' (', $e->isReceiverFault() ? 'receiver' : 'sender', '): ', $e->getReason(), "\n";
    }
}
--EXPECT--
account.ACCOUNT_EXISTS (sender): email address already exists: jane.smith@shop.example, at DN: uid=jane.smith,ou=people,dc=shop,dc=example
account.ACCOUNT_EXISTS (sender): email address already exists: jane@shop.example, at DN: uid=jane,ou=people,dc=shop,dc=example
account.NO_SUCH_DOMAIN (sender): no such domain: unknown.example
account.INVALID_PASSWORD (sender): invalid password: too short
account.NO_SUCH_COS (sender): no such cos: 11111111-1111-1111-1111-111111111111
account.INVALID_ATTR_NAME (sender): invalid attr name: zimbraNoSuchThing
no fault
account.TOO_MANY_ACCOUNTS (receiver): number of accounts reached the limit: domain=shop.example (3)
account.TOO_MANY_ACCOUNTS (receiver): number of accounts reached the limit: domain=shop.example (3)
account.NO_SUCH_ACCOUNT (sender): no such account: 00000000-0000-0000-0000-000000000000
account.NO_SUCH_ACCOUNT (sender): no such account: 00000000-0000-0000-0000-000000000000
account.NO_SUCH_DOMAIN (sender): no such domain: unknown.example
account.NO_SUCH_ACCOUNT (sender): no such account: 00000000-0000-0000-0000-000000000000
account.INVALID_ATTR_VALUE (sender): invalid attr value: zimbraAccountStatus must be one of: active,maintenance,locked,closed,lockout,pending
