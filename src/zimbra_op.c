/* One admin operation, from a built request to a PHP return value; see zimbra_op.h. */
#include "php.h"
#include "zend_exceptions.h"

#include "zimbra_array.h"
#include "zimbra_exceptions.h"
#include "zimbra_op.h"
#include "zimbra_values.h"

void php_zimbra_op_init(php_zimbra_op *op, php_zimbra_reply_fn on_reply, php_zimbra_fault_fn on_fault)
{
	memset(op, 0, sizeof(*op));
	zc_buf_init(&op->body);
	op->on_reply = on_reply;
	op->on_fault = on_fault;
}

void php_zimbra_op_dtor(php_zimbra_op *op)
{
	/* A body that carried a password is zeroed before its memory goes back to the allocator. */
	if (op->secret) {
		zc_buf_wipe(&op->body);
	} else {
		zc_buf_free(&op->body);
	}
	if (op->lookup) {
		zend_string_release(op->lookup);
	}
	if (op->password) {
		ZEND_SECURE_ZERO(ZSTR_VAL(op->password), ZSTR_LEN(op->password));
		zend_string_release(op->password);
	}
	op->lookup = op->password = NULL;
}

void php_zimbra_reply_missing(php_zimbra_op *op, const zc_node *reply, const char *element, zval *rv)
{
	zc_error err;

	zc_error_init(&err);
	zc_error_set(&err, ZC_ERR_RESPONSE, "Zimbra's %.80s has no <%.40s> element: the reply is unusable, "
		"and whether the request was done is unknown", reply && reply->name ? reply->name : "reply", element);
	php_zimbra_exception_object(&err, false, rv);
	op->failed = true;
}

void php_zimbra_entry_from_child(zend_class_entry *ce, const zc_node *reply, const char *name, php_zimbra_op *op, zval *out)
{
	const zc_node *child = zc_node_child(reply, name, NULL);

	if (child) {
		php_zimbra_entry_from_node(ce, child, out);
	} else {
		php_zimbra_reply_missing(op, reply, name, out);
	}
}

bool php_zimbra_build_failed(php_zimbra_op *op, zc_error *err)
{
	php_zimbra_op_dtor(op);
	php_zimbra_throw(err, false);
	return false;
}

/*
 * Turning a reply's tree into PHP values takes up to about this many bytes of PHP memory per
 * byte of tree (measured on Zimbra's shapes: request()'s arrays 4.1, typed entries 2.5).
 */
#define PHP_BYTES_PER_TREE_BYTE 5

bool php_zimbra_reply_fits_memory(const zc_arena *arena, zc_error *err)
{
	zend_long limit = PG(memory_limit);
	size_t need = arena->used_total * PHP_BYTES_PER_TREE_BYTE, used = zend_memory_usage(0);

	if (limit <= 0 || used + need <= (size_t)limit) {
		return true;
	}
	zc_error_set(err, ZC_ERR_RESPONSE,
		"The response is too large to turn into PHP values within memory_limit (it needs about %zu MiB, %zu MiB are "
		"left): raise memory_limit, or ask for fewer entries or attributes at a time",
		need / (1024 * 1024) + 1, used < (size_t)limit ? ((size_t)limit - used) / (1024 * 1024) : 0);
	return false;
}

bool php_zimbra_op_run(zc_session *s, php_zimbra_op *op, zval *return_value)
{
	zc_error err;
	zc_arena arena;
	const zc_node *reply = NULL;
	bool ok;

	zc_error_init(&err);
	zc_arena_init(&arena);
	ok = zc_session_call(s, op->body.data, op->body.len, op->secret, &arena, &reply, &err)
		&& php_zimbra_reply_fits_memory(&arena, &err);
	if (ok) {
		op->on_reply(reply, op, return_value);
		if (op->failed) {
			/* The converter left its ResponseException as the value: a call throws it. */
			zval ex;
			ZVAL_COPY_VALUE(&ex, return_value);
			ZVAL_NULL(return_value);
			zend_throw_exception_object(&ex);
			ok = false;
		}
	} else if (err.kind == ZC_ERR_FAULT && op->on_fault && op->on_fault(&err.fault, op, return_value)) {
		zc_error_clear(&err);
		ok = true;
	} else {
		php_zimbra_throw(&err, false);
	}
	/* A reply to a request that carried a secret may echo it (e.g. a domain's preauth key). */
	if (op->secret) {
		zc_arena_wipe(&arena);
	} else {
		zc_arena_free(&arena);
	}
	php_zimbra_op_dtor(op);
	return ok && !EG(exception);
}

bool php_zimbra_send_built(zc_session *s, zc_buf *body, zc_arena *arena, const zc_node **reply)
{
	zc_error err;
	bool ok;

	zc_error_init(&err);
	zc_arena_init(arena);
	ok = zc_session_call(s, body->data, body->len, 0, arena, reply, &err);
	zc_buf_free(body);
	if (!ok) {
		zc_arena_free(arena);
		php_zimbra_throw(&err, false);
	}
	return ok;
}

bool php_zimbra_fault_not_found_is_null(const zc_fault *fault, php_zimbra_op *op, zval *rv)
{
	(void)op;
	if (strncmp(fault->code, "account.NO_SUCH_", 16) == 0) {
		ZVAL_NULL(rv);
		return true;
	}
	return false;
}

bool php_zimbra_fault_code_is_false(const zc_fault *fault, php_zimbra_op *op, zval *rv)
{
	if (op->false_on && strcmp(fault->code, op->false_on) == 0) {
		ZVAL_FALSE(rv);
		return true;
	}
	return false;
}

void php_zimbra_reply_void(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	(void)reply;
	(void)op;
	ZVAL_NULL(rv);
}

void php_zimbra_reply_array(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	(void)op;
	php_zimbra_node_to_array(reply, rv);
}
