--TEST--
A token the server can no longer read (a new auth key, a reinstall): Zimbra fails a BatchRequest item by item under HTTP 200; batch(), purgeDomain() and bucket splitting log in once and send it again, and a batch refused so twice throws
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim, ['batch_size' => 2]);
$z->createDomain('lost.example');

// The server forgets every token as the second BatchRequest arrives: its items all come back
// service.AUTH_REQUIRED, nothing of it was done, so it is sent again after one login.
zimbra_sim_control($sim, '/fault', ['kind' => 'forget-tokens', 'on' => 'BatchRequest', 'skip' => 1]);
$logins = $z->getStats()['logins'];
$r = $z->batch(function (Zimbra\Batch $b) {
    foreach (['a', 'b', 'c', 'd', 'e'] as $u) {
        $b->createAccount("$u@lost.example", 'Long-enough-1');
    }
});
echo implode(' ', array_map(fn ($x) => $x instanceof Zimbra\Account ? $x->name : get_class($x), $r)), "\n";
echo "re-logins: ", $z->getStats()['logins'] - $logins, "\n";
echo "made once each: ", $z->countObjects('userAccount', 'lost.example'), "\n";

// A server that keeps refusing the token right after a fresh login: the batch throws.
zimbra_sim_control($sim, '/fault', ['kind' => 'forget-tokens', 'on' => 'BatchRequest', 'count' => 2]);
try {
    $z->batch(fn (Zimbra\Batch $b) => $b->getDomain('lost.example'));
    echo "no exception\n";
} catch (Zimbra\FaultException $e) {
    echo get_class($e), ' ', $e->getFaultCode(), "\n";
}

// purgeDomain() deletes in BatchRequests: the same.
zimbra_sim_control($sim, '/fault', ['kind' => 'forget-tokens', 'on' => 'BatchRequest']);
$purged = $z->purgeDomain('lost.example');
echo "purged: {$purged['accounts']} accounts, domain deleted: ", var_export($purged['domainDeleted'], true), "\n";

// Splitting a search past 5000 counts the parts in one BatchRequest: the same.
zimbra_sim_control($sim, '/populate', ['domain' => 'big.example', 'count' => 5100]);
zimbra_sim_control($sim, '/fault', ['kind' => 'forget-tokens', 'on' => 'BatchRequest']);
$seen = 0;
foreach ($z->listAccounts('big.example', ['uid']) as $a) {
    $seen++;
}
echo "listed: $seen\n";
?>
--EXPECT--
a@lost.example b@lost.example c@lost.example d@lost.example e@lost.example
re-logins: 1
made once each: 5
Zimbra\FaultException service.AUTH_REQUIRED
purged: 5 accounts, domain deleted: true
listed: 5100
