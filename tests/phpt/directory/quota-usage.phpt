--TEST--
getQuotaUsage() gives each mailbox's used and limit bytes and the domain's total; a missing domain is NO_SUCH_DOMAIN; no limit means no percentage
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

$q = $z->getQuotaUsage('s.example');
var_dump($q['count'], $q['totalUsed']);
foreach ($q['mailboxes'] as $u) {
    printf("%s %d/%d %.0f%%\n", $u->name, $u->used, $u->limit, $u->getPercentUsed());
}
try {
    $z->getQuotaUsage('missing.example');
} catch (Zimbra\FaultException $e) {
    echo $e->getFaultCode(), "\n";
}
var_dump((new Zimbra\QuotaUsage('id', 'x@y.example', 5, 0))->getPercentUsed());
--EXPECTF--
int(5)
int(1500)
albert@s.example 200/2000 10%
alice@s.example 100/1000 10%
bob@s.example 300/3000 10%
carol@s.example 400/4000 10%
dave@s.example 500/5000 10%
account.NO_SUCH_DOMAIN
NULL
