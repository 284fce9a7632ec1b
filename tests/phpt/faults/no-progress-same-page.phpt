--TEST--
listAccounts() ends with a ResponseException when the server sends the same full page whatever the offset
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

$page = '';
// One more than a page of 5000: the listing's sign that more follow.
for ($i = 0; $i <= 5000; $i++) {
    $page .= sprintf('<account id="00000000-0000-0000-0000-%012d" name="u%05d@loop.test"/>', $i, $i);
}
$searches('<SearchDirectoryResponse xmlns="urn:zimbraAdmin" more="0" offset="0" searchTotal="5001">' . $page . '</SearchDirectoryResponse>');
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
--EXPECT--
Zimbra\ResponseException: Zimbra answered the search for accounts of loop.test at offset 5000 with the page it had already sent: it does not honour offsets, and listing would never end
accounts seen: 5000, requests: 3
