<?php
/**
 * PHPUnit bootstrap: the Blesta stand-in (tests/blesta/stubs: the framework; tests/blesta/blesta:
 * the models and controllers), a Blesta-shaped root where components/modules/zimbra is the
 * module from blesta-module/zimbra, and a Zimbra simulator per test class (SimulatorCase.php).
 */
if (!extension_loaded('zimbra')) {
    fwrite(STDERR, "The zimbra extension is not loaded (run through scripts/test)\n");
    exit(1);
}
require_once __DIR__ . '/../fresh-build.php';
zimbra_assert_fresh_build();
require __DIR__ . DIRECTORY_SEPARATOR . 'harness.php';
$root = sys_get_temp_dir() . DS . 'blesta-root-' . getmypid();
blesta_harness_root($root);
register_shutdown_function(static function () use ($root): void {
    @unlink($root . DS . 'components' . DS . 'modules' . DS . 'zimbra');
    @rmdir($root . DS . 'components' . DS . 'modules');
    @rmdir($root . DS . 'components');
    @rmdir($root);
});
// Blesta builds its whole page before anything goes out, so a module's header() call (the
// webmail redirect, blesta-module.md §12) takes effect. PHPUnit's progress output would mark the
// headers as sent on the CLI: it goes to standard output directly instead, never through PHP's
// output layer, and every request the harness serves starts with nothing sent, as in Blesta.
ob_start(static function (string $out): string {
    fwrite(STDOUT, $out);
    return '';
}, 1);
if (class_exists('PHPUnit\\Framework\\TestCase')) {
    require __DIR__ . DS . 'Browser.php';
    require __DIR__ . DS . 'SimulatorCase.php';
}
