--TEST--
searchDirectory() pages with limit and offset: more while more follow, the total once known, sorted and with only the attributes asked for
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

$page = $z->searchDirectory('', [], ['domain' => 's.example', 'types' => 'accounts', 'limit' => 2, 'offset' => 1,
    'sortBy' => 'displayName', 'sortAscending' => false, 'attrs' => ['displayName']]);
var_dump($page->total, $page->more, array_map(fn($e) => $e->getDisplayName(), $page->entries), array_keys($page->entries[0]->attrs));
// The last page: no more, and now the total is known.
$last = $z->searchDirectory('', [], ['domain' => 's.example', 'types' => 'accounts', 'limit' => 2, 'offset' => 4]);
var_dump($last->total, $last->more, count($last));
$exact = $z->searchDirectory('', [], ['domain' => 's.example', 'types' => 'accounts', 'limit' => 5]);
var_dump($exact->total, $exact->more, count($exact));
--EXPECTF--
NULL
bool(true)
array(2) {
  [0]=>
  string(5) "Carol"
  [1]=>
  string(3) "Bob"
}
array(1) {
  [0]=>
  string(11) "displayName"
}
int(5)
bool(false)
int(1)
int(5)
bool(false)
int(5)
