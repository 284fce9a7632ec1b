--TEST--
When its own re-login is refused (the password changed elsewhere) the client throws that, drops the credentials and stays logged out
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$c->request('NoOpRequest');
print_r($c->getStats());

// If the re-login itself is refused (the password changed elsewhere), that is what the caller sees,
// and the client drops the refused credentials instead of sending them again on every call.
zimbra_sim_control($sim, '/reset');
$c2 = zimbra_client($sim);
$c2->setPassword($c2->getAccount(ZIMBRA_TEST_ADMIN)->id, 'Changed-Admin-Pass2');
zimbra_sim_control($sim, '/expire-tokens');
show_throw(fn () => $c2->request('NoOpRequest'));
echo "logged in after the refused re-login: ", var_export($c2->isLoggedIn(), true), "\n";
$auths = zimbra_sim_stats($sim)['requests_by_name']['AuthRequest'];
show_throw(fn () => $c2->request('NoOpRequest'));
echo "AuthRequests sent by the next call: ", zimbra_sim_stats($sim)['requests_by_name']['AuthRequest'] - $auths, "\n";
--EXPECT--
Array
(
    [requests] => 2
    [logins] => 1
    [connections] => 1
    [pacedMs] => 0
    [persistent] => 
    [reused] => 
)
Zimbra\AuthenticationException: authentication failed for [admin@zimbra.test] (account.AUTH_FAILED)
logged in after the refused re-login: false
Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
AuthRequests sent by the next call: 0
