--TEST--
batch(): a callback that logs out (persistent or not) leaves the batch without a token: each item holds Zimbra's AUTH_REQUIRED, nothing crashes
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
        $c->logout();
        $b->getDomain('batch.test');
    }));
    echo "  logged in after: ", var_export($c->isLoggedIn(), true), "\n";
    unset($c);
}
?>
--EXPECT--
persistent: false
  item 0: Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
  item 1: Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
  logged in after: false
persistent: true
  item 0: Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
  item 1: Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
  logged in after: false
