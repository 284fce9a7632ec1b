--TEST--
With stopOnError, Zimbra stops at the first fault: the items after it stay null
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('b.example');
$jane = $z->createAccount('jane@b.example', 'Long-enough-1');

$before = $z->getStats()['requests'];
$positions = [];
$results = $z->batch(function (Zimbra\Batch $b) use ($jane, &$positions) {
    $positions[] = $b->getAccount('jane@b.example');
    $positions[] = $b->getAccount('ghost@b.example');
    $positions[] = $b->createAccount('jane@b.example', 'Long-enough-1');
    $positions[] = $b->createAccount('new@b.example', null, ['displayName' => 'New']);
    $positions[] = $b->countAccounts('b.example');
    $positions[] = $b->setAccountStatus($jane->id, 'locked');
    $positions[] = $b->getDomain('b.example');
    $positions[] = $b->request('NoOpRequest');
    $positions[] = $b->getQuotaUsage('b.example');
});

$stopped = $z->batch(function (Zimbra\Batch $b) {
    $b->getAccount('jane@b.example');
    $b->createAccount('jane@b.example', 'Long-enough-1');
    $b->createAccount('never@b.example', 'Long-enough-1');
}, true);
echo get_class($stopped[0]), ' ', get_class($stopped[1]), ' ', var_export($stopped[2], true), "\n";
var_dump($z->getAccount('never@b.example'));
--EXPECT--
Zimbra\Account Zimbra\FaultException NULL
NULL
