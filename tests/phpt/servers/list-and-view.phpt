--TEST--
listServers() gives the mailbox servers; withServer() gives a view whose requests (typed, batch, request()) run on that server, sharing the client's login; an unknown server is account.NO_SUCH_SERVER, a bad name is refused unsent, a server down is service.PROXY_ERROR
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim(['--mailbox-servers', '3']);
$z = zimbra_client($sim);
$z->createDomain('v.test');
for ($i = 0; $i < 24; $i++) {
    $z->createAccount(sprintf('u%02d@v.test', $i), 'Long-enough-1');
}
$homes = [];
foreach (zimbra_sim_control($sim, '/state', null)['accounts'] as $name => $a) {
    if (str_ends_with($name, '@v.test')) {
        $homes[$a['zimbraMailHost'][0]][] = $name;
    }
}

$servers = $z->listServers();
foreach ($servers as $s) {
    echo get_class($s), ' ', $s->name, ' ', implode(',', $s->getServices()), ' id ok: ', var_export(Zimbra\Validate::isId($s->id), true), "\n";
}
echo 'no proxy servers: ', count($z->listServers('proxy')), "\n";
[$inBatch] = $z->batch(fn (Zimbra\Batch $b) => $b->listServers());
echo 'in a batch: ', count($inBatch), "\n";

// A view by name costs one lookup; by id, none.
$before = zimbra_sim_stats($sim)['requests'];
$mbx2 = $z->withServer('mbx2.zimbra.test');
$mbx3 = $z->withServer($servers[2]->id);
echo 'lookups: ', zimbra_sim_stats($sim)['requests'] - $before, "\n";
var_dump($mbx2->getTargetServer() === $servers[1]->id, $z->getTargetServer(), $mbx2->isLoggedIn());

// Each view reads its own server's mailboxes, through every way of sending.
$names = fn (array $usage) => array_map(fn ($q) => $q->name, array_values(array_filter($usage['mailboxes'], fn ($q) => str_ends_with($q->name, '@v.test'))));
foreach (['mbx2.zimbra.test' => $mbx2, 'mbx3.zimbra.test' => $mbx3] as $name => $view) {
    $typed = $names($view->getQuotaUsage(null));
    $domain = $names($view->getQuotaUsage('v.test'));
    [$batched] = $view->batch(fn (Zimbra\Batch $b) => $b->getQuotaUsage('v.test'));
    $raw = $view->request('GetQuotaUsageRequest', ['domain' => 'v.test', 'sortBy' => 'account', 'sortAscending' => 1]);
    $rawNames = array_map(fn ($a) => $a['name'], $raw['account'] ?? []);
    echo "$name: ", var_export($typed === ($homes[$name] ?? []) && $domain === $typed && $names($batched) === $typed && $rawNames === $typed, true), "\n";
}
echo 'the client asks every server: ', count($names($z->getQuotaUsage('v.test'))), "\n";

// A view shares the client's login: a new login on the client is the view's too; it cannot log in or out itself.
$z->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
echo 'after the client logs in again: ', count($mbx2->listServers()), "\n";
show_throw(fn () => $mbx2->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD));
show_throw(fn () => $mbx2->logout());
echo 'a view of a view runs on its own server: ', var_export($mbx2->withServer($servers[2]->id)->getTargetServer() === $servers[2]->id, true), "\n";

// Unknown, malformed, down.
$before = zimbra_sim_stats($sim)['requests'];
show_throw(fn () => $z->withServer("bad name\n"));
show_throw(fn () => $z->listServers('mail box'));
echo 'sent for those: ', zimbra_sim_stats($sim)['requests'] - $before, "\n";
try {
    $z->withServer('nope.zimbra.test');
} catch (Zimbra\FaultException $e) {
    echo $e->getFaultCode(), "\n";
}
$ghost = $z->withServer('00000000-0000-0000-0000-000000000000');
try {
    $ghost->getQuotaUsage(null);
} catch (Zimbra\FaultException $e) {
    echo $e->getFaultCode(), "\n";
}
zimbra_sim_control($sim, '/server', ['name' => 'mbx3.zimbra.test', 'up' => false]);
try {
    $mbx3->getQuotaUsage('v.test');
} catch (Zimbra\FaultException $e) {
    echo $e->getFaultCode(), "\n";
}
echo 'mbx2 still answers: ', count($mbx2->getQuotaUsage('v.test')['mailboxes']) === count($homes['mbx2.zimbra.test'] ?? []) ? 'yes' : 'no', "\n";
try {
    $z->getQuotaUsage('v.test');
} catch (Zimbra\FaultException $e) {
    echo 'every server at once: ', $e->getFaultCode(), "\n";
}
var_dump($mbx2);
--EXPECTF--
Zimbra\Server mbx1.zimbra.test mailbox,logger,stats,snmp id ok: true
Zimbra\Server mbx2.zimbra.test mailbox,logger,stats,snmp id ok: true
Zimbra\Server mbx3.zimbra.test mailbox,logger,stats,snmp id ok: true
no proxy servers: 0
in a batch: 3
lookups: 1
bool(true)
NULL
bool(true)
mbx2.zimbra.test: true
mbx3.zimbra.test: true
the client asks every server: 24
after the client logs in again: 3
Error: This Zimbra\Client is a view of one server (withServer()): log in on the client it came from
Error: This Zimbra\Client is a view of one server (withServer()): log out on the client it came from
a view of a view runs on its own server: true
Zimbra\ValidationException: A server is named by its id or its host name (such as mbx2.example.com)
Zimbra\ValidationException: A service name is 1 to 64 letters, digits, '-' or '_', such as mailbox, mta or proxy
sent for those: 0
account.NO_SUCH_SERVER
account.NO_SUCH_SERVER
service.PROXY_ERROR
mbx2 still answers: yes
every server at once: service.FAILURE
object(Zimbra\Client)#%d (6) {
  ["url"]=>
  string(%d) "https://127.0.0.1:%d/service/admin/soap/"
  ["username"]=>
  string(17) "admin@zimbra.test"
  ["loggedIn"]=>
  bool(true)
  ["persistent"]=>
  bool(false)
  ["targetServer"]=>
  string(36) "%s"
  ["tls"]=>
  string(24) "verified against ca_file"
}
