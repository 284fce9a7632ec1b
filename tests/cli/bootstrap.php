<?php
require_once __DIR__ . '/../fresh-build.php';
zimbra_assert_fresh_build();
/** PHPUnit bootstrap for bin/zimbra-admin's tests: each test class starts its own simulator. */
require __DIR__ . '/CliCase.php';
