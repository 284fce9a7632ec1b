--TEST--
When a later BatchRequest fails, the items already done keep their results and the rest hold the exception
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

zimbra_sim_control($sim, '/fault', ['kind' => 'reset', 'count' => 1, 'skip' => 1]);
$r = $z->batch($create(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']));
foreach ($r as $i => $item) {
    echo $i, ' ', $item instanceof Zimbra\Account ? $item->name : get_class($item), "\n";
}
var_dump($r[3] === $r[6], $z->getAccount('c3@bulk.example') !== null, $z->getAccount('c7@bulk.example'));
--EXPECTF--
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
