--TEST--
purgeDomain() removes aliases held from elsewhere, accounts, resources, lists and dynamic groups, then the domain
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

try {
    $z->deleteDomain($z->getDomain('gone.example')->id);
} catch (Zimbra\FaultException $e) {
    echo "plain delete: ", $e->getFaultCode(), "\n";
}
print_r($z->purgeDomain('Gone.Example'));
var_dump($z->getDomain('gone.example'));
var_dump($z->getAccount('keeper@keep.example')->getAliases());
// What is left in the whole directory: the admin, the keeper and the keeper's other alias.
var_dump($z->searchDirectory('', [], ['types' => 'accounts,aliases,distributionlists,dynamicgroups,resources'])->total);
--EXPECT--
plain delete: account.DOMAIN_NOT_EMPTY
Array
(
    [aliases] => 3
    [accounts] => 4
    [resources] => 1
    [lists] => 2
    [domainDeleted] => 1
)
NULL
array(1) {
  [0]=>
  string(14) "k@keep.example"
}
int(3)
