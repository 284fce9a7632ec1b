<?php
/**
 * Secrets audit: with $ZIMBRA_AUDIT_DIR set (scripts/test sets it), everything the module shows
 * or records (module log entries, rendered views, errors, messages) is copied there, and
 * scripts/secrets-audit fails if any password, auth token or preauth key sent to a simulator
 * appears in it.
 */
function blesta_audit(string $kind, mixed $data): void
{
    $dir = getenv('ZIMBRA_AUDIT_DIR');
    if ($dir === false || $dir === '') {
        return;
    }
    $text = is_string($data) ? $data : print_r($data, true) . "\n" . var_export($data, true) . "\n" . json_encode($data);
    file_put_contents("$dir/blesta-$kind.log", $text . "\n", FILE_APPEND);
}
