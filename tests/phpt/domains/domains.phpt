--TEST--
Domains: create, get, modify, status, delete, with Zimbra's faults and input checks
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
var_dump($d instanceof Zimbra\Domain, $d instanceof Zimbra\Entry, $d->name, Zimbra\Validate::isId($d->id));
var_dump($d->getStatus(), $d->getMaxAccounts(), $d->getAggregateQuota(), $d->getMailboxQuota(), $d->getDefaultCosId());
var_dump($d->getAll('zimbraVirtualHostname'), $d->get('description'), $d->get('noSuchAttribute'));

echo "-- get\n";
var_dump($z->getDomain('customer-42.example.com')->id === $d->id);
var_dump($z->getDomain($d->id)->name);
var_dump($z->getDomain('nowhere.example.com'));
$partial = $z->getDomain('customer-42.example.com', ['zimbraDomainStatus', 'zimbraDomainMaxAccounts']);
var_dump(array_keys($partial->attrs));
try {
    $z->getDomain('customer-42.example.com', ['zimbraMailQuota']);
} catch (Zimbra\FaultException $e) {
    echo $e->getFaultCode(), ': ', $e->getReason(), "\n";
}

echo "-- modify\n";
$m = $z->modifyDomain($d->id, ['description' => '', '-zimbraVirtualHostname' => 'webmail.customer-42.example.com',
    'zimbraDomainMaxAccounts' => 60]);
var_dump($m->get('description'), $m->getAll('zimbraVirtualHostname'), $m->getMaxAccounts());
var_dump($z->setDomainStatus($d->id, 'suspended')->getStatus());
try {
    $z->createAccount('someone@customer-42.example.com', 'Long-enough-1');
} catch (Zimbra\FaultException $e) {
    echo "suspended: ", $e->getFaultCode(), ': ', $e->getReason(), "\n";
}
var_dump($z->setDomainStatus($d->id, 'active')->getStatus());

echo "-- faults\n";
foreach ([
    fn() => $z->createDomain('customer-42.example.com'),
    fn() => $z->modifyDomain('00000000-0000-0000-0000-000000000000', ['description' => 'x']),
    fn() => $z->deleteDomain('00000000-0000-0000-0000-000000000000'),
    fn() => $z->modifyDomain($d->id, ['zimbraDomainStatus' => 'sleeping']),
    fn() => $z->modifyDomain($d->id, ['zimbraDomainDefaultCOSId' => '11111111-1111-1111-1111-111111111111']),
] as $fn) {
    try {
        $fn();
        echo "no fault\n";
    } catch (Zimbra\FaultException $e) {
        echo $e->getFaultCode(), ': ', $e->getReason(), "\n";
    }
}
$z->createAccount('one@customer-42.example.com', 'Long-enough-1');
try {
    $z->deleteDomain($d->id);
} catch (Zimbra\FaultException $e) {
    echo $e->getFaultCode(), ': ', $e->getReason(), "\n";
}

echo "-- refused before sending\n";
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
bool(true)
bool(true)
string(23) "customer-42.example.com"
bool(true)
string(6) "active"
int(50)
int(53687091200)
int(2147483648)
NULL
array(2) {
  [0]=>
  string(28) "mail.customer-42.example.com"
  [1]=>
  string(31) "webmail.customer-42.example.com"
}
string(23) "Customer #42 <VIP> & co"
NULL
-- get
bool(true)
string(23) "customer-42.example.com"
NULL
array(2) {
  [0]=>
  string(18) "zimbraDomainStatus"
  [1]=>
  string(23) "zimbraDomainMaxAccounts"
}
service.INVALID_REQUEST: invalid request: requested attribute zimbraMailQuota is not on domain
-- modify
NULL
array(1) {
  [0]=>
  string(28) "mail.customer-42.example.com"
}
int(60)
string(9) "suspended"
suspended: service.PERM_DENIED: permission denied: domain is suspended
string(6) "active"
-- faults
account.DOMAIN_EXISTS: domain already exists: customer-42.example.com
account.NO_SUCH_DOMAIN: no such domain: 00000000-0000-0000-0000-000000000000
account.NO_SUCH_DOMAIN: no such domain: 00000000-0000-0000-0000-000000000000
account.INVALID_ATTR_VALUE: invalid attr value: zimbraDomainStatus must be one of: active,maintenance,locked,closed,suspended,shutdown
account.NO_SUCH_COS: no such cos: 11111111-1111-1111-1111-111111111111
account.DOMAIN_NOT_EMPTY: domain not empty: customer-42.example.com (remaining entries: [uid=one,ou=people,dc=customer-42,dc=example,dc=com] ...)
-- refused before sending
Zimbra\ValidationException: The domain name 'localhost' needs at least two labels, like example.com
Zimbra\ValidationException: The domain name 'exa mple.com' contains ' '; only letters, digits, '-' and '.' are allowed
Zimbra\ValidationException: The domain name 'bücher.example' contains non-ASCII characters; give an internationalised name in its xn-- (punycode) form
Zimbra\ValidationException: 'bad name' is not a valid attribute name
Zimbra\ValidationException: Attributes must be keyed by name; found the integer key 0
Zimbra\ValidationException: The value of attribute 'description' is a nested array
Zimbra\ValidationException: The value of attribute 'description' must be a string, number, boolean, null or a list of those, not stdClass
Zimbra\ValidationException: The domain name 'not a domain' contains ' '; only letters, digits, '-' and '.' are allowed
Zimbra\ValidationException: The list of attributes to read is empty; pass null for all attributes
Zimbra\ValidationException: The list of attributes to read must hold attribute names only
Zimbra\ValidationException: The domain id 'not-an-id' is not a Zimbra id (a UUID such as e00428a1-0c00-11d9-836a-000d93afea2a)
Zimbra\ValidationException: The domain status must be one of: active, maintenance, locked, closed, suspended
Zimbra\ValidationException: The domain id '' is not a Zimbra id (a UUID such as e00428a1-0c00-11d9-836a-000d93afea2a)
requests sent: 0
