--TEST--
listAccounts() streams exactly the accounts, attributes and order that paging with searchDirectory() returns; past the 5000 cap, exactly the directory's
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim, ['max_requests_per_second' => 0]);

$z->createDomain('mixed.example');
zimbra_sim_control($sim, '/populate', ['domain' => 'mixed.example', 'count' => 4200, 'prefix' => 'p']);
// A few that sort between and around the generated ones, with attributes of their own.
foreach (['0first', 'p01000x', 'zz.last', 'm-middle'] as $u) {
    $z->createAccount("$u@mixed.example", 'Long-enough-1', ['displayName' => "Name of $u"]);
}
$key = fn (Zimbra\Account $a) => $a->id . ' ' . $a->name . ' ' . json_encode($a->attrs['displayName'] ?? []);

$streamed = [];
foreach ($z->listAccounts('mixed.example', ['displayName']) as $a) {
    $streamed[] = $key($a);
}
$paged = [];
for ($offset = 0; ; $offset += 700) {
    $page = $z->searchDirectory('', [], ['domain' => 'mixed.example', 'types' => 'accounts', 'limit' => 700,
        'offset' => $offset, 'sortBy' => 'name', 'attrs' => ['displayName']]);
    foreach ($page->entries as $a) {
        $paged[] = $key($a);
    }
    if (!$page->more) {
        break;
    }
}
echo count($streamed), ' ', count($paged), "\n";
var_dump($streamed === $paged);
echo explode(' ', $streamed[0])[1], ' ', explode(' ', end($streamed))[1], "\n";

// 7,500 accounts: paging alone fails at Zimbra's cap; the stream still lists every one.
$z->createDomain('capped.example');
zimbra_sim_control($sim, '/populate', ['domain' => 'capped.example', 'count' => 7500, 'prefix' => 'u']);
show_throw(fn () => $z->searchDirectory('', [], ['domain' => 'capped.example', 'types' => 'accounts', 'limit' => 100,
    'offset' => 0, 'sortBy' => 'name']));
$names = [];
foreach ($z->listAccounts('capped.example') as $a) {
    $names[] = $a->name;
}
$truth = array_keys(array_filter(zimbra_sim_control($sim, '/state', null)['accounts'],
    fn ($name) => str_ends_with($name, '@capped.example'), ARRAY_FILTER_USE_KEY));
sort($truth);
var_dump(count($names), count(array_unique($names)), $names === $truth);
?>
--EXPECTF--
4204 4204
bool(true)
0first@mixed.example zz.last@mixed.example
Zimbra\FaultException: %s(account.TOO_MANY_SEARCH_RESULTS)
int(7500)
int(7500)
bool(true)
