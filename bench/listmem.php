<?php
/**
 * Peak memory of a 5,000-account listing, each client in its own PHP process, measured as
 * resident-set growth (VmHWM after minus VmRSS before), so libxml2's DOM and libcurl count too.
 *
 * Usage: php -d extension=modules/zimbra.so bench/listmem.php [--count 5000]
 */
require __DIR__ . '/lib.php';

if (($argv[1] ?? '') === '--child') {
    [, , $client, $url, $cert] = $argv;
    $sim = ['listening' => $url, 'certificate' => $cert];
    $search = '<SearchDirectoryRequest xmlns="urn:zimbraAdmin" domain="list.example" types="accounts" attrs="displayName"'
        . ' maxResults="0"/>';
    $warm = '<SearchDirectoryRequest xmlns="urn:zimbraAdmin" domain="warm.example" types="accounts" attrs="displayName"/>';
    // Each client first does the same on a one-account domain, so one-off set-up is not counted.
    switch ($client) {
        case 'php-zimbra':
            $z = new Zimbra\Client($url, ['ca_file' => $cert, 'max_requests_per_second' => 0]);
            $z->login('admin@zimbra.test', 'test-Admin-Pass1');
            $run = function (string $domain) use ($z) {
                $n = 0;
                foreach ($z->listAccounts($domain, ['displayName']) as $a) {
                    $n++;
                }
                return $n;
            };
            $run('warm.example');
            $listing = fn () => $run('list.example');
            break;
        case 'floor':
            $c = new CarefulClient($sim);
            $h = curl_handle($sim);
            curl_setopt($h, CURLOPT_POSTFIELDS, envelope($warm, $c->token()));
            curl_exec($h);
            curl_setopt($h, CURLOPT_POSTFIELDS, envelope($search, $c->token()));
            $listing = fn () => substr_count(curl_exec($h), '<account ');
            break;
        case '(a) typical':
            typical_call($sim, $warm);
            $listing = fn () => count(typical_call($sim, $search)->xpath('//*[local-name()="account"]'));
            break;
        case '(b) careful':
            $c = new CarefulClient($sim);
            $c->call($warm);
            $listing = fn () => $c->call($search)->getElementsByTagNameNS('urn:zimbraAdmin', 'account')->length;
            break;
    }
    gc_collect_cycles();
    $before = kib('VmRSS');
    $n = $listing();
    echo json_encode(['n' => $n, 'growth' => kib('VmHWM') - $before]), "\n";
    exit;
}

$count = (int) (getopt('', ['count:'])['count'] ?? 5000);
$sim = bench_sim();
bench_control($sim, '/populate', ['domain' => 'list.example', 'count' => $count]);
bench_control($sim, '/populate', ['domain' => 'warm.example', 'count' => 1]);
$ext = realpath(__DIR__ . '/../modules/zimbra.so');
printf("Peak RSS growth while listing %s accounts, each client in its own process\n", number_format($count));
printf("%-14s %12s %10s\n", 'client', 'RSS growth', 'x best');
$rows = [];
foreach (['floor', 'php-zimbra', '(a) typical', '(b) careful'] as $client) {
    $out = shell_exec(implode(' ', array_map('escapeshellarg', [PHP_BINARY, '-d', "extension=$ext", __FILE__, '--child',
        $client, $sim['listening'], $sim['certificate']])));
    $r = json_decode((string) $out, true);
    if (!$r || $r['n'] !== $count) {
        exit("$client: listed " . ($r['n'] ?? '?') . " of $count\n");
    }
    $rows[$client] = $r['growth'];
}
$best = min($rows['(a) typical'], $rows['(b) careful']);
foreach ($rows as $client => $kib) {
    printf("%-14s %9.1f MiB %9.2fx\n", $client, $kib / 1024, $best ? $kib / $best : 0);
}
