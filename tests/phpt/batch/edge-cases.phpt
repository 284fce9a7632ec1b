--TEST--
batch(): an empty callback sends nothing, a refused item or a throwing callback sends nothing, a kept Batch is closed, an expired token is renewed once
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

var_dump($z->batch(function (Zimbra\Batch $b) {}));
$before = zimbra_sim_stats($sim)['requests'];
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
$kept = null;
$z->batch(function (Zimbra\Batch $b) use (&$kept) { $kept = $b; $b->getAccount('jane@b.example'); });
show_throw(fn() => $kept->getAccount('jane@b.example'));
show_throw(fn() => new Zimbra\Batch());
// An expired token is renewed for the whole batch.
zimbra_sim_control($sim, '/expire-tokens');
$r = $z->batch(function (Zimbra\Batch $b) { $b->getAccount('jane@b.example'); });
echo get_class($r[0]), "\n";
?>
--EXPECT--
array(0) {
}
refused: 'bad address' is not an email address (expected name@domain)
callback threw: changed my mind
requests sent: 0
Error: This Zimbra\Batch was already sent; queue requests inside the batch() callback
Error: Call to private Zimbra\Batch::__construct() from global scope
Zimbra\Account
