--TEST--
login() with an admin's credentials logs in, and requests then carry its token
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim, [], false);
var_dump($c->isLoggedIn());

$c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
var_dump($c->isLoggedIn());
var_dump(array_keys($c->request('NoOpRequest')) === ['_jsns']);
--EXPECT--
bool(false)
bool(true)
bool(true)
