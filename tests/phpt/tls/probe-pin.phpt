--TEST--
probePublicKeyPin() reads what to pin from the server without trusting it, and takes only https URLs
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();

function attempt(string $label, array $sim, array $options): void
{
    $c = new Zimbra\Client($sim['url'], $options + ['timeout' => zimbra_seconds(20)]);
    try {
        $c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
        echo "$label: accepted\n";
    } catch (Zimbra\TransportException $e) {
        echo "$label: ", get_class($e), ' (curl ', $e->getCode(), ')', "\n";
        echo '  ', preg_replace('/\(.*?\)\./', '(...).', $e->getMessage()), "\n";
    }
}

// What to pin can be read from the server (without trusting it).
var_dump(Zimbra\Client::probePublicKeyPin($sim['url']) === zimbra_sim_pin($sim));
show_throw(fn() => Zimbra\Client::probePublicKeyPin('ftp://x'));
--EXPECTF--
bool(true)
Zimbra\ValidationException: The server URL must start with https://
