/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 974222469911d7e3cee91132f7c42fa364fdd04b */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Zimbra_Preauth___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Preauth_compute, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, account, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, timestampMs, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, expiresMs, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, by, IS_STRING, 0, "\"name\"")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Preauth_url, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, webmailUrl, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, account, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timestampMs, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, expiresMs, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, redirectUrl, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(Zimbra_Preauth, __construct);
ZEND_METHOD(Zimbra_Preauth, compute);
ZEND_METHOD(Zimbra_Preauth, url);


static const zend_function_entry class_Zimbra_Preauth_methods[] = {
	ZEND_ME(Zimbra_Preauth, __construct, arginfo_class_Zimbra_Preauth___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Preauth, compute, arginfo_class_Zimbra_Preauth_compute, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Preauth, url, arginfo_class_Zimbra_Preauth_url, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Zimbra_Preauth(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "Preauth", class_Zimbra_Preauth_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
