/*
 * The value objects: Entry and its kinds (Domain, Account, DistributionList,
 * Cos, Alias, CalendarResource, Server), QuotaUsage and SearchResult, made from
 * reply elements.
 */
#ifndef ZIMBRA_VALUES_H
#define ZIMBRA_VALUES_H

#include "php.h"
#include "core/zc_node.h"

extern zend_class_entry *php_zimbra_entry_ce;
extern zend_class_entry *php_zimbra_domain_ce;
extern zend_class_entry *php_zimbra_account_ce;
extern zend_class_entry *php_zimbra_dl_ce;
extern zend_class_entry *php_zimbra_cos_ce;
extern zend_class_entry *php_zimbra_alias_ce;
extern zend_class_entry *php_zimbra_calresource_ce;
extern zend_class_entry *php_zimbra_server_ce;
extern zend_class_entry *php_zimbra_quota_usage_ce;
extern zend_class_entry *php_zimbra_search_result_ce;

/* MINIT, once the classes are registered: Account keeps its generated password in C memory. */
void php_zimbra_values_init_ce(void);

/*
 * An Entry of class ce from an element such as <account name id><a n>..</a></account>.
 * Domain preauth keys are replaced by VALUE-BLOCKED; lists get their <dlm> members.
 */
void php_zimbra_entry_from_node(zend_class_entry *ce, const zc_node *n, zval *out);
/* The Entry class for a reply element (account, dl, alias, domain, cos, calresource, server). */
zend_class_entry *php_zimbra_entry_class_for(const char *element);
/* An Account; matched_alias (may be NULL) is the alias address the lookup matched. */
void php_zimbra_account_from_node(const zc_node *n, zend_string *matched_alias, zval *out);
/* Hand a generated password to an Account, to be taken once. */
void php_zimbra_account_give_password(zval *account, zend_string *password);

void php_zimbra_quota_usage_init(zval *out, const char *id, const char *name, zend_long used, zend_long limit);
/* total < 0: not known (more follow, and Zimbra did not count them). */
void php_zimbra_search_result_init(zval *out, zval *entries, zend_long total, bool more);

/*
 * A declared property of one of these final classes, read from its own slot: never a copy in a
 * temporary that dies with the caller's frame. null (EG(uninitialized_zval)) when the object
 * never had it set (made without its constructor, through reflection).
 */
zval *php_zimbra_prop(zval *obj, zend_class_entry *scope, const char *name, size_t len);

/* zend_long from a decimal attribute value; 0 when absent or not a number. */
zend_long php_zimbra_long_value(const char *s);


#endif
