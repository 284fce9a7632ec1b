--TEST--
searchDirectory() escapes its placeholders, pages with limit and offset, and says when more follow
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
$page = $z->searchDirectory('', [], ['domain' => 's.example', 'types' => 'accounts', 'limit' => 2, 'offset' => 1,
    'sortBy' => 'displayName', 'sortAscending' => false, 'attrs' => ['displayName']]);
var_dump($page->total, $page->more, array_map(fn($e) => $e->getDisplayName(), $page->entries), array_keys($page->entries[0]->attrs));
// The last page: no more, and now the total is known.
$last = $z->searchDirectory('', [], ['domain' => 's.example', 'types' => 'accounts', 'limit' => 2, 'offset' => 4]);
var_dump($last->total, $last->more, count($last));
$exact = $z->searchDirectory('', [], ['domain' => 's.example', 'types' => 'accounts', 'limit' => 5]);
var_dump($exact->total, $exact->more, count($exact));
echo "countObjects: ", $z->countObjects('userAccount', 's.example'), ' ', $z->countObjects('domain'), ' ',
    $z->countObjects('alias', 's.example'), ' ', $z->countObjects('dl', 's.example'), "\n";
$mixed = $z->searchDirectory('', [], ['domain' => 's.example', 'types' => 'aliases,distributionlists']);
foreach ($mixed as $e) {
    echo get_class($e), ' ', $e->name, $e instanceof Zimbra\Alias ? " -> {$e->targetName} ({$e->targetType})" : '', "\n";
}
try {
    $z->searchDirectory('', [], ['domain' => 's.example', 'maxResults' => 3]);
} catch (Zimbra\FaultException $e) {
    echo $e->getFaultCode(), ' ', $e->isReceiverFault() ? 'receiver' : 'sender', ': ', $e->getReason(), "\n";
}
try {
    $z->searchDirectory('', [], ['domain' => 'missing.example']);
} catch (Zimbra\FaultException $e) {
    echo $e->getFaultCode(), "\n";
}
foreach ([
    fn() => $z->searchDirectory('(uid={missing})'),
    fn() => $z->searchDirectory('(uid={q)', ['q' => 'x']),
    fn() => $z->searchDirectory('', [], ['typo' => 1]),
    fn() => $z->searchDirectory('', [], ['types' => 'accounts,robots']),
    fn() => $z->searchDirectory('', [], ['limit' => -1]),
    fn() => $z->searchDirectory('', [], ['sortAscending' => 'yes']),
    fn() => $z->searchDirectory('', [], ['domain' => 'bad domain']),
    fn() => $z->searchDirectory('', [], ['offset' => 10]),
    fn() => $z->searchDirectory('', [], ['types' => 'accounts,']),
    fn() => $z->countObjects('robots'),
] as $fn) {
    show_throw($fn);
}
--EXPECTF--
string(19) "Zimbra\SearchResult"
int(2)
bool(false)
int(2)
Zimbra\Account albert@s.example
Zimbra\Account alice@s.example
int(0)
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
countObjects: 5 2 1 1
Zimbra\Alias boss@s.example -> dave@s.example (account)
Zimbra\DistributionList staff@s.example
account.TOO_MANY_SEARCH_RESULTS receiver: number of results exceeded the limit: too many search results returned
account.NO_SUCH_DOMAIN
ValueError: Zimbra\Client::searchDirectory(): Argument #2 ($values) has no value for the query placeholder {missing}
ValueError: Zimbra\Client::searchDirectory(): Argument #1 ($query) has a '{' without a closing '}'
ValueError: Zimbra\Client::searchDirectory(): Argument #3 ($options) has an unknown option 'typo'. Known options: domain, types, attrs, limit, offset, sortBy, sortAscending, maxResults, applyCos
ValueError: Zimbra\Client::searchDirectory(): Argument #3 ($options) option 'types' must be a comma-separated list of: accounts, aliases, distributionlists, dynamicgroups, resources, domains, coses
ValueError: Zimbra\Client::searchDirectory(): Argument #3 ($options) option 'limit' must be at least 0
TypeError: Zimbra\Client::searchDirectory(): Argument #3 ($options) option 'sortAscending' must be of type bool, string given
Zimbra\ValidationException: The domain name 'bad domain' contains ' '; only letters, digits, '-' and '.' are allowed
Zimbra\ValidationException: A search offset needs a limit: Zimbra answers an offset without one with an empty page
Zimbra\ValidationException: The search types list has an empty item: Zimbra refuses it
ValueError: Zimbra\Client::countObjects(): Argument #1 ($type) must be one of userAccount, account, alias, dl, domain, cos, server, calresource
