--TEST--
listAccounts() of 12,000 mailboxes goes past Zimbra's 5000-result cap, in uid order, page by page in flat memory
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);

// 12,000 mailboxes: more than twice what one Zimbra search may return.
zimbra_sim_control($sim, '/populate', ['domain' => 'big.example', 'count' => 12000]);
$before = $z->getStats()['requests'];
$count = 0;
$previous = '';
$sorted = true;
$peak = 0;
$base = memory_get_usage();
foreach ($z->listAccounts('big.example', ['displayName']) as $i => $account) {
    if ($i !== $count) {
        echo "bad key $i\n";
    }
    $sorted = $sorted && strcmp($previous, $account->name) < 0;
    $previous = $account->name;
    $count++;
    if ($count % 1000 === 0) {
        $peak = max($peak, memory_get_usage() - $base);
    }
}
$requests = $z->getStats()['requests'] - $before;
echo "listed $count, in order: ", var_export($sorted, true), "\n";
// At least one request per 1000-account page, and not many more for the splitting.
var_dump($requests >= 12 && $requests < 60);
// One page of accounts lives at a time: well under what 12,000 Account objects take.
var_dump($peak < 4 * 1024 * 1024);
--EXPECT--
listed 12000, in order: true
bool(true)
bool(true)
