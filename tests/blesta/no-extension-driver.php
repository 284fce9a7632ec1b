<?php
/**
 * The module in a PHP without the zimbra extension (see ServerRowTest): install(), the server
 * form and the manage page must say so plainly instead of failing with a fatal error.
 */
require __DIR__ . '/harness.php';
$root = sys_get_temp_dir() . DS . 'blesta-noext-' . getmypid();
blesta_harness_root($root);

$blesta = Blesta::boot();
$module = $blesta->newModule();
$module->install();
$install = $module->errors();
$form = $blesta->request('GET', '/admin/settings/company/modules/addrow/1/')->body;
$vars = ['server_label' => 'x', 'host_name' => 'mail.example.com', 'admin_username' => 'a', 'admin_password' => 'b'];
$row = $blesta->ModuleManager->addRow(1, $vars);
$manage = $blesta->request('GET', '/admin/settings/company/modules/manage/1/')->body;
echo json_encode([
    'loaded' => extension_loaded('zimbra'),
    'install' => $install,
    'form_says' => str_contains($form, 'The zimbra PHP extension is not loaded'),
    'manage_says' => str_contains($manage, 'The zimbra PHP extension is not loaded'),
    'row' => $row,
    'row_errors' => $blesta->ModuleManager->errors(),
]);
@unlink($root . DS . 'components' . DS . 'modules' . DS . 'zimbra');
@rmdir($root . DS . 'components' . DS . 'modules');
@rmdir($root . DS . 'components');
@rmdir($root);
