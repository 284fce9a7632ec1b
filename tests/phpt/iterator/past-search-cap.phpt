--TEST--
listAccounts() of 12,000 mailboxes behind an LDAP server that stops every search at 5000 entries splits the domain by uid prefix, in uid order, each part a snapshot, page by page in bounded memory
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
// OpenLDAP's hard size limit: maxResults cannot take a search past 5000 entries, so the listing splits.
$sim = zimbra_sim(['--ldap-size-limit', '5000']);
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
// A request per part at least (each under 5000), and not many more for the splitting.
var_dump($requests >= 4 && $requests < 60);
// One page of accounts lives at a time (at most 5000): well under what 12,000 Account objects take.
var_dump($peak < 4 * 1024 * 1024);
echo "peak ", intdiv($peak, 1024 * 1024), " MiB\n";
--EXPECTF--
listed 12000, in order: true
bool(true)
bool(true)
peak %d MiB
