--TEST--
One keep-alive connection per client, with the TLS session resumed after a reconnect
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
for ($i = 0; $i < 10; $i++) {
    $c->request('NoOpRequest');
}
$server = zimbra_sim_stats($sim);
echo "client: ", json_encode($c->getStats()), "\n";
echo "server: connections={$server['connections']} handshakes={$server['tls_handshakes']} requests={$server['requests']}\n";

// The server closes idle connections (a restart, Jetty's idle timeout): the client reconnects by itself.
// The simulator has shut the sockets down when its control call returns: no wait is needed.
zimbra_sim_control($sim, '/drop-connections');
$c->request('NoOpRequest');
$server = zimbra_sim_stats($sim);
echo "after drop: client connections=", $c->getStats()['connections'], " server connections={$server['connections']}",
    " resumed TLS sessions={$server['tls_resumed']}\n";

// A second client has its own connection.
$c2 = zimbra_client($sim);
echo "second client: ", zimbra_sim_stats($sim)['connections'], " connections\n";
?>
--EXPECT--
client: {"requests":11,"logins":1,"connections":1,"pacedMs":0,"persistent":false,"reused":false}
server: connections=1 handshakes=1 requests=11
after drop: client connections=2 server connections=2 resumed TLS sessions=1
second client: 3 connections
