--TEST--
searchDirectory() fills {placeholders} with RFC 4515-escaped values: a value can never change the filter
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('s.example');
foreach (['alice', 'albert', 'bob', 'carol', 'dave'] as $i => $u) {
    $a = $z->createAccount("$u@s.example", 'Long-enough-1', ['displayName' => ucfirst($u), 'zimbraMailQuota' => ($i + 1) * 1000]);
    zimbra_sim_control($sim, '/usage', ['account' => "$u@s.example", 'bytes' => ($i + 1) * 100]);
}
$z->addAccountAlias($a->id, 'boss@s.example');
$z->createDistributionList('staff@s.example');

$r = $z->searchDirectory('(uid={q}*)', ['q' => 'al'], ['domain' => 's.example']);
var_dump(get_class($r), $r->total, $r->more, count($r));
foreach ($r as $e) {
    echo get_class($e), ' ', $e->name, "\n";
}
// A value can never change the filter: '*' and ')' are escaped, so nothing matches.
var_dump($z->searchDirectory('(uid={q})', ['q' => '*)(uid=*'], ['domain' => 's.example'])->total);
--EXPECTF--
string(19) "Zimbra\SearchResult"
int(2)
bool(false)
int(2)
Zimbra\Account albert@s.example
Zimbra\Account alice@s.example
int(0)
