--TEST--
HTML error pages (503, 502), a closed kept connection, an empty reply and a reset are TransportExceptions in an admin's words, and the client recovers on the next call
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

zimbra_sim_control($sim, '/fault', ['kind' => 'html', 'status' => 503]);
transport('503', fn() => $c->request('NoOpRequest'));
zimbra_sim_control($sim, '/fault', ['kind' => 'html', 'status' => 502]);
transport('502', fn() => $c->request('NoOpRequest'));
// A reused connection the server closed is retried once on a fresh one, as after a restart...
zimbra_sim_control($sim, '/fault', ['kind' => 'close']);
$connections = $c->getStats()['connections'];
transport('closed once', fn() => $c->request('NoOpRequest'));
echo 'new connections: ', $c->getStats()['connections'] - $connections, "\n";
// ...but a server that closes again is an error.
zimbra_sim_control($sim, '/fault', ['kind' => 'close', 'count' => 2]);
transport('closed', fn() => $c->request('NoOpRequest'));
zimbra_sim_control($sim, '/fault', ['kind' => 'reset']);
transport('reset', fn() => $c->request('NoOpRequest'));

// The client recovers on the next call.
$c->request('NoOpRequest');
echo "recovered\n";
--EXPECTF--
503: curl=0 http=503 HTTP 503 from https://127.0.0.1:%d/service/admin/soap/: Error 503 Service Unavailable. The server is unavailable or is blocking this IP after repeated failed logins.
502: curl=0 http=502 HTTP 502 from https://127.0.0.1:%d/service/admin/soap/: Error 502 Bad Gateway.
closed once: no exception
new connections: 1
closed: curl=%d http=0 The server at https://127.0.0.1:%d/service/admin/soap/ closed the connection without answering (curl error %d)
reset: curl=56 http=0 Talking to https://127.0.0.1:%d/service/admin/soap/ failed: %s (curl error 56)
recovered
