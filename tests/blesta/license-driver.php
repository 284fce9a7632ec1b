<?php
/**
 * Runs the module in a PHP process whose system INI enforces licensing (see
 * LicenseTest): saves a licence key on the manage page, then orders a domain.
 * Prints JSON: the manage page's licence status and what addService did.
 *
 * Usage: php -d zimbra.license_...=... license-driver.php SIM_URL SIM_PORT PIN KEY DOMAIN [remove]
 */
require __DIR__ . '/driver.php';

[, $url, $port, $pin, $key, $domain] = $argv;
$remove = ($argv[6] ?? '') === 'remove';

$module = driver_module($port, $pin);
$row = $module->getModuleRow();

$page = ['license_action' => 'save', 'license_key' => $key];
$html = $module->manageModule((object) ['id' => 1, 'rows' => [$row]], $page);
if ($remove) {
    $page = ['license_action' => 'remove'];
    $html = $module->manageModule((object) ['id' => 1, 'rows' => [$row]], $page);
}
preg_match('~class="license-status">([a-z]+)<~', $html, $m);
$stored = ModuleManagerStub::instance()->moduleMeta;

$package = (object) ['id' => 1, 'meta' => (object) ['package_type' => 'domain', 'aggregate_quota' => '1', 'max_accounts' => '',
    'default_cos' => '', 'suspend_mode' => 'closed']];
$fields = $module->addService($package, ['zimbra_domain' => $domain, 'use_module' => 'true']);
echo json_encode([
    'page_status' => $m[1] ?? null,
    'key_encrypted' => (bool) ($stored[0]['encrypted'] ?? false),
    'key_in_page' => $key !== '' && str_contains($html, $key),
    'created' => $fields !== null,
    'errors' => $module->errors(),
]);
