/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: cc3c6ab5931ac0997f994a7580f8b19f7dd215fe */



static void register_php_zimbra_symbols(int module_number)
{
	REGISTER_STRING_CONSTANT("Zimbra\\VERSION", PHP_ZIMBRA_VERSION, CONST_PERSISTENT);
	ZEND_ASSERT(strcmp(PHP_ZIMBRA_VERSION, "0.3.0") == 0);
}
