--TEST--
Text between 60,000 child elements is kept whole, in memory linear in the reply
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
    'head' => '<NoOpResponse xmlns="urn:zimbraAdmin">', 'unit' => 'some text<b/>', 'times' => 60000, 'tail' => '</NoOpResponse>']);
$r = $c->request('NoOpRequest');
echo "text length: ", strlen($r['_content']), ", children: ", count($r['b']), "\n";
unset($r);
--EXPECTF--
text length: 540000, children: 60000
