<?php
/**
 * Secrets audit: with $ZIMBRA_AUDIT_DIR set (scripts/test sets it), everything the module shows
 * or records (module log entries, rendered views, errors, messages) is copied there, and
 * scripts/secrets-audit fails if any password, auth token or preauth key sent to a simulator
 * appears in it.
 *
 * One thing is left out on purpose: the password the module generated for a mailbox an admin
 * just added, shown once to that admin in an <output class="zimbra-handout"> element (as
 * Account::takeGeneratedPassword() and the CLI hand it out once). TabsTest checks that it shows
 * nowhere else: not in messages, errors, the module log or any later page.
 */
function blesta_audit(string $kind, mixed $data): void
{
    $dir = getenv('ZIMBRA_AUDIT_DIR');
    if ($dir === false || $dir === '') {
        return;
    }
    if ($kind === 'views' && is_string($data)) {
        $data = preg_replace('~(<output class="zimbra-handout"[^>]*>).*?(</output>)~s', '$1[handed out]$2', $data);
    }
    $text = is_string($data) ? $data : print_r($data, true) . "\n" . var_export($data, true) . "\n" . json_encode($data);
    file_put_contents("$dir/blesta-$kind.log", $text . "\n", FILE_APPEND);
}
