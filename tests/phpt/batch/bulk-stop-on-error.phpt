--TEST--
With stopOnError, a bulk batch ends at the BatchRequest that faulted; every later item says it was not run
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
$r = $z->batch($create(['b1', 'taken', 'b3', 'b4', 'b5']), true);
echo "BatchRequests: ", $batches() - $before, "\n";
echo implode(' ', array_map(fn ($x) => $x === null ? 'null' : get_class($x), $r)), "\n";
echo $r[4]->getMessage(), ' (', $r[4]->getPrevious()->getFaultCode(), ")\n";
var_dump($z->getAccount('b3@bulk.example'), $z->getAccount('b4@bulk.example'));
--EXPECTF--
BatchRequests: 1
Zimbra\Account Zimbra\FaultException Zimbra\ResponseException Zimbra\ResponseException Zimbra\ResponseException
Not run: Zimbra stopped the batch at item 1, which failed, before item 4 (account.ACCOUNT_EXISTS)
NULL
NULL
