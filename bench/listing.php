<?php
/**
 * What listing a large domain costs, on both sides: listAccounts() over 12,000 and 100,000
 * accounts, with the requests it sends (by kind), the entries the server had to fetch for them,
 * the client's CPU and resident-memory growth. Zimbra fetches and sorts every match of a search
 * before it cuts a page (reference §5), so "entries fetched" is the server's work.
 *
 * A second pass makes changes while it lists, as other admins and customers do: after every
 * 5,000 accounts given, 3 accounts already given are deleted and 2 that sort first and 1 that
 * sorts last are created. Every account that exists throughout must be listed exactly once.
 *
 * Usage: php -d extension=modules/zimbra.so bench/listing.php [--counts 12000,100000]
 */
require __DIR__ . '/lib.php';

$counts = array_map('intval', explode(',', getopt('', ['counts:'])['counts'] ?? '12000,100000'));
$sim = bench_sim();
$stats = fn () => json_decode(file_get_contents($sim['control'] . '/stats'), true);
printf("| accounts | pass | listed | each once | requests (count + searches) | goal ⌈N/5000⌉+2 | entries fetched by the server | goal 1.2 N | client CPU | RSS growth | wall |\n");
printf("|---|---|---|---|---|---|---|---|---|---|---|\n");
foreach ($counts as $n) {
    $domain = "list$n.example";
    bench_control($sim, '/populate', ['domain' => $domain, 'count' => $n]);
    $z = new Zimbra\Client($sim['listening'], ['ca_file' => $sim['certificate'], 'max_requests_per_second' => 0]);
    $z->login('admin@zimbra.test', 'test-Admin-Pass1');
    $other = new Zimbra\Client($sim['listening'], ['ca_file' => $sim['certificate'], 'max_requests_per_second' => 0]);
    $other->login('admin@zimbra.test', 'test-Admin-Pass1');
    foreach (['quiet', 'busy'] as $pass) {
        $name = fn (int $i) => sprintf('user%05d@%s', $i, $domain);
        $throughout = [];
        for ($i = 0; $i < $n; $i++) {
            $throughout[$name($i)] = 0;
        }
        $deleted = 0;
        $before = $stats();
        $rss = kib('VmRSS');
        $peak = $rss;
        $cpu = cpu();
        $t = hrtime(true);
        $given = 0;
        $changes = 0;
        foreach ($z->listAccounts($domain, ['uid']) as $a) {
            if (isset($throughout[$a->name])) {
                $throughout[$a->name]++;
            }
            if (++$given % 5000 === 0) {
                $peak = max($peak, kib('VmRSS'));
                if ($pass === 'busy') {
                    // Another admin, between two pages: deletes 3 accounts already given, creates 3.
                    $cpu -= cpu();
                    foreach ([1, 2, 3] as $k) {
                        $gone = $name($given - 10 * $k);
                        $other->deleteAccount($other->getAccount($gone, ['zimbraId'])->id);
                        unset($throughout[$gone]);  // counted as given, no longer "throughout"
                    }
                    $other->createAccount(sprintf('a%05d-%d@%s', $given, 1, $domain), 'Long-enough-1');
                    $other->createAccount(sprintf('a%05d-%d@%s', $given, 2, $domain), 'Long-enough-1');
                    $other->createAccount(sprintf('zz%05d@%s', $given, $domain), 'Long-enough-1');
                    $cpu += cpu();
                    $changes += 6;
                }
            }
        }
        $wall = (hrtime(true) - $t) / 1e9;
        $cpu = cpu() - $cpu;
        $peak = max($peak, kib('VmRSS'));
        $after = $stats();
        $by = fn ($k) => ($after['requests_by_name'][$k] ?? 0) - ($before['requests_by_name'][$k] ?? 0);
        $once = count(array_filter($throughout, fn ($c) => $c === 1)) === count($throughout);
        $searched = $after['searched'] - $before['searched'];
        printf("| %d | %s | %d | %s | %d (%d + %d) | %d | %d (%.2f per account) | %d | %.2f s | %.1f MiB | %.1f s |\n", $n,
            $pass === 'busy' ? "$changes changes meanwhile" : 'quiet', $given, $once ? 'yes' : 'NO',
            $by('CountObjectsRequest') + $by('SearchDirectoryRequest'), $by('CountObjectsRequest'), $by('SearchDirectoryRequest'),
            (int) ceil($n / 5000) + 2, $searched, $searched / $n, (int) (1.2 * $n), $cpu, ($peak - $rss) / 1024, $wall);
    }
}
