<?php
declare(strict_types=1);

namespace ZimbraAdmin;

/**
 * The extension's messages name its own options (ca_file, verify_peer, allow_http); a person
 * running this tool sets the tool's settings instead. This turns one into the other, and adds
 * the setting that helps where the extension has no word for it.
 */
final class Hints
{
    private const TLS = 'Set ca_file = FILE (the CA that signed it) or pin = sha256//... in the config '
        . '(or ZIMBRA_CA_FILE, ZIMBRA_PIN), or insecure = yes to skip the check.';

    /**
     * A setting the extension refused (a ValueError of Client's constructor, whose options the
     * settings become), in the tool's words: "pin = must be ...", never "Argument #2 ($options)".
     */
    public static function setting(string $m): string
    {
        $m = preg_replace('/^Zimbra\\\\Client::__construct\(\): /', '', $m);
        return strtr($m, [
            'Argument #1 ($url) must not contain any null bytes' => 'url = must not contain NUL bytes',
            "Argument #2 (\$options) option 'ca_file' must be a readable file; " => 'ca_file = : the file ',
            "Argument #2 (\$options) option 'pinned_public_key' must be" => 'pin = must be',
            "Argument #2 (\$options) option 'timeout' must be" => 'timeout = must be',
        ]);
    }

    public static function message(\Throwable $e): string
    {
        $m = $e->getMessage();
        if ($e instanceof \Zimbra\TransportException) {
            return match ($e->getCode()) {
                60 => preg_replace('/ Install a trusted certificate on Zimbra.*$/', '', $m) . ' ' . self::TLS,
                90 => $m . '. If the certificate was replaced on purpose, put its new pin = sha256//... in the config (or ZIMBRA_PIN).',
                // A connection never completed is not helped by a longer timeout: say what to check.
                28 => str_contains($m, 'did not complete the connection')
                    ? $m . '. Check that url names the admin port (7071, or 9071 through the proxy).'
                    : $m . ' (timeout = SECONDS in the config, or ZIMBRA_TIMEOUT, allows longer).',
                default => $m,
            };
        }
        if ($e instanceof \Zimbra\ValidationException && str_contains($m, 'allow_http')) {
            return 'The URL uses plain http, which would send the admin password unencrypted: give url = https://HOST:7071.';
        }
        // The extension's option names, where a setting of the tool stands for them.
        return strtr($m, [
            'larger than max_response_size' => 'larger than the 64 MiB the tool reads',
        ]);
    }
}
