--TEST--
listQuotaUsage() reads every mailbox server once, a snapshot each, leaves system accounts out, names a server it cannot read while reading the others, reads again in a new snapshot when Zimbra drops the session, and on a view reads that server only
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim(['--mailbox-servers', '3']);
$z = zimbra_client($sim);
$z->createDomain('q.test');
$z->createDomain('other.test');
for ($i = 0; $i < 30; $i++) {
    $z->createAccount(sprintf('u%02d@q.test', $i), 'Long-enough-1');
}
$z->createAccount('x@other.test', 'Long-enough-1');
// A GAL sync account inside the customer's domain: Zimbra lists it, the iterator does not.
$z->createAccount('galsync@q.test', 'Long-enough-1', ['zimbraIsSystemResource' => 'TRUE', 'zimbraIsSystemAccount' => 'TRUE']);
zimbra_sim_control($sim, '/usage', ['account' => 'u07@q.test', 'bytes' => 7000]);
$state = zimbra_sim_control($sim, '/state', null);
$home = fn (string $n) => $state['accounts'][$n]['zimbraMailHost'][0];
$all = array_values(array_filter(array_keys($state['accounts']), fn ($n) => !str_starts_with($n, 'galsync')));
sort($all);

$read = function (iterable $it): array {
    $names = [];
    foreach ($it as $k => $q) {
        $names[] = $q->name;
    }
    sort($names);
    return $names;
};
$quota = fn () => zimbra_sim_stats($sim)['requests_by_name']['GetQuotaUsageRequest'] ?? 0;

// Every mailbox of every server, once; the figures as Zimbra gives them.
$before = $quota();
$it = $z->listQuotaUsage();
echo get_class($it), "\n";
$seen = [];
foreach ($it as $k => $q) {
    $seen[] = $q->name;
    if ($q->name === 'u07@q.test') {
        echo "u07 uses $q->used bytes\n";
    }
}
echo 'keys run 0..n-1: ', var_export(array_keys(iterator_to_array($it)) === range(0, count($seen) - 1), true), "\n";
sort($seen);
echo 'all, once: ', var_export($seen === $all, true), ', no system account: ', var_export(!in_array('galsync@q.test', $seen, true), true), "\n";
echo 'GetQuotaUsage requests (one per server, twice): ', $quota() - $before, "\n";
var_dump($it->getUnreachableServers());
echo 'read: ', implode(' ', $it->getReadServers()), "\n";
echo 'one domain: ', var_export($read($z->listQuotaUsage('q.test')) === array_values(array_filter($all, fn ($n) => str_ends_with($n, '@q.test'))), true), "\n";

// One server down: the others are read, and the iterator says which one was not, and why.
zimbra_sim_control($sim, '/server', ['name' => 'mbx2.zimbra.test', 'up' => false]);
$it = $z->listQuotaUsage('q.test');
$names = $read($it);
echo 'without mbx2: ', var_export($names === array_values(array_filter($all, fn ($n) => str_ends_with($n, '@q.test') && $home($n) !== 'mbx2.zimbra.test')), true), "\n";
print_r($it->getUnreachableServers());
echo 'read: ', implode(' ', $it->getReadServers()), "\n";
// A view of the server that is down throws instead.
show_throw(fn () => iterator_to_array($z->withServer('mbx2.zimbra.test')->listQuotaUsage()));
zimbra_sim_control($sim, '/server', ['name' => 'mbx2.zimbra.test', 'up' => true]);

// A view reads its own server only.
$mine = $read($z->withServer('mbx3.zimbra.test')->listQuotaUsage());
echo 'a view of mbx3: ', var_export($mine === array_values(array_filter($all, fn ($n) => $home($n) === 'mbx3.zimbra.test')), true), "\n";

// Zimbra drops the session between two pages of one server (a one-server install of 25,000
// mailboxes: two pages): that server is read again in a new snapshot, nothing twice, nothing missing.
$one = zimbra_sim();
$c = zimbra_client($one);
zimbra_sim_control($one, '/populate', ['domain' => 'big.test', 'count' => 25000]);
$everyone = array_merge([ZIMBRA_TEST_ADMIN], array_map(fn ($i) => sprintf('user%05d@big.test', $i), range(0, 24999)));
sort($everyone);
$it = $c->listQuotaUsage();
$seen = [];
foreach ($it as $q) {
    $seen[] = $q->name;
    if (count($seen) === 20000) {
        // Meanwhile two mailboxes already given go and one that sorts first comes: a page read at
        // offset 20,000 of a new list would skip one mailbox that existed throughout.
        zimbra_sim_control($one, '/drop-sessions');
        $c->deleteAccount($c->getAccount('user00005@big.test')->id);
        $c->deleteAccount($c->getAccount('user00006@big.test')->id);
        $c->createAccount('aaa@big.test', 'Long-enough-1');
    }
}
$unique = array_unique($seen);
sort($unique);
echo 'after a lost session: ', count($seen), ' given, ', count($unique), ' distinct, all: ', var_export($unique === $everyone, true), "\n";
// The second page, the first again in the new session (all given already), the second again.
echo 'GetQuotaUsage requests: ', zimbra_sim_stats($one)['requests_by_name']['GetQuotaUsageRequest'], "\n";
var_dump($it->getUnreachableServers());
--EXPECTF--
Zimbra\QuotaUsageIterator
u07 uses 7000 bytes
keys run 0..n-1: true
all, once: true, no system account: true
GetQuotaUsage requests (one per server, twice): 6
array(0) {
}
read: mbx1.zimbra.test mbx2.zimbra.test mbx3.zimbra.test
one domain: true
without mbx2: true
Array
(
    [mbx2.zimbra.test] => error while proxying request to target server: Connection refused (Connection refused) (service.PROXY_ERROR)
)
read: mbx1.zimbra.test mbx3.zimbra.test
Zimbra\FaultException: error while proxying request to target server: Connection refused (Connection refused) (service.PROXY_ERROR)
a view of mbx3: true
after a lost session: 25001 given, 25001 distinct, all: true
GetQuotaUsage requests: 4
array(0) {
}
