/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 306e9678fac7aff22571a8f14d33375a7ef3ea39 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Zimbra_Batch___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_getDomain, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, nameOrId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, attrs, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_modifyDomain, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, attrs, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_setDomainStatus, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, status, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_createAccount, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, email, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, password, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, attrs, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_getAccount, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, emailOrId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, attrs, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Batch_modifyAccount arginfo_class_Zimbra_Batch_modifyDomain

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_deleteAccount, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_setPassword, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, password, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Batch_setAccountStatus arginfo_class_Zimbra_Batch_setDomainStatus

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_renameAccount, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, newEmail, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_addAccountAlias, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, alias, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Batch_removeAccountAlias arginfo_class_Zimbra_Batch_addAccountAlias

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_countAccounts, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, domain, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_countObjects, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, type, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, domain, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_createDistributionList, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, email, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, attrs, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_getDistributionList, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, emailOrId, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Batch_getAccountMembership arginfo_class_Zimbra_Batch_getDistributionList

#define arginfo_class_Zimbra_Batch_modifyDistributionList arginfo_class_Zimbra_Batch_modifyDomain

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_addDistributionListMembers, 0, 2, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, members, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Batch_removeDistributionListMembers arginfo_class_Zimbra_Batch_addDistributionListMembers

#define arginfo_class_Zimbra_Batch_deleteDistributionList arginfo_class_Zimbra_Batch_deleteAccount

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_getCos, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, nameOrId, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Batch_getMailboxSize arginfo_class_Zimbra_Batch_deleteAccount

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_listServers, 0, 0, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, service, IS_STRING, 0, "\'mailbox\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_listCos, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_searchDirectory, 0, 0, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, query, IS_STRING, 0, "\"\"")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, values, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_getQuotaUsage, 0, 0, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, domain, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, limit, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, offset, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_request, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, body, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, namespace, IS_STRING, 0, "\"urn:zimbraAdmin\"")
ZEND_END_ARG_INFO()


ZEND_METHOD(Zimbra_Batch, __construct);
ZEND_METHOD(Zimbra_Client, getDomain);
ZEND_METHOD(Zimbra_Client, modifyDomain);
ZEND_METHOD(Zimbra_Client, setDomainStatus);
ZEND_METHOD(Zimbra_Client, createAccount);
ZEND_METHOD(Zimbra_Client, getAccount);
ZEND_METHOD(Zimbra_Client, modifyAccount);
ZEND_METHOD(Zimbra_Client, deleteAccount);
ZEND_METHOD(Zimbra_Client, setPassword);
ZEND_METHOD(Zimbra_Client, setAccountStatus);
ZEND_METHOD(Zimbra_Client, renameAccount);
ZEND_METHOD(Zimbra_Client, addAccountAlias);
ZEND_METHOD(Zimbra_Client, removeAccountAlias);
ZEND_METHOD(Zimbra_Client, countAccounts);
ZEND_METHOD(Zimbra_Client, countObjects);
ZEND_METHOD(Zimbra_Client, createDistributionList);
ZEND_METHOD(Zimbra_Client, getDistributionList);
ZEND_METHOD(Zimbra_Client, getAccountMembership);
ZEND_METHOD(Zimbra_Client, modifyDistributionList);
ZEND_METHOD(Zimbra_Client, addDistributionListMembers);
ZEND_METHOD(Zimbra_Client, removeDistributionListMembers);
ZEND_METHOD(Zimbra_Client, deleteDistributionList);
ZEND_METHOD(Zimbra_Client, getCos);
ZEND_METHOD(Zimbra_Client, getMailboxSize);
ZEND_METHOD(Zimbra_Client, listServers);
ZEND_METHOD(Zimbra_Client, listCos);
ZEND_METHOD(Zimbra_Client, searchDirectory);
ZEND_METHOD(Zimbra_Client, getQuotaUsage);
ZEND_METHOD(Zimbra_Client, request);


static const zend_function_entry class_Zimbra_Batch_methods[] = {
	ZEND_ME(Zimbra_Batch, __construct, arginfo_class_Zimbra_Batch___construct, ZEND_ACC_PRIVATE)
	ZEND_MALIAS(Zimbra_Client, getDomain, getDomain, arginfo_class_Zimbra_Batch_getDomain, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, modifyDomain, modifyDomain, arginfo_class_Zimbra_Batch_modifyDomain, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, setDomainStatus, setDomainStatus, arginfo_class_Zimbra_Batch_setDomainStatus, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, createAccount, createAccount, arginfo_class_Zimbra_Batch_createAccount, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, getAccount, getAccount, arginfo_class_Zimbra_Batch_getAccount, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, modifyAccount, modifyAccount, arginfo_class_Zimbra_Batch_modifyAccount, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, deleteAccount, deleteAccount, arginfo_class_Zimbra_Batch_deleteAccount, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, setPassword, setPassword, arginfo_class_Zimbra_Batch_setPassword, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, setAccountStatus, setAccountStatus, arginfo_class_Zimbra_Batch_setAccountStatus, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, renameAccount, renameAccount, arginfo_class_Zimbra_Batch_renameAccount, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, addAccountAlias, addAccountAlias, arginfo_class_Zimbra_Batch_addAccountAlias, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, removeAccountAlias, removeAccountAlias, arginfo_class_Zimbra_Batch_removeAccountAlias, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, countAccounts, countAccounts, arginfo_class_Zimbra_Batch_countAccounts, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, countObjects, countObjects, arginfo_class_Zimbra_Batch_countObjects, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, createDistributionList, createDistributionList, arginfo_class_Zimbra_Batch_createDistributionList, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, getDistributionList, getDistributionList, arginfo_class_Zimbra_Batch_getDistributionList, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, getAccountMembership, getAccountMembership, arginfo_class_Zimbra_Batch_getAccountMembership, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, modifyDistributionList, modifyDistributionList, arginfo_class_Zimbra_Batch_modifyDistributionList, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, addDistributionListMembers, addDistributionListMembers, arginfo_class_Zimbra_Batch_addDistributionListMembers, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, removeDistributionListMembers, removeDistributionListMembers, arginfo_class_Zimbra_Batch_removeDistributionListMembers, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, deleteDistributionList, deleteDistributionList, arginfo_class_Zimbra_Batch_deleteDistributionList, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, getCos, getCos, arginfo_class_Zimbra_Batch_getCos, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, getMailboxSize, getMailboxSize, arginfo_class_Zimbra_Batch_getMailboxSize, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, listServers, listServers, arginfo_class_Zimbra_Batch_listServers, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, listCos, listCos, arginfo_class_Zimbra_Batch_listCos, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, searchDirectory, searchDirectory, arginfo_class_Zimbra_Batch_searchDirectory, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, getQuotaUsage, getQuotaUsage, arginfo_class_Zimbra_Batch_getQuotaUsage, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Zimbra_Client, request, request, arginfo_class_Zimbra_Batch_request, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Zimbra_Batch(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "Batch", class_Zimbra_Batch_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "createaccount", sizeof("createaccount") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "setpassword", sizeof("setpassword") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "request", sizeof("request") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
