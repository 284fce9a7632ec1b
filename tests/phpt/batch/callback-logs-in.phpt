--TEST--
batch(): a callback that logs in as another admin (persistent or not): the batch goes out as one BatchRequest on that session
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$seed = zimbra_client($sim);
$seed->createDomain('batch.test');
$seed->request('CreateAccountRequest', ['name' => 'other-admin@zimbra.test', 'password' => 'Other-Admin-Pass1',
    'a' => [['n' => 'zimbraIsAdminAccount', '_content' => 'TRUE']]]);
$show = function (array $results): void {
    foreach ($results as $i => $r) {
        echo "  item $i: ", $r instanceof Throwable ? get_class($r) . ': ' . $r->getMessage() : $r->name, "\n";
    }
};

foreach ([false, true] as $persistent) {
    echo "persistent: ", var_export($persistent, true), "\n";
    $c = zimbra_client($sim, ['persistent' => $persistent]);
    $c->request('NoOpRequest');
    $r = $c->batch(function (Zimbra\Batch $b) use ($c) {
        $b->getDomain('batch.test');
        $c->login('other-admin@zimbra.test', 'Other-Admin-Pass1');
    });
    echo "  after a login inside: ", $r[0]->name, "\n";
    $last = zimbra_sim_control($sim, '/last-request', null);
    echo "  sent as: ", str_contains(json_encode($last), 'BatchRequest') ? 'a batch' : 'something else', "\n";
    unset($c);
}
?>
--EXPECT--
persistent: false
  after a login inside: batch.test
  sent as: a batch
persistent: true
  after a login inside: batch.test
  sent as: a batch
