--TEST--
TLS: the self-signed certificate is refused by default, and accepted with ca_file, the right pin, or verify_peer off
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();

function attempt(string $label, array $sim, array $options): void
{
    $c = new Zimbra\Client($sim['url'], $options + ['timeout' => 20]);
    try {
        $c->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
        echo "$label: accepted\n";
    } catch (Zimbra\TransportException $e) {
        echo "$label: ", get_class($e), ' (curl ', $e->getCode(), ')', "\n";
        echo '  ', preg_replace('/\(.*?\)\./', '(...).', $e->getMessage()), "\n";
    }
}

attempt('default', $sim, []);
attempt('ca_file', $sim, ['ca_file' => $sim['cert']]);
attempt('right pin', $sim, ['pinned_public_key' => zimbra_sim_pin($sim)]);
attempt('wrong pin', $sim, ['pinned_public_key' => 'sha256//' . base64_encode(hash('sha256', 'other key', true))]);
attempt('verify_peer off', $sim, ['verify_peer' => false]);
// A pin is checked even when verification is off.
attempt('off + wrong pin', $sim, ['verify_peer' => false, 'pinned_public_key' => 'sha256//' . base64_encode(str_repeat("\0", 32))]);
// The right pin plus a CA file that does not sign the certificate: the pin decides.
attempt('pin + other ca', $sim, ['pinned_public_key' => zimbra_sim_pin($sim), 'ca_file' => '/etc/ssl/certs/ca-certificates.crt']);

// What to pin can be read from the server (without trusting it).
var_dump(Zimbra\Client::probePublicKeyPin($sim['url']) === zimbra_sim_pin($sim));
show_throw(fn() => Zimbra\Client::probePublicKeyPin('ftp://x'));

// The certificate names 127.0.0.1 and localhost; another name does not match.
$other = new Zimbra\Client(str_replace('127.0.0.1', 'localhost', $sim['url']), ['ca_file' => $sim['cert']]);
$other->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
echo "localhost: accepted\n";

// An https client never talks plain http, even to a server that speaks it.
$plain = zimbra_sim(['--http']);
attempt('https to http server', ['url' => str_replace('http://', 'https://', $plain['url'])], ['ca_file' => $sim['cert']]);
$http = new Zimbra\Client($plain['url'], ['allow_http' => true]);
$http->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
echo "explicit http: accepted\n";
var_dump($http)
?>
--EXPECTF--
default: Zimbra\TransportException (curl 60)
  The TLS certificate of 127.0.0.1 could not be verified (...). Install a trusted certificate on Zimbra, set ca_file to its CA, pin its public key, or turn verify_peer off explicitly
ca_file: accepted
right pin: accepted
wrong pin: Zimbra\TransportException (curl 90)
  The public key of 127.0.0.1 does not match the pinned key: the certificate changed, or this is not the expected server
verify_peer off: accepted
off + wrong pin: Zimbra\TransportException (curl 90)
  The public key of 127.0.0.1 does not match the pinned key: the certificate changed, or this is not the expected server
pin + other ca: accepted
bool(true)
Zimbra\ValidationException: The server URL must start with https://
localhost: accepted
https to http server: Zimbra\TransportException (curl 35)
  The TLS handshake with 127.0.0.1 failed: %s
explicit http: accepted
object(Zimbra\Client)#%d (5) {
  ["url"]=>
  string(%d) "http://127.0.0.1:%d/service/admin/soap/"
  ["username"]=>
  string(17) "admin@zimbra.test"
  ["loggedIn"]=>
  bool(true)
  ["persistent"]=>
  bool(false)
  ["tls"]=>
  string(27) "verified against system CAs"
}
