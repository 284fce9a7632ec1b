--TEST--
A persistent client given a wrong password after a good login refuses it cleanly, and logs in again with the right one
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$seed = zimbra_client($sim);
$seed->request('CreateAccountRequest', ['name' => 'second-admin@zimbra.test', 'password' => 'Second-Admin-Pass1',
    'a' => [['n' => 'zimbraIsAdminAccount', '_content' => 'TRUE']]]);
unset($seed);

$c = zimbra_client($sim, ['persistent' => true]);
$c->request('NoOpRequest');

// A mistyped password after a good login: the login fails cleanly and the object stays usable.
show_throw(fn () => $c->login(ZIMBRA_TEST_ADMIN, 'wrong-Password-1'));
echo "logged in after the refused login: ", var_export($c->isLoggedIn(), true), "\n";
$c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
echo "login again works: ", var_export(is_array($c->request('NoOpRequest')), true), "\n";
--EXPECTF--
Zimbra\AuthenticationException: %s
logged in after the refused login: false
login again works: true
