--TEST--
A reply too large to convert within memory_limit is a catchable ResponseException, and the client goes on
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
    'head' => '<NoOpResponse xmlns="urn:zimbraAdmin">', 'unit' => '<a n="zimbraMailQuota">0</a>', 'times' => 400000, 'tail' => '</NoOpResponse>']);
show_throw(fn () => $c->request('NoOpRequest'));
echo "usable after: ", $c->getDomain('odd.test')->name, "\n";
--EXPECTF--
Zimbra\ResponseException: The response is too large to turn into PHP values within memory_limit (it needs about %d MiB, %d MiB are left): raise memory_limit, or ask for fewer entries or attributes at a time
usable after: odd.test
