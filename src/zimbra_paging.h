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
 * other failure. With session_id, the page is read in that admin session (see
 * php_zimbra_execute_in_session): later pages of the same search come from the snapshot the first
 * one left in it.
 */
bool php_zimbra_search_page(zend_object *self, const zc_search *s, char *session_id, zval *entries, bool *more,
		bool *too_many);

/*
 * Run op now on self's session within an admin session: session_id names the one to use ("" for
 * a new one) and, after the call, the one the reply names ("" when none: a server that keeps no
 * sessions). A different id means Zimbra no longer had the one named (it keeps 5 per admin) and
 * answered from a new one. Takes ownership of op; false with an exception thrown.
 */
bool php_zimbra_execute_in_session(zend_object *self, php_zimbra_op *op, char session_id[ZC_SESSION_ID_MAX + 1], zval *rv);

/* Replace a too-large bucket by its non-empty parts (see zimbra_paging.c). False with an exception thrown. */
bool php_zimbra_split_bucket(zend_object *self, zc_buckets *buckets, const char *bucket,
		const char *domain, const char *types, const char *base);

#endif
