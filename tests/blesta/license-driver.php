<?php
/**
 * Runs the module in a PHP process whose system INI enforces licensing (see LicenseTest), on the
 * Blesta database the test saved (a server row and a domain package): enters the licence key on
 * the manage page, saves the page again (another form), optionally removes the key, then orders a
 * domain. Prints JSON: the licence status the page shows, what the module meta holds, and what
 * the order did.
 *
 * Usage: php -d zimbra.license_...=... license-driver.php STATE_FILE KEY DOMAIN [remove]
 */
require __DIR__ . '/harness.php';
require __DIR__ . '/Browser.php';
blesta_harness_root(sys_get_temp_dir() . DS . 'blesta-driver-' . getmypid());

[, $state, $key, $domain] = $argv;
$remove = ($argv[4] ?? '') === 'remove';
$manage = '/admin/settings/company/modules/manage/1/';
$blesta = Blesta::boot($state);
$b = new Browser($blesta);
$status = fn () => preg_match('~class="license-status">([a-z]+)<~', $b->html(), $m) ? $m[1] : null;

$b->get($manage);
$b->submit('form.license-form', ['license_key' => $key]);
$saved = $status();
$keyInPage = $key !== '' && str_contains($b->html(), $key);
$b->submit('form.reserved-form', ['reserved_local_parts' => 'billing']);  // the page saved again
if ($remove) {
    $b->submit('form.license-remove');
}
$stored = array_column($blesta->db['module_meta'], null, 'key');
$service = $blesta->Services->add(['package_id' => 1, 'client_id' => 1, 'zimbra_domain' => $domain, 'status' => 'active', 'use_module' => 'true']);
echo json_encode([
    'page_status' => $saved,
    'final_status' => $status(),
    'key_kept' => Blesta::decrypt($stored['license_key']['value'] ?? ''),
    'key_encrypted' => (bool) ($stored['license_key']['encrypted'] ?? false),
    'key_in_page' => $keyInPage,
    'reserved' => $stored['reserved_local_parts']['value'] ?? null,
    'page_errors' => $b->response->messages('error'),
    'created' => $service !== null,
    'errors' => $blesta->Services->errors(),
]);
