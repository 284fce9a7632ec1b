/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: a7a4425b746b4aba8c7e7ee18aa2b217556e7987 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Zimbra_Attempt___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, maker, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, id, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Attempt_tag, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, attrs, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Attempt_madeIt, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, entry, Zimbra\\Entry, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Attempt_otherAttempt, 0, 1, IS_STRING, 1)
	ZEND_ARG_OBJ_INFO(0, entry, Zimbra\\Entry, 1)
ZEND_END_ARG_INFO()


ZEND_METHOD(Zimbra_Attempt, __construct);
ZEND_METHOD(Zimbra_Attempt, tag);
ZEND_METHOD(Zimbra_Attempt, madeIt);
ZEND_METHOD(Zimbra_Attempt, otherAttempt);


static const zend_function_entry class_Zimbra_Attempt_methods[] = {
	ZEND_ME(Zimbra_Attempt, __construct, arginfo_class_Zimbra_Attempt___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Attempt, tag, arginfo_class_Zimbra_Attempt_tag, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Attempt, madeIt, arginfo_class_Zimbra_Attempt_madeIt, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Attempt, otherAttempt, arginfo_class_Zimbra_Attempt_otherAttempt, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Zimbra_Attempt(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "Attempt", class_Zimbra_Attempt_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval property_maker_default_value;
	ZVAL_UNDEF(&property_maker_default_value);
	zend_string *property_maker_name = zend_string_init("maker", sizeof("maker") - 1, 1);
	zend_declare_typed_property(class_entry, property_maker_name, &property_maker_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_maker_name);

	zval property_id_default_value;
	ZVAL_UNDEF(&property_id_default_value);
	zend_string *property_id_name = zend_string_init("id", sizeof("id") - 1, 1);
	zend_declare_typed_property(class_entry, property_id_name, &property_id_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_id_name);

	zval property_note_default_value;
	ZVAL_UNDEF(&property_note_default_value);
	zend_string *property_note_name = zend_string_init("note", sizeof("note") - 1, 1);
	zend_declare_typed_property(class_entry, property_note_name, &property_note_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_note_name);

	return class_entry;
}
