<?php
/* For PHPStan only: constants the Blesta harness defines at run time (tests/blesta/harness.php). */
if (!defined('BLESTA_ROOT')) {
    define('BLESTA_ROOT', sys_get_temp_dir());
}
