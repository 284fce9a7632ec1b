/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 29663694ce5e620d45b7eb4fb1b854e44a205cdf */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Zimbra_Client___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, url, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_probePublicKeyPin, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, url, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "10.0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_login, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, username, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, password, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_logout, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_isLoggedIn, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_request, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, body, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, namespace, IS_STRING, 0, "\"urn:zimbraAdmin\"")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_getUrl, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_getStats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_createDomain, 0, 1, Zimbra\\Domain, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, attrs, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_getDomain, 0, 1, Zimbra\\Domain, 1)
	ZEND_ARG_TYPE_INFO(0, nameOrId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, attrs, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_modifyDomain, 0, 2, Zimbra\\Domain, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, attrs, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_setDomainStatus, 0, 2, Zimbra\\Domain, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, status, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_deleteDomain, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_purgeDomain, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_getPreauthKey, 0, 1, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, domain, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_ensurePreauthKey, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, domain, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_createAccount, 0, 2, Zimbra\\Account, 0)
	ZEND_ARG_TYPE_INFO(0, email, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, password, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, attrs, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_getAccount, 0, 1, Zimbra\\Account, 1)
	ZEND_ARG_TYPE_INFO(0, emailOrId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, attrs, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_modifyAccount, 0, 2, Zimbra\\Account, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, attrs, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Client_deleteAccount arginfo_class_Zimbra_Client_deleteDomain

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_setPassword, 0, 2, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, password, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_setAccountStatus, 0, 2, Zimbra\\Account, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, status, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_renameAccount, 0, 2, Zimbra\\Account, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, newEmail, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_addAccountAlias, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, alias, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Client_removeAccountAlias arginfo_class_Zimbra_Client_addAccountAlias

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_Zimbra_Client_listAccounts, 0, 1, Traversable, MAY_BE_ARRAY)
	ZEND_ARG_TYPE_INFO(0, domain, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, attrs, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_searchDirectory, 0, 0, Zimbra\\SearchResult, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, query, IS_STRING, 0, "\"\"")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, values, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_countObjects, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, type, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, domain, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_countAccounts, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, domain, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_createDistributionList, 0, 1, Zimbra\\DistributionList, 0)
	ZEND_ARG_TYPE_INFO(0, email, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, attrs, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_getDistributionList, 0, 1, Zimbra\\DistributionList, 1)
	ZEND_ARG_TYPE_INFO(0, emailOrId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_getAccountMembership, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, emailOrId, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Client_listDistributionLists arginfo_class_Zimbra_Client_countAccounts

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_modifyDistributionList, 0, 2, Zimbra\\DistributionList, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, attrs, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_addDistributionListMembers, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, members, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Client_removeDistributionListMembers arginfo_class_Zimbra_Client_addDistributionListMembers

#define arginfo_class_Zimbra_Client_deleteDistributionList arginfo_class_Zimbra_Client_deleteDomain

#define arginfo_class_Zimbra_Client_listCos arginfo_class_Zimbra_Client_getStats

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_getCos, 0, 1, Zimbra\\Cos, 1)
	ZEND_ARG_TYPE_INFO(0, nameOrId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_getMailboxSize, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_getQuotaUsage, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, domain, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, limit, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, offset, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_listQuotaUsage, 0, 0, Zimbra\\QuotaUsageIterator, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, domain, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_listServers, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, service, IS_STRING, 0, "\'mailbox\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_Client_withServer, 0, 1, Zimbra\\Client, 0)
	ZEND_ARG_TYPE_INFO(0, idOrName, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_getTargetServer, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Client_batch, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, build, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, stopOnError, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()


ZEND_METHOD(Zimbra_Client, __construct);
ZEND_METHOD(Zimbra_Client, probePublicKeyPin);
ZEND_METHOD(Zimbra_Client, login);
ZEND_METHOD(Zimbra_Client, logout);
ZEND_METHOD(Zimbra_Client, isLoggedIn);
ZEND_METHOD(Zimbra_Client, request);
ZEND_METHOD(Zimbra_Client, getUrl);
ZEND_METHOD(Zimbra_Client, getStats);
ZEND_METHOD(Zimbra_Client, createDomain);
ZEND_METHOD(Zimbra_Client, getDomain);
ZEND_METHOD(Zimbra_Client, modifyDomain);
ZEND_METHOD(Zimbra_Client, setDomainStatus);
ZEND_METHOD(Zimbra_Client, deleteDomain);
ZEND_METHOD(Zimbra_Client, purgeDomain);
ZEND_METHOD(Zimbra_Client, getPreauthKey);
ZEND_METHOD(Zimbra_Client, ensurePreauthKey);
ZEND_METHOD(Zimbra_Client, createAccount);
ZEND_METHOD(Zimbra_Client, getAccount);
ZEND_METHOD(Zimbra_Client, modifyAccount);
ZEND_METHOD(Zimbra_Client, deleteAccount);
ZEND_METHOD(Zimbra_Client, setPassword);
ZEND_METHOD(Zimbra_Client, setAccountStatus);
ZEND_METHOD(Zimbra_Client, renameAccount);
ZEND_METHOD(Zimbra_Client, addAccountAlias);
ZEND_METHOD(Zimbra_Client, removeAccountAlias);
ZEND_METHOD(Zimbra_Client, listAccounts);
ZEND_METHOD(Zimbra_Client, searchDirectory);
ZEND_METHOD(Zimbra_Client, countObjects);
ZEND_METHOD(Zimbra_Client, countAccounts);
ZEND_METHOD(Zimbra_Client, createDistributionList);
ZEND_METHOD(Zimbra_Client, getDistributionList);
ZEND_METHOD(Zimbra_Client, getAccountMembership);
ZEND_METHOD(Zimbra_Client, listDistributionLists);
ZEND_METHOD(Zimbra_Client, modifyDistributionList);
ZEND_METHOD(Zimbra_Client, addDistributionListMembers);
ZEND_METHOD(Zimbra_Client, removeDistributionListMembers);
ZEND_METHOD(Zimbra_Client, deleteDistributionList);
ZEND_METHOD(Zimbra_Client, listCos);
ZEND_METHOD(Zimbra_Client, getCos);
ZEND_METHOD(Zimbra_Client, getMailboxSize);
ZEND_METHOD(Zimbra_Client, getQuotaUsage);
ZEND_METHOD(Zimbra_Client, listQuotaUsage);
ZEND_METHOD(Zimbra_Client, listServers);
ZEND_METHOD(Zimbra_Client, withServer);
ZEND_METHOD(Zimbra_Client, getTargetServer);
ZEND_METHOD(Zimbra_Client, batch);


static const zend_function_entry class_Zimbra_Client_methods[] = {
	ZEND_ME(Zimbra_Client, __construct, arginfo_class_Zimbra_Client___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, probePublicKeyPin, arginfo_class_Zimbra_Client_probePublicKeyPin, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Zimbra_Client, login, arginfo_class_Zimbra_Client_login, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, logout, arginfo_class_Zimbra_Client_logout, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, isLoggedIn, arginfo_class_Zimbra_Client_isLoggedIn, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, request, arginfo_class_Zimbra_Client_request, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, getUrl, arginfo_class_Zimbra_Client_getUrl, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, getStats, arginfo_class_Zimbra_Client_getStats, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, createDomain, arginfo_class_Zimbra_Client_createDomain, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, getDomain, arginfo_class_Zimbra_Client_getDomain, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, modifyDomain, arginfo_class_Zimbra_Client_modifyDomain, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, setDomainStatus, arginfo_class_Zimbra_Client_setDomainStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, deleteDomain, arginfo_class_Zimbra_Client_deleteDomain, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, purgeDomain, arginfo_class_Zimbra_Client_purgeDomain, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, getPreauthKey, arginfo_class_Zimbra_Client_getPreauthKey, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, ensurePreauthKey, arginfo_class_Zimbra_Client_ensurePreauthKey, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, createAccount, arginfo_class_Zimbra_Client_createAccount, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, getAccount, arginfo_class_Zimbra_Client_getAccount, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, modifyAccount, arginfo_class_Zimbra_Client_modifyAccount, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, deleteAccount, arginfo_class_Zimbra_Client_deleteAccount, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, setPassword, arginfo_class_Zimbra_Client_setPassword, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, setAccountStatus, arginfo_class_Zimbra_Client_setAccountStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, renameAccount, arginfo_class_Zimbra_Client_renameAccount, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, addAccountAlias, arginfo_class_Zimbra_Client_addAccountAlias, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, removeAccountAlias, arginfo_class_Zimbra_Client_removeAccountAlias, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, listAccounts, arginfo_class_Zimbra_Client_listAccounts, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, searchDirectory, arginfo_class_Zimbra_Client_searchDirectory, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, countObjects, arginfo_class_Zimbra_Client_countObjects, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, countAccounts, arginfo_class_Zimbra_Client_countAccounts, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, createDistributionList, arginfo_class_Zimbra_Client_createDistributionList, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, getDistributionList, arginfo_class_Zimbra_Client_getDistributionList, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, getAccountMembership, arginfo_class_Zimbra_Client_getAccountMembership, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, listDistributionLists, arginfo_class_Zimbra_Client_listDistributionLists, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, modifyDistributionList, arginfo_class_Zimbra_Client_modifyDistributionList, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, addDistributionListMembers, arginfo_class_Zimbra_Client_addDistributionListMembers, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, removeDistributionListMembers, arginfo_class_Zimbra_Client_removeDistributionListMembers, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, deleteDistributionList, arginfo_class_Zimbra_Client_deleteDistributionList, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, listCos, arginfo_class_Zimbra_Client_listCos, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, getCos, arginfo_class_Zimbra_Client_getCos, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, getMailboxSize, arginfo_class_Zimbra_Client_getMailboxSize, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, getQuotaUsage, arginfo_class_Zimbra_Client_getQuotaUsage, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, listQuotaUsage, arginfo_class_Zimbra_Client_listQuotaUsage, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, listServers, arginfo_class_Zimbra_Client_listServers, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, withServer, arginfo_class_Zimbra_Client_withServer, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, getTargetServer, arginfo_class_Zimbra_Client_getTargetServer, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Client, batch, arginfo_class_Zimbra_Client_batch, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Zimbra_Client(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "Client", class_Zimbra_Client_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "login", sizeof("login") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "request", sizeof("request") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "createaccount", sizeof("createaccount") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "setpassword", sizeof("setpassword") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
