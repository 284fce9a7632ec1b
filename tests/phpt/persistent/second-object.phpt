--TEST--
A second persistent object for the same admin works while the first holds the kept session, and a later one reuses a kept session
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

// The same admin on a second persistent object while the first holds the kept session.
$d = zimbra_client($sim, ['persistent' => true]);
echo "second object works: ", var_export(is_array($d->request('NoOpRequest')), true), "\n";
unset($c, $d);
$e = zimbra_client($sim, ['persistent' => true]);
echo "a later object reuses a kept session: ", var_export($e->getStats()['reused'], true), "\n";
--EXPECTF--
second object works: true
a later object reuses a kept session: true
