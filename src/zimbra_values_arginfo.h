/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 8864941019e867f6398eaf0c9ff16b965eef79ef */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Zimbra_Entry___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, attrs, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Entry_get, 0, 1, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, attr, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Entry_getAll, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, attr, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Domain_getStatus, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Domain_getMaxAccounts, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Domain_getAggregateQuota, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Domain_getMailboxQuota arginfo_class_Zimbra_Domain_getAggregateQuota

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Domain_getDefaultCosId, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Account_getStatus arginfo_class_Zimbra_Domain_getStatus

#define arginfo_class_Zimbra_Account_getQuota arginfo_class_Zimbra_Domain_getAggregateQuota

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Account_getAliases, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Account_getCosId arginfo_class_Zimbra_Domain_getDefaultCosId

#define arginfo_class_Zimbra_Account_getDisplayName arginfo_class_Zimbra_Domain_getDefaultCosId

#define arginfo_class_Zimbra_Account_takeGeneratedPassword arginfo_class_Zimbra_Domain_getDefaultCosId

#define arginfo_class_Zimbra_DistributionList_getMembers arginfo_class_Zimbra_Account_getAliases

#define arginfo_class_Zimbra_DistributionList_getDisplayName arginfo_class_Zimbra_Domain_getDefaultCosId

#define arginfo_class_Zimbra_Cos_getMailQuota arginfo_class_Zimbra_Domain_getAggregateQuota

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Cos_isDefault, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Server_getServices arginfo_class_Zimbra_Account_getAliases

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Zimbra_QuotaUsage___construct, 0, 0, 4)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, used, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, limit, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_QuotaUsage_getPercentUsed, 0, 0, IS_DOUBLE, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Zimbra_SearchResult___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_SearchResult_getIterator, 0, 0, Iterator, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_SearchResult_count arginfo_class_Zimbra_Domain_getAggregateQuota


ZEND_METHOD(Zimbra_Entry, __construct);
ZEND_METHOD(Zimbra_Entry, get);
ZEND_METHOD(Zimbra_Entry, getAll);
ZEND_METHOD(Zimbra_Domain, getStatus);
ZEND_METHOD(Zimbra_Domain, getMaxAccounts);
ZEND_METHOD(Zimbra_Domain, getAggregateQuota);
ZEND_METHOD(Zimbra_Domain, getMailboxQuota);
ZEND_METHOD(Zimbra_Domain, getDefaultCosId);
ZEND_METHOD(Zimbra_Account, getStatus);
ZEND_METHOD(Zimbra_Account, getQuota);
ZEND_METHOD(Zimbra_Account, getAliases);
ZEND_METHOD(Zimbra_Account, getCosId);
ZEND_METHOD(Zimbra_Account, getDisplayName);
ZEND_METHOD(Zimbra_Account, takeGeneratedPassword);
ZEND_METHOD(Zimbra_DistributionList, getMembers);
ZEND_METHOD(Zimbra_DistributionList, getDisplayName);
ZEND_METHOD(Zimbra_Cos, getMailQuota);
ZEND_METHOD(Zimbra_Cos, isDefault);
ZEND_METHOD(Zimbra_Server, getServices);
ZEND_METHOD(Zimbra_QuotaUsage, __construct);
ZEND_METHOD(Zimbra_QuotaUsage, getPercentUsed);
ZEND_METHOD(Zimbra_SearchResult, __construct);
ZEND_METHOD(Zimbra_SearchResult, getIterator);
ZEND_METHOD(Zimbra_SearchResult, count);


static const zend_function_entry class_Zimbra_Entry_methods[] = {
	ZEND_ME(Zimbra_Entry, __construct, arginfo_class_Zimbra_Entry___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Entry, get, arginfo_class_Zimbra_Entry_get, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Entry, getAll, arginfo_class_Zimbra_Entry_getAll, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_Domain_methods[] = {
	ZEND_ME(Zimbra_Domain, getStatus, arginfo_class_Zimbra_Domain_getStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Domain, getMaxAccounts, arginfo_class_Zimbra_Domain_getMaxAccounts, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Domain, getAggregateQuota, arginfo_class_Zimbra_Domain_getAggregateQuota, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Domain, getMailboxQuota, arginfo_class_Zimbra_Domain_getMailboxQuota, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Domain, getDefaultCosId, arginfo_class_Zimbra_Domain_getDefaultCosId, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_Account_methods[] = {
	ZEND_ME(Zimbra_Account, getStatus, arginfo_class_Zimbra_Account_getStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Account, getQuota, arginfo_class_Zimbra_Account_getQuota, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Account, getAliases, arginfo_class_Zimbra_Account_getAliases, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Account, getCosId, arginfo_class_Zimbra_Account_getCosId, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Account, getDisplayName, arginfo_class_Zimbra_Account_getDisplayName, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Account, takeGeneratedPassword, arginfo_class_Zimbra_Account_takeGeneratedPassword, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_DistributionList_methods[] = {
	ZEND_ME(Zimbra_DistributionList, getMembers, arginfo_class_Zimbra_DistributionList_getMembers, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_DistributionList, getDisplayName, arginfo_class_Zimbra_DistributionList_getDisplayName, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_Cos_methods[] = {
	ZEND_ME(Zimbra_Cos, getMailQuota, arginfo_class_Zimbra_Cos_getMailQuota, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Cos, isDefault, arginfo_class_Zimbra_Cos_isDefault, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_Alias_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_CalendarResource_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_Server_methods[] = {
	ZEND_ME(Zimbra_Server, getServices, arginfo_class_Zimbra_Server_getServices, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_QuotaUsage_methods[] = {
	ZEND_ME(Zimbra_QuotaUsage, __construct, arginfo_class_Zimbra_QuotaUsage___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_QuotaUsage, getPercentUsed, arginfo_class_Zimbra_QuotaUsage_getPercentUsed, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_SearchResult_methods[] = {
	ZEND_ME(Zimbra_SearchResult, __construct, arginfo_class_Zimbra_SearchResult___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Zimbra_SearchResult, getIterator, arginfo_class_Zimbra_SearchResult_getIterator, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_SearchResult, count, arginfo_class_Zimbra_SearchResult_count, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Zimbra_Entry(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "Entry", class_Zimbra_Entry_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval property_id_default_value;
	ZVAL_UNDEF(&property_id_default_value);
	zend_string *property_id_name = zend_string_init("id", sizeof("id") - 1, 1);
	zend_declare_typed_property(class_entry, property_id_name, &property_id_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_id_name);

	zval property_name_default_value;
	ZVAL_UNDEF(&property_name_default_value);
	zend_string *property_name_name = zend_string_init("name", sizeof("name") - 1, 1);
	zend_declare_typed_property(class_entry, property_name_name, &property_name_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_name_name);

	zval property_attrs_default_value;
	ZVAL_UNDEF(&property_attrs_default_value);
	zend_string *property_attrs_name = zend_string_init("attrs", sizeof("attrs") - 1, 1);
	zend_declare_typed_property(class_entry, property_attrs_name, &property_attrs_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_attrs_name);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_Domain(zend_class_entry *class_entry_Zimbra_Entry)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "Domain", class_Zimbra_Domain_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Zimbra_Entry);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_Account(zend_class_entry *class_entry_Zimbra_Entry)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "Account", class_Zimbra_Account_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Zimbra_Entry);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval property_matchedAlias_default_value;
	ZVAL_UNDEF(&property_matchedAlias_default_value);
	zend_string *property_matchedAlias_name = zend_string_init("matchedAlias", sizeof("matchedAlias") - 1, 1);
	zend_declare_typed_property(class_entry, property_matchedAlias_name, &property_matchedAlias_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_matchedAlias_name);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_DistributionList(zend_class_entry *class_entry_Zimbra_Entry)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "DistributionList", class_Zimbra_DistributionList_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Zimbra_Entry);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval property_members_default_value;
	ZVAL_UNDEF(&property_members_default_value);
	zend_string *property_members_name = zend_string_init("members", sizeof("members") - 1, 1);
	zend_declare_typed_property(class_entry, property_members_name, &property_members_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_members_name);

	zval property_dynamic_default_value;
	ZVAL_UNDEF(&property_dynamic_default_value);
	zend_string *property_dynamic_name = zend_string_init("dynamic", sizeof("dynamic") - 1, 1);
	zend_declare_typed_property(class_entry, property_dynamic_name, &property_dynamic_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_dynamic_name);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_Cos(zend_class_entry *class_entry_Zimbra_Entry)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "Cos", class_Zimbra_Cos_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Zimbra_Entry);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_Alias(zend_class_entry *class_entry_Zimbra_Entry)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "Alias", class_Zimbra_Alias_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Zimbra_Entry);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval property_targetName_default_value;
	ZVAL_UNDEF(&property_targetName_default_value);
	zend_string *property_targetName_name = zend_string_init("targetName", sizeof("targetName") - 1, 1);
	zend_declare_typed_property(class_entry, property_targetName_name, &property_targetName_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_targetName_name);

	zval property_targetType_default_value;
	ZVAL_UNDEF(&property_targetType_default_value);
	zend_string *property_targetType_name = zend_string_init("targetType", sizeof("targetType") - 1, 1);
	zend_declare_typed_property(class_entry, property_targetType_name, &property_targetType_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_targetType_name);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_CalendarResource(zend_class_entry *class_entry_Zimbra_Entry)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "CalendarResource", class_Zimbra_CalendarResource_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Zimbra_Entry);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_Server(zend_class_entry *class_entry_Zimbra_Entry)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "Server", class_Zimbra_Server_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Zimbra_Entry);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_QuotaUsage(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "QuotaUsage", class_Zimbra_QuotaUsage_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval property_id_default_value;
	ZVAL_UNDEF(&property_id_default_value);
	zend_string *property_id_name = zend_string_init("id", sizeof("id") - 1, 1);
	zend_declare_typed_property(class_entry, property_id_name, &property_id_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_id_name);

	zval property_name_default_value;
	ZVAL_UNDEF(&property_name_default_value);
	zend_string *property_name_name = zend_string_init("name", sizeof("name") - 1, 1);
	zend_declare_typed_property(class_entry, property_name_name, &property_name_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_name_name);

	zval property_used_default_value;
	ZVAL_UNDEF(&property_used_default_value);
	zend_string *property_used_name = zend_string_init("used", sizeof("used") - 1, 1);
	zend_declare_typed_property(class_entry, property_used_name, &property_used_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_used_name);

	zval property_limit_default_value;
	ZVAL_UNDEF(&property_limit_default_value);
	zend_string *property_limit_name = zend_string_init("limit", sizeof("limit") - 1, 1);
	zend_declare_typed_property(class_entry, property_limit_name, &property_limit_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_limit_name);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_SearchResult(zend_class_entry *class_entry_IteratorAggregate, zend_class_entry *class_entry_Countable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "SearchResult", class_Zimbra_SearchResult_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;
	zend_class_implements(class_entry, 2, class_entry_IteratorAggregate, class_entry_Countable);

	zval property_entries_default_value;
	ZVAL_UNDEF(&property_entries_default_value);
	zend_string *property_entries_name = zend_string_init("entries", sizeof("entries") - 1, 1);
	zend_declare_typed_property(class_entry, property_entries_name, &property_entries_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_entries_name);

	zval property_total_default_value;
	ZVAL_UNDEF(&property_total_default_value);
	zend_string *property_total_name = zend_string_init("total", sizeof("total") - 1, 1);
	zend_declare_typed_property(class_entry, property_total_name, &property_total_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_total_name);

	zval property_more_default_value;
	ZVAL_UNDEF(&property_more_default_value);
	zend_string *property_more_name = zend_string_init("more", sizeof("more") - 1, 1);
	zend_declare_typed_property(class_entry, property_more_name, &property_more_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_more_name);

	return class_entry;
}
