/*
 * Typed methods that read the directory: search, lists of a domain, counts, classes of service,
 * quota and mailbox size. Paging and the splitting of too-large searches are in zimbra_paging.c.
 */
#include "php.h"
#include "zend_smart_str.h"

#include "zimbra_attrs.h"
#include "zimbra_directory.h"
#include "zimbra_methods.h"
#include "zimbra_op.h"
#include "zimbra_target.h"
#include "zimbra_paging.h"
#include "zimbra_exceptions.h"
#include "zimbra_args.h"
#include "zimbra_options.h"
#include "core/zc_quota.h"
#include "zimbra_values.h"
#include "core/zc_batch.h"
#include "core/zc_soap.h"

static void reply_search(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	zval entries;
	bool more;
	zend_long total, counted = php_zimbra_long_value(zc_node_attr(reply, "searchTotal"));

	php_zimbra_page_entries(reply, op, &entries, &more);
	if (!more) {
		total = op->page_offset + zend_hash_num_elements(Z_ARRVAL(entries));
	} else {
		/* Zimbra counts past the page only for an admin session (Carbonio always): else unknown. */
		total = counted > op->page_offset + op->page_limit + 1 ? counted : -1;
	}
	php_zimbra_search_result_init(rv, &entries, total, more);
	zval_ptr_dtor(&entries);
}

/* Replace {name} placeholders by the RFC 4515-escaped values. */
static zend_string *expand_query(zend_string *query, HashTable *values)
{
	zc_buf out;
	const char *p = ZSTR_VAL(query), *end = p + ZSTR_LEN(query);
	zend_string *result;

	zc_buf_init(&out);
	zc_buf_reserve(&out, ZSTR_LEN(query));
	while (p < end) {
		const char *open = memchr(p, '{', (size_t)(end - p)), *close;
		zval *v;

		if (!open) {
			zc_buf_append(&out, p, (size_t)(end - p));
			break;
		}
		zc_buf_append(&out, p, (size_t)(open - p));
		close = memchr(open, '}', (size_t)(end - open));
		if (!close) {
			zc_buf_free(&out);
			zend_argument_value_error(1, "has a '{' without a closing '}'");
			return NULL;
		}
		v = zend_hash_str_find_deref(values, open + 1, (size_t)(close - open - 1));
		if (!v) {
			zc_buf_free(&out);
			zend_argument_value_error(2, "has no value for the query placeholder {%.*s}", (int)(close - open - 1), open + 1);
			return NULL;
		}
		if (Z_TYPE_P(v) != IS_STRING && Z_TYPE_P(v) != IS_LONG) {
			zc_buf_free(&out);
			zend_argument_type_error(2, "value for {%.*s} must be of type string|int, %s given", (int)(close - open - 1), open + 1,
				zend_zval_type_name(v));
			return NULL;
		}
		if (Z_TYPE_P(v) == IS_STRING && memchr(Z_STRVAL_P(v), '\0', Z_STRLEN_P(v))) {
			/* No directory value can hold one (XML cannot carry it): this is an input error. */
			zc_buf_free(&out);
			php_zimbra_throw_validation("The value of query placeholder {%.*s} contains a NUL byte", (int)(close - open - 1), open + 1);
			return NULL;
		}
		if (Z_TYPE_P(v) == IS_STRING) {
			zc_ldap_escape(&out, Z_STRVAL_P(v), Z_STRLEN_P(v));
		} else {
			zend_string *s = zval_get_string(v);
			zc_buf_append(&out, ZSTR_VAL(s), ZSTR_LEN(s));
			zend_string_release(s);
		}
		p = close + 1;
	}
	result = zend_string_init(out.data ? out.data : "", out.len, 0);
	zc_buf_free(&out);
	return result;
}

/* Search options are argument #3 of searchDirectory(): mistakes in them are the engine's errors. */
#define SEARCH_OPTIONS_ARG 3

static bool valid_types(const char *types)
{
	static const char *const known[] = {"accounts", "aliases", "distributionlists", "dynamicgroups", "resources",
		"domains", "coses", NULL};
	const char *p = types;

	while (*p) {
		size_t len = strcspn(p, ",");
		const char *const *k;
		bool found = false;
		for (k = known; *k; k++) {
			if (strlen(*k) == len && strncmp(*k, p, len) == 0) {
				found = true;
			}
		}
		if (!found) {
			return false;
		}
		p += len + (p[len] == ',');
	}
	return *types != '\0';
}

static const char *const search_known_options =
	"domain, types, attrs, limit, offset, sortBy, sortAscending, maxResults, applyCos";

/* Fill s from the options array; the attribute list it points to is *attrs (released by the caller). */
static bool search_options(HashTable *options, zc_search *s, char domain[ZC_DOMAIN_MAX + 1], zend_string **attrs)
{
	zend_string *key;
	zend_ulong idx;
	zval *v;
	zend_long n;

	ZEND_HASH_FOREACH_KEY_VAL(options, idx, key, v) {
		ZVAL_DEREF(v);
		if (!php_zimbra_option_named(SEARCH_OPTIONS_ARG, key, idx, search_known_options)) {
			return false;
		}
		if (zend_string_equals_literal(key, "domain")) {
			if (Z_TYPE_P(v) != IS_STRING) {
				zend_argument_type_error(SEARCH_OPTIONS_ARG, "option 'domain' must be of type string, %s given", zend_zval_type_name(v));
				return false;
			}
			if (!php_zimbra_domain_name(Z_STR_P(v), domain)) {
				return false;  /* a domain name Zimbra would refuse: its ValidationException */
			}
			s->domain = domain;
		} else if (zend_string_equals_literal(key, "types")) {
			if (Z_TYPE_P(v) != IS_STRING || !valid_types(Z_STRVAL_P(v))) {
				zend_argument_value_error(SEARCH_OPTIONS_ARG, "option 'types' must be a comma-separated list of: accounts, aliases, "
					"distributionlists, dynamicgroups, resources, domains, coses");
				return false;
			}
			s->types = Z_STRVAL_P(v);
		} else if (zend_string_equals_literal(key, "attrs")) {
			if (Z_TYPE_P(v) != IS_ARRAY) {
				zend_argument_type_error(SEARCH_OPTIONS_ARG, "option 'attrs' must be of type array, %s given", zend_zval_type_name(v));
				return false;
			}
			if (!php_zimbra_attr_names(Z_ARRVAL_P(v), attrs)) {
				return false;
			}
			s->attrs = ZSTR_VAL(*attrs);
		} else if (zend_string_equals_literal(key, "limit")) {
			if (!php_zimbra_option_long(SEARCH_OPTIONS_ARG, key, v, 0, INT_MAX - 1, NULL, &n)) return false;
			s->limit = (long)n;
		} else if (zend_string_equals_literal(key, "offset")) {
			if (!php_zimbra_option_long(SEARCH_OPTIONS_ARG, key, v, 0, INT_MAX, NULL, &n)) return false;
			s->offset = (long)n;
		} else if (zend_string_equals_literal(key, "maxResults")) {
			if (!php_zimbra_option_long(SEARCH_OPTIONS_ARG, key, v, 0, ZEND_LONG_MAX, NULL, &n)) return false;
			s->max_results = (long)n;
		} else if (zend_string_equals_literal(key, "sortBy")) {
			if (Z_TYPE_P(v) != IS_STRING || !zc_is_attr_name(Z_STRVAL_P(v), Z_STRLEN_P(v), 0)) {
				zend_argument_value_error(SEARCH_OPTIONS_ARG, "option 'sortBy' must be an attribute name");
				return false;
			}
			s->sort_by = Z_STRVAL_P(v);
		} else if (zend_string_equals_literal(key, "sortAscending")) {
			if (!php_zimbra_option_bool(SEARCH_OPTIONS_ARG, key, v, &s->sort_ascending)) return false;
		} else if (zend_string_equals_literal(key, "applyCos")) {
			if (!php_zimbra_option_bool(SEARCH_OPTIONS_ARG, key, v, &s->apply_cos)) return false;
		} else {
			return php_zimbra_option_unknown(SEARCH_OPTIONS_ARG, key, search_known_options);
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

ZEND_METHOD(Zimbra_Client, searchDirectory)
{
	zend_string *query = NULL, *expanded, *attrs = NULL;
	HashTable *values = NULL, *options = NULL;
	char domain[ZC_DOMAIN_MAX + 1];
	zc_search s;
	php_zimbra_op op;
	zc_error err;
	int ok;

	ZEND_PARSE_PARAMETERS_START(0, 3)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(query)
		Z_PARAM_ARRAY_HT(values)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	memset(&s, 0, sizeof(s));
	s.sort_ascending = 1;
	s.apply_cos = 0;
	/* The core takes the filter as a C string: a NUL would silently cut it short. */
	if (query && memchr(ZSTR_VAL(query), '\0', ZSTR_LEN(query))) {
		zend_argument_value_error(1, "must not contain any null bytes");
		RETURN_THROWS();
	}
	expanded = query ? expand_query(query, values ? values : (HashTable *)&zend_empty_array) : ZSTR_EMPTY_ALLOC();
	if (!expanded) {
		RETURN_THROWS();
	}
	if (options && !search_options(options, &s, domain, &attrs)) {
		zend_string_release(expanded);
		if (attrs) zend_string_release(attrs);
		RETURN_THROWS();
	}
	s.query = ZSTR_VAL(expanded);
	php_zimbra_op_init(&op, reply_search, NULL);
	op.page_limit = s.limit;
	op.page_offset = s.offset;
	if (s.limit > 0) {
		s.limit++;  /* one more, to learn whether more follow (see php_zimbra_op) */
	}
	zc_error_init(&err);
	ok = zc_rq_search(&op.body, &s, &err);
	zend_string_release(expanded);
	if (attrs) {
		zend_string_release(attrs);
	}
	if (php_zimbra_built(&op, ok, &err)) {
		php_zimbra_dispatch(ZEND_THIS, &op, return_value);
	}
}

static void reply_list_entries(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	(void)op;
	php_zimbra_search_entries(reply, rv);
}

/* Send one whole search whose entries are the method's answer. */
static void dispatch_listing(INTERNAL_FUNCTION_PARAMETERS, const zc_search *s)
{
	php_zimbra_op op;
	zc_error err;

	php_zimbra_op_init(&op, reply_list_entries, NULL);
	zc_error_init(&err);
	if (php_zimbra_built(&op, zc_rq_search(&op.body, s, &err), &err)) {
		php_zimbra_dispatch(ZEND_THIS, &op, return_value);
	}
}

ZEND_METHOD(Zimbra_Client, listDistributionLists)
{
	zend_string *domain_arg;
	char domain[ZC_DOMAIN_MAX + 1];
	zc_search s;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(domain_arg)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_zimbra_domain_name(domain_arg, domain)) {
		RETURN_THROWS();
	}
	memset(&s, 0, sizeof(s));
	s.domain = domain;
	s.types = "distributionlists,dynamicgroups";
	s.sort_ascending = 1;
	dispatch_listing(INTERNAL_FUNCTION_PARAM_PASSTHRU, &s);
}

static void reply_counts(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	const zc_node *c;

	(void)op;
	array_init(rv);
	for (c = reply->first_child; c; c = c->next) {
		const char *id = zc_node_attr(c, "id");
		zval row;
		if (strcmp(c->name, "cos") != 0 || !id) {
			continue;
		}
		array_init(&row);
		add_assoc_string(&row, "id", (char *)id);
		add_assoc_string(&row, "name", (char *)(zc_node_attr(c, "name") ? zc_node_attr(c, "name") : ""));
		add_assoc_long(&row, "count", php_zimbra_long_value(zc_node_text(c)));
		zend_symtable_str_update(Z_ARRVAL_P(rv), id, strlen(id), &row);  /* an id "42" is found as [42] */
	}
}

ZEND_METHOD(Zimbra_Client, countAccounts)
{
	zend_string *domain_arg;
	char domain[ZC_DOMAIN_MAX + 1];
	php_zimbra_op op;
	zc_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(domain_arg)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_zimbra_domain_name(domain_arg, domain)) {
		RETURN_THROWS();
	}
	php_zimbra_op_init(&op, reply_counts, NULL);
	zc_error_init(&err);
	if (php_zimbra_built(&op, zc_rq_get(&op.body, "CountAccountRequest", "domain", "name", domain, NULL, NULL, 0, &err), &err)) {
		php_zimbra_dispatch(ZEND_THIS, &op, return_value);
	}
}

static void reply_count_objects(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	(void)op;
	ZVAL_LONG(rv, php_zimbra_long_value(zc_node_attr(reply, "num")));
}

ZEND_METHOD(Zimbra_Client, countObjects)
{
	static const char *const types[] = {"userAccount", "account", "alias", "dl", "domain", "cos", "server", "calresource",
		NULL};
	zend_string *type, *domain_arg = NULL;
	char domain[ZC_DOMAIN_MAX + 1];
	const char *const *t;
	php_zimbra_op op;
	zc_error err;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(type)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(domain_arg)
	ZEND_PARSE_PARAMETERS_END();

	for (t = types; *t && !zend_string_equals_cstr(type, *t, strlen(*t)); t++) {
	}
	if (!*t) {
		zend_argument_value_error(1, "must be one of userAccount, account, alias, dl, domain, cos, server, calresource");
		RETURN_THROWS();
	}
	if (domain_arg && !php_zimbra_domain_name(domain_arg, domain)) {
		RETURN_THROWS();
	}
	php_zimbra_op_init(&op, reply_count_objects, NULL);
	zc_error_init(&err);
	if (php_zimbra_built(&op, zc_rq_count_objects(&op.body, *t, domain_arg ? domain : NULL, &err), &err)) {
		php_zimbra_dispatch(ZEND_THIS, &op, return_value);
	}
}

ZEND_METHOD(Zimbra_Client, listCos)
{
	zc_search s;

	ZEND_PARSE_PARAMETERS_NONE();
	/* GetAllCos returns hundreds of attributes per COS; a search for names is cheap. */
	memset(&s, 0, sizeof(s));
	s.types = "coses";
	s.attrs = "cn";
	s.sort_ascending = 1;
	dispatch_listing(INTERNAL_FUNCTION_PARAM_PASSTHRU, &s);
}

static void reply_cos(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	php_zimbra_entry_from_child(php_zimbra_cos_ce, reply, "cos", op, rv);
}

ZEND_METHOD(Zimbra_Client, getCos)
{
	zend_string *key;
	const char *by = "name";
	php_zimbra_op op;
	zc_error err;
	size_t i;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();

	if (zc_is_zimbra_id(ZSTR_VAL(key), ZSTR_LEN(key))) {
		by = "id";
	} else {
		for (i = 0; i < ZSTR_LEN(key); i++) {
			char c = ZSTR_VAL(key)[i];
			if (!(isalnum((unsigned char)c) || c == '-' || c == '_' || c == '.')) {
				break;
			}
		}
		if (ZSTR_LEN(key) == 0 || ZSTR_LEN(key) > 64 || i < ZSTR_LEN(key)) {
			php_zimbra_throw_validation("A class of service is named with letters, digits, '-', '_' and '.', or given by id");
			RETURN_THROWS();
		}
	}
	php_zimbra_op_init(&op, reply_cos, php_zimbra_fault_not_found_is_null);
	zc_error_init(&err);
	if (php_zimbra_built(&op, zc_rq_get(&op.body, "GetCosRequest", "cos", by, ZSTR_VAL(key), NULL, NULL, 0, &err), &err)) {
		php_zimbra_dispatch(ZEND_THIS, &op, return_value);
	}
}

/* Each mailbox as a QuotaUsage, in reply order (a zc_quota callback). */
static int add_quota_usage(void *ctx, const zc_quota_entry *e)
{
	zval usage;

	php_zimbra_quota_usage_init(&usage, e->id, e->name, (zend_long)e->used, (zend_long)e->limit);
	add_next_index_zval((zval *)ctx, &usage);
	return 1;
}

/* The sizes are checked and the total saturates in the core (zc_quota): a wrong size is a ResponseException. */
static void reply_quota(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	zval mailboxes;
	long long total;
	size_t count;
	zc_error err;

	array_init(&mailboxes);
	zc_error_init(&err);
	if (!zc_quota_read(reply, add_quota_usage, &mailboxes, &total, &count, &err)) {
		zval_ptr_dtor(&mailboxes);
		php_zimbra_exception_object(&err, false, rv);
		op->failed = true;
		return;
	}
	array_init(rv);
	add_assoc_zval(rv, "mailboxes", &mailboxes);
	add_assoc_long(rv, "totalUsed", (zend_long)total);
	add_assoc_long(rv, "count", (zend_long)count);
	add_assoc_long(rv, "total", zc_node_attr(reply, "searchTotal") ? php_zimbra_long_value(zc_node_attr(reply, "searchTotal"))
		: (zend_long)count);
}

bool php_zimbra_quota_usage_op(php_zimbra_op *op, const char *domain, bool all_servers, long limit, long offset)
{
	zc_error err;

	php_zimbra_op_init(op, reply_quota, NULL);
	zc_error_init(&err);
	return php_zimbra_built(op, zc_rq_quota_usage(&op->body, domain, all_servers, limit, offset, &err), &err);
}

ZEND_METHOD(Zimbra_Client, getQuotaUsage)
{
	zend_string *domain_arg = NULL;
	zend_long limit = 0, offset = 0;
	char domain[ZC_DOMAIN_MAX + 1];
	php_zimbra_op op;

	ZEND_PARSE_PARAMETERS_START(0, 3)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(domain_arg)
		Z_PARAM_LONG(limit)
		Z_PARAM_LONG(offset)
	ZEND_PARSE_PARAMETERS_END();

	if (domain_arg && !php_zimbra_domain_name(domain_arg, domain)) {
		RETURN_THROWS();
	}
	if (limit < 0 || offset < 0 || limit > INT_MAX || offset > INT_MAX) {
		zend_argument_value_error(limit < 0 || limit > INT_MAX ? 2 : 3, "must be between 0 and %d", INT_MAX);
		RETURN_THROWS();
	}
	/* On a view of one server (withServer()), that server's mailboxes of the domain only. */
	if (php_zimbra_quota_usage_op(&op, domain_arg ? domain : NULL, php_zimbra_target_server(Z_OBJ_P(ZEND_THIS)) == NULL,
			(long)limit, (long)offset)) {
		php_zimbra_dispatch(ZEND_THIS, &op, return_value);
	}
}

static void reply_mailbox_size(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	const zc_node *mbox = zc_node_child(reply, "mbox", NULL);
	if (!mbox || !zc_node_attr(mbox, "s")) {
		php_zimbra_reply_missing(op, reply, "mbox", rv);
		return;
	}
	ZVAL_LONG(rv, php_zimbra_long_value(zc_node_attr(mbox, "s")));
}

ZEND_METHOD(Zimbra_Client, getMailboxSize)
{
	zend_string *id;
	php_zimbra_op op;
	zc_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(id)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_zimbra_check_id(id, "account id")) {
		RETURN_THROWS();
	}
	php_zimbra_op_init(&op, reply_mailbox_size, NULL);
	zc_error_init(&err);
	if (php_zimbra_built(&op, zc_rq_get_mailbox(&op.body, ZSTR_VAL(id), &err), &err)) {
		php_zimbra_dispatch(ZEND_THIS, &op, return_value);
	}
}
