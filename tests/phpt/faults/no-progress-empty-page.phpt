--TEST--
listAccounts() ends with a ResponseException when the server says more but sends nothing
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

$searches('<SearchDirectoryResponse xmlns="urn:zimbraAdmin" more="1" offset="0" searchTotal="5"/>');
$before = $requests();
$n = 0;
foreach ($c->listAccounts('loop.test') as $a) {
    $n++;
}
// The count that sizes the search, then the one empty page: never another.
echo "accounts: $n, requests: ", $requests() - $before, "\n";
zimbra_sim_control($sim, '/reset-faults');
--EXPECT--
accounts: 0, requests: 2
