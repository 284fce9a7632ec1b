<?php
/**
 * Cancels a service in a process of its own, from the Blesta database a test saved, so that
 * InterruptionTest can kill it half-way (SIGKILL: no PHP code runs after it, as when a worker is
 * killed or a server dies).
 *
 * Usage: php cancel-driver.php STATE_FILE SERVICE_ID
 */
require __DIR__ . '/harness.php';
blesta_harness_root(sys_get_temp_dir() . DS . 'blesta-driver-' . getmypid());

[, $state, $service] = $argv;
$blesta = Blesta::boot($state);
echo "cancelling\n";
$blesta->Services->cancel((int) $service);
echo json_encode($blesta->Services->errors()), "\n";
