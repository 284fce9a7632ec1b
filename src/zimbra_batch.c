/*
 * Zimbra\Batch: the queue Client::batch() fills through its callback, then
 * sends as BatchRequests of batch_size items. Results come back matched by requestId, each
 * converted exactly as the immediate method would have converted it, or as
 * the FaultException it would have thrown.
 */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "zimbra_batch.h"
#include "zimbra_exceptions.h"
#include "zimbra_op.h"
#include "zimbra_target.h"
#include "core/zc_batch.h"
#include "core/zc_soap.h"
#include "zend_attributes.h"  /* #[\SensitiveParameter] in the arginfo */
#include "zimbra_batch_arginfo.h"  /* the class registration, from zimbra_batch.stub.php */

zend_class_entry *php_zimbra_batch_ce;
static zend_object_handlers batch_handlers;

typedef struct {
	zend_object   *client;   /* strong reference while the batch lives */
	php_zimbra_op *ops;
	size_t         count;
	size_t         cap;
	bool           open;     /* only while the callback runs */
	php_zimbra_target_object base;  /* typed methods queue their ops through it; its std comes last */
} php_zimbra_batch;

static inline php_zimbra_batch *batch_from_obj(zend_object *obj)
{
	return (php_zimbra_batch *)((char *)obj - XtOffsetOf(php_zimbra_batch, base.std));
}

static bool batch_queue(zend_object *obj, php_zimbra_op *op, zval *return_value);
static zc_session *batch_session(zend_object *obj);
static const char *batch_server(zend_object *obj);

/* A Batch queues each operation; Client::batch() sends them when the callback returns. */
static const php_zimbra_target batch_target = {batch_queue, batch_session, batch_server, NULL};

static zend_object *batch_new(zend_class_entry *ce)
{
	php_zimbra_batch *b = zend_object_alloc(sizeof(php_zimbra_batch), ce);

	zend_object_std_init(&b->base.std, ce);
	object_properties_init(&b->base.std, ce);
	b->base.std.handlers = &batch_handlers;
	b->base.target = &batch_target;
	return &b->base.std;
}

static void batch_release_ops(php_zimbra_batch *b)
{
	size_t i;

	for (i = 0; i < b->count; i++) {
		php_zimbra_op_dtor(&b->ops[i]);
	}
	efree(b->ops);
	b->ops = NULL;
	b->count = b->cap = 0;
}

static void batch_free(zend_object *obj)
{
	php_zimbra_batch *b = batch_from_obj(obj);

	batch_release_ops(b);
	if (b->client) {
		OBJ_RELEASE(b->client);
	}
	zend_object_std_dtor(obj);
}

/* What the cycle collector must see: the client this batch holds. */
static HashTable *batch_gc(zend_object *obj, zval **table, int *n)
{
	php_zimbra_batch *b = batch_from_obj(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();

	if (b->client) {
		zend_get_gc_buffer_add_obj(buf, b->client);
	}
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

void php_zimbra_batch_init_ce(void)
{
	php_zimbra_batch_ce = register_class_Zimbra_Batch();
	php_zimbra_batch_ce->create_object = batch_new;
	memcpy(&batch_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	batch_handlers.offset = XtOffsetOf(php_zimbra_batch, base.std);
	batch_handlers.free_obj = batch_free;
	batch_handlers.clone_obj = NULL;
	batch_handlers.get_gc = batch_gc;
}

/* The position of op in the batch becomes return_value. */
static bool batch_queue(zend_object *obj, php_zimbra_op *op, zval *return_value)
{
	php_zimbra_batch *b = batch_from_obj(obj);

	if (!b->open) {
		php_zimbra_op_dtor(op);
		zend_throw_error(NULL, "This Zimbra\\Batch was already sent; queue requests inside the batch() callback");
		return false;
	}
	if (b->count == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 8;
		b->ops = erealloc(b->ops, b->cap * sizeof(*b->ops));
	}
	b->ops[b->count] = *op;  /* the op's buffers now belong to the batch */
	RETVAL_LONG((zend_long)b->count);
	b->count++;
	return true;
}

/* The client's: a step that needs a reply at once runs there (no typed method of a Batch has one). */
static zc_session *batch_session(zend_object *obj)
{
	php_zimbra_batch *b = batch_from_obj(obj);

	if (!b->client) {
		zend_throw_error(NULL, "This Zimbra\\Batch has no client");
		return NULL;
	}
	return php_zimbra_target_session(b->client);
}

/* A batch of a view (withServer()) runs on the view's server. */
static const char *batch_server(zend_object *obj)
{
	php_zimbra_batch *b = batch_from_obj(obj);

	return b->client ? php_zimbra_target_server(b->client) : NULL;
}

/*
 * A FaultException object for one failed item, not thrown. convert lets the method's own fault
 * handler turn it into a value (a lookup's NO_SUCH_* into null); with onerror="stop" the fault
 * is what stopped the batch, and is given as it is.
 */
static void item_fault(php_zimbra_op *op, const zc_node *fault_node, bool convert, zval *slot)
{
	zc_error err;

	zc_error_init(&err);
	if (!zc_fault_decode(fault_node, &err.fault)) {
		ZVAL_NULL(slot);
		return;
	}
	if (convert && op->on_fault && op->on_fault(&err.fault, op, slot)) {
		zc_error_clear(&err);
		return;
	}
	zc_error_set(&err, ZC_ERR_FAULT, "%.400s (%.80s)", err.fault.reason, err.fault.code);
	php_zimbra_exception_object(&err, false, slot);
}

/*
 * Items [from, to) that Zimbra never ran because it stopped at item stopped (onerror="stop"):
 * each holds a ResponseException saying so, whose previous exception is the stopping fault, so
 * they are never taken for items that succeeded.
 */
static void not_run(zval *results, size_t from, size_t to, size_t stopped)
{
	zval *fault = zend_hash_index_find(Z_ARRVAL_P(results), stopped);
	size_t i;

	for (i = from; i < to; i++) {
		zc_error err;
		zval *slot = zend_hash_index_find(Z_ARRVAL_P(results), i);
		zc_error_init(&err);
		zc_error_set(&err, ZC_ERR_RESPONSE, "Not run: Zimbra stopped the batch at item %zu, which failed, before item %zu",
			stopped, i);
		zval_ptr_dtor(slot);
		php_zimbra_exception_object(&err, false, slot);
		if (fault && Z_TYPE_P(fault) == IS_OBJECT) {
			GC_ADDREF(Z_OBJ_P(fault));  /* set_previous takes a reference: the results keep theirs */
			zend_exception_set_previous(Z_OBJ_P(slot), Z_OBJ_P(fault));
		}
	}
}

/*
 * Fill the result slots of ops [first, first + n) from one BatchReply.
 * Returns whether any item was a fault (*stopped: the first one). An item answered twice keeps
 * its first answer; an item not answered at all holds a ResponseException: "no answer", or,
 * when Zimbra stopped at a fault before it (onerror="stop"), "not run".
 */
static bool collect(php_zimbra_batch *b, size_t first, size_t n, bool stop_on_error, const zc_node *reply, zval *results,
	size_t *stopped)
{
	const zc_node *c;
	bool faulted = false;
	bool *seen = ecalloc(n, sizeof(bool));
	size_t i;

	for (c = reply->first_child; c; c = c->next) {
		const char *rid = zc_node_attr(c, "requestId");
		zend_ulong idx;
		zval *slot;

		if (!rid || !ZEND_HANDLE_NUMERIC_STR(rid, strlen(rid), idx) || idx < first || idx >= first + n
				|| seen[idx - first]) {
			continue;
		}
		seen[idx - first] = true;
		slot = zend_hash_index_find(Z_ARRVAL_P(results), idx);
		if (zc_soap_is_fault(c)) {
			item_fault(&b->ops[idx], c, !stop_on_error, slot);
			if (!faulted || idx < *stopped) {
				*stopped = idx;
			}
			faulted = true;
		} else {
			b->ops[idx].on_reply(c, &b->ops[idx], slot);
		}
	}
	for (i = 0; i < n; i++) {
		if (seen[i]) {
			continue;
		}
		if (faulted && stop_on_error && first + i > *stopped) {
			not_run(results, first + i, first + i + 1, *stopped);
		} else {
			zc_error err;
			zc_error_init(&err);
			zc_error_set(&err, ZC_ERR_RESPONSE,
				"Zimbra's BatchResponse has no answer for item %zu (requestId %zu): whether it was done is unknown",
				first + i, first + i);
			php_zimbra_exception_object(&err, false, zend_hash_index_find(Z_ARRVAL_P(results), first + i));
		}
	}
	efree(seen);
	return faulted;
}

/* Send ops [first, first + n) as one BatchRequest and fill their slots. */
static bool send_chunk(php_zimbra_batch *b, zc_session *s, size_t first, size_t n, bool stop_on_error,
	zval *results, bool *faulted, size_t *stopped, zc_error *err)
{
	zc_buf body;
	zc_arena arena;
	const zc_node *reply = NULL;
	bool secret = false, ok;
	size_t i;

	zc_buf_init(&body);
	zc_batch_begin(&body, stop_on_error);
	for (i = first; i < first + n; i++) {
		zc_batch_add(&body, b->ops[i].body.data, b->ops[i].body.len, (unsigned long)i);
		secret = secret || b->ops[i].secret;
	}
	zc_batch_end(&body);

	zc_arena_init(&arena);
	ok = zc_session_call(s, body.data, body.len, secret, &arena, &reply, err) && php_zimbra_reply_fits_memory(&arena, err);
	if (secret) {
		zc_buf_wipe(&body);
	} else {
		zc_buf_free(&body);
	}
	if (ok) {
		*faulted = collect(b, first, n, stop_on_error, reply, results, stopped);
	}
	/* A reply to a request that carried a secret may echo it. */
	if (secret) {
		zc_arena_wipe(&arena);
	} else {
		zc_arena_free(&arena);
	}
	return ok;
}

/* After a later BatchRequest failed, every item not done holds that exception. */
static void unsent_items_fail(zc_error *err, zval *results, size_t from, size_t count)
{
	zval ex;
	size_t i;

	if (err->kind == ZC_ERR_NOMEM) {
		php_zimbra_throw(err, false);  /* an Error, never a per-item result */
		return;
	}
	php_zimbra_exception_object(err, false, &ex);
	for (i = from; i < count; i++) {
		ZVAL_COPY(zend_hash_index_find(Z_ARRVAL_P(results), i), &ex);
	}
	zval_ptr_dtor(&ex);
}

/* Not constructible from PHP (the constructor is private). */
ZEND_METHOD(Zimbra_Batch, __construct)
{
	(void)return_value;
	ZEND_PARSE_PARAMETERS_NONE();
}

void php_zimbra_batch_run(zend_object *client, zend_fcall_info *fci, zend_fcall_info_cache *fcc, bool stop_on_error,
		size_t chunk, zval *return_value)
{
	zval batch_zv, retval, args[1];
	php_zimbra_batch *b;
	zc_session *s;
	size_t i, first;

	if (!(s = php_zimbra_target_session(client))) {
		return;
	}
	object_init_ex(&batch_zv, php_zimbra_batch_ce);
	b = batch_from_obj(Z_OBJ(batch_zv));
	b->client = client;
	GC_ADDREF(b->client);
	b->open = true;

	ZVAL_COPY_VALUE(&args[0], &batch_zv);
	fci->retval = &retval;
	fci->params = args;
	fci->param_count = 1;
	zend_call_function(fci, fcc);
	zval_ptr_dtor(&retval);
	b->open = false;
	if (EG(exception)) {
		zval_ptr_dtor(&batch_zv);
		return;
	}
	if (b->count == 0) {
		zval_ptr_dtor(&batch_zv);
		RETURN_EMPTY_ARRAY();
	}
	/*
	 * The session is looked up again now: the callback may have logged out or in, which
	 * frees or replaces the one in use before it ran.
	 */
	if (!(s = php_zimbra_target_session(client))) {
		zval_ptr_dtor(&batch_zv);
		return;
	}

	/*
	 * Bulk batches go out as BatchRequests of at most batch_size items: each
	 * stays small enough for the server to answer promptly, and the session's
	 * pacing keeps the sequence under the DoS filter. If a later one fails,
	 * the items already done keep their results and the rest hold the
	 * exception: one failure never hides what did happen.
	 */
	array_init_size(return_value, (uint32_t)b->count);
	for (i = 0; i < b->count; i++) {
		add_next_index_null(return_value);
	}
	for (first = 0; first < b->count; first += chunk) {
		size_t n = b->count - first < chunk ? b->count - first : chunk;
		size_t stopped = 0;
		bool faulted = false;
		zc_error err;

		zc_error_init(&err);
		if (!send_chunk(b, s, first, n, stop_on_error, return_value, &faulted, &stopped, &err)) {
			if (first == 0) {  /* nothing happened yet: fail as a single call would */
				zval_ptr_dtor(return_value);
				ZVAL_UNDEF(return_value);
				php_zimbra_throw(&err, false);
			} else {
				unsent_items_fail(&err, return_value, first, b->count);
			}
			break;
		}
		if (faulted && stop_on_error) {
			not_run(return_value, first + n, b->count, stopped);  /* nor the BatchRequests after it */
			break;
		}
	}
	zval_ptr_dtor(&batch_zv);
}
