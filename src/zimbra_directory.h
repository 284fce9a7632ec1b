/* Directory reads shared by search, listing and purge. */
#ifndef ZIMBRA_DIRECTORY_H
#define ZIMBRA_DIRECTORY_H

#include "php.h"
#include "core/zc_admin.h"
#include "core/zc_buckets.h"
#include "core/zc_node.h"

/* The entries (account, dl, alias, domain, cos, calresource) of a SearchDirectoryResponse. */
void php_zimbra_search_entries(const zc_node *reply, zval *entries);

/*
 * One page of a search on client. *too_many is set (and entries is empty) when
 * Zimbra refused it with account.TOO_MANY_SEARCH_RESULTS. False with an
 * exception thrown on any other failure.
 */
bool php_zimbra_search_page(zend_object *client, const zc_search *s, zval *entries, bool *more, bool *too_many);

/* Replace a too-large bucket by its non-empty parts (see zimbra_directory.c). False with an exception thrown. */
bool php_zimbra_split_bucket(zend_object *client, zc_buckets *buckets, const char *bucket,
		const char *domain, const char *types, const char *base);

extern zend_class_entry *php_zimbra_account_iterator_ce;
void php_zimbra_account_iterator_setup(zend_class_entry *ce);

#endif
