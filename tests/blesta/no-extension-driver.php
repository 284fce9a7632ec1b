<?php
/**
 * The module in a PHP without the zimbra extension (see ServerRowTest): install()
 * and the server form must say so plainly instead of failing with a fatal error.
 */
define('DS', DIRECTORY_SEPARATOR);
$root = sys_get_temp_dir() . DS . 'blesta-noext-' . getmypid();
@mkdir($root . DS . 'components' . DS . 'modules', 0777, true);
@symlink(dirname(__DIR__, 2) . DS . 'blesta-module' . DS . 'zimbra', $root . DS . 'components' . DS . 'modules' . DS . 'zimbra');
define('BLESTA_ROOT', $root);
require __DIR__ . DS . 'audit.php';
foreach (['Input', 'Language', 'ModuleFields', 'View', 'Loader', 'Module', 'Models'] as $stub) {
    require __DIR__ . DS . 'stubs' . DS . $stub . '.php';
}
require BLESTA_ROOT . DS . 'components' . DS . 'modules' . DS . 'zimbra' . DS . 'zimbra.php';

$module = new Zimbra();
Loader::$models['ModuleManager'] = ModuleManagerStub::instance();
$module->install();
$install = $module->errors();
$vars = [];
$form = $module->manageAddRow($vars);
$vars = ['server_label' => 'x', 'host_name' => 'mail.example.com', 'admin_username' => 'a', 'admin_password' => 'b'];
$row = $module->addModuleRow($vars);
$page = [];
$manage = $module->manageModule((object) ['id' => 1, 'rows' => []], $page);
echo json_encode([
    'loaded' => extension_loaded('zimbra'),
    'install' => $install,
    'form_says' => str_contains($form, 'The zimbra PHP extension is not loaded'),
    'manage_says' => str_contains($manage, 'The zimbra PHP extension is not loaded'),
    'row' => $row,
    'row_errors' => $module->errors(),
]);
@unlink($root . DS . 'components' . DS . 'modules' . DS . 'zimbra');
