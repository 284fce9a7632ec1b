--TEST--
listAccounts() reads one snapshot: accounts created and deleted between pages neither shift nor repeat, in ⌈N/5000⌉ + 1 requests with each entry read once; a dropped session starts the listing again and skips what was given; a server that never keeps one is given up on with a clear error
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
zimbra_sim_control($sim, '/populate', ['domain' => 'snap.test', 'count' => 12000]);
$name = fn (int $i) => sprintf('user%05d@snap.test', $i);
$ids = fn (array $names) => array_map(fn ($n) => $z->getAccount($n)->id, $names);

/* Lists the domain, running $between once when $at accounts have been given; returns the names. */
$list = function (int $at, callable $between) use ($z): array {
    $seen = [];
    foreach ($z->listAccounts('snap.test') as $a) {
        $seen[] = $a->name;
        if (count($seen) === $at) {
            $between();
        }
    }
    return $seen;
};
/* Every name of $expected once, and nothing but those or the names in $maybe. */
$check = function (array $seen, array $expected, array $maybe = []) {
    $counts = array_count_values($seen);
    $twice = array_keys(array_filter($counts, fn ($c) => $c > 1));
    $missing = array_diff($expected, $seen);
    $extra = array_diff($seen, $expected, $maybe);
    return sprintf('%d given, %d twice, %d missing, %d unexpected', count($seen), count($twice), count($missing), count($extra));
};

// Between the first and the second page: two accounts already given are deleted, one that sorts
// first and one that sorts last are created. Without a snapshot, the second page would start one
// account later than it should and skip user05000.
$stats = zimbra_sim_stats($sim);
$gone = $ids([$name(10), $name(11)]);
$seen = $list(5000, function () use ($z, $gone) {
    foreach ($gone as $id) {
        $z->deleteAccount($id);
    }
    $z->createAccount('aaa@snap.test', 'Long-enough-1');
    $z->createAccount('zzz@snap.test', 'Long-enough-1');
});
$throughout = array_values(array_diff(array_map($name, range(0, 11999)), [$name(10), $name(11)]));
echo 'changes between pages: ', $check($seen, $throughout, [$name(10), $name(11), 'aaa@snap.test', 'zzz@snap.test']), "\n";
$after = zimbra_sim_stats($sim);
$searches = $after['requests_by_name']['SearchDirectoryRequest'] - ($stats['requests_by_name']['SearchDirectoryRequest'] ?? 0);
$counts = $after['requests_by_name']['CountObjectsRequest'] - ($stats['requests_by_name']['CountObjectsRequest'] ?? 0);
echo "requests: $counts count, $searches searches; entries the server read: ", $after['searched'] - $stats['searched'], "\n";

// Zimbra drops the session between pages (it keeps 5 per admin): the listing starts again in a new
// snapshot and skips what it gave, whatever changed meanwhile.
$before = zimbra_sim_stats($sim)['requests_by_name']['SearchDirectoryRequest'];
$seen = $list(5000, function () use ($z, $sim, $name) {
    zimbra_sim_control($sim, '/drop-sessions');
    $z->deleteAccount($z->getAccount($name(20))->id);
    $z->deleteAccount($z->getAccount($name(21))->id);
    $z->createAccount('aab@snap.test', 'Long-enough-1');
});
$now = array_merge(array_values(array_diff($throughout, [$name(20), $name(21)])), ['aaa@snap.test', 'zzz@snap.test']);
echo 'session dropped between pages: ', $check($seen, $now, [$name(20), $name(21), 'aab@snap.test']), "\n";
// The second page (answered from a new session, put aside), the first and second again, the third.
echo 'searches: ', zimbra_sim_stats($sim)['requests_by_name']['SearchDirectoryRequest'] - $before, "\n";

// A server that answers every page from a new session (a balancer in front of servers that each
// keep their own): after a few fresh starts the listing says why it stops.
zimbra_sim_control($sim, '/fault', ['kind' => 'lose-session', 'on' => 'SearchDirectoryRequest', 'count' => 1000]);
show_throw(fn () => iterator_to_array($z->listAccounts('snap.test')));
zimbra_sim_control($sim, '/reset-faults');
--EXPECT--
changes between pages: 12000 given, 0 twice, 0 missing, 0 unexpected
requests: 1 count, 3 searches; entries the server read: 12000
session dropped between pages: 12000 given, 0 twice, 0 missing, 0 unexpected
searches: 5
Zimbra\ResponseException: Zimbra dropped the admin session this listing of snap.test reads from 4 times: too many admin sessions of this admin account are in use at once (Zimbra keeps 5 per admin)
