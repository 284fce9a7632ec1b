--TEST--
getQuotaUsage() with no domain lists every mailbox of the server, all domains together, in pages and in a batch
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
foreach (['a.example' => ['ann', 'al'], 'b.example' => ['bo']] as $domain => $users) {
    $z->createDomain($domain);
    foreach ($users as $i => $u) {
        $z->createAccount("$u@$domain", 'Long-enough-1', ['zimbraMailQuota' => 1000]);
        zimbra_sim_control($sim, '/usage', ['account' => "$u@$domain", 'bytes' => ($i + 1) * 100]);
    }
}
$all = $z->getQuotaUsage();
foreach ($all['mailboxes'] as $u) {
    printf("%s %d/%d\n", $u->name, $u->used, $u->limit);
}
var_dump($all['count'], $all['total'], $all['totalUsed']);

// Pages of two cover the same list, in the same order.
$names = [];
for ($offset = 0; $offset < $all['total']; $offset += 2) {
    $page = $z->getQuotaUsage(null, 2, $offset);
    $names = array_merge($names, array_map(fn ($u) => $u->name, $page['mailboxes']));
}
var_dump($names === array_map(fn ($u) => $u->name, $all['mailboxes']));

// In a batch too.
[$batched] = $z->batch(fn (Zimbra\Batch $b) => $b->getQuotaUsage(null, 1));
var_dump($batched['count'], $batched['total']);
--EXPECT--
admin@zimbra.test 0/0
al@a.example 200/1000
ann@a.example 100/1000
bo@b.example 100/1000
int(4)
int(4)
int(400)
bool(true)
int(1)
int(4)
