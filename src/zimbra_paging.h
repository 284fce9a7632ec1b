/*
 * Directory listings page by page, and the splitting of searches Zimbra refuses as too large
 * (typed-method layer: used by listAccounts() and purgeDomain()).
 */
#ifndef ZIMBRA_PAGING_H
#define ZIMBRA_PAGING_H

#include "php.h"
#include "core/zc_admin.h"
#include "core/zc_buckets.h"
#include "core/zc_node.h"
#include "zimbra_op.h"

/* The entries (account, dl, alias, domain, cos, calresource) of a SearchDirectoryResponse. */
void php_zimbra_search_entries(const zc_node *reply, zval *entries);

/*
 * The entries of a page asked for with one entry more than op->page_limit (see php_zimbra_op): that
 * extra one, when it came, says that more follow and is dropped. *more is set accordingly.
 */
void php_zimbra_page_entries(const zc_node *reply, const php_zimbra_op *op, zval *entries, bool *more);

/*
 * One page of a search, sent now on self's session. *too_many is set (and entries is empty) when
 * Zimbra refused it with account.TOO_MANY_SEARCH_RESULTS. False with an exception thrown on any
 * other failure.
 */
bool php_zimbra_search_page(zend_object *self, const zc_search *s, zval *entries, bool *more, bool *too_many);

/* Replace a too-large bucket by its non-empty parts (see zimbra_paging.c). False with an exception thrown. */
bool php_zimbra_split_bucket(zend_object *self, zc_buckets *buckets, const char *bucket,
		const char *domain, const char *types, const char *base);

#endif
