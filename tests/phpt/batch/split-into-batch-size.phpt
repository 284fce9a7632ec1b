--TEST--
batch() sends its items in BatchRequests of batch_size and answers each item as its method would
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim, ['batch_size' => 3]);
$z->createDomain('bulk.example');
$z->createAccount('taken@bulk.example', 'Long-enough-1');

$create = function (array $names) {
    return function (Zimbra\Batch $b) use ($names) {
        foreach ($names as $n) {
            $b->createAccount("$n@bulk.example", 'Long-enough-1');
        }
    };
};
$batches = fn () => $z->getStats()['requests'];

$before = $batches();
$r = $z->batch($create(['a1', 'a2', 'a3', 'taken', 'a5', 'a6', 'a7']));
echo "BatchRequests: ", $batches() - $before, "\n";
foreach ($r as $i => $item) {
    echo $i, ' ', $item instanceof Zimbra\Account ? $item->name : get_class($item) . ' ' . $item->getFaultCode(), "\n";
}
var_dump(array_sum(array_column($z->countAccounts('bulk.example'), 'count')));
--EXPECTF--
BatchRequests: 3
0 a1@bulk.example
1 a2@bulk.example
2 a3@bulk.example
3 Zimbra\FaultException account.ACCOUNT_EXISTS
4 a5@bulk.example
5 a6@bulk.example
6 a7@bulk.example
int(7)
