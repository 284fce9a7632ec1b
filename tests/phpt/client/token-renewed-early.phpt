--TEST--
A token whose lifetime has run out locally is renewed before sending: no refused round trip
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$c->request('NoOpRequest');
print_r($c->getStats());

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
proactive: requests=3 logins=2
server saw: AuthRequest=2 NoOpRequest=1
