--TEST--
modifyDomain(), setDomainStatus() and deleteDomain() do what they say
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
--EXPECT--
NULL
array(1) {
  [0]=>
  string(28) "mail.customer-42.example.com"
}
int(60)
string(9) "suspended"
suspended: service.PERM_DENIED: permission denied: domain is suspended
string(6) "active"
