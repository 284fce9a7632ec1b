<?php
/** PHPUnit bootstrap for bin/zimbra-admin's tests: each test class starts its own simulator. */
require __DIR__ . '/CliCase.php';
