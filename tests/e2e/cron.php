<?php
/**
 * Runs Blesta's cron once on the browser suite's database, as Blesta's automation would: installs
 * the module first when it is not (its task and mail template), then every module task that is
 * due. Prints the cron log lines.
 * Usage: php cron.php STATE
 */
require dirname(__DIR__) . '/blesta/harness.php';
[, $state] = $argv;
blesta_harness_root(dirname($state) . DS . 'blesta-root');
$blesta = Blesta::boot($state);
if (empty($blesta->db['installed']) && $blesta->ModuleManager->add(['class' => 'zimbra']) === null) {
    fwrite(STDERR, json_encode($blesta->ModuleManager->errors()) . "\n");
    exit(1);
}
echo implode("\n", $blesta->CronTasks->runDue(time())), "\n";
$blesta->save();
