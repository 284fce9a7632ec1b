--TEST--
batch(): the callback may log out or log in (persistent or not); the batch then goes out on the session in use after it
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

foreach ([false, true] as $persistent) {
    echo "persistent: ", var_export($persistent, true), "\n";
    $c = zimbra_client($sim, ['persistent' => $persistent]);
    $c->request('NoOpRequest');
    // Logged out inside the callback: the batch is sent without a token, and Zimbra refuses each item.
    $show = function (array $results): void {
        foreach ($results as $i => $r) {
            echo "  item $i: ", $r instanceof Throwable ? get_class($r) . ': ' . $r->getMessage() : $r->name, "\n";
        }
    };
    $show($c->batch(function (Zimbra\Batch $b) use ($c) {
        $b->getDomain('batch.test');
        $c->logout();
        $b->getDomain('batch.test');
    }));
    echo "  logged in after: ", var_export($c->isLoggedIn(), true), "\n";

    // Logged in as another admin inside the callback: the batch runs as that admin.
    $c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
    $r = $c->batch(function (Zimbra\Batch $b) use ($c) {
        $b->getDomain('batch.test');
        $c->login('other-admin@zimbra.test', 'Other-Admin-Pass1');
    });
    echo "  after a login inside: ", $r[0]->name, "\n";
    $last = zimbra_sim_control($sim, '/last-request', null);
    echo "  sent as: ", str_contains(json_encode($last), 'BatchRequest') ? 'a batch' : 'something else', "\n";

    // A failed login inside the callback: nothing to send with, a clean exception.
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
  item 0: Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
  item 1: Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
  logged in after: false
  after a login inside: batch.test
  sent as: a batch
  login refused inside the callback
  item 0: Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
  usable after: batch.test
persistent: true
  item 0: Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
  item 1: Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
  logged in after: false
  after a login inside: batch.test
  sent as: a batch
  login refused inside the callback
  item 0: Zimbra\FaultException: no valid authtoken present (service.AUTH_REQUIRED)
  usable after: batch.test
