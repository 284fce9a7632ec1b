<?php
/**
 * For the drivers that run the module in a PHP process of their own (license-driver.php,
 * cancel-driver.php): the harness, and a module with a server row for the simulator at PORT,
 * pinned to PIN, as the server form would save it.
 */
require __DIR__ . '/bootstrap.php';

function driver_module(string $port, string $pin): Zimbra
{
    $module = new Zimbra();
    Loader::$models['ModuleManager'] = ModuleManagerStub::instance();
    $vars = ['server_label' => 'S', 'host_name' => '127.0.0.1', 'admin_username' => 'admin@zimbra.test',
        'admin_password' => 'test-Admin-Pass1', 'use_ssl' => '1', 'port' => $port, 'account_limit' => '',
        'tls_mode' => 'pin', 'tls_pin' => $pin, 'notes' => ''];
    $row = ModuleManagerStub::instance()->addRow($module->addModuleRow($vars));
    $module->setModuleRow($row);
    return $module;
}
