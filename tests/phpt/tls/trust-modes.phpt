--TEST--
The self-signed certificate is refused by default and accepted with ca_file, the right pin or verify_peer off; a wrong pin is refused even with verification off, and the pin decides over a CA file
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

attempt('default', $sim, []);
attempt('ca_file', $sim, ['ca_file' => $sim['cert']]);
attempt('right pin', $sim, ['pinned_public_key' => zimbra_sim_pin($sim)]);
attempt('wrong pin', $sim, ['pinned_public_key' => 'sha256//' . base64_encode(hash('sha256', 'other key', true))]);
attempt('verify_peer off', $sim, ['verify_peer' => false]);
// A pin is checked even when verification is off.
attempt('off + wrong pin', $sim, ['verify_peer' => false, 'pinned_public_key' => 'sha256//' . base64_encode(str_repeat("\0", 32))]);
// The right pin plus a CA file that does not sign the certificate: the pin decides.
attempt('pin + other ca', $sim, ['pinned_public_key' => zimbra_sim_pin($sim), 'ca_file' => '/etc/ssl/certs/ca-certificates.crt']);
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
