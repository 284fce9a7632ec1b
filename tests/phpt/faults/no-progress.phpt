--TEST--
No endless loop in one call: listAccounts() and purgeDomain() end with a ResponseException, after a few requests, when the server makes them go round in circles
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

echo "-- a search that says more but sends nothing\n";
$searches('<SearchDirectoryResponse xmlns="urn:zimbraAdmin" more="1" offset="0" searchTotal="5"/>');
$before = $requests();
$n = 0;
foreach ($c->listAccounts('loop.test') as $a) {
    $n++;
}
echo "accounts: $n, requests: ", $requests() - $before, "\n";
zimbra_sim_control($sim, '/reset-faults');

echo "-- a server that ignores the offset: the same full page every time\n";
$page = '';
for ($i = 0; $i <= 1000; $i++) {
    $page .= sprintf('<account id="00000000-0000-0000-0000-%012d" name="u%04d@loop.test"/>', $i, $i);
}
$searches('<SearchDirectoryResponse xmlns="urn:zimbraAdmin" more="0" offset="0" searchTotal="1001">' . $page . '</SearchDirectoryResponse>');
$before = $requests();
$n = 0;
try {
    foreach ($c->listAccounts('loop.test') as $a) {
        $n++;
    }
    echo "no exception\n";
} catch (Zimbra\ResponseException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "accounts seen: $n, requests: ", $requests() - $before, "\n";
zimbra_sim_control($sim, '/reset-faults');

echo "-- purge: an account listed forever that deletes say is gone\n";
$searches('<SearchDirectoryResponse xmlns="urn:zimbraAdmin" more="0" offset="0" searchTotal="1">' . $ghost . '</SearchDirectoryResponse>');
$before = $requests();
show_throw(fn () => $c->purgeDomain('loop.test'));
echo "requests: ", $requests() - $before, "\n";
zimbra_sim_control($sim, '/reset-faults');

echo "-- purge: an entry of a kind purge does not delete, listed forever\n";
$searches('<SearchDirectoryResponse xmlns="urn:zimbraAdmin" more="0" offset="0" searchTotal="1">'
    . '<cos id="00000000-0000-0000-0000-0000000000c0" name="stray"/></SearchDirectoryResponse>');
$before = $requests();
show_throw(fn () => $c->purgeDomain('loop.test'));
echo "requests: ", $requests() - $before, "\n";
zimbra_sim_control($sim, '/reset-faults');

echo "-- and with an honest server, purge finishes\n";
print_r($c->purgeDomain('loop.test'));
?>
--EXPECT--
-- a search that says more but sends nothing
accounts: 0, requests: 1
-- a server that ignores the offset: the same full page every time
Zimbra\ResponseException: Zimbra answered the search for accounts of loop.test at offset 1000 with the page it had already sent: it does not honour offsets, and listing would never end
accounts seen: 1000, requests: 2
-- purge: an account listed forever that deletes say is gone
Zimbra\ResponseException: Zimbra keeps listing 'ghost@loop.test' (and 0 more) in loop.test, but deleting them does nothing: they are already gone where deletes go, or not entries purgeDomain deletes. Stopped instead of asking forever
requests: 5
-- purge: an entry of a kind purge does not delete, listed forever
Zimbra\ResponseException: Zimbra keeps listing 'stray' (and 0 more) in loop.test, but deleting them does nothing: they are already gone where deletes go, or not entries purgeDomain deletes. Stopped instead of asking forever
requests: 3
-- and with an honest server, purge finishes
Array
(
    [aliases] => 0
    [accounts] => 1
    [resources] => 0
    [lists] => 0
    [domainDeleted] => 1
)
