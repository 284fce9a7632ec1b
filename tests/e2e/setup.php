<?php
/**
 * Creates the e2e fixtures through the real module: a server row for the simulator,
 * a domain package and service, and a mailbox package and service on that domain.
 * Usage: php setup.php SIM_PORT PIN
 */
require __DIR__ . '/harness.php';

[, $port, $pin] = $argv;
$module = new Zimbra();
Loader::$models['ModuleManager'] = ModuleManagerStub::instance();
$vars = ['server_label' => 'Simulator', 'host_name' => '127.0.0.1', 'admin_username' => 'admin@zimbra.test',
    'admin_password' => 'test-Admin-Pass1', 'use_ssl' => '1', 'port' => $port, 'account_limit' => '',
    'tls_mode' => 'pin', 'tls_pin' => $pin, 'notes' => ''];
$row = $module->addModuleRow($vars);
if (!$row) {
    fwrite(STDERR, json_encode($module->errors()) . "\n");
    exit(1);
}
$state = ['rows' => [$row], 'packages' => [
    1 => ['package_type' => 'domain', 'aggregate_quota' => '5', 'max_accounts' => '10', 'default_cos' => '',
        'mailbox_domain' => '', 'cos_id' => '', 'mailbox_quota' => '512', 'suspend_mode' => 'closed'],
    2 => ['package_type' => 'mailbox', 'aggregate_quota' => '', 'max_accounts' => '', 'default_cos' => '',
        'mailbox_domain' => 'e2e.example', 'cos_id' => '', 'mailbox_quota' => '300', 'suspend_mode' => 'closed'],
], 'services' => []];
$module = e2e_module($state);
$domain = $module->addService(e2e_package($state, 1), ['zimbra_domain' => 'e2e.example', 'use_module' => 'true']);
$mailbox = $module->addService(e2e_package($state, 2), ['zimbra_email_local' => 'owner', 'zimbra_display_name' => 'Owner',
    'zimbra_password' => 'Owner-pass-1', 'use_module' => 'true']);
if (!$domain || !$mailbox) {
    fwrite(STDERR, json_encode($module->errors()) . "\n");
    exit(1);
}
foreach ([10 => [1, $domain], 20 => [2, $mailbox]] as $id => [$package, $fields]) {
    $state['services'][$id] = ['package' => $package, 'fields' => array_column($fields, 'value', 'key')];
}
e2e_save(getenv('ZIMBRA_E2E_STATE'), $state);
echo "ok\n";
