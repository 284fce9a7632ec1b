--TEST--
Past Jetty's DoS filter limit, HTTP 429 with an HTML page is a TransportException naming the filter
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

// Jetty's DoS filter: past the limit on one connection, HTTP 429 with an HTML page.
$limited = zimbra_sim(['--dos-limit', '3', '--dos-loopback']);  // Zimbra whitelists loopback unless told
$d = zimbra_client($limited);
transport('dos', function () use ($d) {
    for ($i = 0; $i < 10; $i++) {
        $d->request('NoOpRequest');
    }
});
--EXPECTF--
dos: curl=0 http=429 HTTP 429 from https://127.0.0.1:%d/service/admin/soap/: Error 429 Too Many Requests. The server's DoS filter is rejecting requests: slow down, batch requests, or whitelist this host in zimbraHttpThrottleSafeIPs.
