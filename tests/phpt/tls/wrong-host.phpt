--TEST--
A certificate for another host name is refused unless verification is explicitly off
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';

$dir = sys_get_temp_dir() . '/zimbra-tls-' . getmypid();
@mkdir($dir);
/** A key and a self-signed certificate naming $san; $expired re-signs it to have ended yesterday. */
function cert(string $dir, string $name, string $san, bool $expired = false): array
{
    $key = "$dir/$name.key";
    $crt = "$dir/$name.pem";
    exec(implode(' ', array_map('escapeshellarg', ['openssl', 'req', '-x509', '-nodes', '-newkey', 'ec', '-pkeyopt',
        'ec_paramgen_curve:prime256v1', '-keyout', $key, '-out', $crt, '-days', '30', '-subj', '/CN=zimbra-test',
        '-addext', "subjectAltName=$san"])) . ' 2>/dev/null', $o, $rc);
    if ($expired) {
        // Re-signed to have ended: OpenSSL 3.0 takes a negative -days, 3.4 and later want -not_after.
        $resign = fn (array $dates) => exec(implode(' ', array_map('escapeshellarg', ['openssl', 'x509', '-in', $crt,
            '-signkey', $key, ...$dates, '-out', "$crt.expired"])) . ' 2>/dev/null', $o, $rc) !== false && $rc === 0;
        if (!$resign(['-not_before', '20200101000000Z', '-not_after', '20200102000000Z']) && !$resign(['-days', '-1'])) {
            throw new RuntimeException('openssl could not make an expired certificate');
        }
        rename("$crt.expired", $crt);
    }
    return [$crt, $key];
}
function attempt(string $label, array $sim, array $options): void
{
    try {
        (new Zimbra\Client($sim['url'], $options + ['timeout' => zimbra_seconds(20)]))->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
        echo "$label: accepted\n";
    } catch (Zimbra\TransportException $e) {
        echo "$label: ", get_class($e), ' (curl ', $e->getCode(), ")\n  ", $e->getMessage(), "\n";
    }
}

[$crt, $key] = cert($dir, 'other', 'DNS:mail.other.example');
$sim = zimbra_sim(['--cert', $crt, '--key', $key]);
attempt('trusted CA, wrong name', $sim, ['ca_file' => $crt]);
--EXPECTF--
trusted CA, wrong name: Zimbra\TransportException (curl 60)
  The TLS certificate of 127.0.0.1 could not be verified (SSL: no alternative certificate subject name matches target %s '127.0.0.1'). %s
