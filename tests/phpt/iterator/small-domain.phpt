--TEST--
listAccounts() of a small domain: nothing fetched before iterating, a count and one page, system accounts left out, a second pass starts over, a missing domain is a fault
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);

// Small domain: the count that sizes the search and one page, system accounts left out, iterator semantics.
$z->createDomain('small.example');
foreach (['c', 'a', 'b'] as $u) {
    $z->createAccount("$u@small.example", 'Long-enough-1');
}
$z->createAccount('galsync@small.example', 'Long-enough-1', ['zimbraIsSystemResource' => true]);
$it = $z->listAccounts('small.example', ['displayName']);
var_dump($it instanceof Zimbra\AccountIterator, $it instanceof Iterator);
$before = $z->getStats()['requests'];
var_dump($z->getStats()['requests'] - $before);  // nothing is fetched before iterating
foreach ($it as $k => $acc) {
    echo "$k {$acc->name}\n";
}
echo "requests: ", $z->getStats()['requests'] - $before, "\n";
// Iterating again starts over.
var_dump(count(iterator_to_array($it)));
try { iterator_to_array($z->listAccounts("missing.example")); } catch (Zimbra\FaultException $e) { echo $e->getFaultCode(), "\n"; }
--EXPECT--
bool(true)
bool(true)
int(0)
0 a@small.example
1 b@small.example
2 c@small.example
requests: 2
int(3)
account.NO_SUCH_DOMAIN
