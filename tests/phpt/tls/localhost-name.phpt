--TEST--
A certificate naming localhost is accepted for localhost
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

// The certificate names 127.0.0.1 and localhost; another name does not match.
$other = new Zimbra\Client(str_replace('127.0.0.1', 'localhost', $sim['url']), ['ca_file' => $sim['cert']]);
$other->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
echo "localhost: accepted\n";
--EXPECTF--
localhost: accepted
