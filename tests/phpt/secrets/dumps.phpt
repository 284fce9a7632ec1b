--TEST--
A logged-in Client shown by var_dump, print_r, var_export or debug_zval_dump shows its state, never the password or token
--EXTENSIONS--
zimbra
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$token_marker = '0_';  // every Zimbra token starts like this

ob_start();
var_dump($c);
print_r($c);
echo "\n";
var_export($c);
debug_zval_dump($c);
echo json_encode($c), json_encode((array) $c), json_encode(get_object_vars($c));
$dump = ob_get_clean();
var_dump(str_contains($dump, ZIMBRA_TEST_PASSWORD), str_contains($dump, '0_'));
var_dump(str_contains($dump, 'admin@zimbra.test'));
--EXPECT--
bool(false)
bool(false)
bool(true)
