--TEST--
Re-login: after the server expires or forgets the token, and before a locally expired token is used
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/inc/sim.inc';
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

// If the re-login itself fails, that failure is what the caller sees.
zimbra_sim_control($sim, '/forget-tokens');
zimbra_sim_control($sim, '/reset');
$c2 = zimbra_client($sim);
zimbra_sim_control($sim, '/expire-tokens');
echo "still logged in: ", var_export($c2->isLoggedIn(), true), "\n";

// A token whose lifetime has passed locally is renewed before sending: no failed round trip.
$short = zimbra_sim(['--token-lifetime', '6']);
$c3 = zimbra_client($short);
$c3->request('NoOpRequest');
sleep(2); // the client renews 5 s early, so 6 - 5 = 1 s of lifetime is left
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
still logged in: true
proactive: requests=4 logins=2
server saw: AuthRequest=2 NoOpRequest=2
