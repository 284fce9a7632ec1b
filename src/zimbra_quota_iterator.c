/*
 * Zimbra\QuotaUsageIterator, what Client::listQuotaUsage() returns: mailbox usage on every mailbox
 * server of the install (zimbra-admin-soap.md §14).
 *
 * GetQuotaUsage without allServers lists the mailboxes homed on the server that answers, and with
 * allServers it fails whole when one server is down. So the iterator reads one server at a time,
 * through a view of the client on that server (<targetServer>), and a server that cannot be read
 * is named in getUnreachableServers() while the others are read. Each server's list is read in
 * pages of QUOTA_PAGE within an admin session, so Zimbra builds it once and every page comes from
 * that snapshot; when Zimbra answers a later page from a new session (it dropped ours), the server
 * is read again from the start, skipping the names already given (Zimbra sorts as Java does).
 *
 * GetQuotaUsage lists system accounts too (GAL sync, spam training, quarantine): their ids come
 * first, in the BatchRequest that asks for the servers, and they are left out.
 *
 * A server whose pages do not add up (one that repeats a page, or sends fewer pages than its
 * total needs) is read no further and named as unreachable, with why: a few requests, never
 * millions.
 */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "zimbra_cursor.h"
#include "zimbra_directory.h"
#include "zimbra_exceptions.h"
#include "zimbra_op.h"
#include "zimbra_paging.h"
#include "zimbra_quota_iterator.h"
#include "zimbra_target.h"
#include "zimbra_values.h"
#include "core/zc_admin.h"
#include "core/zc_batch.h"
#include "core/zc_soap.h"
#include "core/zc_utf8.h"
#include "core/zc_validate.h"
#include "zimbra_quota_iterator_arginfo.h"  /* the class registration, from zimbra_quota_iterator.stub.php */

/* Mailboxes per page: a usage pass over M mailboxes on S servers takes S × ⌈M/(S·20,000)⌉ pages. */
#define QUOTA_PAGE 20000
#define SYSTEM_ACCOUNTS "(|(zimbraIsSystemResource=TRUE)(zimbraIsSystemAccount=TRUE))"
/* Snapshots a server may be read in before the iterator gives up on its sessions. */
#define MAX_RESTARTS 3

zend_class_entry *php_zimbra_quota_iterator_ce;
static zend_object_handlers iterator_handlers;

typedef struct {
	zend_object *client;       /* what listQuotaUsage() was called on: a client or a view */
	char         domain[ZC_DOMAIN_MAX + 1];  /* "" for every domain */
	zval         servers;      /* list of [id, name] to read, set on rewind */
	uint32_t     server;       /* the one being read */
	zval         view;         /* a view of client on that server; UNDEF while none */
	HashTable   *system;       /* ids of system accounts: left out */
	char         session[ZC_SESSION_ID_MAX + 1];
	long         offset;
	long         total;        /* what the server's first page said it has */
	long         pages;
	zend_string *last_name;    /* the last name this server's pages gave */
	bool         skip_given;   /* read again in a new snapshot: skip up to last_name */
	int          restarts;
	zval         unreachable;  /* server name => why */
	zval         read;         /* names of the servers read to the end */
	php_zimbra_cursor cursor;  /* the QuotaUsage objects being iterated */
	bool         done;
	zend_object  std;
} php_zimbra_quota_iterator;

static inline php_zimbra_quota_iterator *iter_from_obj(zend_object *obj)
{
	return (php_zimbra_quota_iterator *)((char *)obj - XtOffsetOf(php_zimbra_quota_iterator, std));
}

static zend_object *iterator_new(zend_class_entry *ce)
{
	php_zimbra_quota_iterator *it = zend_object_alloc(sizeof(php_zimbra_quota_iterator), ce);

	zend_object_std_init(&it->std, ce);
	object_properties_init(&it->std, ce);
	it->std.handlers = &iterator_handlers;
	ZVAL_EMPTY_ARRAY(&it->servers);
	ZVAL_UNDEF(&it->view);
	php_zimbra_cursor_init(&it->cursor);
	ZVAL_EMPTY_ARRAY(&it->unreachable);
	ZVAL_EMPTY_ARRAY(&it->read);
	it->done = true;
	return &it->std;
}

/* Forget the server being read: the next one starts afresh (sessions are each server's own). */
static void leave_server(php_zimbra_quota_iterator *it)
{
	zval_ptr_dtor(&it->view);
	ZVAL_UNDEF(&it->view);
	if (it->last_name) {
		zend_string_release(it->last_name);
		it->last_name = NULL;
	}
	it->session[0] = '\0';
	it->offset = it->total = it->pages = 0;
	it->skip_given = false;
	it->restarts = 0;
}

static void reset_state(php_zimbra_quota_iterator *it)
{
	leave_server(it);
	zval_ptr_dtor(&it->servers);
	ZVAL_EMPTY_ARRAY(&it->servers);
	php_zimbra_cursor_reset(&it->cursor);
	zval_ptr_dtor(&it->unreachable);
	ZVAL_EMPTY_ARRAY(&it->unreachable);
	zval_ptr_dtor(&it->read);
	ZVAL_EMPTY_ARRAY(&it->read);
	if (it->system) {
		zend_hash_destroy(it->system);
		FREE_HASHTABLE(it->system);
		it->system = NULL;
	}
	it->server = 0;
	it->done = true;
}

static void iterator_free(zend_object *obj)
{
	php_zimbra_quota_iterator *it = iter_from_obj(obj);

	reset_state(it);
	if (it->client) {
		OBJ_RELEASE(it->client);
	}
	zend_object_std_dtor(obj);
}

/* What the cycle collector must see: the values it holds and the client. */
static HashTable *iterator_gc(zend_object *obj, zval **table, int *n)
{
	php_zimbra_quota_iterator *it = iter_from_obj(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();

	zend_get_gc_buffer_add_zval(buf, &it->cursor.page);
	zend_get_gc_buffer_add_zval(buf, &it->view);
	if (it->client) {
		zend_get_gc_buffer_add_obj(buf, it->client);
	}
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

void php_zimbra_quota_iterator_init_ce(void)
{
	php_zimbra_quota_iterator_ce = register_class_Zimbra_QuotaUsageIterator(zend_ce_iterator);
	php_zimbra_quota_iterator_ce->create_object = iterator_new;
	memcpy(&iterator_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	iterator_handlers.offset = XtOffsetOf(php_zimbra_quota_iterator, std);
	iterator_handlers.free_obj = iterator_free;
	iterator_handlers.clone_obj = NULL;
	iterator_handlers.get_gc = iterator_gc;
}

/* ---- the servers and the system accounts, in one BatchRequest ----------------- */

static void add_server(zval *servers, const char *id, const char *name)
{
	zval pair;

	array_init(&pair);
	add_next_index_string(&pair, id);
	add_next_index_string(&pair, name);
	add_next_index_zval(servers, &pair);
}

/* A batch item's fault, thrown as the single request would have thrown it. */
static bool item_ok(const zc_node *item)
{
	zc_error err;

	if (!zc_soap_is_fault(item)) {
		return true;
	}
	zc_error_init(&err);
	if (zc_fault_decode(item, &err.fault)) {
		zc_error_set(&err, ZC_ERR_FAULT, "%.400s (%.80s)", err.fault.reason, err.fault.code);
	} else {
		zc_error_set(&err, ZC_ERR_NOMEM, "Out of memory while reading a fault");
	}
	php_zimbra_throw(&err, false);
	return false;
}

static bool read_prepared(php_zimbra_quota_iterator *it, const zc_node *reply, const char *target)
{
	const zc_node *item, *c;

	for (item = reply->first_child; item; item = item->next) {
		const char *rid = zc_node_attr(item, "requestId");
		if (!rid || !item_ok(item)) {
			if (!rid) {
				continue;
			}
			return false;
		}
		for (c = item->first_child; c; c = c->next) {
			const char *id = zc_node_attr(c, "id"), *name = zc_node_attr(c, "name");
			if (!id || !name) {
				continue;
			}
			if (strcmp(rid, "0") == 0 && strcmp(c->name, "account") == 0) {
				zend_hash_str_add_empty_element(it->system, id, strlen(id));
			} else if (strcmp(rid, "1") == 0 && strcmp(c->name, "server") == 0 && zc_is_zimbra_id(id, strlen(id))) {
				add_server(&it->servers, id, name);
			}
		}
	}
	if (target) {
		add_server(&it->servers, target, target);  /* a view: its one server, known by id */
	}
	return true;
}

/* The system accounts to leave out and, for a client, the mailbox servers to read. */
static bool prepare(php_zimbra_quota_iterator *it)
{
	const char *target = php_zimbra_target_server(it->client);
	zc_session *s;
	zc_search q;
	zc_buf body, one;
	zc_arena arena;
	zc_error err;
	const zc_node *reply = NULL;
	bool ok;

	ALLOC_HASHTABLE(it->system);
	zend_hash_init(it->system, 16, NULL, NULL, 0);
	array_init(&it->servers);
	memset(&q, 0, sizeof(q));
	q.query = SYSTEM_ACCOUNTS;
	q.domain = it->domain[0] ? it->domain : NULL;
	q.types = "accounts";
	q.attrs = "zimbraId";
	q.sort_ascending = 1;
	zc_error_init(&err);
	zc_buf_init(&body);
	zc_buf_init(&one);
	zc_batch_begin(&body, 0);
	ok = zc_rq_search(&one, &q, &err) && zc_batch_add(&body, one.data, one.len, 0);
	if (ok && !target) {
		zc_buf_reset(&one);
		ok = zc_rq_all_servers(&one, "mailbox", &err) && zc_batch_add(&body, one.data, one.len, 1);
	}
	zc_batch_end(&body);
	zc_buf_free(&one);
	if (!ok) {
		zc_buf_free(&body);
		php_zimbra_throw(&err, false);
		return false;
	}
	if (!(s = php_zimbra_target_session(it->client)) || !php_zimbra_send_built(s, &body, &arena, &reply)) {
		if (!s) {
			zc_buf_free(&body);
		}
		return false;
	}
	ok = read_prepared(it, reply, target);
	zc_arena_free(&arena);
	return ok;
}

/* ---- one server at a time -------------------------------------------------- */

static const char *server_part(php_zimbra_quota_iterator *it, int part)
{
	zval *pair = zend_hash_index_find(Z_ARRVAL(it->servers), it->server);
	zval *v = pair ? zend_hash_index_find(Z_ARRVAL_P(pair), part) : NULL;
	return v ? Z_STRVAL_P(v) : "";
}

/* This server's mailboxes are missing (why says so); on to the next one. */
static void give_up_server(php_zimbra_quota_iterator *it, const char *why)
{
	add_assoc_string(&it->unreachable, server_part(it, 1), (char *)why);
	leave_server(it);
	it->server++;
}

static void next_server(php_zimbra_quota_iterator *it)
{
	add_next_index_string(&it->read, server_part(it, 1));
	leave_server(it);
	it->server++;
}

static const char *quota_name(zval *q)
{
	zval *name = Z_TYPE_P(q) == IS_OBJECT ? php_zimbra_prop(q, php_zimbra_quota_usage_ce, ZEND_STRL("name")) : NULL;
	return name && Z_TYPE_P(name) == IS_STRING ? Z_STRVAL_P(name) : "";
}

static bool is_system(php_zimbra_quota_iterator *it, zval *q)
{
	zval *id = Z_TYPE_P(q) == IS_OBJECT ? php_zimbra_prop(q, php_zimbra_quota_usage_ce, ZEND_STRL("id")) : NULL;
	return id && Z_TYPE_P(id) == IS_STRING && zend_hash_exists(it->system, Z_STR_P(id));
}

/*
 * Keep the page's customer mailboxes, after the last name given when the server is being read
 * again. Returns how many of the page's mailboxes come after the last name given before it
 * (0 for a page the server had already sent).
 */
static uint32_t take_page(php_zimbra_quota_iterator *it, zval *mailboxes)
{
	zval *q;
	uint32_t newer = 0;
	const char *last = it->last_name ? ZSTR_VAL(it->last_name) : NULL;

	zval_ptr_dtor(&it->cursor.page);
	array_init(&it->cursor.page);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(mailboxes), q) {
		if (last && zc_utf8_java_cmp(quota_name(q), last) <= 0) {
			continue;  /* given already (or out of order, which Zimbra's sorted pages never are) */
		}
		newer++;
		if (!is_system(it, q)) {
			Z_TRY_ADDREF_P(q);
			add_next_index_zval(&it->cursor.page, q);
		}
	} ZEND_HASH_FOREACH_END();
	if (newer > 0) {
		q = zend_hash_index_find(Z_ARRVAL_P(mailboxes), zend_hash_num_elements(Z_ARRVAL_P(mailboxes)) - 1);
		if (it->last_name) {
			zend_string_release(it->last_name);
		}
		it->last_name = zend_string_init(quota_name(q), strlen(quota_name(q)), 0);
	}
	return newer;
}

/*
 * One page of the current server. False with an exception thrown when the iteration must stop
 * (the client cannot reach Zimbra at all, or this is a view of the one server that failed).
 */
static bool read_page(php_zimbra_quota_iterator *it)
{
	zend_object *target;
	php_zimbra_op op;
	char sent[ZC_SESSION_ID_MAX + 1];
	zval result, *mailboxes;
	zend_long count, total;
	uint32_t newer;

	if (php_zimbra_target_server(it->client)) {
		target = it->client;
	} else {
		if (Z_ISUNDEF(it->view) && !php_zimbra_target_view(it->client, server_part(it, 0), &it->view)) {
			return false;
		}
		target = Z_OBJ(it->view);
	}
	if (!php_zimbra_quota_usage_op(&op, it->domain[0] ? it->domain : NULL, false, QUOTA_PAGE, it->offset)) {
		return false;
	}
	memcpy(sent, it->session, sizeof(sent));
	if (!php_zimbra_execute_in_session(target, &op, it->session, &result)) {
		zend_object *ex = EG(exception);
		/* A fault or an unusable reply is this server's; a client that cannot reach Zimbra stops. */
		if (target == it->client || !ex || !(instanceof_function(ex->ce, php_zimbra_fault_exception_ce)
				|| instanceof_function(ex->ce, php_zimbra_response_exception_ce))) {
			return false;
		}
		zval rv, *message = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
		zend_string *why = zval_get_string(message);
		zend_clear_exception();
		give_up_server(it, ZSTR_VAL(why));
		zend_string_release(why);
		return true;
	}
	mailboxes = zend_hash_str_find(Z_ARRVAL(result), ZEND_STRL("mailboxes"));
	count = Z_LVAL_P(zend_hash_str_find(Z_ARRVAL(result), ZEND_STRL("count")));
	total = Z_LVAL_P(zend_hash_str_find(Z_ARRVAL(result), ZEND_STRL("total")));
	if (it->offset > 0 && sent[0] && strcmp(sent, it->session) != 0) {
		/* Answered from a new session: our snapshot is gone. Read this server again. */
		zval_ptr_dtor(&result);
		if (++it->restarts > MAX_RESTARTS) {
			give_up_server(it, "Zimbra dropped the admin session its usage was read in, again and again: too many admin "
				"sessions of this admin account are in use at once (Zimbra keeps 5 per admin)");
		} else {
			it->offset = it->pages = 0;
			it->skip_given = it->last_name != NULL;
		}
		return true;
	}
	if (it->pages++ == 0) {
		it->total = total;  /* the snapshot's size, read again after a restart */
	}
	it->offset += count;
	newer = take_page(it, mailboxes);
	zval_ptr_dtor(&result);
	if (newer > 0) {
		it->skip_given = false;  /* past what the lost snapshot gave */
	}
	if (count == 0 || it->offset >= it->total) {
		next_server(it);  /* the end, as the server counts it */
	} else if ((newer == 0 && !it->skip_given) || count < QUOTA_PAGE
			|| it->pages > (it->total + QUOTA_PAGE - 1) / QUOTA_PAGE + MAX_RESTARTS) {
		char why[300];
		snprintf(why, sizeof(why), "its pages did not add up (%ld of the %ld mailboxes it counted were read in %ld "
			"pages): its figures are partial", it->offset, it->total, it->pages);
		give_up_server(it, why);
	}
	return true;
}

/* Load the next non-empty page, server by server. False when an exception was thrown. */
static bool fetch(php_zimbra_quota_iterator *it)
{
	php_zimbra_cursor_empty_page(&it->cursor);
	while (!it->done) {
		if (it->server >= zend_hash_num_elements(Z_ARRVAL(it->servers))) {
			it->done = true;
			break;
		}
		if (!read_page(it)) {
			it->done = true;
			return false;
		}
		if (php_zimbra_cursor_count(&it->cursor) > 0) {
			break;
		}
	}
	return true;
}

ZEND_METHOD(Zimbra_Client, listQuotaUsage)
{
	zend_string *domain_arg = NULL;
	php_zimbra_quota_iterator *it;
	char domain[ZC_DOMAIN_MAX + 1] = "";
	zc_error err;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(domain_arg)
	ZEND_PARSE_PARAMETERS_END();

	zc_error_init(&err);
	if (domain_arg && !zc_normalize_domain(ZSTR_VAL(domain_arg), ZSTR_LEN(domain_arg), domain, &err)) {
		php_zimbra_throw(&err, false);
		RETURN_THROWS();
	}
	if (!php_zimbra_target_session(Z_OBJ_P(ZEND_THIS))) {
		RETURN_THROWS();  /* not constructed */
	}
	object_init_ex(return_value, php_zimbra_quota_iterator_ce);
	it = iter_from_obj(Z_OBJ_P(return_value));
	it->client = Z_OBJ_P(ZEND_THIS);
	GC_ADDREF(it->client);
	memcpy(it->domain, domain, sizeof(domain));
	/* Nothing is fetched until the first rewind(), i.e. the first foreach. */
}

/* Not constructible from PHP (the constructor is private). */
ZEND_METHOD(Zimbra_QuotaUsageIterator, __construct)
{
	(void)return_value;
	ZEND_PARSE_PARAMETERS_NONE();
}

static php_zimbra_quota_iterator *this_iter(zval *this_zv)
{
	php_zimbra_quota_iterator *it = iter_from_obj(Z_OBJ_P(this_zv));
	if (!it->client) {
		zend_throw_error(NULL, "This Zimbra\\QuotaUsageIterator did not come from Client::listQuotaUsage()");
		return NULL;
	}
	return it;
}

ZEND_METHOD(Zimbra_QuotaUsageIterator, rewind)
{
	php_zimbra_quota_iterator *it;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(it = this_iter(ZEND_THIS))) {
		RETURN_THROWS();
	}
	reset_state(it);
	array_init(&it->unreachable);
	array_init(&it->read);
	if (!prepare(it)) {
		RETURN_THROWS();
	}
	it->done = false;
	fetch(it);
}





PHP_ZIMBRA_CURSOR_METHODS(Zimbra_QuotaUsageIterator, php_zimbra_quota_iterator, this_iter, fetch)

ZEND_METHOD(Zimbra_QuotaUsageIterator, getReadServers)
{
	php_zimbra_quota_iterator *it;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(it = this_iter(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_COPY(&it->read);
}

ZEND_METHOD(Zimbra_QuotaUsageIterator, getUnreachableServers)
{
	php_zimbra_quota_iterator *it;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(it = this_iter(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_COPY(&it->unreachable);
}
