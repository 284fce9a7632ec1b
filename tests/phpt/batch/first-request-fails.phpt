--TEST--
When the first BatchRequest fails, batch() throws as a single call would
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

zimbra_sim_control($sim, '/fault', ['kind' => 'reset', 'count' => 1]);
show_throw(fn () => $z->batch($create(['d1', 'd2', 'd3', 'd4'])));
var_dump($z->getAccount('d4@bulk.example'));
--EXPECTF--
Zimbra\TransportException: %s
NULL
