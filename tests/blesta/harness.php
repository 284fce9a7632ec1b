<?php
/**
 * Loads the Blesta stand-in and the module, for PHPUnit (bootstrap.php), the drivers that run the
 * module in a process of their own, and the browser suite's router (tests/e2e/router.php).
 */
if (!defined('DS')) {
    define('DS', DIRECTORY_SEPARATOR);
}
require_once __DIR__ . DS . 'audit.php';
foreach (['Input', 'Language', 'ModuleFields', 'View', 'Loader', 'PrioritySchedule', 'Module'] as $stub) {
    require_once __DIR__ . DS . 'stubs' . DS . $stub . '.php';
}
foreach (['Blesta', 'Models', 'Options', 'Automation', 'Emails', 'Controllers'] as $part) {
    require_once __DIR__ . DS . 'blesta' . DS . $part . '.php';
}

/** Make $root look like a Blesta install with the module in components/modules/zimbra, and load it. */
function blesta_harness_root(string $root): void
{
    if (!defined('BLESTA_ROOT')) {
        define('BLESTA_ROOT', $root);
    }
    @mkdir($root . DS . 'components' . DS . 'modules', 0777, true);
    $link = $root . DS . 'components' . DS . 'modules' . DS . 'zimbra';
    if (!is_link($link)) {
        @symlink(dirname(__DIR__, 2) . DS . 'blesta-module' . DS . 'zimbra', $link);
    }
    require_once BLESTA_ROOT . DS . 'components' . DS . 'modules' . DS . 'zimbra' . DS . 'zimbra.php';
}
