--TEST--
countAccounts() counts a domain's mailboxes per class of service
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('s.example');
foreach (['alice', 'albert', 'bob', 'carol', 'dave'] as $i => $u) {
    $a = $z->createAccount("$u@s.example", 'Long-enough-1', ['displayName' => ucfirst($u), 'zimbraMailQuota' => ($i + 1) * 1000]);
    zimbra_sim_control($sim, '/usage', ['account' => "$u@s.example", 'bytes' => ($i + 1) * 100]);
}
$z->addAccountAlias($a->id, 'boss@s.example');
$z->createDistributionList('staff@s.example');

$counts = $z->countAccounts('s.example');
print_r($counts);
--EXPECTF--
Array
(
    [e00428a1-0c00-11d9-836a-000d93afea2a] => Array
        (
            [id] => e00428a1-0c00-11d9-836a-000d93afea2a
            [name] => default
            [count] => 5
        )

)
