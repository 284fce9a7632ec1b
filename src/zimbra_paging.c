/*
 * Reading a directory listing page by page, and splitting a search Zimbra refuses as too large
 * (account.TOO_MANY_SEARCH_RESULTS past 5000 hits) into buckets of uid prefixes; see zimbra_paging.h.
 * Used by listAccounts() and purgeDomain(), which need each page before asking for the next.
 */
#include "php.h"

#include "zimbra_exceptions.h"
#include "zimbra_op.h"
#include "zimbra_paging.h"
#include "zimbra_target.h"
#include "zimbra_values.h"
#include "core/zc_batch.h"
#include "core/zc_soap.h"

void php_zimbra_search_entries(const zc_node *reply, zval *entries)
{
	const zc_node *c;

	array_init(entries);
	for (c = reply->first_child; c; c = c->next) {
		zend_class_entry *ce = php_zimbra_entry_class_for(c->name);
		zval e;
		if (ce) {
			php_zimbra_entry_from_node(ce, c, &e);
			add_next_index_zval(entries, &e);
		}
	}
}

/*
 * The entries of a page asked for with one entry more than op->page_limit (see php_zimbra_op): that
 * extra one, when it came, says that more follow and is dropped. *more is set accordingly.
 */
void php_zimbra_page_entries(const zc_node *reply, const php_zimbra_op *op, zval *entries, bool *more)
{
	php_zimbra_search_entries(reply, entries);
	*more = op->page_limit > 0 && zend_hash_num_elements(Z_ARRVAL_P(entries)) > (uint32_t)op->page_limit;
	if (*more) {
		zend_hash_index_del(Z_ARRVAL_P(entries), (zend_ulong)op->page_limit);
	}
}

/* [entries, more] */
static void reply_page(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	zval entries;
	bool more;

	array_init(rv);
	php_zimbra_page_entries(reply, op, &entries, &more);
	add_next_index_zval(rv, &entries);
	add_next_index_bool(rv, more);
}

bool php_zimbra_execute_in_session(zend_object *self, php_zimbra_op *op, char session_id[ZC_SESSION_ID_MAX + 1], zval *rv)
{
	zc_session *s = php_zimbra_target_session(self);
	bool ok;

	if (!s) {
		php_zimbra_op_dtor(op);
		return false;
	}
	zc_session_use_admin_session(s, session_id);
	ok = php_zimbra_op_run(s, op, rv);
	memcpy(session_id, s->reply_session, sizeof(s->reply_session));
	return ok;
}

bool php_zimbra_search_page(zend_object *client, const zc_search *s, char *session_id, zval *entries, bool *more,
		bool *too_many)
{
	php_zimbra_op op;
	zc_error err;
	zval result;
	zc_search one_more = *s;

	php_zimbra_op_init(&op, reply_page, php_zimbra_fault_code_is_false);
	op.false_on = "account.TOO_MANY_SEARCH_RESULTS";  /* Zimbra's 5000-hit cap: the caller splits the search */
	op.page_limit = s->limit;
	op.page_offset = s->offset;
	one_more.limit = s->limit + 1;  /* see php_zimbra_op */
	zc_error_init(&err);
	if (!php_zimbra_built(&op, zc_rq_search(&op.body, &one_more, &err), &err)) {
		return false;
	}
	if (!(session_id ? php_zimbra_execute_in_session(client, &op, session_id, &result)
			: php_zimbra_execute(client, &op, &result))) {
		return false;
	}
	*too_many = Z_TYPE(result) == IS_FALSE;
	if (*too_many) {
		ZVAL_EMPTY_ARRAY(entries);
		*more = false;
		return true;
	}
	ZVAL_COPY(entries, zend_hash_index_find(Z_ARRVAL(result), 0));
	*more = Z_TYPE_P(zend_hash_index_find(Z_ARRVAL(result), 1)) == IS_TRUE;
	zval_ptr_dtor(&result);
	return true;
}

/*
 * Replace bucket by its non-empty parts: one BatchRequest counts every part
 * (countOnly), so empty prefixes cost nothing and a long common prefix such as
 * "user0..." costs one request per character instead of one per possible part.
 * Parts that are still too large are split the same way, in place, so the
 * buckets still come out in uid order.
 */
bool php_zimbra_split_bucket(zend_object *client, zc_buckets *buckets, const char *bucket,
		const char *domain, const char *types, const char *base)
{
	char children[ZC_BUCKET_CHILDREN][ZC_BUCKET_MAX];
	signed char state[ZC_BUCKET_CHILDREN];  /* 0 empty, 1 has entries, -1 too many */
	zc_session *s = php_zimbra_target_session(client);
	zc_error err;
	zc_buf body, one, filter;
	zc_arena arena;
	const zc_node *reply = NULL, *c;
	size_t n, i;

	if (!s) {
		return false;
	}
	zc_error_init(&err);
	n = zc_buckets_children(bucket, children, &err);
	if (n == 0) {
		php_zimbra_throw(&err, false);
		return false;
	}
	zc_buf_init(&body);
	zc_buf_init(&one);
	zc_buf_init(&filter);
	zc_batch_begin(&body, 0);
	for (i = 0; i < n; i++) {
		zc_search q;
		memset(&q, 0, sizeof(q));
		zc_buf_reset(&filter);
		zc_buckets_filter(&filter, children[i], base);
		q.query = filter.data;
		q.domain = domain;
		q.types = types;
		q.count_only = 1;
		q.sort_ascending = 1;
		zc_buf_reset(&one);
		zc_rq_search(&one, &q, &err);
		zc_batch_add(&body, one.data, one.len, (unsigned long)i);
		state[i] = 1;  /* unknown counts as "has entries": it is then simply searched */
	}
	zc_batch_end(&body);
	zc_buf_free(&one);
	zc_buf_free(&filter);

	if (!php_zimbra_send_built(s, &body, &arena, &reply)) {
		return false;
	}
	for (c = reply->first_child; c; c = c->next) {
		zend_long idx = php_zimbra_long_value(zc_node_attr(c, "requestId"));
		if (idx < 0 || (size_t)idx >= n) {
			continue;
		}
		if (zc_soap_is_fault(c)) {
			zc_fault f;
			if (zc_fault_decode(c, &f)) {
				state[idx] = strcmp(f.code, "account.TOO_MANY_SEARCH_RESULTS") == 0 ? -1 : 1;
				zc_fault_free(&f);
			}
		} else {
			state[idx] = php_zimbra_long_value(zc_node_attr(c, "num")) > 0 ? 1 : 0;
		}
	}
	zc_arena_free(&arena);

	/* Last part first: the stack hands them back in ascending order. */
	for (i = n; i-- > 0;) {
		if (state[i] == 1 && !zc_buckets_push(buckets, children[i])) {
			zend_throw_error(NULL, "Out of memory");
			return false;
		}
		if (state[i] == -1 && !php_zimbra_split_bucket(client, buckets, children[i], domain, types, base)) {
			return false;
		}
	}
	return true;
}
