<?php
/**
 * Cancels a domain service in a process of its own, so that InterruptionTest can kill it
 * half-way (SIGKILL: no PHP code runs after it, as when a worker is killed or a server dies).
 *
 * Usage: php cancel-driver.php SIM_PORT PIN DOMAIN DOMAIN_ID
 */
require __DIR__ . '/driver.php';

[, $port, $pin, $domain, $domainId] = $argv;
$module = driver_module($port, $pin);
echo "cancelling\n";
$package = (object) ['id' => 1, 'module_row' => 1, 'module_group' => null, 'meta' => (object) ['package_type' => 'domain']];
$service = (object) ['id' => 10, 'status' => 'active', 'module_row_id' => 1, 'fields' => [
    (object) ['key' => 'zimbra_domain', 'value' => $domain], (object) ['key' => 'zimbra_domain_id', 'value' => $domainId]]];
$module->cancelService($package, $service);
echo json_encode($module->errors()), "\n";
