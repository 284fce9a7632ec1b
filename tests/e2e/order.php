<?php
/**
 * Adds an active service through the Blesta stand-in's Services model, as an admin does with
 * "provision using the module" ticked, on the browser suite's database. Prints the new service id.
 * Usage: php order.php STATE PACKAGE_ID PARENT_SERVICE_ID|- field=value...
 */
require dirname(__DIR__) . '/blesta/harness.php';
[, $state, $package, $parent] = $argv;
blesta_harness_root(dirname($state) . DS . 'blesta-root');
$vars = ['package_id' => (int) $package, 'client_id' => 1, 'status' => 'active', 'use_module' => 'true'];
if ($parent !== '-') {
    $vars['parent_service_id'] = (int) $parent;
}
foreach (array_slice($argv, 4) as $pair) {
    [$k, $v] = explode('=', $pair, 2);
    $vars[$k] = $v;
}
$blesta = Blesta::boot($state);
$id = $blesta->Services->add($vars);
$blesta->save();
if ($id === null) {
    fwrite(STDERR, json_encode($blesta->Services->errors()) . "\n");
    exit(1);
}
echo $id, "\n";
