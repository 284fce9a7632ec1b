--TEST--
Alias and list input Zimbra would refuse is refused before anything is sent
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

$before = zimbra_sim_stats($sim)['requests'];
foreach ([
    fn() => $z->addAccountAlias($ann->id, 'not an address'),
    fn() => $z->addAccountAlias('bad-id', 'x@team.example'),
    fn() => $z->createDistributionList('a list@team.example'),
    fn() => $z->addDistributionListMembers($ann->id, []),
    fn() => $z->addDistributionListMembers($ann->id, ['ok@team.example', 'not-an-address']),
    fn() => $z->addDistributionListMembers($ann->id, [42]),
    fn() => $z->removeDistributionListMembers($ann->id, ["x@team.example\n"]),
    fn() => $z->getDistributionList('nope'),
] as $fn) {
    show_throw($fn);
}
echo "requests sent: ", zimbra_sim_stats($sim)['requests'] - $before, "\n";
?>
--EXPECT--
Zimbra\ValidationException: 'not an address' is not an email address (expected name@domain)
Zimbra\ValidationException: The account id 'bad-id' is not a Zimbra id (a UUID such as e00428a1-0c00-11d9-836a-000d93afea2a)
Zimbra\ValidationException: The mailbox name 'a list' contains ' '; only letters a-z, digits, '.', '_' and '-' are allowed
ValueError: Zimbra\Client::addDistributionListMembers(): Argument #2 ($members) must not be empty
Zimbra\ValidationException: 'not-an-address' is not an email address (expected name@domain)
TypeError: Zimbra\Client::addDistributionListMembers(): Argument #2 ($members) must hold email addresses as strings, int given
Zimbra\ValidationException: The domain name 'team.example?' contains '?'; only letters, digits, '-' and '.' are allowed
Zimbra\ValidationException: 'nope' is not an email address (expected name@domain)
requests sent: 0
