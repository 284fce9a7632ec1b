--TEST--
A server that accepts TCP but never answers TLS fails at connect_timeout, and the message names that limit (or timeout, when it is the smaller)
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';

// The kernel completes TCP handshakes into the backlog; nothing here ever accept()s or answers TLS.
$silent = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($silent, false), ':'), 1);
$short = zimbra_seconds(1);

foreach ([['connect_timeout' => $short, 'timeout' => 30 * $short], ['connect_timeout' => 30 * $short, 'timeout' => $short]] as $options) {
    $c = new Zimbra\Client("https://127.0.0.1:$port", $options);
    $started = microtime(true);
    try {
        $c->login('admin@zimbra.test', 'not-sent-anyway');
    } catch (Zimbra\TransportException $e) {
        echo $e->getCode(), ': ', str_replace((string) (int) ($short * 1000), 'SHORT', $e->getMessage()), "\n";
    }
    // It gave up at the smaller limit: the larger one never elapsed.
    var_dump(microtime(true) - $started < 30 * $short);
}

// A reply that is slow once connected still names the timeout, with the old words.
$sim = zimbra_sim();
$c = zimbra_client($sim, ['timeout' => $short, 'connect_timeout' => 30 * $short]);
zimbra_sim_control($sim, '/fault', ['kind' => 'delay', 'ms' => (int) ($short * 3000)]);
try {
    $c->request('NoOpRequest');
} catch (Zimbra\TransportException $e) {
    echo $e->getCode(), ': ', str_replace((string) (int) ($short * 1000), 'SHORT', preg_replace('/:\d+\//', ':PORT/', $e->getMessage())), "\n";
}
?>
--EXPECTF--
28: The Zimbra server at https://127.0.0.1:%d/service/admin/soap/ did not complete the connection (TCP and TLS handshake) within the connect timeout of SHORT ms: something accepts connections on that port but does not answer as an HTTPS server (a firewall or proxy holding them, an overloaded server, or not the admin port)
bool(true)
28: The Zimbra server at https://127.0.0.1:%d/service/admin/soap/ did not complete the connection (TCP and TLS handshake) within the timeout of SHORT ms: something accepts connections on that port but does not answer as an HTTPS server (a firewall or proxy holding them, an overloaded server, or not the admin port)
bool(true)
28: The Zimbra server at https://127.0.0.1:PORT/service/admin/soap/ did not answer within the timeout of SHORT ms
