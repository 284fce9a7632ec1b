/*
 * Zimbra\AccountIterator, what Client::listAccounts() returns: it asks for
 * one page of accounts at a time, so a domain of any size is listed in flat
 * memory. When Zimbra refuses a search as too large (over 5000 matches) the
 * iterator splits it by uid prefix (zc_buckets) and goes on, bucket by bucket.
 */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "zimbra_account_iterator.h"
#include "zimbra_attrs.h"
#include "zimbra_paging.h"
#include "zimbra_exceptions.h"
#include "zimbra_args.h"
#include "zimbra_values.h"
#include "core/zc_buckets.h"

#define PAGE_SIZE 1000
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
	zval         page;       /* Accounts of the current page */
	zend_string *page_first; /* id of the first Account of the last page, to notice a page served twice */
	uint32_t     pos;
	zend_long    key;
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
	ZVAL_EMPTY_ARRAY(&it->page);
	it->done = true;
	return &it->std;
}

static void reset_state(php_zimbra_account_iterator *it)
{
	zc_buckets_free(&it->buckets);
	free(it->bucket);
	it->bucket = NULL;
	zval_ptr_dtor(&it->page);
	ZVAL_EMPTY_ARRAY(&it->page);
	if (it->page_first) {
		zend_string_release(it->page_first);
		it->page_first = NULL;
	}
	it->pos = 0;
	it->key = 0;
	it->offset = 0;
	it->done = true;
}

/*
 * True when the new page starts with the Account the last page started with: the server ignored
 * the offset and serves the same page again, so listing would never end. Throws a ResponseException.
 */
static bool same_page_again(php_zimbra_account_iterator *it)
{
	zval *first = zend_hash_index_find(Z_ARRVAL(it->page), 0);
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

	zend_get_gc_buffer_add_zval(buf, &it->page);
	if (it->client) {
		zend_get_gc_buffer_add_obj(buf, it->client);
	}
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

void php_zimbra_account_iterator_init_ce(void)
{
	php_zimbra_account_iterator_ce->create_object = iterator_new;
	memcpy(&iterator_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	iterator_handlers.offset = XtOffsetOf(php_zimbra_account_iterator, std);
	iterator_handlers.free_obj = iterator_free;
	iterator_handlers.clone_obj = NULL;
	iterator_handlers.get_gc = iterator_gc;
}

/* Load the next non-empty page, moving through the buckets. False when an exception was thrown. */
static bool fetch(php_zimbra_account_iterator *it)
{
	zval_ptr_dtor(&it->page);
	ZVAL_EMPTY_ARRAY(&it->page);
	it->pos = 0;
	while (!it->done) {
		zc_search s;
		zc_buf filter;
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
		ok = php_zimbra_search_page(it->client, &s, &it->page, &more, &too_many);
		zc_buf_free(&filter);
		if (!ok) {
			return false;
		}
		if (too_many) {
			if (!php_zimbra_split_bucket(it->client, &it->buckets, it->bucket, it->domain, "accounts", USER_ACCOUNTS)) {
				return false;
			}
			free(it->bucket);
			it->bucket = NULL;
			continue;
		}
		if (same_page_again(it)) {
			return false;
		}
		it->offset += zend_hash_num_elements(Z_ARRVAL(it->page));
		if (!more) {
			free(it->bucket);
			it->bucket = NULL;
		}
		if (zend_hash_num_elements(Z_ARRVAL(it->page)) > 0) {
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

ZEND_METHOD(Zimbra_AccountIterator, valid)
{
	php_zimbra_account_iterator *it;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(it = this_iter(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_BOOL(it->pos < zend_hash_num_elements(Z_ARRVAL(it->page)));
}

ZEND_METHOD(Zimbra_AccountIterator, current)
{
	php_zimbra_account_iterator *it;
	zval *v;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(it = this_iter(ZEND_THIS))) {
		RETURN_THROWS();
	}
	v = zend_hash_index_find(Z_ARRVAL(it->page), it->pos);
	if (!v) {
		zend_throw_error(NULL, "The iteration is over");
		RETURN_THROWS();
	}
	RETURN_COPY(v);
}

ZEND_METHOD(Zimbra_AccountIterator, key)
{
	php_zimbra_account_iterator *it;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(it = this_iter(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_LONG(it->key);
}

ZEND_METHOD(Zimbra_AccountIterator, next)
{
	php_zimbra_account_iterator *it;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(it = this_iter(ZEND_THIS))) {
		RETURN_THROWS();
	}
	it->pos++;
	it->key++;
	if (it->pos >= zend_hash_num_elements(Z_ARRVAL(it->page))) {
		fetch(it);
	}
}
