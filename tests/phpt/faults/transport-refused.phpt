--TEST--
A refused connection is a TransportException (curl 7) that asks whether the admin port is open and the mailbox service running
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
--EXPECTF--
refused: curl=7 http=0 Could not connect to https://127.0.0.1:%d/service/admin/soap/: %s (is the admin port open and the mailbox service running?)
