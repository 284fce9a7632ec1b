/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 7cdc6ef7eec0777d4eb8d6dd9e4e5e5551a8640b */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Zimbra_QuotaUsageIterator___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_QuotaUsageIterator_current, 0, 0, Zimbra\\QuotaUsage, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_QuotaUsageIterator_key, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_QuotaUsageIterator_next, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_QuotaUsageIterator_rewind arginfo_class_Zimbra_QuotaUsageIterator_next

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_QuotaUsageIterator_valid, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_QuotaUsageIterator_getUnreachableServers, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_QuotaUsageIterator_getReadServers arginfo_class_Zimbra_QuotaUsageIterator_getUnreachableServers


ZEND_METHOD(Zimbra_QuotaUsageIterator, __construct);
ZEND_METHOD(Zimbra_QuotaUsageIterator, current);
ZEND_METHOD(Zimbra_QuotaUsageIterator, key);
ZEND_METHOD(Zimbra_QuotaUsageIterator, next);
ZEND_METHOD(Zimbra_QuotaUsageIterator, rewind);
ZEND_METHOD(Zimbra_QuotaUsageIterator, valid);
ZEND_METHOD(Zimbra_QuotaUsageIterator, getUnreachableServers);
ZEND_METHOD(Zimbra_QuotaUsageIterator, getReadServers);


static const zend_function_entry class_Zimbra_QuotaUsageIterator_methods[] = {
	ZEND_ME(Zimbra_QuotaUsageIterator, __construct, arginfo_class_Zimbra_QuotaUsageIterator___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Zimbra_QuotaUsageIterator, current, arginfo_class_Zimbra_QuotaUsageIterator_current, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_QuotaUsageIterator, key, arginfo_class_Zimbra_QuotaUsageIterator_key, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_QuotaUsageIterator, next, arginfo_class_Zimbra_QuotaUsageIterator_next, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_QuotaUsageIterator, rewind, arginfo_class_Zimbra_QuotaUsageIterator_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_QuotaUsageIterator, valid, arginfo_class_Zimbra_QuotaUsageIterator_valid, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_QuotaUsageIterator, getUnreachableServers, arginfo_class_Zimbra_QuotaUsageIterator_getUnreachableServers, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_QuotaUsageIterator, getReadServers, arginfo_class_Zimbra_QuotaUsageIterator_getReadServers, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Zimbra_QuotaUsageIterator(zend_class_entry *class_entry_Iterator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "QuotaUsageIterator", class_Zimbra_QuotaUsageIterator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Iterator);

	return class_entry;
}
