/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 12fd5a66f2862e83b1ade60706a8b8563a83e4d2 */

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

#define arginfo_class_Zimbra_Batch_deleteAccount arginfo_class_Zimbra_Client_getMailboxSize

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

#define arginfo_class_Zimbra_Batch_countObjects arginfo_class_Zimbra_Client_countObjects

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

#define arginfo_class_Zimbra_Batch_deleteDistributionList arginfo_class_Zimbra_Client_getMailboxSize

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Batch_getCos, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, nameOrId, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Batch_getMailboxSize arginfo_class_Zimbra_Client_getMailboxSize

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

#define arginfo_class_Zimbra_Domain_getStatus arginfo_class_Zimbra_Client_getUrl

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_Domain_getMaxAccounts, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Domain_getAggregateQuota arginfo_class_Zimbra_Batch_listCos

#define arginfo_class_Zimbra_Domain_getMailboxQuota arginfo_class_Zimbra_Batch_listCos

#define arginfo_class_Zimbra_Domain_getDefaultCosId arginfo_class_Zimbra_Client_getTargetServer

#define arginfo_class_Zimbra_Account_getStatus arginfo_class_Zimbra_Client_getUrl

#define arginfo_class_Zimbra_Account_getQuota arginfo_class_Zimbra_Batch_listCos

#define arginfo_class_Zimbra_Account_getAliases arginfo_class_Zimbra_Client_getStats

#define arginfo_class_Zimbra_Account_getCosId arginfo_class_Zimbra_Client_getTargetServer

#define arginfo_class_Zimbra_Account_getDisplayName arginfo_class_Zimbra_Client_getTargetServer

#define arginfo_class_Zimbra_Account_takeGeneratedPassword arginfo_class_Zimbra_Client_getTargetServer

#define arginfo_class_Zimbra_DistributionList_getMembers arginfo_class_Zimbra_Client_getStats

#define arginfo_class_Zimbra_DistributionList_getDisplayName arginfo_class_Zimbra_Client_getTargetServer

#define arginfo_class_Zimbra_Cos_getMailQuota arginfo_class_Zimbra_Batch_listCos

#define arginfo_class_Zimbra_Cos_isDefault arginfo_class_Zimbra_Client_isLoggedIn

#define arginfo_class_Zimbra_Server_getServices arginfo_class_Zimbra_Client_getStats

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Zimbra_QuotaUsage___construct, 0, 0, 4)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, used, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, limit, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_QuotaUsage_getPercentUsed, 0, 0, IS_DOUBLE, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_SearchResult___construct arginfo_class_Zimbra_Batch___construct

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_SearchResult_getIterator, 0, 0, Iterator, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_SearchResult_count arginfo_class_Zimbra_Batch_listCos

#define arginfo_class_Zimbra_AccountIterator___construct arginfo_class_Zimbra_Batch___construct

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_AccountIterator_current, 0, 0, Zimbra\\Account, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_AccountIterator_key arginfo_class_Zimbra_Batch_listCos

#define arginfo_class_Zimbra_AccountIterator_next arginfo_class_Zimbra_Client_logout

#define arginfo_class_Zimbra_AccountIterator_rewind arginfo_class_Zimbra_Client_logout

#define arginfo_class_Zimbra_AccountIterator_valid arginfo_class_Zimbra_Client_isLoggedIn

#define arginfo_class_Zimbra_QuotaUsageIterator___construct arginfo_class_Zimbra_Batch___construct

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Zimbra_QuotaUsageIterator_current, 0, 0, Zimbra\\QuotaUsage, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_QuotaUsageIterator_key arginfo_class_Zimbra_Batch_listCos

#define arginfo_class_Zimbra_QuotaUsageIterator_next arginfo_class_Zimbra_Client_logout

#define arginfo_class_Zimbra_QuotaUsageIterator_rewind arginfo_class_Zimbra_Client_logout

#define arginfo_class_Zimbra_QuotaUsageIterator_valid arginfo_class_Zimbra_Client_isLoggedIn

#define arginfo_class_Zimbra_QuotaUsageIterator_getUnreachableServers arginfo_class_Zimbra_Client_getStats

#define arginfo_class_Zimbra_QuotaUsageIterator_getReadServers arginfo_class_Zimbra_Client_getStats

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

#define arginfo_class_Zimbra_License___construct arginfo_class_Zimbra_Batch___construct

#define arginfo_class_Zimbra_License_isEnforced arginfo_class_Zimbra_Client_isLoggedIn

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Zimbra_License_check, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, cachedAnswer, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxAgeSeconds, IS_LONG, 0, "86400")
ZEND_END_ARG_INFO()

#define arginfo_class_Zimbra_Validate___construct arginfo_class_Zimbra_Batch___construct

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

#define arginfo_class_Zimbra_TransportException_getHttpStatus arginfo_class_Zimbra_Batch_listCos

#define arginfo_class_Zimbra_TransportException_wasSent arginfo_class_Zimbra_Client_isLoggedIn

#define arginfo_class_Zimbra_FaultException_getFaultCode arginfo_class_Zimbra_Client_getUrl

#define arginfo_class_Zimbra_FaultException_getReason arginfo_class_Zimbra_Client_getUrl

#define arginfo_class_Zimbra_FaultException_isSenderFault arginfo_class_Zimbra_Client_isLoggedIn

#define arginfo_class_Zimbra_FaultException_isReceiverFault arginfo_class_Zimbra_Client_isLoggedIn

#define arginfo_class_Zimbra_FaultException_getDetails arginfo_class_Zimbra_Client_getStats

#define arginfo_class_Zimbra_FaultException_getServerTrace arginfo_class_Zimbra_Client_getTargetServer


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
ZEND_METHOD(Zimbra_Batch, __construct);
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
ZEND_METHOD(Zimbra_AccountIterator, __construct);
ZEND_METHOD(Zimbra_AccountIterator, current);
ZEND_METHOD(Zimbra_AccountIterator, key);
ZEND_METHOD(Zimbra_AccountIterator, next);
ZEND_METHOD(Zimbra_AccountIterator, rewind);
ZEND_METHOD(Zimbra_AccountIterator, valid);
ZEND_METHOD(Zimbra_QuotaUsageIterator, __construct);
ZEND_METHOD(Zimbra_QuotaUsageIterator, current);
ZEND_METHOD(Zimbra_QuotaUsageIterator, key);
ZEND_METHOD(Zimbra_QuotaUsageIterator, next);
ZEND_METHOD(Zimbra_QuotaUsageIterator, rewind);
ZEND_METHOD(Zimbra_QuotaUsageIterator, valid);
ZEND_METHOD(Zimbra_QuotaUsageIterator, getUnreachableServers);
ZEND_METHOD(Zimbra_QuotaUsageIterator, getReadServers);
ZEND_METHOD(Zimbra_Preauth, __construct);
ZEND_METHOD(Zimbra_Preauth, compute);
ZEND_METHOD(Zimbra_Preauth, url);
ZEND_METHOD(Zimbra_Attempt, __construct);
ZEND_METHOD(Zimbra_Attempt, tag);
ZEND_METHOD(Zimbra_Attempt, madeIt);
ZEND_METHOD(Zimbra_Attempt, otherAttempt);
ZEND_METHOD(Zimbra_License, __construct);
ZEND_METHOD(Zimbra_License, isEnforced);
ZEND_METHOD(Zimbra_License, check);
ZEND_METHOD(Zimbra_Validate, __construct);
ZEND_METHOD(Zimbra_Validate, domain);
ZEND_METHOD(Zimbra_Validate, localPart);
ZEND_METHOD(Zimbra_Validate, email);
ZEND_METHOD(Zimbra_Validate, existingEmail);
ZEND_METHOD(Zimbra_Validate, isId);
ZEND_METHOD(Zimbra_Validate, escapeFilterValue);
ZEND_METHOD(Zimbra_Validate, generatePassword);
ZEND_METHOD(Zimbra_TransportException, getHttpStatus);
ZEND_METHOD(Zimbra_TransportException, wasSent);
ZEND_METHOD(Zimbra_FaultException, getFaultCode);
ZEND_METHOD(Zimbra_FaultException, getReason);
ZEND_METHOD(Zimbra_FaultException, isSenderFault);
ZEND_METHOD(Zimbra_FaultException, isReceiverFault);
ZEND_METHOD(Zimbra_FaultException, getDetails);
ZEND_METHOD(Zimbra_FaultException, getServerTrace);


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


static const zend_function_entry class_Zimbra_AccountIterator_methods[] = {
	ZEND_ME(Zimbra_AccountIterator, __construct, arginfo_class_Zimbra_AccountIterator___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Zimbra_AccountIterator, current, arginfo_class_Zimbra_AccountIterator_current, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_AccountIterator, key, arginfo_class_Zimbra_AccountIterator_key, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_AccountIterator, next, arginfo_class_Zimbra_AccountIterator_next, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_AccountIterator, rewind, arginfo_class_Zimbra_AccountIterator_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_AccountIterator, valid, arginfo_class_Zimbra_AccountIterator_valid, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


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


static const zend_function_entry class_Zimbra_Preauth_methods[] = {
	ZEND_ME(Zimbra_Preauth, __construct, arginfo_class_Zimbra_Preauth___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Preauth, compute, arginfo_class_Zimbra_Preauth_compute, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Preauth, url, arginfo_class_Zimbra_Preauth_url, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_Attempt_methods[] = {
	ZEND_ME(Zimbra_Attempt, __construct, arginfo_class_Zimbra_Attempt___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Attempt, tag, arginfo_class_Zimbra_Attempt_tag, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Attempt, madeIt, arginfo_class_Zimbra_Attempt_madeIt, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_Attempt, otherAttempt, arginfo_class_Zimbra_Attempt_otherAttempt, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_License_methods[] = {
	ZEND_ME(Zimbra_License, __construct, arginfo_class_Zimbra_License___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Zimbra_License, isEnforced, arginfo_class_Zimbra_License_isEnforced, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Zimbra_License, check, arginfo_class_Zimbra_License_check, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


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


static const zend_function_entry class_Zimbra_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_ValidationException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_TransportException_methods[] = {
	ZEND_ME(Zimbra_TransportException, getHttpStatus, arginfo_class_Zimbra_TransportException_getHttpStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_TransportException, wasSent, arginfo_class_Zimbra_TransportException_wasSent, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_ResponseException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_CryptoException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_FaultException_methods[] = {
	ZEND_ME(Zimbra_FaultException, getFaultCode, arginfo_class_Zimbra_FaultException_getFaultCode, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_FaultException, getReason, arginfo_class_Zimbra_FaultException_getReason, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_FaultException, isSenderFault, arginfo_class_Zimbra_FaultException_isSenderFault, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_FaultException, isReceiverFault, arginfo_class_Zimbra_FaultException_isReceiverFault, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_FaultException, getDetails, arginfo_class_Zimbra_FaultException_getDetails, ZEND_ACC_PUBLIC)
	ZEND_ME(Zimbra_FaultException, getServerTrace, arginfo_class_Zimbra_FaultException_getServerTrace, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Zimbra_AuthenticationException_methods[] = {
	ZEND_FE_END
};

static void register_zimbra_symbols(int module_number)
{
	REGISTER_STRING_CONSTANT("Zimbra\\VERSION", PHP_ZIMBRA_VERSION, CONST_PERSISTENT);
	ZEND_ASSERT(strcmp(PHP_ZIMBRA_VERSION, "0.3.0") == 0);
}

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

static zend_class_entry *register_class_Zimbra_AccountIterator(zend_class_entry *class_entry_Iterator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "AccountIterator", class_Zimbra_AccountIterator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Iterator);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_QuotaUsageIterator(zend_class_entry *class_entry_Iterator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "QuotaUsageIterator", class_Zimbra_QuotaUsageIterator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Iterator);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_Preauth(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "Preauth", class_Zimbra_Preauth_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

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

static zend_class_entry *register_class_Zimbra_License(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "License", class_Zimbra_License_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "check", sizeof("check") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_Validate(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "Validate", class_Zimbra_Validate_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_Exception(zend_class_entry *class_entry_Throwable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "Exception", class_Zimbra_Exception_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_Throwable);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_ValidationException(zend_class_entry *class_entry_InvalidArgumentException, zend_class_entry *class_entry_Zimbra_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "ValidationException", class_Zimbra_ValidationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_InvalidArgumentException);
	zend_class_implements(class_entry, 1, class_entry_Zimbra_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_TransportException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_Zimbra_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "TransportException", class_Zimbra_TransportException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_Zimbra_Exception);

	zval property_httpStatus_default_value;
	ZVAL_LONG(&property_httpStatus_default_value, 0);
	zend_string *property_httpStatus_name = zend_string_init("httpStatus", sizeof("httpStatus") - 1, 1);
	zend_declare_typed_property(class_entry, property_httpStatus_name, &property_httpStatus_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_httpStatus_name);

	zval property_requestSent_default_value;
	ZVAL_FALSE(&property_requestSent_default_value);
	zend_string *property_requestSent_name = zend_string_init("requestSent", sizeof("requestSent") - 1, 1);
	zend_declare_typed_property(class_entry, property_requestSent_name, &property_requestSent_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_requestSent_name);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_ResponseException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_Zimbra_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "ResponseException", class_Zimbra_ResponseException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_Zimbra_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_CryptoException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_Zimbra_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "CryptoException", class_Zimbra_CryptoException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_Zimbra_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_FaultException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_Zimbra_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "FaultException", class_Zimbra_FaultException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_Zimbra_Exception);

	zval property_faultCode_default_value;
	ZVAL_EMPTY_STRING(&property_faultCode_default_value);
	zend_string *property_faultCode_name = zend_string_init("faultCode", sizeof("faultCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_faultCode_name, &property_faultCode_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_faultCode_name);

	zval property_reason_default_value;
	ZVAL_EMPTY_STRING(&property_reason_default_value);
	zend_string *property_reason_name = zend_string_init("reason", sizeof("reason") - 1, 1);
	zend_declare_typed_property(class_entry, property_reason_name, &property_reason_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_reason_name);

	zval property_receiverFault_default_value;
	ZVAL_FALSE(&property_receiverFault_default_value);
	zend_string *property_receiverFault_name = zend_string_init("receiverFault", sizeof("receiverFault") - 1, 1);
	zend_declare_typed_property(class_entry, property_receiverFault_name, &property_receiverFault_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_receiverFault_name);

	zval property_details_default_value;
	ZVAL_EMPTY_ARRAY(&property_details_default_value);
	zend_string *property_details_name = zend_string_init("details", sizeof("details") - 1, 1);
	zend_declare_typed_property(class_entry, property_details_name, &property_details_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_details_name);

	zval property_serverTrace_default_value;
	ZVAL_NULL(&property_serverTrace_default_value);
	zend_string *property_serverTrace_name = zend_string_init("serverTrace", sizeof("serverTrace") - 1, 1);
	zend_declare_typed_property(class_entry, property_serverTrace_name, &property_serverTrace_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_serverTrace_name);

	return class_entry;
}

static zend_class_entry *register_class_Zimbra_AuthenticationException(zend_class_entry *class_entry_Zimbra_FaultException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Zimbra", "AuthenticationException", class_Zimbra_AuthenticationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Zimbra_FaultException);

	return class_entry;
}
