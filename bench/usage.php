<?php
/**
 * The Blesta module's usage task (cron key zimbra_usage) over 1,000 services of a Zimbra install
 * of several mailbox servers (default 3, 30,000 mailboxes in all: 10,000 each) at an emulated
 * round-trip time (default 20 ms): its requests and wall time, against a task written the usual
 * way, one GetQuotaUsage request per service.
 *
 * The services are fixtures in the Blesta stand-in's database (as if ordered earlier): 800 domain
 * services with 3 mailboxes each and 200 mailbox services on a shared domain, 2,601 mailboxes
 * with the admin's; more mailboxes of customers not in this Blesta fill the install to --fill. The task runs as Blesta's automation runs it (CronTasks::runDue), through
 * the real module and the built extension, over HTTPS to the simulator.
 *
 * Usage: php -d extension=modules/zimbra.so bench/usage.php [--latency-ms 20] [--domains 800] [--mailboxes 200]
 *        [--servers 3] [--fill 30000]
 */
require __DIR__ . '/lib.php';
require __DIR__ . '/../tests/blesta/harness.php';

$opt = getopt('', ['latency-ms:', 'domains:', 'mailboxes:', 'servers:', 'fill:']);
$latency = (int) ($opt['latency-ms'] ?? 20);
$domainCount = (int) ($opt['domains'] ?? 800);
$mailboxCount = (int) ($opt['mailboxes'] ?? 200);
$serverCount = (int) ($opt['servers'] ?? 3);
$fill = (int) ($opt['fill'] ?? 30000);
$sim = bench_sim(['--latency-ms', (string) $latency, '--mailbox-servers', (string) $serverCount]);
$port = substr(strrchr($sim['listening'], ':'), 1);
$root = sys_get_temp_dir() . '/zimbra-bench-usage-' . getmypid();
blesta_harness_root($root);
register_shutdown_function(fn () => exec('rm -rf ' . escapeshellarg($root)));

function stats(array $sim): array
{
    return json_decode(file_get_contents($sim['control'] . '/stats'), true);
}

// Zimbra's side: the domains and their mailboxes, made in BatchRequests and by the simulator's control.
$z = new Zimbra\Client($sim['listening'], ['ca_file' => $sim['certificate']]);
$z->login('admin@zimbra.test', 'test-Admin-Pass1');
$domains = array_map(fn ($i) => sprintf('d%04d.example', $i), range(1, $domainCount));
$made = $z->batch(function (Zimbra\Batch $b) use ($domains) {
    foreach ([...$domains, 'shared.example'] as $d) {
        $b->request('CreateDomainRequest', ['name' => $d]);
    }
});
foreach ($domains as $d) {
    bench_control($sim, '/populate', ['domain' => $d, 'count' => 3]);
}
bench_control($sim, '/populate', ['domain' => 'shared.example', 'count' => $mailboxCount]);
bench_control($sim, '/usage', ['account' => 'user00001@d0001.example', 'bytes' => 9 * 1073741824]);  // one over 90 %
$total = $domainCount * 3 + $mailboxCount + 1;
if ($fill > $total) {
    bench_control($sim, '/populate', ['domain' => 'elsewhere.example', 'count' => $fill - $total]);
    $total = $fill;
}

// Blesta's side: the module installed, the server added through its form (the connection test
// runs), a package of each kind, and the services as earlier orders left them.
$blesta = Blesta::boot();
$blesta->ModuleManager->add(['class' => 'zimbra']);
$der = base64_decode(preg_replace('/-----[^-]+-----|\s+/', '', openssl_pkey_get_details(
    openssl_pkey_get_public(file_get_contents($sim['certificate'])))['key']));
$row = $blesta->ModuleManager->addRow(Blesta::MODULE_ID, ['server_label' => 'Bench', 'host_name' => '127.0.0.1',
    'admin_username' => 'admin@zimbra.test', 'admin_password' => 'test-Admin-Pass1', 'use_ssl' => '1', 'port' => $port,
    'tls_mode' => 'pin', 'tls_pin' => 'sha256//' . base64_encode(hash('sha256', $der, true))]) ?? exit("server refused\n");
$domainPackage = $blesta->Packages->add(['module_row' => $row, 'meta' => ['package_type' => 'domain', 'aggregate_quota' => '10', 'max_accounts' => '50']]);
$mailboxPackage = $blesta->Packages->add(['module_row' => $row, 'meta' => ['package_type' => 'mailbox', 'mailbox_domain' => 'shared.example']]);
$fixture = function (int $package, array $fields) use ($blesta, $row) {
    $id = $blesta->nextId('services');
    $blesta->db['services'][$id] = ['id' => $id, 'client_id' => 1, 'package_id' => $package, 'parent_service_id' => null,
        'module_row_id' => $row, 'status' => 'active', 'options' => [],
        'fields' => array_map(fn ($k, $v) => ['key' => $k, 'value' => $v, 'encrypted' => 0], array_keys($fields), $fields)];
};
foreach ($domains as $d) {
    $fixture($domainPackage, ['zimbra_domain' => $d]);
}
$mailboxes = array_map(fn ($i) => sprintf('user%05d@shared.example', $i), range(0, $mailboxCount - 1));
foreach ($mailboxes as $email) {
    $fixture($mailboxPackage, ['zimbra_domain' => 'shared.example', 'zimbra_email' => $email]);
}
$services = count($blesta->db['services']);

// The task, as Blesta's automation runs it: in a PHP process of its own (tests/e2e/cron.php), so
// it logs in and connects as a real cron run does.
$state = "$root/state.json";
$blesta->saveTo($state);
$before = stats($sim);
$t = hrtime(true);
exec(implode(' ', array_map('escapeshellarg', [PHP_BINARY, '-d', 'extension=' . realpath(__DIR__ . '/../modules/zimbra.so'),
    __DIR__ . '/../tests/e2e/cron.php', $state])), $log, $rc);
$wall = (hrtime(true) - $t) / 1e9;
$rc === 0 || exit("the task failed\n");
$after = stats($sim);
$done = Blesta::boot($state);
$byName = [];
foreach ($after['requests_by_name'] as $name => $n) {
    if (($d = $n - ($before['requests_by_name'][$name] ?? 0)) > 0) {
        $byName[$name] = $d;
    }
}
$usage = array_filter(array_map(function ($s) {
    $f = array_column($s['fields'], 'value', 'key');
    return isset($f['zimbra_usage']) ? json_decode($f['zimbra_usage'], true) : null;
}, $done->db['services']));
$partial = count(array_filter($usage, fn ($u) => !empty($u['partial'])));
$bound = $serverCount * (int) ceil($total / ($serverCount * 20000));
printf("usage task over %d services (%d mailboxes on %d mailbox servers) at %d ms RTT:\n", $services, $total, $serverCount, $latency);
printf("  %d requests (%s), %d new connection(s), %.2f s wall for the whole cron process, %d services recorded (%d partial), %d warning mail(s)\n",
    $after['requests'] - $before['requests'], implode(', ', array_map(fn ($k, $v) => "$k $v", array_keys($byName), $byName)),
    $after['connections'] - $before['connections'], $wall, count($usage), $partial, count($done->db['sent_emails']));
printf("  GetQuotaUsage requests: %d (goal: at most S x ceil(M / (S x 20,000)) = %d)\n", $byName['GetQuotaUsageRequest'] ?? 0, $bound);
echo '  log: ', $log[1] ?? '', "\n";

// The usual way: one request per service, on one kept connection and a cached token.
$t = hrtime(true);
$n = stats($sim)['requests'];
foreach ($domains as $d) {
    $z->getQuotaUsage($d);
}
foreach ($mailboxes as $email) {
    $z->getMailboxSize($z->getAccount($email, ['zimbraId'])->id);
}
printf("one request per service (getQuotaUsage per domain, getAccount + getMailboxSize per mailbox): %d requests, %.2f s wall\n",
    stats($sim)['requests'] - $n, (hrtime(true) - $t) / 1e9);
