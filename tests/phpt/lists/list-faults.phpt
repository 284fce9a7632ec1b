--TEST--
List operations Zimbra refuses throw its fault: a taken name (list or account), a missing domain or list
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('team.example');
$z->createDomain('other.example');
$ann = $z->createAccount('ann@team.example', 'Long-enough-1');
$bob = $z->createAccount('bob@team.example', 'Long-enough-1');

$dl = $z->createDistributionList('All@Team.Example', ['displayName' => 'Everyone', 'zimbraHideInGal' => true]);

foreach ([
    fn() => $z->createDistributionList('all@team.example'),
    fn() => $z->createDistributionList('ann@team.example'),
    fn() => $z->createDistributionList('list@missing.example'),
    fn() => $z->addDistributionListMembers('00000000-0000-0000-0000-000000000000', ['a@b.example']),
    fn() => $z->deleteDistributionList('00000000-0000-0000-0000-000000000000'),
] as $fn) {
    try {
        $fn();
        echo "no fault\n";
    } catch (Zimbra\FaultException $e) {
        echo $e->getFaultCode(), ': ', $e->getReason(), "\n";
    }
}
--EXPECT--
account.DISTRIBUTION_LIST_EXISTS: email address already exists: all@team.example
account.DISTRIBUTION_LIST_EXISTS: email address already exists: ann@team.example
account.NO_SUCH_DOMAIN: no such domain: missing.example
account.NO_SUCH_DISTRIBUTION_LIST: no such distribution list: 00000000-0000-0000-0000-000000000000
account.NO_SUCH_DISTRIBUTION_LIST: no such distribution list: 00000000-0000-0000-0000-000000000000
