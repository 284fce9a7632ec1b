--TEST--
batch() for bulk work: split into BatchRequests of batch_size items, per-item results, a later failure never hides what was done
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

echo "-- seven items, one of them a duplicate, in three BatchRequests\n";
$before = $batches();
$r = $z->batch($create(['a1', 'a2', 'a3', 'taken', 'a5', 'a6', 'a7']));
echo "BatchRequests: ", $batches() - $before, "\n";
foreach ($r as $i => $item) {
    echo $i, ' ', $item instanceof Zimbra\Account ? $item->name : get_class($item) . ' ' . $item->getFaultCode(), "\n";
}
var_dump(array_sum(array_column($z->countAccounts('bulk.example'), 'count')));

echo "-- stop on error ends the sequence at the BatchRequest that faulted\n";
$before = $batches();
$r = $z->batch($create(['b1', 'taken', 'b3', 'b4', 'b5']), true);
echo "BatchRequests: ", $batches() - $before, "\n";
echo implode(' ', array_map(fn ($x) => $x === null ? 'null' : get_class($x), $r)), "\n";
var_dump($z->getAccount('b3@bulk.example'), $z->getAccount('b4@bulk.example'));

echo "-- the second BatchRequest's connection is reset: the first three stay done\n";
zimbra_sim_control($sim, '/fault', ['kind' => 'reset', 'count' => 1, 'skip' => 1]);
$r = $z->batch($create(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']));
foreach ($r as $i => $item) {
    echo $i, ' ', $item instanceof Zimbra\Account ? $item->name : get_class($item), "\n";
}
var_dump($r[3] === $r[6], $z->getAccount('c3@bulk.example') !== null, $z->getAccount('c7@bulk.example'));

echo "-- the first BatchRequest fails: thrown, as a single call\n";
zimbra_sim_control($sim, '/fault', ['kind' => 'reset', 'count' => 1]);
show_throw(fn () => $z->batch($create(['d1', 'd2', 'd3', 'd4'])));
var_dump($z->getAccount('d4@bulk.example'));

echo "-- option checks\n";
show_throw(fn () => zimbra_client($sim, ['batch_size' => 0], false));
show_throw(fn () => zimbra_client($sim, ['batch_size' => 1001], false));
show_throw(fn () => zimbra_client($sim, ['batch_size' => '10'], false));
?>
--EXPECTF--
-- seven items, one of them a duplicate, in three BatchRequests
BatchRequests: 3
0 a1@bulk.example
1 a2@bulk.example
2 a3@bulk.example
3 Zimbra\FaultException account.ACCOUNT_EXISTS
4 a5@bulk.example
5 a6@bulk.example
6 a7@bulk.example
int(7)
-- stop on error ends the sequence at the BatchRequest that faulted
BatchRequests: 1
Zimbra\Account Zimbra\FaultException null null null
NULL
NULL
-- the second BatchRequest's connection is reset: the first three stay done
0 c1@bulk.example
1 c2@bulk.example
2 c3@bulk.example
3 Zimbra\TransportException
4 Zimbra\TransportException
5 Zimbra\TransportException
6 Zimbra\TransportException
bool(true)
bool(true)
NULL
-- the first BatchRequest fails: thrown, as a single call
Zimbra\TransportException: %s
NULL
-- option checks
Zimbra\ValidationException: Option 'batch_size' must be an integer from 1 to 1000
Zimbra\ValidationException: Option 'batch_size' must be an integer from 1 to 1000
Zimbra\ValidationException: Option 'batch_size' must be an integer from 1 to 1000
