--TEST--
Domain operations Zimbra refuses throw FaultException with Zimbra's code and reason
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
--EXPECT--
account.DOMAIN_EXISTS: domain already exists: customer-42.example.com
account.NO_SUCH_DOMAIN: no such domain: 00000000-0000-0000-0000-000000000000
account.NO_SUCH_DOMAIN: no such domain: 00000000-0000-0000-0000-000000000000
account.INVALID_ATTR_VALUE: invalid attr value: zimbraDomainStatus must be one of: active,maintenance,locked,closed,suspended,shutdown
account.NO_SUCH_COS: no such cos: 11111111-1111-1111-1111-111111111111
account.DOMAIN_NOT_EMPTY: domain not empty: customer-42.example.com (remaining entries: [uid=one,ou=people,dc=customer-42,dc=example,dc=com] ...)
