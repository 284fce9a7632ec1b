/*
 * Zimbra\AccountIterator, what Client::listAccounts() returns: it asks for one page of accounts at
 * a time, in an admin session, so that the pages come from one snapshot of the search (§14):
 * accounts created or deleted meanwhile never shift them, and Zimbra reads each entry once.
 *
 * A count first (CountObjects, which has no cap) sizes the search past Zimbra's 5000-entry
 * default (maxResults). When Zimbra refuses a search as too large all the same, the iterator
 * splits it by uid prefix (zc_buckets) and goes on, a snapshot per bucket. When Zimbra answers a
 * later page from another session (it keeps 5 per admin and dropped ours), the bucket is read
 * again from its start in the new snapshot, skipping the names already given: the server sorts
 * by name as Java does (zc_utf8_java_cmp).
 */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "zimbra_account_iterator.h"
#include "zimbra_attrs.h"
#include "zimbra_cursor.h"
#include "zimbra_paging.h"
#include "zimbra_target.h"
#include "zimbra_exceptions.h"
#include "zimbra_args.h"
#include "zimbra_values.h"
#include "core/zc_admin.h"
#include "core/zc_buckets.h"
#include "core/zc_utf8.h"
#include "zimbra_account_iterator_arginfo.h"  /* the class registration, from zimbra_account_iterator.stub.php */

/* Entries per page: Zimbra's own cap on one search, so a snapshot of N entries takes ⌈N/5000⌉ pages. */
#define PAGE_SIZE 5000
/* Room for accounts created between the count and the search. */
#define COUNT_SLACK(n) ((n) / 10 + 100)
/* Snapshots a bucket may be started in before the listing gives up on the server's sessions. */
#define MAX_RESTARTS 3
/* System accounts (GAL sync, spam training, ...) are not mailboxes a customer owns. */
#define USER_ACCOUNTS "(&(!(zimbraIsSystemResource=TRUE))(!(zimbraIsSystemAccount=TRUE)))"

zend_class_entry *php_zimbra_account_iterator_ce;
static zend_object_handlers iterator_handlers;

typedef struct {
	zend_object *client;
	char         domain[ZC_DOMAIN_MAX + 1];
	zend_string *attrs;      /* comma-separated, or NULL */
	zc_buckets   buckets;
	char        *bucket;     /* the bucket being paged, NULL between buckets */
	long         offset;     /* within the bucket */
	zend_string *page_first; /* id of the first Account of the last page, to notice a page served twice */
	char         session[ZC_SESSION_ID_MAX + 1];  /* the admin session the pages come from ("" before one) */
	long         max_results;  /* for the search of the whole domain: the count and some room; 0 = default */
	bool         counted;
	zend_string *last_name;    /* the last account given in this bucket */
	bool         skip_given;   /* the bucket started again in a new snapshot: skip up to last_name */
	int          restarts;
	php_zimbra_cursor cursor; /* Accounts of the current page */
	bool         done;
	zend_object  std;
} php_zimbra_account_iterator;

static inline php_zimbra_account_iterator *iter_from_obj(zend_object *obj)
{
	return (php_zimbra_account_iterator *)((char *)obj - XtOffsetOf(php_zimbra_account_iterator, std));
}

static zend_object *iterator_new(zend_class_entry *ce)
{
	php_zimbra_account_iterator *it = zend_object_alloc(sizeof(php_zimbra_account_iterator), ce);

	zend_object_std_init(&it->std, ce);
	object_properties_init(&it->std, ce);
	it->std.handlers = &iterator_handlers;
	php_zimbra_cursor_init(&it->cursor);
	it->done = true;
	return &it->std;
}

static void reset_state(php_zimbra_account_iterator *it)
{
	zc_buckets_free(&it->buckets);
	free(it->bucket);
	it->bucket = NULL;
	php_zimbra_cursor_reset(&it->cursor);
	if (it->page_first) {
		zend_string_release(it->page_first);
		it->page_first = NULL;
	}
	if (it->last_name) {
		zend_string_release(it->last_name);
		it->last_name = NULL;
	}
	it->session[0] = '\0';
	it->max_results = 0;
	it->counted = false;
	it->skip_given = false;
	it->restarts = 0;
	it->offset = 0;
	it->done = true;
}

/*
 * True when the new page starts with the Account the last page started with: the server ignored
 * the offset and serves the same page again, so listing would never end. Throws a ResponseException.
 */
static bool same_page_again(php_zimbra_account_iterator *it)
{
	zval *first = zend_hash_index_find(Z_ARRVAL(it->cursor.page), 0);
	zval *id = first && Z_TYPE_P(first) == IS_OBJECT ? php_zimbra_prop(first, php_zimbra_entry_ce, ZEND_STRL("id")) : NULL;

	if (!id || Z_TYPE_P(id) != IS_STRING) {
		return false;
	}
	if (it->page_first && zend_string_equals(it->page_first, Z_STR_P(id))) {
		zc_error err;
		zc_error_init(&err);
		zc_error_set(&err, ZC_ERR_RESPONSE,
			"Zimbra answered the search for accounts of %.200s at offset %ld with the page it had already sent: "
			"it does not honour offsets, and listing would never end", it->domain, it->offset);
		php_zimbra_throw(&err, false);
		return true;
	}
	if (it->page_first) {
		zend_string_release(it->page_first);
	}
	it->page_first = zend_string_copy(Z_STR_P(id));
	return false;
}

static void iterator_free(zend_object *obj)
{
	php_zimbra_account_iterator *it = iter_from_obj(obj);

	reset_state(it);
	if (it->attrs) {
		zend_string_release(it->attrs);
	}
	if (it->client) {
		OBJ_RELEASE(it->client);
	}
	zend_object_std_dtor(obj);
}

/* What the cycle collector must see: the page of Accounts and the client. */
static HashTable *iterator_gc(zend_object *obj, zval **table, int *n)
{
	php_zimbra_account_iterator *it = iter_from_obj(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();

	zend_get_gc_buffer_add_zval(buf, &it->cursor.page);
	if (it->client) {
		zend_get_gc_buffer_add_obj(buf, it->client);
	}
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

void php_zimbra_account_iterator_init_ce(void)
{
	php_zimbra_account_iterator_ce = register_class_Zimbra_AccountIterator(zend_ce_iterator);
	php_zimbra_account_iterator_ce->create_object = iterator_new;
	memcpy(&iterator_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	iterator_handlers.offset = XtOffsetOf(php_zimbra_account_iterator, std);
	iterator_handlers.free_obj = iterator_free;
	iterator_handlers.clone_obj = NULL;
	iterator_handlers.get_gc = iterator_gc;
}

static void reply_count(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	(void)op;
	ZVAL_LONG(rv, php_zimbra_long_value(zc_node_attr(reply, "num")));
}

/*
 * How many user accounts the domain has, so that one search can take them all: maxResults past
 * the count (with room for creates meanwhile) when that is more than Zimbra's default cap.
 */
static bool size_the_search(php_zimbra_account_iterator *it)
{
	php_zimbra_op op;
	zc_error err;
	zval count;

	php_zimbra_op_init(&op, reply_count, NULL);
	zc_error_init(&err);
	if (!php_zimbra_built(&op, zc_rq_count_objects(&op.body, "userAccount", it->domain, &err), &err)
			|| !php_zimbra_execute(it->client, &op, &count)) {
		return false;
	}
	if (Z_LVAL(count) > 0 && Z_LVAL(count) + COUNT_SLACK(Z_LVAL(count)) > PAGE_SIZE) {
		it->max_results = Z_LVAL(count) < INT_MAX / 2 ? Z_LVAL(count) + COUNT_SLACK(Z_LVAL(count)) : INT_MAX;
	}
	it->counted = true;
	return true;
}

static const char *entry_name(zval *entry)
{
	zval *name = Z_TYPE_P(entry) == IS_OBJECT ? php_zimbra_prop(entry, php_zimbra_entry_ce, ZEND_STRL("name")) : NULL;
	return name && Z_TYPE_P(name) == IS_STRING ? Z_STRVAL_P(name) : "";
}

/* After a restart in a new snapshot: drop the page's accounts up to the last one given. */
static void skip_given(php_zimbra_account_iterator *it)
{
	zval kept, *entry;

	array_init(&kept);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(it->cursor.page), entry) {
		if (!it->skip_given || zc_utf8_java_cmp(entry_name(entry), ZSTR_VAL(it->last_name)) > 0) {
			it->skip_given = false;
			Z_TRY_ADDREF_P(entry);
			add_next_index_zval(&kept, entry);
		}
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&it->cursor.page);
	ZVAL_COPY_VALUE(&it->cursor.page, &kept);
}

/* The server answered a later page from a new session: its snapshot is gone. Throws past MAX_RESTARTS. */
static bool restart_bucket(php_zimbra_account_iterator *it)
{
	if (++it->restarts > MAX_RESTARTS) {
		zc_error err;
		zc_error_init(&err);
		zc_error_set(&err, ZC_ERR_RESPONSE,
			"Zimbra dropped the admin session this listing of %.200s reads from %d times: too many admin sessions "
			"of this admin account are in use at once (Zimbra keeps 5 per admin)", it->domain, it->restarts);
		php_zimbra_throw(&err, false);
		return false;
	}
	php_zimbra_cursor_empty_page(&it->cursor);
	it->offset = 0;
	it->skip_given = it->last_name != NULL;
	if (it->page_first) {
		zend_string_release(it->page_first);
		it->page_first = NULL;
	}
	return true;
}

static void next_bucket(php_zimbra_account_iterator *it)
{
	free(it->bucket);
	it->bucket = NULL;
	if (it->last_name) {
		zend_string_release(it->last_name);
		it->last_name = NULL;
	}
	it->skip_given = false;
}

/* Load the next non-empty page, moving through the buckets. False when an exception was thrown. */
static bool fetch(php_zimbra_account_iterator *it)
{
	php_zimbra_cursor_empty_page(&it->cursor);
	if (!it->done && !it->counted && !size_the_search(it)) {
		return false;
	}
	while (!it->done) {
		zc_search s;
		zc_buf filter;
		char sent[ZC_SESSION_ID_MAX + 1];
		bool more = false, too_many = false, ok;

		if (!it->bucket) {
			it->bucket = zc_buckets_next(&it->buckets);
			it->offset = 0;
			if (!it->bucket) {
				it->done = true;
				break;
			}
		}
		zc_buf_init(&filter);
		zc_buckets_filter(&filter, it->bucket, USER_ACCOUNTS);
		memset(&s, 0, sizeof(s));
		s.query = filter.data;
		s.domain = it->domain;
		s.types = "accounts";
		s.attrs = it->attrs ? ZSTR_VAL(it->attrs) : NULL;
		s.sort_ascending = 1;
		s.limit = PAGE_SIZE;
		s.offset = it->offset;
		s.apply_cos = 0;
		/* The whole domain in one search, sized by the count; a part of a split one within the cap. */
		s.max_results = strcmp(it->bucket, "P") == 0 ? it->max_results : 0;
		memcpy(sent, it->session, sizeof(sent));
		php_zimbra_cursor_empty_page(&it->cursor);  /* a page of nothing new, kept empty, goes */
		ok = php_zimbra_search_page(it->client, &s, it->session, &it->cursor.page, &more, &too_many);
		zc_buf_free(&filter);
		if (!ok) {
			return false;
		}
		if (too_many) {
			if (!php_zimbra_split_bucket(it->client, &it->buckets, it->bucket, it->domain, "accounts", USER_ACCOUNTS)) {
				return false;
			}
			next_bucket(it);
			continue;
		}
		if (it->offset > 0 && sent[0] && strcmp(sent, it->session) != 0) {
			if (!restart_bucket(it)) {
				return false;
			}
			continue;
		}
		if (same_page_again(it)) {
			return false;
		}
		it->offset += php_zimbra_cursor_count(&it->cursor);
		if (it->skip_given) {
			skip_given(it);
		}
		if (php_zimbra_cursor_count(&it->cursor) > 0) {
			zval *last = zend_hash_index_find(Z_ARRVAL(it->cursor.page), php_zimbra_cursor_count(&it->cursor) - 1);
			if (it->last_name) {
				zend_string_release(it->last_name);
			}
			it->last_name = zend_string_init(entry_name(last), strlen(entry_name(last)), 0);
		}
		if (!more) {
			next_bucket(it);
		}
		if (php_zimbra_cursor_count(&it->cursor) > 0) {
			break;
		}
	}
	return true;
}

ZEND_METHOD(Zimbra_Client, listAccounts)
{
	zend_string *domain_arg, *csv = NULL;
	HashTable *attrs = NULL;
	php_zimbra_account_iterator *it;
	char domain[ZC_DOMAIN_MAX + 1];

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(domain_arg)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(attrs)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_zimbra_domain_name(domain_arg, domain) || !php_zimbra_attr_names(attrs, &csv)) {
		RETURN_THROWS();
	}
	object_init_ex(return_value, php_zimbra_account_iterator_ce);
	it = iter_from_obj(Z_OBJ_P(return_value));
	it->client = Z_OBJ_P(ZEND_THIS);
	GC_ADDREF(it->client);
	memcpy(it->domain, domain, sizeof(domain));
	it->attrs = csv;
	/* Nothing is fetched until the first rewind(), i.e. the first foreach. */
}

/* Not constructible from PHP (the constructor is private). */
ZEND_METHOD(Zimbra_AccountIterator, __construct)
{
	(void)return_value;
	ZEND_PARSE_PARAMETERS_NONE();
}

static php_zimbra_account_iterator *this_iter(zval *this_zv)
{
	php_zimbra_account_iterator *it = iter_from_obj(Z_OBJ_P(this_zv));
	if (!it->client) {
		zend_throw_error(NULL, "This Zimbra\\AccountIterator did not come from Client::listAccounts()");
		return NULL;
	}
	return it;
}

ZEND_METHOD(Zimbra_AccountIterator, rewind)
{
	php_zimbra_account_iterator *it;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(it = this_iter(ZEND_THIS))) {
		RETURN_THROWS();
	}
	reset_state(it);
	if (!zc_buckets_init(&it->buckets)) {
		zend_throw_error(NULL, "Out of memory");
		RETURN_THROWS();
	}
	it->done = false;
	fetch(it);
}

PHP_ZIMBRA_CURSOR_METHODS(Zimbra_AccountIterator, php_zimbra_account_iterator, this_iter, fetch)
