<?php
/**
 * Wall time to create N mailboxes (default 1,000) at an emulated round-trip time (default 20 ms)
 * under Zimbra's DoS filter (default 30 requests a second per connection).
 *
 *   php-zimbra batch:   Client::batch() queuing N createAccount calls; they go out as
 *                       BatchRequests of batch_size (100) items, paced under the limit.
 *   php-zimbra 1-by-1:  createAccount() in a loop (paced at 25 requests a second).
 *   (b) careful 1-by-1: one reused curl handle, a cached token, DOM; on HTTP 429 it waits 100 ms
 *                       and retries, as a careful module must once the DoS filter answers.
 *
 * Usage: php -d extension=modules/zimbra.so bench/bulk.php [--count 1000] [--latency-ms 20] [--dos-limit 30]
 */
require __DIR__ . '/lib.php';

$opt = getopt('', ['count:', 'latency-ms:', 'dos-limit:']);
$n = (int) ($opt['count'] ?? 1000);
$latency = (int) ($opt['latency-ms'] ?? 20);
$limit = (int) ($opt['dos-limit'] ?? 30);
$sim = bench_sim(['--latency-ms', (string) $latency]);
// The DoS filter as a remote Blesta host meets it (Zimbra whitelists loopback, which this is).
bench_control($sim, '/dos-limit', ['limit' => $limit, 'loopback' => true]);

$zimbra = new Zimbra\Client($sim['listening'], ['ca_file' => $sim['certificate']]);
$zimbra->login('admin@zimbra.test', 'test-Admin-Pass1');
foreach (['batch', 'loop', 'careful'] as $d) {
    $zimbra->createDomain("$d.bulk.example");
}

$time = function (callable $fn) {
    $t = hrtime(true);
    $extra = $fn();
    return ['wall' => (hrtime(true) - $t) / 1e9] + ($extra ?? []);
};

$rows = [];
$rows['php-zimbra batch'] = $time(function () use ($zimbra, $n) {
    $results = $zimbra->batch(function (Zimbra\Batch $b) use ($n) {
        for ($i = 0; $i < $n; $i++) {
            $b->createAccount("user$i@batch.bulk.example", 'Bulk-pass-1');
        }
    });
    return ['ok' => count(array_filter($results, fn ($r) => $r instanceof Zimbra\Account))];
});
$rows['php-zimbra 1-by-1'] = $time(function () use ($zimbra, $n) {
    $ok = 0;
    for ($i = 0; $i < $n; $i++) {
        $ok += $zimbra->createAccount("user$i@loop.bulk.example", 'Bulk-pass-1') instanceof Zimbra\Account;
    }
    return ['ok' => $ok];
});
$careful = new CarefulClient($sim);
$rows['(b) careful 1-by-1'] = $time(function () use ($careful, $sim, $n) {
    $h = curl_handle($sim);
    $ok = $retries = 0;
    for ($i = 0; $i < $n; $i++) {
        curl_setopt($h, CURLOPT_POSTFIELDS, envelope('<CreateAccountRequest xmlns="urn:zimbraAdmin" name="user' . $i
            . '@careful.bulk.example" password="Bulk-pass-1"/>', $careful->token()));
        while (true) {
            $body = curl_exec($h);
            if (curl_getinfo($h, CURLINFO_RESPONSE_CODE) !== 429) {
                break;
            }
            $retries++;
            usleep(100000);
        }
        $d = new DOMDocument();
        $d->loadXML($body);
        $ok += $d->getElementsByTagNameNS('urn:zimbraAdmin', 'account')->length;
    }
    return ['ok' => $ok, 'retries' => $retries];
});

printf("Create %d mailboxes, %d ms round trip, DoS limit %d requests/s per connection\n", $n, $latency, $limit);
printf("%-20s %10s %8s %8s\n", 'client', 'wall', 'created', '429s');
foreach ($rows as $name => $r) {
    printf("%-20s %9.2fs %8d %8s\n", $name, $r['wall'], $r['ok'], $r['retries'] ?? '0');
}
