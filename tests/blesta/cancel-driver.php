<?php
/**
 * Cancels a domain service in a process of its own, so that InterruptionTest can kill it
 * half-way (SIGKILL: no PHP code runs after it, as when a worker is killed or a server dies).
 *
 * Usage: php cancel-driver.php SIM_PORT PIN DOMAIN DOMAIN_ID
 */
require __DIR__ . '/bootstrap.php';

[, $port, $pin, $domain, $domainId] = $argv;
$module = new Zimbra();
Loader::$models['ModuleManager'] = ModuleManagerStub::instance();
$vars = ['server_label' => 'S', 'host_name' => '127.0.0.1', 'admin_username' => 'admin@zimbra.test',
    'admin_password' => 'test-Admin-Pass1', 'use_ssl' => '1', 'port' => $port, 'account_limit' => '',
    'tls_mode' => 'pin', 'tls_pin' => $pin, 'notes' => ''];
$row = ModuleManagerStub::instance()->addRow($module->addModuleRow($vars));
$module->setModuleRow($row);
echo "cancelling\n";
$package = (object) ['id' => 1, 'module_row' => 1, 'module_group' => null, 'meta' => (object) ['package_type' => 'domain']];
$service = (object) ['id' => 10, 'status' => 'active', 'module_row_id' => 1, 'fields' => [
    (object) ['key' => 'zimbra_domain', 'value' => $domain], (object) ['key' => 'zimbra_domain_id', 'value' => $domainId]]];
$module->cancelService($package, $service);
echo json_encode($module->errors()), "\n";
