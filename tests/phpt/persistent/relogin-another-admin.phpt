--TEST--
A persistent client logged in as another admin gets that admin's own session and token
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

// Another admin on the same object: its own session, its own token.
$c->login('second-admin@zimbra.test', 'Second-Admin-Pass1');
echo "second admin: ", var_export(str_contains(print_r($c, true), '[username] => second-admin@zimbra.test'), true), "\n";
echo "second admin works: ", var_export(is_array($c->request('NoOpRequest')), true), "\n";
--EXPECTF--
second admin: true
second admin works: true
