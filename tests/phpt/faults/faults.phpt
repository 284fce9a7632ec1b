--TEST--
FaultException: exact Zimbra codes, reason, sender or receiver, details, server trace
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$c->request('CreateDomainRequest', ['name' => 'full.test', 'a' => [['n' => 'zimbraDomainMaxAccounts', '_content' => '2']]]);
$c->request('CreateAccountRequest', ['name' => 'one@full.test', 'password' => 'long-enough-1']);

function fault(callable $fn): void
{
    try {
        $fn();
        echo "no fault\n";
    } catch (Zimbra\FaultException $e) {
        printf("%s | %s | %s | %s | %s\n", $e->getFaultCode(), $e->getReason(),
            $e->isSenderFault() ? 'sender' : 'receiver', json_encode($e->getDetails()),
            str_starts_with((string) $e->getServerTrace(), 'qtp') ? 'trace' : 'no trace');
        var_dump($e->getMessage() === $e->getReason() . ' (' . $e->getFaultCode() . ')');
        var_dump($e->isReceiverFault() === !$e->isSenderFault(), $e->getCode());
    }
}

fault(fn() => $c->request('CreateAccountRequest', ['name' => 'one@full.test', 'password' => 'long-enough-1']));
$c->request('CreateAccountRequest', ['name' => 'two@full.test', 'password' => 'long-enough-1']);
fault(fn() => $c->request('CreateAccountRequest', ['name' => 'three@full.test', 'password' => 'long-enough-1']));
fault(fn() => $c->request('GetAccountRequest', ['account' => ['by' => 'name', '_content' => 'ghost@full.test']]));
fault(fn() => $c->request('CreateAccountRequest', ['name' => 'x@nowhere.test']));
fault(fn() => $c->request('NoSuchThingRequest'));
fault(fn() => $c->request('GetDomainRequest', ['attrs' => 'zimbraMailQuota', 'domain' => ['by' => 'name', '_content' => 'full.test']]));
// A password policy violation carries its limit as a detail.
$c->request('ModifyDomainRequest', ['id' => $c->request('GetDomainRequest', ['domain' => ['by' => 'name', '_content' => 'full.test']])['domain'][0]['id'],
    'a' => [['n' => 'zimbraDomainMaxAccounts', '_content' => '']]]);
fault(fn() => $c->request('CreateAccountRequest', ['name' => 'short@full.test', 'password' => 'abc']));
?>
--EXPECT--
account.ACCOUNT_EXISTS | email address already exists: one@full.test, at DN: uid=one,ou=people,dc=full,dc=test | sender | [] | trace
bool(true)
bool(true)
int(0)
account.TOO_MANY_ACCOUNTS | number of accounts reached the limit: domain=full.test (2) | receiver | [] | trace
bool(true)
bool(true)
int(0)
account.NO_SUCH_ACCOUNT | no such account: ghost@full.test | sender | [] | trace
bool(true)
bool(true)
int(0)
account.NO_SUCH_DOMAIN | no such domain: nowhere.test | sender | [] | trace
bool(true)
bool(true)
int(0)
service.UNKNOWN_DOCUMENT | unknown document: NoSuchThingRequest | sender | [] | trace
bool(true)
bool(true)
int(0)
service.INVALID_REQUEST | invalid request: requested attribute zimbraMailQuota is not on domain | sender | [] | trace
bool(true)
bool(true)
int(0)
account.INVALID_PASSWORD | invalid password: too short | sender | {"zimbraPasswordMinLength":"6"} | trace
bool(true)
bool(true)
int(0)
