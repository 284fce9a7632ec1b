--TEST--
Domain input Zimbra would refuse is refused before anything is sent
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);

$d = $z->createDomain('Customer-42.Example.COM', [
    'zimbraDomainMaxAccounts' => 50,
    'zimbraDomainAggregateQuota' => 50 * 1024 ** 3,
    'zimbraMailDomainQuota' => 2 * 1024 ** 3,
    'zimbraVirtualHostname' => ['mail.customer-42.example.com', 'webmail.customer-42.example.com'],
    'description' => 'Customer #42 <VIP> & co',
]);

$before = zimbra_sim_stats($sim)['requests'];
foreach ([
    fn() => $z->createDomain('localhost'),
    fn() => $z->createDomain('exa mple.com'),
    fn() => $z->createDomain("b\u{FC}cher.example"),
    fn() => $z->createDomain('ok.example', ['bad name' => 1]),
    fn() => $z->createDomain('ok.example', [0 => 'x']),
    fn() => $z->createDomain('ok.example', ['description' => ['nested' => ['x']]]),
    fn() => $z->createDomain('ok.example', ['description' => new stdClass()]),
    fn() => $z->getDomain('not a domain'),
    fn() => $z->getDomain('ok.example', []),
    fn() => $z->getDomain('ok.example', ['bad,name']),
    fn() => $z->modifyDomain('not-an-id', []),
    fn() => $z->setDomainStatus($d->id, 'shutdown'),
    fn() => $z->deleteDomain(''),
] as $fn) {
    show_throw($fn);
}
echo "requests sent: ", zimbra_sim_stats($sim)['requests'] - $before, "\n";
?>
--EXPECT--
Zimbra\ValidationException: The domain name 'localhost' needs at least two labels, like example.com
Zimbra\ValidationException: The domain name 'exa mple.com' contains ' '; only letters, digits, '-' and '.' are allowed
Zimbra\ValidationException: The domain name 'bücher.example' contains non-ASCII characters; give an internationalised name in its xn-- (punycode) form
Zimbra\ValidationException: 'bad name' is not a valid attribute name
ValueError: Attributes must be keyed by name; found the integer key 0
TypeError: The value of attribute 'description' must be a list of scalars, not a nested array
TypeError: The value of attribute 'description' must be of type string, int, float, bool, null or a list of those, stdClass given
Zimbra\ValidationException: The domain name 'not a domain' contains ' '; only letters, digits, '-' and '.' are allowed
ValueError: The list of attributes to read is empty; pass null for all attributes
Zimbra\ValidationException: The list of attributes to read must hold attribute names only
Zimbra\ValidationException: The domain id 'not-an-id' is not a Zimbra id (a UUID such as e00428a1-0c00-11d9-836a-000d93afea2a)
Zimbra\ValidationException: The domain status must be one of: active, maintenance, locked, closed, suspended
Zimbra\ValidationException: The domain id '' is not a Zimbra id (a UUID such as e00428a1-0c00-11d9-836a-000d93afea2a)
requests sent: 0
