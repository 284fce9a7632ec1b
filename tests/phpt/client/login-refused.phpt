--TEST--
login() with a wrong password, an unknown account or a non-admin mailbox throws AuthenticationException and leaves that client logged out
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim, [], false);
var_dump($c->isLoggedIn());

$c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
var_dump($c->isLoggedIn());
var_dump(array_keys($c->request('NoOpRequest')) === ['_jsns']);

// A plain mailbox to try logging in with.
$c->request('CreateDomainRequest', ['name' => 'users.test']);
$c->request('CreateAccountRequest', ['name' => 'user@users.test', 'password' => 'user-Pass-123']);

foreach ([
    [ZIMBRA_TEST_ADMIN, 'wrong-password'],
    ['nobody@zimbra.test', 'whatever-pass'],
    ['user@users.test', 'user-Pass-123'],
] as [$user, $password]) {
    $other = zimbra_client($sim, [], false);
    try {
        $other->login($user, $password);
        echo "logged in?\n";
    } catch (Zimbra\AuthenticationException $e) {
        printf("%s %s | %s | sender=%s | logged in: %s\n", get_class($e), $e->getFaultCode(), $e->getReason(),
            var_export($e->isSenderFault(), true), var_export($other->isLoggedIn(), true));
        var_dump($e instanceof Zimbra\FaultException, $e instanceof Zimbra\Exception);
    }
}
--EXPECT--
bool(false)
bool(true)
bool(true)
Zimbra\AuthenticationException account.AUTH_FAILED | authentication failed for [admin@zimbra.test] | sender=true | logged in: false
bool(true)
bool(true)
Zimbra\AuthenticationException service.PERM_DENIED | permission denied: Error in Authentication | sender=true | logged in: false
bool(true)
bool(true)
Zimbra\AuthenticationException service.PERM_DENIED | permission denied: not an admin account | sender=true | logged in: false
bool(true)
bool(true)
