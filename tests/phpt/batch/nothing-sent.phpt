--TEST--
batch(): an empty callback, a refused item or a callback that throws sends nothing; the error reaches the caller
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('b.example');
$jane = $z->createAccount('jane@b.example', 'Long-enough-1');
$before = zimbra_sim_stats($sim)['requests'];
var_dump($z->batch(function (Zimbra\Batch $b) {}));
try {
    $z->batch(function (Zimbra\Batch $b) {
        $b->getAccount('jane@b.example');
        $b->createAccount('bad address', 'Long-enough-1');
    });
} catch (Zimbra\ValidationException $e) {
    echo "refused: ", $e->getMessage(), "\n";
}
try {
    $z->batch(function (Zimbra\Batch $b) {
        $b->getAccount('jane@b.example');
        throw new RuntimeException('changed my mind');
    });
} catch (RuntimeException $e) {
    echo "callback threw: ", $e->getMessage(), "\n";
}
echo "requests sent: ", zimbra_sim_stats($sim)['requests'] - $before, "\n";
?>
--EXPECT--
array(0) {
}
refused: 'bad address' is not an email address (expected name@domain)
callback threw: changed my mind
requests sent: 0
