--TEST--
After service.AUTH_REQUIRED (the server forgot the token) the client logs in once again and resends the request
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$c->request('NoOpRequest');
print_r($c->getStats());

// service.AUTH_REQUIRED (the server forgot the token, e.g. after a restart).
zimbra_sim_control($sim, '/forget-tokens');
$c->request('NoOpRequest');
$s = $c->getStats();
echo "after forget: requests={$s['requests']} logins={$s['logins']}\n";
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
after forget: requests=5 logins=2
