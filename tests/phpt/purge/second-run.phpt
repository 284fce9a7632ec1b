--TEST--
purgeDomain() run again after a purge finds nothing to remove and reports no domain deleted
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);

function fill(Zimbra\Client $z, string $domain): void
{
    $z->createDomain($domain);
    foreach (['ann', 'bob', 'cat'] as $u) {
        $a = $z->createAccount("$u@$domain", 'Long-enough-1');
    }
    $z->addAccountAlias($a->id, "cathy@$domain");
    $list = $z->createDistributionList("all@$domain");
    $z->addDistributionListMembers($list->id, ["ann@$domain"]);
    $z->request('AddDistributionListAliasRequest', ['id' => $list->id, 'alias' => "everyone@$domain"]);
    $z->request('CreateDistributionListRequest', ['name' => "dyn@$domain", 'dynamic' => true]);
    $z->request('CreateCalendarResourceRequest', ['name' => "room@$domain", 'password' => 'Long-enough-1',
        'a' => [['n' => 'zimbraCalResType', '_content' => 'Location'], ['n' => 'displayName', '_content' => 'Room']]]);
    $z->createAccount("galsync@$domain", 'Long-enough-1', ['zimbraIsSystemResource' => true]);
}

fill($z, 'gone.example');
$z->createDomain('keep.example');
$keeper = $z->createAccount('keeper@keep.example', 'Long-enough-1');
// An alias in the doomed domain held by an account elsewhere also blocks DeleteDomain.
$z->addAccountAlias($keeper->id, 'keeper@gone.example');
$z->addAccountAlias($keeper->id, 'k@keep.example');


$z->purgeDomain('gone.example');
print_r($z->purgeDomain('gone.example'));
--EXPECT--
Array
(
    [aliases] => 0
    [accounts] => 0
    [resources] => 0
    [lists] => 0
    [domainDeleted] => 
)
