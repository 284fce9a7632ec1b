--TEST--
An https client never talks plain http, even to a server that speaks it; explicit allow_http does, and var_dump says the link is plain http
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

// An https client never talks plain http, even to a server that speaks it.
$plain = zimbra_sim(['--http']);
attempt('https to http server', ['url' => str_replace('http://', 'https://', $plain['url'])], ['ca_file' => $sim['cert']]);
$http = new Zimbra\Client($plain['url'], ['allow_http' => true]);
$http->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
echo "explicit http: accepted\n";
var_dump($http);
--EXPECTF--
https to http server: Zimbra\TransportException (curl 35)
  The TLS handshake with 127.0.0.1 failed: %s
explicit http: accepted
object(Zimbra\Client)#%d (6) {
  ["url"]=>
  string(%d) "http://127.0.0.1:%d/service/admin/soap/"
  ["username"]=>
  string(17) "admin@zimbra.test"
  ["loggedIn"]=>
  bool(true)
  ["persistent"]=>
  bool(false)
  ["targetServer"]=>
  NULL
  ["tls"]=>
  string(29) "NONE: plain http (allow_http)"
}
