--TEST--
getDomain() by name or id; null when missing; only the attributes asked for
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
--EXPECT--
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
