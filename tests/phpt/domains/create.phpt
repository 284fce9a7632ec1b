--TEST--
createDomain() returns the Domain: name normalised, limits and quotas typed, multi-valued and escaped attributes kept
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
