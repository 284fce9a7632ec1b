--TEST--
A reply slower than the timeout gives up at the timeout (curl 28), without waiting for the reply
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';

function transport(string $label, callable $fn): void
{
    try {
        $fn();
        echo "$label: no exception\n";
    } catch (Zimbra\TransportException $e) {
        printf("%s: curl=%d http=%d %s\n", $label, $e->getCode(), $e->getHttpStatus(), $e->getMessage());
    } catch (Zimbra\Exception $e) {
        printf("%s: %s %s\n", $label, get_class($e), $e->getMessage());
    }
}

$sim = zimbra_sim();
$timeout = zimbra_seconds(2);
$c = zimbra_client($sim, ['timeout' => $timeout]);

// A reply slower than the timeout: the call gives up at the timeout (curl 28), without waiting for it.
zimbra_sim_control($sim, '/fault', ['kind' => 'delay', 'ms' => (int) ($timeout * 1000 * 3)]);
transport('slow', fn() => $c->request('NoOpRequest'));
--EXPECTF--
slow: curl=28 http=0 The Zimbra server at https://127.0.0.1:%d/service/admin/soap/ did not answer within the timeout of %d ms
