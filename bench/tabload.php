<?php
/**
 * Requests, new connections and wall time to load the Mailboxes tab of a 50-mailbox domain at an
 * emulated round-trip time (default 20 ms), cold (a new PHP worker) and warm (its next page).
 *
 * php-zimbra is the real Blesta module's tab (tests/e2e/router.php) served by `php -S`, so "warm"
 * is a second HTTP request to the same worker, as under php-fpm. The baselines fetch the same four
 * things the tab shows (a page of accounts, the count, the domain, a page of quota usage):
 *   (a) typical: a new curl handle and an AuthRequest before each of the four calls;
 *   (b) careful: one handle per page and a token cached across pages (as in APCu or a file),
 *       but no connection survives a PHP request, so every page opens a new one.
 *
 * Usage: php -d extension=modules/zimbra.so bench/tabload.php [--latency-ms 20]
 */
require __DIR__ . '/lib.php';

$latency = (int) (getopt('', ['latency-ms:'])['latency-ms'] ?? 20);
$sim = bench_sim(['--latency-ms', (string) $latency]);
$port = substr(strrchr($sim['listening'], ':'), 1);
$work = sys_get_temp_dir() . '/zimbra-bench-tab-' . getmypid();
@mkdir($work);
$env = ['ZIMBRA_E2E_STATE' => "$work/state.json", 'PATH' => getenv('PATH')];
$php = [PHP_BINARY, '-d', 'extension=' . realpath(__DIR__ . '/../modules/zimbra.so')];

// The fixtures through the real module, in the Blesta stand-in's database file that the browser
// suite's router serves (tests/e2e/router.php): the server added through the module's own row
// validation (a login), a domain package, and a domain service e2e.example ordered as an admin does.
require __DIR__ . '/../tests/blesta/harness.php';
blesta_harness_root("$work/blesta-root");
$der = base64_decode(preg_replace('/-----[^-]+-----|\s+/', '', openssl_pkey_get_details(
    openssl_pkey_get_public(file_get_contents($sim['certificate'])))['key']));
$blesta = Blesta::boot($env['ZIMBRA_E2E_STATE']);
$blesta->ModuleManager->add(['class' => 'zimbra']) ?? exit("setup failed: the module did not install\n");
$row = $blesta->ModuleManager->addRow(Blesta::MODULE_ID, ['server_label' => 'Bench', 'host_name' => '127.0.0.1',
    'admin_username' => 'admin@zimbra.test', 'admin_password' => 'test-Admin-Pass1', 'use_ssl' => '1', 'port' => $port,
    'tls_mode' => 'pin', 'tls_pin' => 'sha256//' . base64_encode(hash('sha256', $der, true))])
    ?? exit('setup failed: the server was refused: ' . json_encode($blesta->ModuleManager->errors()) . "\n");
$package = $blesta->Packages->add(['module_row' => $row, 'meta' => ['package_type' => 'domain', 'aggregate_quota' => '10',
    'max_accounts' => '100']]) ?? exit("setup failed: the package was refused\n");
$service = $blesta->Services->add(['package_id' => $package, 'client_id' => 1, 'status' => 'active', 'use_module' => 'true',
    'zimbra_domain' => 'e2e.example']) ?? exit('setup failed: the order was refused: ' . json_encode($blesta->Services->errors()) . "\n");
$blesta->save();
$z = new Zimbra\Client($sim['listening'], ['ca_file' => $sim['certificate']]);
$z->login('admin@zimbra.test', 'test-Admin-Pass1');
$z->createAccount('owner@e2e.example', null);
bench_control($sim, '/populate', ['domain' => 'e2e.example', 'count' => 49]);

function stats(array $sim): array
{
    return json_decode(file_get_contents($sim['control'] . '/stats'), true);
}

/** Requests, connections and wall seconds that $fn costs, from the simulator's counters. */
function cost(array $sim, callable $fn): array
{
    $before = stats($sim);
    $t = hrtime(true);
    $fn();
    $wall = (hrtime(true) - $t) / 1e9;
    $after = stats($sim);
    return ['requests' => $after['requests'] - $before['requests'],
        'connections' => $after['connections'] - $before['connections'], 'wall' => $wall];
}

// php-zimbra: the module's tab in a fresh `php -S` worker, then the same page again.
$webPort = (function () {
    $s = stream_socket_server('tcp://127.0.0.1:0');
    $p = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
    fclose($s);
    return $p;
})();
$web = proc_open([...$php, '-S', "127.0.0.1:$webPort", __DIR__ . '/../tests/e2e/router.php'],
    [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes, null, $env);
register_shutdown_function(fn () => proc_terminate($web));
for ($i = 0; $i < 100 && !@fsockopen('127.0.0.1', $webPort); $i++) {
    usleep(50000);
}
$tab = "http://127.0.0.1:$webPort/admin/clients/servicetab/1/$service/tabMailboxes/";
$page = function () use ($tab) {
    $html = file_get_contents($tab);
    if (!str_contains((string) $html, 'Mailboxes (50')) {
        exit("the tab did not render 50 mailboxes\n");
    }
};

$domain = 'e2e.example';
$ops = [
    '<SearchDirectoryRequest xmlns="urn:zimbraAdmin" domain="' . $domain . '" types="accounts" limit="25" offset="0"'
        . ' sortBy="name" attrs="displayName,zimbraAccountStatus,zimbraMailQuota,zimbraMailAlias"/>',
    '<CountAccountRequest xmlns="urn:zimbraAdmin"><domain by="name">' . $domain . '</domain></CountAccountRequest>',
    '<GetDomainRequest xmlns="urn:zimbraAdmin"><domain by="name">' . $domain . '</domain></GetDomainRequest>',
    '<GetQuotaUsageRequest xmlns="urn:zimbraAdmin" domain="' . $domain . '" allServers="1" limit="25" offset="0"'
        . ' sortBy="percentUsed" sortAscending="0"/>',
];
$tokenCache = null;  // what a careful module keeps between pages
$careful = function (bool $warm) use ($sim, $ops, &$tokenCache) {
    $h = curl_handle($sim);
    if (!$warm || $tokenCache === null) {
        curl_setopt($h, CURLOPT_POSTFIELDS, envelope(auth_body()));
        $d = new DOMDocument();
        $d->loadXML(curl_exec($h));
        $tokenCache = $d->getElementsByTagNameNS('urn:zimbraAdmin', 'authToken')->item(0)->textContent;
    }
    foreach ($ops as $op) {
        curl_setopt($h, CURLOPT_POSTFIELDS, envelope($op, $tokenCache));
        (new DOMDocument())->loadXML(curl_exec($h));
    }
    curl_close($h);
};

$rows = [
    'php-zimbra' => [cost($sim, $page), cost($sim, $page)],
    '(a) typical' => [cost($sim, fn () => array_map(fn ($op) => typical_call($sim, $op), $ops)),
        cost($sim, fn () => array_map(fn ($op) => typical_call($sim, $op), $ops))],
    '(b) careful' => [cost($sim, fn () => $careful(false)), cost($sim, fn () => $careful(true))],
];

printf("Mailboxes tab of a 50-mailbox domain, %d ms round trip (a new connection costs 2 more)\n", $latency);
printf("%-14s %-5s %9s %12s %10s\n", 'client', 'page', 'requests', 'connections', 'wall');
foreach ($rows as $name => [$cold, $warm]) {
    foreach (['cold' => $cold, 'warm' => $warm] as $which => $r) {
        printf("%-14s %-5s %9d %12d %8.0fms\n", $name, $which, $r['requests'], $r['connections'], $r['wall'] * 1000);
    }
}
exec("rm -rf " . escapeshellarg($work));
