--TEST--
A request nested deeper than any Zimbra request (or a self-referencing array) is refused before sending
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$before = zimbra_sim_stats($sim)['requests'];

// Nesting deeper than any Zimbra request is refused too (also what stops self-referencing arrays).
$deep = [];
$ref = &$deep;
for ($i = 0; $i < 100; $i++) {
    $ref['x'] = [];
    $ref = &$ref['x'];
}
unset($ref);
show_throw(fn() => $c->request('NoOpRequest', $deep));

echo "requests sent meanwhile: ", zimbra_sim_stats($sim)['requests'] - $before, "\n";
--EXPECT--
Zimbra\ValidationException: The request nests deeper than 64 elements at 'x'
requests sent meanwhile: 0
