/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: a51f4df7070a6b1e785799eaa0e63c0a9699be2d */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Zimbra_Validate___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Validate_domain, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Validate_localPart, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, localPart, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Validate_email, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, email, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Validate_existingEmail arginfo_class_Zimbra_Validate_email

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Validate_isId, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Validate_escapeFilterValue, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Validate_generatePassword, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 0, "16")
ZEND_END_ARG_INFO()


ZEND_METHOD(Zimbra_Validate, __construct);
ZEND_METHOD(Zimbra_Validate, domain);
ZEND_METHOD(Zimbra_Validate, localPart);
ZEND_METHOD(Zimbra_Validate, email);
ZEND_METHOD(Zimbra_Validate, existingEmail);
ZEND_METHOD(Zimbra_Validate, isId);
ZEND_METHOD(Zimbra_Validate, escapeFilterValue);
ZEND_METHOD(Zimbra_Validate, generatePassword);


static const zend_function_entry class_Zimbra_Validate_methods[] = {
	ZEND_ME(Zimbra_Validate, __construct, arginfo_class_Zimbra_Validate___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Zimbra_Validate, domain, arginfo_class_Zimbra_Validate_domain, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Zimbra_Validate, localPart, arginfo_class_Zimbra_Validate_localPart, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Zimbra_Validate, email, arginfo_class_Zimbra_Validate_email, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Zimbra_Validate, existingEmail, arginfo_class_Zimbra_Validate_existingEmail, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Zimbra_Validate, isId, arginfo_class_Zimbra_Validate_isId, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Zimbra_Validate, escapeFilterValue, arginfo_class_Zimbra_Validate_escapeFilterValue, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Zimbra_Validate, generatePassword, arginfo_class_Zimbra_Validate_generatePassword, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Zimbra_Validate(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "Validate", class_Zimbra_Validate_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
