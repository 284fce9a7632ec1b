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

    public static function message(\Throwable $e): string
    {
        $m = $e->getMessage();
        if ($e instanceof \Zimbra\TransportException) {
            return match ($e->getCode()) {
                60 => preg_replace('/ Install a trusted certificate on Zimbra.*$/', '', $m) . ' ' . self::TLS,
                90 => $m . '. If the certificate was replaced on purpose, put its new pin = sha256//... in the config (or ZIMBRA_PIN).',
                28 => $m . ' (timeout = SECONDS in the config, or ZIMBRA_TIMEOUT, allows longer).',
                default => $m,
            };
        }
        if ($e instanceof \Zimbra\ValidationException && str_contains($m, 'allow_http')) {
            return 'The URL uses plain http, which would send the admin password unencrypted: give url = https://HOST:7071.';
        }
        // The extension's option names, where a setting of the tool stands for them.
        return strtr($m, [
            "Option 'ca_file': the file" => 'ca_file = : the file',
            "Option 'pinned_public_key' must be" => 'pin = must be',
            'larger than max_response_size' => 'larger than the 64 MiB the tool reads',
        ]);
    }
}
