--TEST--
purgeDomain() ends with a ResponseException when an entry it cannot delete stays listed
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$c->createDomain('loop.test');
$c->createAccount('real@loop.test', 'Loop-Test-Pass1');
$requests = fn () => zimbra_sim_stats($sim)['requests'];
$searches = function (string $body) use ($sim) {
    // Every search answered with this body, for as long as the call keeps asking.
    zimbra_sim_control($sim, '/fault', ['kind' => 'reply', 'on' => 'SearchDirectoryRequest', 'count' => 100000, 'body' => $body]);
};
$ghost = '<account id="00000000-0000-0000-0000-00000000dead" name="ghost@loop.test"><a n="uid">ghost</a></account>';

$searches('<SearchDirectoryResponse xmlns="urn:zimbraAdmin" more="0" offset="0" searchTotal="1">'
    . '<cos id="00000000-0000-0000-0000-0000000000c0" name="stray"/></SearchDirectoryResponse>');
$before = $requests();
show_throw(fn () => $c->purgeDomain('loop.test'));
echo "requests: ", $requests() - $before, "\n";
zimbra_sim_control($sim, '/reset-faults');
--EXPECT--
Zimbra\ResponseException: Zimbra keeps listing 'stray' (and 0 more) in loop.test, but deleting them does nothing: they are already gone where deletes go, or not entries purgeDomain deletes. Stopped instead of asking forever
requests: 3
