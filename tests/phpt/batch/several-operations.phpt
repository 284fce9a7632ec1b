--TEST--
batch() runs several operations in one round trip, each answered as its method would, faults returned not thrown
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
echo "round trips: ", $z->getStats()['requests'] - $before, "\n";
var_dump($positions === range(0, 8));
foreach ($results as $i => $r) {
    echo $i, ' ', is_object($r) ? get_class($r) : gettype($r), "\n";
}
echo $results[0]->name, ' ', $results[2]->getFaultCode(), ' ', $results[5]->getStatus(), "\n";
var_dump($results[2] instanceof Zimbra\FaultException, strlen($results[3]->takeGeneratedPassword()));
var_dump(array_sum(array_column($results[4], 'count')), $results[8]['count']);
--EXPECT--
round trips: 1
bool(true)
0 Zimbra\Account
1 NULL
2 Zimbra\FaultException
3 Zimbra\Account
4 array
5 Zimbra\Account
6 Zimbra\Domain
7 array
8 array
jane@b.example account.ACCOUNT_EXISTS locked
bool(true)
int(16)
int(2)
int(2)
