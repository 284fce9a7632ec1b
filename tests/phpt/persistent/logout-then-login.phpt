--TEST--
A persistent client after logout() answers (logged out, URL kept), refuses requests, and logs in afresh
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

// Logout, then login: the object answers, and logs in afresh.
$c->logout();
echo "after logout: loggedIn=", var_export($c->isLoggedIn(), true), " url=", $c->getUrl() !== '' ? 'kept' : 'lost', "\n";
show_throw(fn () => $c->request('NoOpRequest'));
$c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
echo "login after logout works: ", var_export(is_array($c->request('NoOpRequest')), true), "\n";
echo "stats: ", implode(',', array_keys($c->getStats())), "\n";
--EXPECTF--
after logout: loggedIn=false url=kept
Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
login after logout works: true
stats: requests,logins,connections,pacedMs,persistent,reused
