--TEST--
With an honest server, purgeDomain() finishes and deletes the domain
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$c->createDomain('loop.test');
$c->createAccount('real@loop.test', 'Loop-Test-Pass1');
$requests = fn () => zimbra_sim_stats($sim)['requests'];
$searches = function (string $body) use ($sim) {
    // Every search answered with this body, for as long as the call keeps asking.
    zimbra_sim_control($sim, '/fault', ['kind' => 'reply', 'on' => 'SearchDirectoryRequest', 'count' => 100000, 'body' => $body]);
};
$ghost = '<account id="00000000-0000-0000-0000-00000000dead" name="ghost@loop.test"><a n="uid">ghost</a></account>';

print_r($c->purgeDomain('loop.test'));
?>
--EXPECT--
Array
(
    [aliases] => 0
    [accounts] => 1
    [resources] => 0
    [lists] => 0
    [domainDeleted] => 1
)
