<?php
/**
 * The Blesta stand-ins (tests/blesta/stubs) for pages served by `php -S`: every request
 * is a new PHP process, so servers, packages and services live in a JSON state file
 * (ZIMBRA_E2E_STATE), as Blesta keeps them in its database.
 */
if (!defined('DS')) {
    define('DS', DIRECTORY_SEPARATOR);
}
$state_file = getenv('ZIMBRA_E2E_STATE') ?: (sys_get_temp_dir() . DS . 'zimbra-e2e-state.json');
$root = dirname($state_file) . DS . 'blesta-root';
if (!is_dir($root . DS . 'components' . DS . 'modules')) {
    @mkdir($root . DS . 'components' . DS . 'modules', 0777, true);
}
$link = $root . DS . 'components' . DS . 'modules' . DS . 'zimbra';
if (!is_link($link)) {
    @symlink(dirname(__DIR__, 2) . DS . 'blesta-module' . DS . 'zimbra', $link);
}
if (!defined('BLESTA_ROOT')) {
    define('BLESTA_ROOT', $root);
}
require_once dirname(__DIR__) . DS . 'blesta' . DS . 'audit.php';
foreach (['Input', 'Language', 'ModuleFields', 'View', 'Loader', 'Module', 'Models'] as $stub) {
    require_once dirname(__DIR__) . DS . 'blesta' . DS . 'stubs' . DS . $stub . '.php';
}
require_once BLESTA_ROOT . DS . 'components' . DS . 'modules' . DS . 'zimbra' . DS . 'zimbra.php';

function e2e_load(string $file): array
{
    return is_file($file) ? json_decode(file_get_contents($file), true) : ['rows' => [], 'packages' => [], 'services' => []];
}

function e2e_save(string $file, array $state): void
{
    file_put_contents($file, json_encode($state, JSON_PRETTY_PRINT), LOCK_EX);
}

/** A module wired to the stored server row, as Blesta hands one to a tab. */
function e2e_module(array $state): Zimbra
{
    ModuleManagerStub::reset();
    foreach ($state['rows'] as $meta) {
        ModuleManagerStub::instance()->addRow($meta);
    }
    $module = new Zimbra();
    Loader::$models['ModuleManager'] = ModuleManagerStub::instance();
    $services = new ServicesStub();
    $services->module = $module;
    Loader::$models['Services'] = $services;
    $module->setModuleRow(ModuleManagerStub::instance()->getRow(1));
    return $module;
}

function e2e_package(array $state, $id): object
{
    return (object) ['id' => (int) $id, 'module_row' => 1, 'meta' => (object) $state['packages'][$id]];
}

function e2e_service(array $state, $id): object
{
    $fields = [];
    foreach ($state['services'][$id]['fields'] as $k => $v) {
        $fields[] = (object) ['key' => $k, 'value' => $v];
    }
    return (object) ['id' => (int) $id, 'client_id' => 1, 'fields' => $fields, 'module_row_id' => 1];
}
