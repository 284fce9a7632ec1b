/*
 * Zimbra\*Exception: the mapping from core error kinds to classes, the fault
 * getters, and trace scrubbing.
 *
 * Every exception of this extension drops the argument values from its
 * stack trace when it is created. #[\SensitiveParameter] protects our own
 * parameters, but a password can also sit in the arguments of the caller's
 * functions further up the stack, and those frames are in the same trace.
 */
#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"

#include "zimbra_exceptions.h"
#include "core/zc_utf8.h"
#include "zimbra_exceptions_arginfo.h"  /* the class registration, from zimbra_exceptions.stub.php */

/* A validation message (which quotes the input) is cut here. */
#define PHP_ZIMBRA_MESSAGE_MAX 512

zend_class_entry *php_zimbra_exception_ce;
zend_class_entry *php_zimbra_validation_exception_ce;
zend_class_entry *php_zimbra_transport_exception_ce;
zend_class_entry *php_zimbra_response_exception_ce;
zend_class_entry *php_zimbra_fault_exception_ce;
zend_class_entry *php_zimbra_authentication_exception_ce;
zend_class_entry *php_zimbra_crypto_exception_ce;

static void drop_trace_args(zend_object *ex)
{
	zval rv, *trace, *frame;

	trace = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_TRACE), true, &rv);
	if (!trace || Z_TYPE_P(trace) != IS_ARRAY) {
		return;
	}
	/* The trace was built for this object a moment ago and is not shared. */
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(trace), frame) {
		if (Z_TYPE_P(frame) == IS_ARRAY) {
			zval *args = zend_hash_find(Z_ARRVAL_P(frame), ZSTR_KNOWN(ZEND_STR_ARGS));
			if (args) {
				zval_ptr_dtor(args);
				ZVAL_EMPTY_ARRAY(args);
			}
		}
	} ZEND_HASH_FOREACH_END();
}

static zend_object *(*default_exception_new)(zend_class_entry *ce);

static zend_object *scrubbed_exception_new(zend_class_entry *ce)
{
	zend_object *ex = default_exception_new(ce);
	drop_trace_args(ex);
	return ex;
}

/*
 * The engine's errors thrown by this extension's methods (TypeError, ValueError, ArgumentCountError
 * for an argument that is wrong) are scrubbed too: their trace would hold the arguments, an
 * attribute array's preauth key or the caller's password among them. They are told from others
 * by the frame that throws: an internal method of a class of the Zimbra namespace. A userland
 * exception thrown in a callback the extension runs (batch()) is the caller's own, and kept.
 */
static void (*previous_throw_hook)(zend_object *ex);

static bool thrown_by_zimbra(void)
{
	zend_execute_data *ex = EG(current_execute_data);
	zend_function *f = ex ? ex->func : NULL;
	zend_string *scope = f && f->type == ZEND_INTERNAL_FUNCTION && f->common.scope ? f->common.scope->name : NULL;

	return scope && ZSTR_LEN(scope) > 7 && zend_binary_strncasecmp(ZSTR_VAL(scope), 7, "zimbra\\", 7, 7) == 0;
}

static void scrub_thrown(zend_object *ex)
{
	if (instanceof_function(ex->ce, zend_ce_error) && thrown_by_zimbra()) {
		drop_trace_args(ex);
	}
	if (previous_throw_hook) {
		previous_throw_hook(ex);
	}
}

void php_zimbra_exceptions_shutdown(void)
{
	if (zend_throw_exception_hook == scrub_thrown) {
		zend_throw_exception_hook = previous_throw_hook;
	}
}

void php_zimbra_exceptions_init_ce(void)
{
	php_zimbra_exception_ce = register_class_Zimbra_Exception(zend_ce_throwable);
	php_zimbra_validation_exception_ce = register_class_Zimbra_ValidationException(
		spl_ce_InvalidArgumentException, php_zimbra_exception_ce);
	php_zimbra_transport_exception_ce = register_class_Zimbra_TransportException(
		spl_ce_RuntimeException, php_zimbra_exception_ce);
	php_zimbra_response_exception_ce = register_class_Zimbra_ResponseException(
		spl_ce_RuntimeException, php_zimbra_exception_ce);
	php_zimbra_fault_exception_ce = register_class_Zimbra_FaultException(
		spl_ce_RuntimeException, php_zimbra_exception_ce);
	php_zimbra_authentication_exception_ce = register_class_Zimbra_AuthenticationException(
		php_zimbra_fault_exception_ce);
	php_zimbra_crypto_exception_ce = register_class_Zimbra_CryptoException(
		spl_ce_RuntimeException, php_zimbra_exception_ce);
	previous_throw_hook = zend_throw_exception_hook;
	zend_throw_exception_hook = scrub_thrown;
	default_exception_new = zend_ce_exception->create_object;
	php_zimbra_validation_exception_ce->create_object = scrubbed_exception_new;
	php_zimbra_transport_exception_ce->create_object = scrubbed_exception_new;
	php_zimbra_response_exception_ce->create_object = scrubbed_exception_new;
	php_zimbra_fault_exception_ce->create_object = scrubbed_exception_new;
	php_zimbra_authentication_exception_ce->create_object = scrubbed_exception_new;
	php_zimbra_crypto_exception_ce->create_object = scrubbed_exception_new;
}

static void set_fault_properties(zend_object *ex, const zc_fault *f)
{
	zend_class_entry *scope = php_zimbra_fault_exception_ce;
	zval details;
	size_t i;

	zend_update_property_string(scope, ex, ZEND_STRL("faultCode"), f->code ? f->code : "");
	zend_update_property_string(scope, ex, ZEND_STRL("reason"), f->reason ? f->reason : "");
	zend_update_property_bool(scope, ex, ZEND_STRL("receiverFault"), f->receiver);
	if (f->trace) {
		zend_update_property_string(scope, ex, ZEND_STRL("serverTrace"), f->trace);
	}
	array_init_size(&details, (uint32_t)f->nargs);
	for (i = 0; i < f->nargs; i++) {
		add_assoc_string(&details, f->args[i].name, f->args[i].value);
	}
	zend_update_property(scope, ex, ZEND_STRL("details"), &details);
	zval_ptr_dtor(&details);
}

static void set_message(zend_object *ex, const char *message, zend_long code)
{
	zend_class_entry *base = zend_get_exception_base(ex);
	zend_string *msg = zend_string_init(message, strlen(message), 0);
	zval tmp;

	ZVAL_STR(&tmp, msg);
	zend_update_property_ex(base, ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), &tmp);
	zend_string_release(msg);
	ZVAL_LONG(&tmp, code);
	zend_update_property_ex(base, ex, ZSTR_KNOWN(ZEND_STR_CODE), &tmp);
}

/* The one place that decides which class stands for which failure. */
static zend_class_entry *class_for(const zc_error *e, bool during_login)
{
	switch (e->kind) {
		case ZC_ERR_VALIDATION:
			return php_zimbra_validation_exception_ce;
		case ZC_ERR_TRANSPORT:
		case ZC_ERR_HTTP:
			return php_zimbra_transport_exception_ce;
		case ZC_ERR_RESPONSE:
			return php_zimbra_response_exception_ce;
		case ZC_ERR_FAULT:
			/* AUTH_FAILED only answers an AuthRequest: a re-login the session made on its own, too. */
			return during_login || (e->fault.code && strcmp(e->fault.code, "account.AUTH_FAILED") == 0)
				? php_zimbra_authentication_exception_ce : php_zimbra_fault_exception_ce;
		case ZC_ERR_CRYPTO:
			return php_zimbra_crypto_exception_ce;
		default:
			return NULL;
	}
}

void php_zimbra_exception_object(zc_error *e, bool during_login, zval *out)
{
	zend_class_entry *ce = class_for(e, during_login);

	if (!ce) {
		ZVAL_NULL(out);
		zc_error_clear(e);
		return;
	}
	object_init_ex(out, ce);
	set_message(Z_OBJ_P(out), e->message, e->kind == ZC_ERR_TRANSPORT ? e->curl_code : 0);
	if (e->kind == ZC_ERR_HTTP) {
		zend_update_property_long(php_zimbra_transport_exception_ce, Z_OBJ_P(out), ZEND_STRL("httpStatus"), e->http_status);
	}
	if (e->kind == ZC_ERR_HTTP || e->kind == ZC_ERR_TRANSPORT) {
		zend_update_property_bool(php_zimbra_transport_exception_ce, Z_OBJ_P(out), ZEND_STRL("requestSent"), e->request_sent);
	}
	if (e->kind == ZC_ERR_FAULT) {
		set_fault_properties(Z_OBJ_P(out), &e->fault);
	}
	zc_error_clear(e);
}

void php_zimbra_throw(zc_error *e, bool during_login)
{
	zval ex;

	if (e->kind == ZC_ERR_NOMEM) {
		zend_throw_error(NULL, "%s", e->message);
		zc_error_clear(e);
		return;
	}
	if (e->kind == ZC_OK) {
		return;
	}
	php_zimbra_exception_object(e, during_login, &ex);
	zend_throw_exception_object(&ex);
}

void php_zimbra_throw_validation(const char *fmt, ...)
{
	va_list ap;
	zend_string *msg;

	zc_buf shown;

	va_start(ap, fmt);
	msg = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	/* Messages quote the input: a hostile one must not flood a log or break its encoding. */
	zc_buf_init(&shown);
	zc_utf8_append_shown(&shown, ZSTR_VAL(msg), ZSTR_LEN(msg), PHP_ZIMBRA_MESSAGE_MAX);
	zend_throw_exception(php_zimbra_validation_exception_ce, shown.data ? shown.data : "", 0);
	zc_buf_free(&shown);
	zend_string_release(msg);
}

static zval *fault_prop(zend_object *obj, const char *name, size_t len, zval *rv)
{
	return zend_read_property(php_zimbra_fault_exception_ce, obj, name, len, true, rv);
}

ZEND_METHOD(Zimbra_TransportException, getHttpStatus)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(zend_read_property(php_zimbra_transport_exception_ce, Z_OBJ_P(ZEND_THIS),
		ZEND_STRL("httpStatus"), true, &rv));
}

ZEND_METHOD(Zimbra_TransportException, wasSent)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(zend_read_property(php_zimbra_transport_exception_ce, Z_OBJ_P(ZEND_THIS),
		ZEND_STRL("requestSent"), true, &rv));
}

ZEND_METHOD(Zimbra_FaultException, getFaultCode)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(fault_prop(Z_OBJ_P(ZEND_THIS), ZEND_STRL("faultCode"), &rv));
}

ZEND_METHOD(Zimbra_FaultException, getReason)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(fault_prop(Z_OBJ_P(ZEND_THIS), ZEND_STRL("reason"), &rv));
}

ZEND_METHOD(Zimbra_FaultException, isSenderFault)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(!zend_is_true(fault_prop(Z_OBJ_P(ZEND_THIS), ZEND_STRL("receiverFault"), &rv)));
}

ZEND_METHOD(Zimbra_FaultException, isReceiverFault)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(zend_is_true(fault_prop(Z_OBJ_P(ZEND_THIS), ZEND_STRL("receiverFault"), &rv)));
}

ZEND_METHOD(Zimbra_FaultException, getDetails)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(fault_prop(Z_OBJ_P(ZEND_THIS), ZEND_STRL("details"), &rv));
}

ZEND_METHOD(Zimbra_FaultException, getServerTrace)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(fault_prop(Z_OBJ_P(ZEND_THIS), ZEND_STRL("serverTrace"), &rv));
}
