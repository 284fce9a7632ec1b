--TEST--
After service.AUTH_EXPIRED the client logs in once again and resends the request, which succeeds
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
