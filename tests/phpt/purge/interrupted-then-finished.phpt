--TEST--
An interrupted purgeDomain() finishes on a second run
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


fill($z, 'again.example');
// Let the purge get a few requests in, then the server fails.
zimbra_sim_control($sim, '/fault', ['kind' => 'html', 'status' => 503, 'skip' => 3, 'count' => 50]);
try {
    $z->purgeDomain('again.example');
} catch (Zimbra\TransportException $e) {
    echo "interrupted: HTTP ", $e->getHttpStatus(), "\n";
}
zimbra_sim_control($sim, '/reset-faults', []);
$left = $z->searchDirectory('', [], ['domain' => 'again.example', 'types' => 'accounts,aliases,distributionlists,dynamicgroups,resources'])->total;
var_dump($left > 0 && $left < 10);
$second = $z->purgeDomain('again.example');
var_dump($second['domainDeleted'], $z->getDomain('again.example'));
show_throw(fn() => $z->purgeDomain('not a domain'));
?>
--EXPECT--
interrupted: HTTP 503
bool(true)
bool(true)
NULL
Zimbra\ValidationException: The domain name 'not a domain' contains ' '; only letters, digits, '-' and '.' are allowed
