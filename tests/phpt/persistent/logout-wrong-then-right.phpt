--TEST--
A persistent client: logout, a wrong password, then the right one, each a clean answer
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

// Logout, then a wrong password, then the right one: each step a clean answer.
$c->logout();
show_throw(fn () => $c->login(ZIMBRA_TEST_ADMIN, 'wrong-Password-2'));
$c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
echo "and again: ", var_export(is_array($c->request('NoOpRequest')), true), "\n";
--EXPECTF--
Zimbra\AuthenticationException: %s
and again: true
