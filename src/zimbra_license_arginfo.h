/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 56d83b8aee1d11d1430b0dfb7f7df958e5f525f7 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Zimbra_License___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_License_isEnforced, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_License_check, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, cachedAnswer, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxAgeSeconds, IS_LONG, 0, "86400")
ZEND_END_ARG_INFO()


ZEND_METHOD(Zimbra_License, __construct);
ZEND_METHOD(Zimbra_License, isEnforced);
ZEND_METHOD(Zimbra_License, check);


static const zend_function_entry class_Zimbra_License_methods[] = {
	ZEND_ME(Zimbra_License, __construct, arginfo_class_Zimbra_License___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Zimbra_License, isEnforced, arginfo_class_Zimbra_License_isEnforced, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Zimbra_License, check, arginfo_class_Zimbra_License_check, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Zimbra_License(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "License", class_Zimbra_License_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "check", sizeof("check") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
