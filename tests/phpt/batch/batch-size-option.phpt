--TEST--
The batch_size option takes 1 to 1000 items per BatchRequest and nothing else
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

show_throw(fn () => zimbra_client($sim, ['batch_size' => 0], false));
show_throw(fn () => zimbra_client($sim, ['batch_size' => 1001], false));
show_throw(fn () => zimbra_client($sim, ['batch_size' => '10'], false));
?>
--EXPECTF--
ValueError: Zimbra\Client::__construct(): Argument #2 ($options) option 'batch_size' must be from 1 to 1000
ValueError: Zimbra\Client::__construct(): Argument #2 ($options) option 'batch_size' must be from 1 to 1000
TypeError: Zimbra\Client::__construct(): Argument #2 ($options) option 'batch_size' must be of type int, string given
