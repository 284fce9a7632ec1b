--TEST--
A reply that would take more than 8 bytes of memory per byte received is refused, and the client goes on
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

zimbra_sim_control($sim, '/fault', ['kind' => 'stream', 'count' => 1,
    'head' => '<NoOpResponse xmlns="urn:zimbraAdmin">', 'unit' => '<a/>', 'times' => 2000000, 'tail' => '</NoOpResponse>']);
show_throw(fn () => $c->request('NoOpRequest'));
echo "usable after: ", $c->getDomain('odd.test')->name, "\n";
--EXPECTF--
Zimbra\ResponseException: The response would take more than 8 bytes of memory per byte received (%d bytes so far): no Zimbra reply is shaped like this; refusing it
usable after: odd.test
