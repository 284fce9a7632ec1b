--TEST--
A typed method given an empty reply element throws ResponseException, never returns null
--EXTENSIONS--
zimbra
--INI--
memory_limit=64M
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$c->createDomain('odd.test');
$adminId = $c->getAccount(ZIMBRA_TEST_ADMIN)->id;
$reply = fn (string $body, array $more = []) => zimbra_sim_control($sim, '/fault', ['kind' => 'reply', 'body' => $body, 'count' => 1] + $more);
$outcome = fn ($r) => $r instanceof Throwable ? get_class($r) . ': ' . $r->getMessage() : (is_object($r) ? get_class($r) . ' ' . $r->name : var_export($r, true));

$empty = [
    'getDomain' => ['GetDomainResponse', fn () => $c->getDomain('odd.test')],
    'createDomain' => ['CreateDomainResponse', fn () => $c->createDomain('new.test')],
    'getAccount' => ['GetAccountResponse', fn () => $c->getAccount('admin@zimbra.test')],
    'getCos' => ['GetCosResponse', fn () => $c->getCos('default')],
    'getDistributionList' => ['GetDistributionListResponse', fn () => $c->getDistributionList('list@odd.test')],
    'getMailboxSize' => ['GetMailboxResponse', fn () => $c->getMailboxSize($adminId)],
    'getPreauthKey' => ['GetDomainResponse', fn () => $c->getPreauthKey('odd.test')],
];
foreach ($empty as $method => [$element, $call]) {
    $reply("<$element xmlns=\"urn:zimbraAdmin\"/>");
    echo "$method: ";
    show_throw($call);
}
$reply('<BatchResponse xmlns="urn:zimbra"><GetDomainResponse xmlns="urn:zimbraAdmin" requestId="0"/></BatchResponse>');
echo "in a batch: ", $outcome($c->batch(fn (Zimbra\Batch $b) => $b->getDomain('odd.test'))[0]), "\n";
echo "usable after: ", $c->getDomain('odd.test')->name, "\n";
--EXPECTF--
getDomain: Zimbra\ResponseException: Zimbra's GetDomainResponse has no <domain> element: the reply is unusable, and whether the request was done is unknown
createDomain: Zimbra\ResponseException: Zimbra's CreateDomainResponse has no <domain> element: the reply is unusable, and whether the request was done is unknown
getAccount: Zimbra\ResponseException: Zimbra's GetAccountResponse has no <account> element: the reply is unusable, and whether the request was done is unknown
getCos: Zimbra\ResponseException: Zimbra's GetCosResponse has no <cos> element: the reply is unusable, and whether the request was done is unknown
getDistributionList: Zimbra\ResponseException: Zimbra's GetDistributionListResponse has no <dl> element: the reply is unusable, and whether the request was done is unknown
getMailboxSize: Zimbra\ResponseException: Zimbra's GetMailboxResponse has no <mbox> element: the reply is unusable, and whether the request was done is unknown
getPreauthKey: Zimbra\ResponseException: Zimbra's GetDomainResponse has no <domain> element: the reply is unusable, and whether the request was done is unknown
in a batch: Zimbra\ResponseException: Zimbra's GetDomainResponse has no <domain> element: the reply is unusable, and whether the request was done is unknown
usable after: odd.test
