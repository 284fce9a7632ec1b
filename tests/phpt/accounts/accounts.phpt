--TEST--
Accounts: create (given or generated password), get (aliases), modify, password, status, rename, delete, faults
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

echo "-- generated password\n";
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

echo "-- get\n";
$z->addAccountAlias($a->id, 'jane@shop.example');
$byAlias = $z->getAccount('JANE@shop.example');
var_dump($byAlias->name, $byAlias->matchedAlias, $byAlias->getAliases());
var_dump($z->getAccount('jane.doe@shop.example')->matchedAlias);
var_dump($z->getAccount($a->id)->name);
var_dump($z->getAccount('nobody@shop.example'), $z->getAccount('00000000-0000-0000-0000-000000000000'));
var_dump(array_keys($z->getAccount($a->id, ['displayName', 'zimbraAccountStatus'])->attrs));

echo "-- modify, password, status, rename\n";
$m = $z->modifyAccount($a->id, ['displayName' => 'Jane D.', 'zimbraMailQuota' => 0]);
var_dump($m->getDisplayName(), $m->getQuota());
var_dump($z->setPassword($a->id, 'An0ther-good-pass'));
var_dump($z->setPassword($a->id, 'abc'));
var_dump($z->setAccountStatus($a->id, 'locked')->getStatus());
var_dump($z->renameAccount($a->id, 'jane.smith@shop.example')->name);
$z->deleteAccount($g->id);
var_dump($z->getAccount('gen@shop.example'));

echo "-- faults\n";
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

echo "-- refused before sending\n";
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
string(14) "Zimbra\Account"
string(21) "jane.doe@shop.example"
string(8) "Jane Doe"
int(1073741824)
string(6) "active"
string(4) "TRUE"
NULL
NULL
string(13) "VALUE-BLOCKED"
-- generated password
int(16)
bool(false)
NULL
NULL
bool(true)
-- get
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
-- modify, password, status, rename
string(7) "Jane D."
int(0)
NULL
string(120) "Password violation: account=jane.doe@shop.example, violation=invalid password: too short.  Password is set successfully."
string(6) "locked"
string(23) "jane.smith@shop.example"
NULL
-- faults
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
-- refused before sending
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
