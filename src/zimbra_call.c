/* Running typed operations on a Client or queueing them on a Batch; see zimbra_call.h. */
#include "php.h"
#include "zend_exceptions.h"

#include "zimbra_array.h"
#include "zimbra_attrs.h"
#include "zimbra_batch.h"
#include "zimbra_call.h"
#include "zimbra_classes.h"
#include "zimbra_exceptions.h"
#include "zimbra_methods.h"
#include "core/zc_admin.h"

void php_zimbra_op_init(php_zimbra_op *op, php_zimbra_reply_fn on_reply, php_zimbra_fault_fn on_fault)
{
	memset(op, 0, sizeof(*op));
	zc_buf_init(&op->body);
	op->on_reply = on_reply;
	op->on_fault = on_fault;
}

void php_zimbra_op_dtor(php_zimbra_op *op)
{
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

bool php_zimbra_build_failed(php_zimbra_op *op, zc_error *err)
{
	php_zimbra_op_dtor(op);
	php_zimbra_throw(err, false);
	return false;
}

void php_zimbra_get_entry(INTERNAL_FUNCTION_PARAMETERS, const php_zimbra_get_spec *spec)
{
	zend_string *key, *csv = NULL;
	HashTable *attrs = NULL;
	char value[ZC_EMAIL_MAX + 1];
	const char *by;
	php_zimbra_op op;
	zc_error err;
	int ok;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(key)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(attrs)
	ZEND_PARSE_PARAMETERS_END();

	if (!spec->resolve(key, value, &by) || !php_zimbra_attr_names(attrs, &csv)) {
		RETURN_THROWS();
	}
	php_zimbra_op_init(&op, spec->on_reply, php_zimbra_fault_not_found_is_null);
	if (spec->track_alias && strcmp(by, "name") == 0) {
		op.lookup = zend_string_init(value, strlen(value), 0);
	}
	zc_error_init(&err);
	ok = zc_rq_get(&op.body, spec->request, spec->selector, by, value, csv ? ZSTR_VAL(csv) : NULL, spec->apply, 1, &err);
	if (csv) {
		zend_string_release(csv);
	}
	if (php_zimbra_built(&op, ok, &err)) {
		php_zimbra_dispatch(ZEND_THIS, &op, return_value);
	}
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

bool php_zimbra_execute(zend_object *client, php_zimbra_op *op, zval *return_value)
{
	zc_session *s = php_zimbra_client_session(client);
	zc_error err;
	zc_arena arena;
	const zc_node *reply = NULL;
	bool ok;

	if (!s) {
		php_zimbra_op_dtor(op);
		return false;
	}
	zc_error_init(&err);
	zc_arena_init(&arena);
	ok = zc_session_call(s, op->body.data, op->body.len, op->secret, &arena, &reply, &err)
		&& php_zimbra_reply_fits_memory(&arena, &err);
	if (ok) {
		op->on_reply(reply, op, return_value);
		if (op->failed) {
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

bool php_zimbra_dispatch(zval *this_zv, php_zimbra_op *op, zval *return_value)
{
	if (Z_OBJCE_P(this_zv) == php_zimbra_batch_ce) {
		return php_zimbra_batch_queue(Z_OBJ_P(this_zv), op, return_value);
	}
	return php_zimbra_execute(Z_OBJ_P(this_zv), op, return_value);
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

void php_zimbra_delete_by_id(INTERNAL_FUNCTION_PARAMETERS, const char *request, const char *what)
{
	zend_string *id;
	php_zimbra_op op;
	zc_error err;
	int ok;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(id)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_zimbra_check_id(id, what)) {
		RETURN_THROWS();
	}
	php_zimbra_op_init(&op, php_zimbra_reply_void, NULL);
	zc_error_init(&err);
	ok = strcmp(request, "DeleteDistributionListRequest") == 0
		? zc_rq_delete_dl(&op.body, ZSTR_VAL(id), &err)
		: zc_rq_by_id(&op.body, request, ZSTR_VAL(id), &err);
	if (!ok) {
		php_zimbra_build_failed(&op, &err);
		RETURN_THROWS();
	}
	php_zimbra_dispatch(ZEND_THIS, &op, return_value);
}
