--TEST--
Re-login: after the server expires or forgets the token, and before a locally expired token is used
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$c->request('NoOpRequest');
print_r($c->getStats());

// service.AUTH_EXPIRED: one re-login, then the request is resent and succeeds.
zimbra_sim_control($sim, '/expire-tokens');
$c->request('NoOpRequest');
$s = $c->getStats();
echo "after expiry: requests={$s['requests']} logins={$s['logins']}\n";

// service.AUTH_REQUIRED (the server forgot the token, e.g. after a restart).
zimbra_sim_control($sim, '/forget-tokens');
$c->request('NoOpRequest');
$s = $c->getStats();
echo "after forget: requests={$s['requests']} logins={$s['logins']}\n";

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

// A token whose lifetime has run out locally is renewed before sending: no failed round trip.
// The server gives 4 s and the client renews 5 s early, so every token is already due: three
// requests (login, renewal, the call), not four (a call refused with AUTH_EXPIRED, then resent).
$short = zimbra_sim(['--token-lifetime', '4']);
$c3 = zimbra_client($short);
$c3->request('NoOpRequest');
$s = $c3->getStats();
echo "proactive: requests={$s['requests']} logins={$s['logins']}\n";
$byName = zimbra_sim_stats($short)['requests_by_name'];
echo "server saw: AuthRequest={$byName['AuthRequest']} NoOpRequest={$byName['NoOpRequest']}\n";
?>
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
after expiry: requests=5 logins=2
after forget: requests=8 logins=3
Zimbra\AuthenticationException: authentication failed for [admin@zimbra.test] (account.AUTH_FAILED)
logged in after the refused re-login: false
Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
AuthRequests sent by the next call: 0
proactive: requests=3 logins=2
server saw: AuthRequest=2 NoOpRequest=1
