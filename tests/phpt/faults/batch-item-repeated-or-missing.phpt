--TEST--
A BatchResponse answering an item twice keeps the first answer; an item never answered holds a ResponseException
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

$reply('<BatchResponse xmlns="urn:zimbra">'
    . '<GetDomainResponse xmlns="urn:zimbraAdmin" requestId="0"><domain id="d1" name="first.test"/></GetDomainResponse>'
    . '<GetDomainResponse xmlns="urn:zimbraAdmin" requestId="0"><domain id="d2" name="second.test"/></GetDomainResponse>'
    . '</BatchResponse>');
foreach ($c->batch(function (Zimbra\Batch $b) { $b->getDomain('odd.test'); $b->getDomain('odd.test'); }) as $i => $r) {
    echo "item $i: ", $outcome($r), "\n";
}
--EXPECTF--
item 0: Zimbra\Domain first.test
item 1: Zimbra\ResponseException: Zimbra's BatchResponse has no answer for item 1 (requestId 1): whether it was done is unknown
