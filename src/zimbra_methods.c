/* Method shapes shared by several typed methods; see zimbra_methods.h. */
#include "php.h"

#include "zimbra_args.h"
#include "zimbra_attrs.h"
#include "zimbra_methods.h"
#include "zimbra_target.h"
#include "core/zc_admin.h"

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

void php_zimbra_by_key(INTERNAL_FUNCTION_PARAMETERS, php_zimbra_key_request_fn build, php_zimbra_reply_fn on_reply,
		php_zimbra_fault_fn on_fault)
{
	zend_string *key;
	char value[ZC_EMAIL_MAX + 1];
	const char *by;
	php_zimbra_op op;
	zc_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_zimbra_email_or_id(key, value, &by)) {
		RETURN_THROWS();
	}
	php_zimbra_op_init(&op, on_reply, on_fault);
	zc_error_init(&err);
	if (php_zimbra_built(&op, build(&op.body, by, value, &err), &err)) {
		php_zimbra_dispatch(ZEND_THIS, &op, return_value);
	}
}

/* Modify<X> for one id: the id and (by flags) the attributes checked, the request built and dispatched. */
static void send_modify(INTERNAL_FUNCTION_PARAMETERS, const php_zimbra_modify_spec *spec, zend_string *id, HashTable *attrs,
		int flags)
{
	php_zimbra_attrs pairs;
	php_zimbra_op op;
	zc_error err;
	char id_what[32];
	int ok;

	snprintf(id_what, sizeof(id_what), "%s id", spec->what);
	if (!php_zimbra_check_id(id, id_what) || !php_zimbra_attrs_from_array(attrs, flags, &pairs)) {
		RETURN_THROWS();
	}
	php_zimbra_op_init(&op, spec->on_reply, NULL);
	zc_error_init(&err);
	ok = zc_rq_modify(&op.body, spec->request, ZSTR_VAL(id), php_zimbra_attrs_view(&pairs), &err);
	php_zimbra_attrs_free(&pairs);
	if (!php_zimbra_built(&op, ok, &err)) {
		RETURN_THROWS();
	}
	php_zimbra_dispatch(ZEND_THIS, &op, return_value);
}

void php_zimbra_modify_method(INTERNAL_FUNCTION_PARAMETERS, const php_zimbra_modify_spec *spec)
{
	zend_string *id;
	HashTable *attrs;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(id)
		Z_PARAM_ARRAY_HT(attrs)
	ZEND_PARSE_PARAMETERS_END();
	send_modify(INTERNAL_FUNCTION_PARAM_PASSTHRU, spec, id, attrs, spec->flags);
}

void php_zimbra_set_status(INTERNAL_FUNCTION_PARAMETERS, const php_zimbra_modify_spec *spec, const char *attr,
		const char *const *allowed)
{
	const char *what = spec->what;
	zend_string *id, *status;
	HashTable attrs;
	zval v;
	char id_what[32];

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(id)
		Z_PARAM_STR(status)
	ZEND_PARSE_PARAMETERS_END();

	snprintf(id_what, sizeof(id_what), "%s id", what);
	if (!php_zimbra_check_id(id, id_what)) {
		RETURN_THROWS();
	}
	snprintf(id_what, sizeof(id_what), "%s status", what);
	if (!php_zimbra_check_enum(status, id_what, allowed)) {
		RETURN_THROWS();
	}
	zend_hash_init(&attrs, 1, NULL, ZVAL_PTR_DTOR, 0);
	ZVAL_STR_COPY(&v, status);
	zend_hash_str_update(&attrs, attr, strlen(attr), &v);
	send_modify(INTERNAL_FUNCTION_PARAM_PASSTHRU, spec, id, &attrs, 0);
	zend_hash_destroy(&attrs);
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
	if (!php_zimbra_built(&op, ok, &err)) {
		RETURN_THROWS();
	}
	php_zimbra_dispatch(ZEND_THIS, &op, return_value);
}
