--TEST--
A failing random number generator or HMAC is a Zimbra\CryptoException (nothing sent), not an out-of-memory Error
--EXTENSIONS--
zimbra
--FILE--
<?php
// OpenSSL configured so that its DRBG cannot be made and no digest can be fetched: RAND_bytes()
// and HMAC() fail as on a machine whose entropy source or crypto library is broken.
$conf = tempnam(sys_get_temp_dir(), 'zimbra-openssl');
file_put_contents($conf, "openssl_conf = openssl_init\n[openssl_init]\nrandom = random_sect\nalg_section = evp_properties\n"
    . "[random_sect]\nrandom = NO-SUCH-DRBG\n[evp_properties]\ndefault_properties = fips=yes\n");
$script = <<<'PHP'
$show = function (string $what, callable $fn) {
    try {
        $fn();
        echo "$what: no exception\n";
    } catch (Throwable $e) {
        printf("%s: %s (%s) is a Zimbra\\Exception: %s\n", $what, get_class($e), $e->getMessage(),
            var_export($e instanceof Zimbra\Exception, true));
    }
};
$show('generatePassword', fn () => Zimbra\Validate::generatePassword());
$show('preauth signature', fn () => (new Zimbra\Preauth(str_repeat('ab', 32)))->compute('a@example.com', 0));
$show('createAccount with a generated password', fn () => (new Zimbra\Client('https://127.0.0.1:9'))->createAccount('a@example.com', null));
PHP;
$cmd = [PHP_BINARY, '-n', '-d', 'extension=' . realpath(__DIR__ . '/../../../modules/zimbra.so'), '-r', $script];
$p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['OPENSSL_CONF' => $conf] + getenv());
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
proc_close($p);
unlink($conf);
?>
--EXPECT--
generatePassword: Zimbra\CryptoException (The system's random number generator failed) is a Zimbra\Exception: true
preauth signature: Zimbra\CryptoException (OpenSSL could not compute the preauth signature (HMAC-SHA1)) is a Zimbra\Exception: true
createAccount with a generated password: Zimbra\CryptoException (The system's random number generator failed) is a Zimbra\Exception: true
