<?php
/**
 * PHPUnit bootstrap: the Blesta stand-ins, a Blesta-shaped root where
 * components/modules/zimbra is the module from blesta-module/zimbra, and a
 * Zimbra simulator per test class (tests/blesta/SimulatorCase.php).
 */
if (!extension_loaded('zimbra')) {
    fwrite(STDERR, "The zimbra extension is not loaded (run through scripts/test)\n");
    exit(1);
}
define('DS', DIRECTORY_SEPARATOR);
$root = sys_get_temp_dir() . DS . 'blesta-root-' . getmypid();
@mkdir($root . DS . 'components' . DS . 'modules', 0777, true);
@symlink(dirname(__DIR__, 2) . DS . 'blesta-module' . DS . 'zimbra', $root . DS . 'components' . DS . 'modules' . DS . 'zimbra');
define('BLESTA_ROOT', $root);
register_shutdown_function(static function () use ($root): void {
    @unlink($root . DS . 'components' . DS . 'modules' . DS . 'zimbra');
    @rmdir($root . DS . 'components' . DS . 'modules');
    @rmdir($root . DS . 'components');
    @rmdir($root);
});

require __DIR__ . DS . 'audit.php';
foreach (['Input', 'Language', 'ModuleFields', 'View', 'Loader', 'Module', 'Models'] as $stub) {
    require __DIR__ . DS . 'stubs' . DS . $stub . '.php';
}
if (class_exists('PHPUnit\\Framework\\TestCase')) {
    require __DIR__ . DS . 'SimulatorCase.php';
}
require BLESTA_ROOT . DS . 'components' . DS . 'modules' . DS . 'zimbra' . DS . 'zimbra.php';
