<?php
/**
 * Memory while iterating a large domain (default 100,000 accounts) with listAccounts().
 *
 * Measured as the process's resident set (VmRSS / VmHWM from /proc), which counts libxml2's and
 * libcurl's allocations as well as PHP's: the growth is the peak RSS during the iteration minus
 * the RSS before it. PHP's own peak (memory_get_peak_usage) is shown beside it.
 *
 * Usage: php -d extension=modules/zimbra.so bench/memory.php [--count 100000]
 */
require __DIR__ . '/lib.php';

$n = (int) (getopt('', ['count:'])['count'] ?? 100000);
$sim = bench_sim();
$zimbra = new Zimbra\Client($sim['listening'], ['ca_file' => $sim['certificate'], 'max_requests_per_second' => 0,
    'timeout' => 600]);
$zimbra->login('admin@zimbra.test', 'test-Admin-Pass1');
for ($done = 0; $done < $n; $done += 20000) {
    bench_control($sim, '/populate', ['domain' => 'big.example', 'count' => min(20000, $n - $done),
        'prefix' => "u$done-"]);
}

// Warm up the code paths (and the connection) on a small domain first, so the growth is the
// listing's, not the first call's one-off allocations.
$zimbra->createDomain('small.example');
foreach ($zimbra->listAccounts('small.example') as $a) {
}
gc_collect_cycles();
$rssBefore = kib('VmRSS');
$phpBefore = memory_get_usage();
memory_reset_peak_usage();
$before = $zimbra->getStats()['requests'];
$t = hrtime(true);
$count = 0;
$seen = '';
foreach ($zimbra->listAccounts('big.example', ['displayName']) as $account) {
    $count++;
    $seen = $account->name;
}
$wall = (hrtime(true) - $t) / 1e9;

printf("Iterating %s accounts with listAccounts(): %d seen in %d requests, %.1f s\n", number_format($n), $count,
    $zimbra->getStats()['requests'] - $before, $wall);
printf("RSS growth (peak during the listing - before): %.1f MiB   (VmHWM %.1f MiB, RSS before %.1f MiB)\n",
    (kib('VmHWM') - $rssBefore) / 1024, kib('VmHWM') / 1024, $rssBefore / 1024);
printf("PHP heap growth (peak - before):                %.1f MiB\n", (memory_get_peak_usage() - $phpBefore) / 1048576);
if ($count !== $n) {
    fwrite(STDERR, "expected $n accounts\n");
    exit(1);
}
