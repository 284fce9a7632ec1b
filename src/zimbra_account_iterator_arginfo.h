/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 77cacd454f4a0e47012c5336d87d7bfb4579e536 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Zimbra_AccountIterator___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_AccountIterator_current, 0, 0, Zimbra\\Account, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_AccountIterator_key, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_AccountIterator_next, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_AccountIterator_rewind arginfo_class_Zimbra_AccountIterator_next

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_AccountIterator_valid, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Zimbra_AccountIterator, __construct);
ZEND_METHOD(Zimbra_AccountIterator, current);
ZEND_METHOD(Zimbra_AccountIterator, key);
ZEND_METHOD(Zimbra_AccountIterator, next);
ZEND_METHOD(Zimbra_AccountIterator, rewind);
ZEND_METHOD(Zimbra_AccountIterator, valid);


static const zend_function_entry class_Zimbra_AccountIterator_methods[] = {
	ZEND_ME(Zimbra_AccountIterator, __construct, arginfo_class_Zimbra_AccountIterator___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Zimbra_AccountIterator, current, arginfo_class_Zimbra_AccountIterator_current, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_AccountIterator, key, arginfo_class_Zimbra_AccountIterator_key, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_AccountIterator, next, arginfo_class_Zimbra_AccountIterator_next, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_AccountIterator, rewind, arginfo_class_Zimbra_AccountIterator_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_AccountIterator, valid, arginfo_class_Zimbra_AccountIterator_valid, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Zimbra_AccountIterator(zend_class_entry *class_entry_Iterator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "AccountIterator", class_Zimbra_AccountIterator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Iterator);

	return class_entry;
}
