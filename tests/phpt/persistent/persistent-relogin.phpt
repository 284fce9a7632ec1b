--TEST--
Persistent client: a second login (wrong password, another admin, after logout) and logout never break the object
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

// Another admin on the same object: its own session, its own token.
$c->login('second-admin@zimbra.test', 'Second-Admin-Pass1');
echo "second admin: ", var_export(str_contains(print_r($c, true), '[username] => second-admin@zimbra.test'), true), "\n";
echo "second admin works: ", var_export(is_array($c->request('NoOpRequest')), true), "\n";

// Logout, then login: the object answers, and logs in afresh.
$c->logout();
echo "after logout: loggedIn=", var_export($c->isLoggedIn(), true), " url=", $c->getUrl() !== '' ? 'kept' : 'lost', "\n";
show_throw(fn () => $c->request('NoOpRequest'));
$c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
echo "login after logout works: ", var_export(is_array($c->request('NoOpRequest')), true), "\n";
echo "stats: ", implode(',', array_keys($c->getStats())), "\n";

// Logout, then a wrong password, then the right one: each step a clean answer.
$c->logout();
show_throw(fn () => $c->login(ZIMBRA_TEST_ADMIN, 'wrong-Password-2'));
$c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
echo "and again: ", var_export(is_array($c->request('NoOpRequest')), true), "\n";

// The same admin on a second persistent object while the first holds the kept session.
$d = zimbra_client($sim, ['persistent' => true]);
echo "second object works: ", var_export(is_array($d->request('NoOpRequest')), true), "\n";
unset($c, $d);
$e = zimbra_client($sim, ['persistent' => true]);
echo "a later object reuses a kept session: ", var_export($e->getStats()['reused'], true), "\n";
?>
--EXPECTF--
Zimbra\AuthenticationException: %s
logged in after the refused login: false
login again works: true
second admin: true
second admin works: true
after logout: loggedIn=false url=kept
Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
login after logout works: true
stats: requests,logins,connections,pacedMs,persistent,reused
Zimbra\AuthenticationException: %s
and again: true
second object works: true
a later object reuses a kept session: true
