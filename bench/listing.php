<?php
/**
 * What listing a large domain costs, on both sides: listAccounts() over 12,000 and 100,000
 * accounts, with the requests it sends (by kind) and the entries the server had to fetch for
 * them. Zimbra fetches and sorts every match of a search before it cuts a page (reference §5),
 * so "entries fetched" is the server's work, whatever the page size.
 *
 * Usage: php -d extension=modules/zimbra.so bench/listing.php [--counts 12000,100000]
 */
require __DIR__ . '/lib.php';

$counts = array_map('intval', explode(',', getopt('', ['counts:'])['counts'] ?? '12000,100000'));
$sim = bench_sim();
$stats = fn () => json_decode(file_get_contents($sim['control'] . '/stats'), true);
printf("| accounts | listed | requests | searches | count batches | entries fetched by the server | client CPU | wall |\n");
printf("|---|---|---|---|---|---|---|---|\n");
foreach ($counts as $n) {
    $domain = "list$n.example";
    bench_control($sim, '/populate', ['domain' => $domain, 'count' => $n]);
    $z = new Zimbra\Client($sim['listening'], ['ca_file' => $sim['certificate'], 'max_requests_per_second' => 0]);
    $z->login('admin@zimbra.test', 'test-Admin-Pass1');
    $before = $stats();
    $cpu = cpu();
    $t = hrtime(true);
    $seen = [];
    foreach ($z->listAccounts($domain, ['uid']) as $a) {
        $seen[$a->name] = true;
    }
    $wall = (hrtime(true) - $t) / 1e9;
    $cpu = cpu() - $cpu;
    $after = $stats();
    $by = fn ($k) => ($after['requests_by_name'][$k] ?? 0) - ($before['requests_by_name'][$k] ?? 0);
    printf("| %d | %d | %d | %d | %d | %d | %.2f s | %.1f s |\n", $n, count($seen), $after['requests'] - $before['requests'],
        $by('SearchDirectoryRequest'), $after['requests'] - $before['requests'] - $by('SearchDirectoryRequest'),
        $after['searched'] - $before['searched'], $cpu, $wall);
}
