--TEST--
batch(): a refused login inside the callback (persistent or not) leaves a clean per-item fault, and the client is usable after
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
    $show($c->batch(function (Zimbra\Batch $b) use ($c) {
        $b->getDomain('batch.test');
        try {
            $c->login(ZIMBRA_TEST_ADMIN, 'wrong-Password-9');
        } catch (Zimbra\AuthenticationException $e) {
            echo "  login refused inside the callback\n";
        }
    }));
    $c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
    echo "  usable after: ", $c->getDomain('batch.test')->name, "\n";
    unset($c);
}
?>
--EXPECT--
persistent: false
  login refused inside the callback
  item 0: Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
  usable after: batch.test
persistent: true
  login refused inside the callback
  item 0: Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
  usable after: batch.test
