--TEST--
searchDirectory() and countObjects(): call mistakes are ValueError or TypeError, and what Zimbra would refuse (a bad domain, an offset without a limit, an empty types item) ValidationException
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
    fn() => $z->searchDirectory('', [], ['domain' => 42]),
    fn() => $z->searchDirectory('', [], ['attrs' => 'displayName']),
    fn() => $z->searchDirectory('', [], ['attrs' => ['displayName', 7]]),
    fn() => $z->searchDirectory('', [], ['limit' => '10']),
    fn() => $z->searchDirectory('', [], [0 => 'accounts']),
    fn() => $z->searchDirectory('(uid={q})', ['q' => ['x']]),
    fn() => $z->searchDirectory("(uid=a\0b)"),
] as $fn) {
    show_throw($fn);
}
--EXPECTF--
ValueError: Zimbra\Client::searchDirectory(): Argument #2 ($values) has no value for the query placeholder {missing}
ValueError: Zimbra\Client::searchDirectory(): Argument #1 ($query) has a '{' without a closing '}'
ValueError: Zimbra\Client::searchDirectory(): Argument #3 ($options) has an unknown option 'typo'. Known options: domain, types, attrs, limit, offset, sortBy, sortAscending, maxResults, applyCos
ValueError: Zimbra\Client::searchDirectory(): Argument #3 ($options) option 'types' must be a comma-separated list of: accounts, aliases, distributionlists, dynamicgroups, resources, domains, coses
ValueError: Zimbra\Client::searchDirectory(): Argument #3 ($options) option 'limit' must be from 0 to 2147483646
TypeError: Zimbra\Client::searchDirectory(): Argument #3 ($options) option 'sortAscending' must be of type bool, string given
Zimbra\ValidationException: The domain name 'bad domain' contains ' '; only letters, digits, '-' and '.' are allowed
Zimbra\ValidationException: A search offset needs a limit: Zimbra answers an offset without one with an empty page
Zimbra\ValidationException: The search types list has an empty item: Zimbra refuses it
ValueError: Zimbra\Client::countObjects(): Argument #1 ($type) must be one of userAccount, account, alias, dl, domain, cos, server, calresource
TypeError: Zimbra\Client::searchDirectory(): Argument #3 ($options) option 'domain' must be of type string, int given
TypeError: Zimbra\Client::searchDirectory(): Argument #3 ($options) option 'attrs' must be of type array, string given
TypeError: The list of attributes to read must hold strings, int given
TypeError: Zimbra\Client::searchDirectory(): Argument #3 ($options) option 'limit' must be of type int, string given
ValueError: Zimbra\Client::searchDirectory(): Argument #3 ($options) must name its options; found the integer key 0. Known options: domain, types, attrs, limit, offset, sortBy, sortAscending, maxResults, applyCos
TypeError: Zimbra\Client::searchDirectory(): Argument #2 ($values) value for {q} must be of type string|int, array given
ValueError: Zimbra\Client::searchDirectory(): Argument #1 ($query) must not contain any null bytes
