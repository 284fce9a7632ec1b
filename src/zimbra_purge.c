/*
 * Client::purgeDomain(): Zimbra deletes only empty domains, so empty it first.
 *
 * Pass 1 removes every alias that lives in the domain (an alias entry sits
 * in its own domain, so an account elsewhere can hold one), pass 2 deletes
 * accounts, calendar resources, lists and dynamic groups, then the domain
 * goes. Deletions travel in BatchRequests, which keeps the request rate far
 * under Zimbra's DoS limit. Every step reads the directory afresh, so a run
 * that was interrupted is finished by running it again.
 */
#include "php.h"

#include "zimbra_methods.h"
#include "zimbra_op.h"
#include "zimbra_target.h"
#include "zimbra_paging.h"
#include "zimbra_exceptions.h"
#include "zimbra_args.h"
#include "zimbra_values.h"
#include "core/zc_batch.h"
#include "core/zc_buckets.h"
#include "core/zc_soap.h"
#include "core/zc_xml_writer.h"

#define PURGE_PAGE 200

typedef struct {
	zend_long aliases, accounts, resources, lists;
} purge_counts;

static const char *entry_prop(zval *entry, zend_class_entry *scope, const char *name)
{
	zval *v = php_zimbra_prop(entry, scope, name, strlen(name));
	return Z_TYPE_P(v) == IS_STRING ? Z_STRVAL_P(v) : "";
}

/* The deletion request for one entry; false for entries purge leaves alone. */
static bool deletion_for(zval *entry, zc_buf *out, zend_long **counter, purge_counts *counts, zc_error *err)
{
	zend_class_entry *ce = Z_OBJCE_P(entry);
	const char *id = entry_prop(entry, php_zimbra_entry_ce, "id");
	const char *name = entry_prop(entry, php_zimbra_entry_ce, "name");

	if (ce == php_zimbra_alias_ce) {
		zval *attrs = php_zimbra_prop(entry, php_zimbra_entry_ce, ZEND_STRL("attrs"));
		zval *target = Z_TYPE_P(attrs) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(attrs), ZEND_STRL("zimbraAliasTargetId")) : NULL;
		zval *target_id = target && Z_TYPE_P(target) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(target), 0) : NULL;
		*counter = &counts->aliases;
		if (strcmp(entry_prop(entry, php_zimbra_alias_ce, "targetType"), "dl") == 0 && target_id && Z_TYPE_P(target_id) == IS_STRING) {
			return zc_rq_id_field(out, "RemoveDistributionListAliasRequest", Z_STRVAL_P(target_id), "alias",
				name, strlen(name), err);
		}
		/*
		 * Always with an id: without one Zimbra removes nothing (RemoveAccountAlias.java). An id that
		 * is no account's removes a dangling alias, so one whose target is gone, or unnamed, goes too.
		 */
		return zc_rq_id_field(out, "RemoveAccountAliasRequest",
			target_id && Z_TYPE_P(target_id) == IS_STRING ? Z_STRVAL_P(target_id) : "00000000-0000-0000-0000-000000000000",
			"alias", name, strlen(name), err);
	}
	if (ce == php_zimbra_account_ce) {
		*counter = &counts->accounts;
		return zc_rq_by_id(out, "DeleteAccountRequest", id, err);
	}
	if (ce == php_zimbra_calresource_ce) {
		*counter = &counts->resources;
		return zc_rq_by_id(out, "DeleteCalendarResourceRequest", id, err);
	}
	if (ce == php_zimbra_dl_ce) {
		*counter = &counts->lists;
		return zc_rq_delete_dl(out, id, err);
	}
	return false;
}

/* Send one BatchRequest deleting entries; count what went, throw the first real failure. */
static bool delete_batch(zend_object *client, zval *entries, purge_counts *counts)
{
	zc_session *s = php_zimbra_target_session(client);
	zend_long *counters[PURGE_PAGE];
	zc_buf body, one;
	zc_error err;
	zc_arena arena;
	const zc_node *reply = NULL, *c;
	unsigned long n = 0;
	zval *entry;
	bool ok;

	if (!s) {
		return false;
	}
	zc_buf_init(&body);
	zc_buf_init(&one);
	zc_error_init(&err);
	zc_batch_begin(&body, 0);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(entries), entry) {
		zc_buf_reset(&one);
		if (n < PURGE_PAGE && deletion_for(entry, &one, &counters[n], counts, &err)) {
			zc_batch_add(&body, one.data, one.len, n);
			n++;
		}
	} ZEND_HASH_FOREACH_END();
	zc_batch_end(&body);
	zc_buf_free(&one);
	if (n == 0) {
		zc_buf_free(&body);
		return true;
	}
	if (!php_zimbra_send_built(s, &body, &arena, &reply)) {
		return false;
	}
	ok = true;
	for (c = reply->first_child; c && ok; c = c->next) {
		unsigned long idx = (unsigned long)php_zimbra_long_value(zc_node_attr(c, "requestId"));
		if (idx >= n) {
			continue;
		}
		if (!zc_soap_is_fault(c)) {
			(*counters[idx])++;
			continue;
		}
		if (!zc_fault_decode(c, &err.fault)) {
			continue;
		}
		/* Already gone (a concurrent run, or the alias went with its account): fine. */
		if (strncmp(err.fault.code, "account.NO_SUCH_", 16) != 0) {
			zc_error_set(&err, ZC_ERR_FAULT, "%.400s (%.80s)", err.fault.reason, err.fault.code);
			php_zimbra_throw(&err, false);
			ok = false;
		}
		zc_error_clear(&err);
	}
	zc_arena_free(&arena);
	return ok;
}

static zend_long purged(const purge_counts *c)
{
	return c->aliases + c->accounts + c->resources + c->lists;
}

/* The first entry's name of a page, for saying what did not go. */
static const char *first_name(zval *entries)
{
	zval *first = zend_hash_index_find(Z_ARRVAL_P(entries), 0);
	return first && Z_TYPE_P(first) == IS_OBJECT ? entry_prop(first, php_zimbra_entry_ce, "name") : "";
}

/*
 * Delete every entry of types in the domain, bucket by bucket; the same bucket is re-read until
 * empty. A page that deletes nothing is listed again by the next search, so it is no progress:
 * the entry is already gone on the server that answers deletes but still listed by the one that
 * answers searches, or it is of a kind purge does not delete. The second such page in a row
 * ends the purge with a ResponseException naming it, after a bounded number of requests,
 * instead of asking forever.
 */
static bool purge_pass(zend_object *client, const char *domain, const char *types, purge_counts *counts)
{
	zc_buckets buckets;
	char *bucket;
	bool ok = true;

	if (!zc_buckets_init(&buckets)) {
		zend_throw_error(NULL, "Out of memory");
		return false;
	}
	while (ok && (bucket = zc_buckets_next(&buckets)) != NULL) {
		int stalled = 0;

		for (;;) {
			zc_search s;
			zc_buf filter;
			zval entries;
			bool more = false, too_many = false;
			zend_long before = purged(counts);

			zc_buf_init(&filter);
			zc_buckets_filter(&filter, bucket, NULL);
			memset(&s, 0, sizeof(s));
			s.query = filter.data;
			s.domain = domain;
			s.types = types;
			s.attrs = "zimbraId,zimbraAliasTargetId,uid";
			s.sort_ascending = 1;
			s.limit = PURGE_PAGE;
			ok = php_zimbra_search_page(client, &s, NULL, &entries, &more, &too_many);
			zc_buf_free(&filter);
			if (!ok) {
				break;
			}
			if (too_many) {
				ok = php_zimbra_split_bucket(client, &buckets, bucket, domain, types, NULL);
				zval_ptr_dtor(&entries);
				break;
			}
			if (zend_hash_num_elements(Z_ARRVAL(entries)) == 0) {
				zval_ptr_dtor(&entries);
				break;
			}
			ok = delete_batch(client, &entries, counts);
			if (ok && purged(counts) == before && ++stalled >= 2) {
				zc_error err;
				zc_error_init(&err);
				zc_error_set(&err, ZC_ERR_RESPONSE,
					"Zimbra keeps listing '%.200s' (and %u more) in %.200s, but deleting them does nothing: they are "
					"already gone where deletes go, or not entries purgeDomain deletes. Stopped instead of asking forever",
					first_name(&entries), zend_hash_num_elements(Z_ARRVAL(entries)) - 1, domain);
				php_zimbra_throw(&err, false);
				ok = false;
			} else if (purged(counts) != before) {
				stalled = 0;
			}
			zval_ptr_dtor(&entries);
			if (!ok) {
				break;
			}
		}
		free(bucket);
	}
	zc_buckets_free(&buckets);
	return ok;
}

static void reply_domain_id(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	const zc_node *d = zc_node_child(reply, "domain", NULL);
	if (d && zc_node_attr(d, "id")) {
		ZVAL_STRING(rv, zc_node_attr(d, "id"));
	} else {
		php_zimbra_reply_missing(op, reply, "domain", rv);
	}
}

ZEND_METHOD(Zimbra_Client, purgeDomain)
{
	zend_string *name;
	char domain[ZC_DOMAIN_MAX + 1];
	purge_counts counts = {0, 0, 0, 0};
	zval id, deleted;
	php_zimbra_op op;
	zc_error err;
	bool gone = false;
	int round, ok;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_zimbra_domain_name(name, domain)) {
		RETURN_THROWS();
	}
	/* Rounds: something may be added while we delete; three tries, then report what blocks it. */
	for (round = 0; round < 3 && !gone; round++) {
		php_zimbra_op_init(&op, reply_domain_id, php_zimbra_fault_not_found_is_null);
		zc_error_init(&err);
		if (!php_zimbra_built(&op, zc_rq_get(&op.body, "GetDomainRequest", "domain", "name", domain, "zimbraId", "applyConfig", 0,
				&err), &err)) {
			RETURN_THROWS();
		}
		if (!php_zimbra_execute(Z_OBJ_P(ZEND_THIS), &op, &id)) {
			RETURN_THROWS();
		}
		if (Z_TYPE(id) == IS_NULL) {
			break;  /* already gone: nothing to do, or an earlier run finished */
		}
		if (!purge_pass(Z_OBJ_P(ZEND_THIS), domain, "aliases", &counts)
				|| !purge_pass(Z_OBJ_P(ZEND_THIS), domain, "accounts,resources,distributionlists,dynamicgroups", &counts)) {
			zval_ptr_dtor(&id);
			RETURN_THROWS();
		}
		/*
		 * DOMAIN_NOT_EMPTY on the first try means something arrived while purging (a mailbox made
		 * meanwhile): one more round of passes. On the second it is an error the admin must see.
		 */
		php_zimbra_op_init(&op, php_zimbra_reply_void, round < 2 ? php_zimbra_fault_code_is_false : NULL);
		op.false_on = "account.DOMAIN_NOT_EMPTY";
		ok = zc_rq_by_id(&op.body, "DeleteDomainRequest", Z_STRVAL(id), &err);
		zval_ptr_dtor(&id);
		if (!php_zimbra_built(&op, ok, &err)) {
			RETURN_THROWS();
		}
		if (!php_zimbra_execute(Z_OBJ_P(ZEND_THIS), &op, &deleted)) {
			RETURN_THROWS();
		}
		gone = Z_TYPE(deleted) != IS_FALSE;
	}
	array_init(return_value);
	add_assoc_long(return_value, "aliases", counts.aliases);
	add_assoc_long(return_value, "accounts", counts.accounts);
	add_assoc_long(return_value, "resources", counts.resources);
	add_assoc_long(return_value, "lists", counts.lists);
	add_assoc_bool(return_value, "domainDeleted", gone);
}
