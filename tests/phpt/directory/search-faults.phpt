--TEST--
searchDirectory() past maxResults throws Zimbra's TOO_MANY_SEARCH_RESULTS, and a missing domain NO_SUCH_DOMAIN
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

try {
    $z->searchDirectory('', [], ['domain' => 's.example', 'maxResults' => 3]);
} catch (Zimbra\FaultException $e) {
    echo $e->getFaultCode(), ' ', $e->isReceiverFault() ? 'receiver' : 'sender', ': ', $e->getReason(), "\n";
}
try {
    $z->searchDirectory('', [], ['domain' => 'missing.example']);
} catch (Zimbra\FaultException $e) {
    echo $e->getFaultCode(), "\n";
}
--EXPECTF--
account.TOO_MANY_SEARCH_RESULTS receiver: number of results exceeded the limit: too many search results returned
account.NO_SUCH_DOMAIN
