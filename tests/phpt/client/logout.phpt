--TEST--
After logout() the client is logged out and, holding no credentials, does not log in again by itself
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

// The failed attempts above were on other clients: this one is still logged in.
var_dump($c->isLoggedIn());
$c->logout();
var_dump($c->isLoggedIn());
// Without a token Zimbra refuses, and without credentials there is no re-login.
try {
    $c->request('NoOpRequest');
} catch (Zimbra\FaultException $e) {
    echo get_class($e), ' ', $e->getFaultCode(), "\n";
}
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
Zimbra\FaultException service.AUTH_REQUIRED
