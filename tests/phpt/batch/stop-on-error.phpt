--TEST--
With stopOnError, Zimbra stops at the first fault, which is given as it is (even a lookup's "no such"); every item it never ran says so, the stopping fault as its previous
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('b.example');
$jane = $z->createAccount('jane@b.example', 'Long-enough-1');
$bob = $z->createAccount('bob@b.example', 'Long-enough-1');

$show = function (array $results) {
    foreach ($results as $i => $r) {
        echo "$i: ", $r === null ? 'null' : get_class($r);
        if ($r instanceof Zimbra\FaultException) {
            echo ' ', $r->getFaultCode();
        } elseif ($r instanceof Zimbra\ResponseException) {
            echo ' "', $r->getMessage(), '" after ', get_class($r->getPrevious()), ' ', $r->getPrevious()->getFaultCode();
        }
        echo "\n";
    }
};
$show($z->batch(function (Zimbra\Batch $b) {
    $b->getAccount('jane@b.example');
    $b->createAccount('jane@b.example', 'Long-enough-1');
    $b->createAccount('never@b.example', 'Long-enough-1');
}, true));
var_dump($z->getAccount('never@b.example'));

// A lookup that finds nothing is a fault to Zimbra: it stops the batch, and a delete after it never ran.
$show($z->batch(function (Zimbra\Batch $b) use ($bob) {
    $b->getAccount('ghost@b.example');
    $b->deleteAccount($bob->id);
}, true));
var_dump($z->getAccount('bob@b.example') !== null);

// Without stopOnError the same lookup is null, and the delete runs.
$show($z->batch(function (Zimbra\Batch $b) use ($bob) {
    $b->getAccount('ghost@b.example');
    $b->deleteAccount($bob->id);
}));
var_dump($z->getAccount('bob@b.example'));
--EXPECT--
0: Zimbra\Account
1: Zimbra\FaultException account.ACCOUNT_EXISTS
2: Zimbra\ResponseException "Not run: Zimbra stopped the batch at item 1, which failed, before item 2" after Zimbra\FaultException account.ACCOUNT_EXISTS
NULL
0: Zimbra\FaultException account.NO_SUCH_ACCOUNT
1: Zimbra\ResponseException "Not run: Zimbra stopped the batch at item 0, which failed, before item 1" after Zimbra\FaultException account.NO_SUCH_ACCOUNT
bool(true)
0: null
1: null
NULL
