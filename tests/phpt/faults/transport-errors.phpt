--TEST--
TransportException: refused connection, timeout, HTML 503 and 429 (DoS filter), empty reply, reset
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

// Nothing listens on a port this test opened and closed.
transport('refused', fn() => (new Zimbra\Client('https://127.0.0.1:' . zimbra_closed_port()))->login('a', 'b'));

$sim = zimbra_sim();
$timeout = zimbra_seconds(2);
$c = zimbra_client($sim, ['timeout' => $timeout]);

// A reply slower than the timeout: the call gives up at the timeout (curl 28), without waiting for it.
zimbra_sim_control($sim, '/fault', ['kind' => 'delay', 'ms' => (int) ($timeout * 1000 * 3)]);
transport('slow', fn() => $c->request('NoOpRequest'));

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

// Jetty's DoS filter: past the limit on one connection, HTTP 429 with an HTML page.
$limited = zimbra_sim(['--dos-limit', '3', '--dos-loopback']);  // Zimbra whitelists loopback unless told
$d = zimbra_client($limited);
transport('dos', function () use ($d) {
    for ($i = 0; $i < 10; $i++) {
        $d->request('NoOpRequest');
    }
});
?>
--EXPECTF--
refused: curl=7 http=0 Could not connect to https://127.0.0.1:%d/service/admin/soap/: %s (is the admin port open and the mailbox service running?)
slow: curl=28 http=0 The Zimbra server at https://127.0.0.1:%d/service/admin/soap/ did not answer within the timeout of %d ms
503: curl=0 http=503 HTTP 503 from https://127.0.0.1:%d/service/admin/soap/: Error 503 Service Unavailable. The server is unavailable or is blocking this IP after repeated failed logins.
502: curl=0 http=502 HTTP 502 from https://127.0.0.1:%d/service/admin/soap/: Error 502 Bad Gateway.
closed once: no exception
new connections: 1
closed: curl=%d http=0 The server at https://127.0.0.1:%d/service/admin/soap/ closed the connection without answering (curl error %d)
reset: curl=56 http=0 Talking to https://127.0.0.1:%d/service/admin/soap/ failed: %s (curl error 56)
recovered
dos: curl=0 http=429 HTTP 429 from https://127.0.0.1:%d/service/admin/soap/: Error 429 Too Many Requests. The server's DoS filter is rejecting requests: slow down, batch requests, or whitelist this host in zimbraHttpThrottleSafeIPs.
