/* Client methods for domains (purgeDomain lives in zimbra_purge.c). */
#include "php.h"

#include "zimbra_attrs.h"
#include "zimbra_methods.h"
#include "zimbra_op.h"
#include "zimbra_target.h"
#include "zimbra_exceptions.h"
#include "zimbra_args.h"
#include "zimbra_values.h"
#include "core/zc_crypto.h"

static void reply_domain(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	php_zimbra_entry_from_child(php_zimbra_domain_ce, reply, "domain", op, rv);
}

/* Create, modify and status change all send attributes and answer with the domain. */
ZEND_METHOD(Zimbra_Client, createDomain)
{
	zend_string *name;
	HashTable *attrs = NULL;
	char domain[ZC_DOMAIN_MAX + 1];
	php_zimbra_attrs pairs;
	php_zimbra_op op;
	zc_error err;
	int ok;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(attrs)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_zimbra_domain_name(name, domain)
			|| !php_zimbra_attrs_from_array(attrs ? attrs : (HashTable *)&zend_empty_array, 0, &pairs)) {
		RETURN_THROWS();
	}
	php_zimbra_op_init(&op, reply_domain, NULL);
	zc_error_init(&err);
	ok = zc_rq_create(&op.body, "CreateDomainRequest", domain, NULL, 0, php_zimbra_attrs_view(&pairs), &err);
	php_zimbra_attrs_free(&pairs);
	if (!php_zimbra_built(&op, ok, &err)) {
		RETURN_THROWS();
	}
	php_zimbra_dispatch(ZEND_THIS, &op, return_value);
}

static const php_zimbra_modify_spec modify_domain = {"ModifyDomainRequest", "domain", reply_domain, PHP_ZIMBRA_ATTRS_PREFIX};

ZEND_METHOD(Zimbra_Client, getDomain)
{
	static const php_zimbra_get_spec spec = {
		"GetDomainRequest", "domain", "applyConfig", php_zimbra_domain_or_id, reply_domain, false,
	};
	php_zimbra_get_entry(INTERNAL_FUNCTION_PARAM_PASSTHRU, &spec);
}

ZEND_METHOD(Zimbra_Client, modifyDomain)
{
	php_zimbra_modify_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, &modify_domain);
}

ZEND_METHOD(Zimbra_Client, setDomainStatus)
{
	static const char *const statuses[] = {"active", "maintenance", "locked", "closed", "suspended", NULL};

	php_zimbra_set_status(INTERNAL_FUNCTION_PARAM_PASSTHRU, &modify_domain, "zimbraDomainStatus", statuses);
}

ZEND_METHOD(Zimbra_Client, deleteDomain)
{
	php_zimbra_delete_by_id(INTERNAL_FUNCTION_PARAM_PASSTHRU, "DeleteDomainRequest", "domain id");
}

/* [id, key|null] from GetDomain attrs=zimbraPreAuthKey. */
static void reply_preauth(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	const zc_node *d = zc_node_child(reply, "domain", NULL), *c;

	if (!d || !zc_node_attr(d, "id")) {
		php_zimbra_reply_missing(op, reply, "domain", rv);
		return;
	}
	array_init(rv);
	add_next_index_string(rv, d && zc_node_attr(d, "id") ? zc_node_attr(d, "id") : "");
	for (c = d ? d->first_child : NULL; c; c = c->next) {
		const char *n = zc_node_attr(c, "n");
		if (strcmp(c->name, "a") == 0 && zc_is_secret_attr(n) && c->text_len) {
			add_next_index_stringl(rv, c->text, c->text_len);
			return;
		}
	}
	add_next_index_null(rv);
}

/* Reads [id, key] of a domain; false with an exception thrown (no such domain included). */
static bool read_preauth(zend_object *client, zend_string *domain_arg, zval *out)
{
	char domain[ZC_DOMAIN_MAX + 1];
	php_zimbra_op op;
	zc_error err;

	if (!php_zimbra_domain_name(domain_arg, domain)) {
		return false;
	}
	php_zimbra_op_init(&op, reply_preauth, NULL);
	op.secret = true;  /* the reply carries the key: its memory is wiped after */
	zc_error_init(&err);
	if (!php_zimbra_built(&op, zc_rq_get(&op.body, "GetDomainRequest", "domain", "name", domain, "zimbraPreAuthKey",
			"applyConfig", 0, &err), &err)) {
		return false;
	}
	return php_zimbra_execute(client, &op, out);
}

ZEND_METHOD(Zimbra_Client, getPreauthKey)
{
	zend_string *domain;
	zval pair;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(domain)
	ZEND_PARSE_PARAMETERS_END();

	if (!read_preauth(Z_OBJ_P(ZEND_THIS), domain, &pair)) {
		RETURN_THROWS();
	}
	RETVAL_COPY(zend_hash_index_find(Z_ARRVAL(pair), 1));
	zval_ptr_dtor(&pair);
}

ZEND_METHOD(Zimbra_Client, ensurePreauthKey)
{
	zend_string *domain;
	zval pair, *id, *key, ignored;
	char fresh[ZC_PREAUTH_KEY_HEX + 1];
	zc_pair attr;
	zc_attrs attrs;
	php_zimbra_op op;
	zc_error err;
	int ok;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(domain)
	ZEND_PARSE_PARAMETERS_END();

	if (!read_preauth(Z_OBJ_P(ZEND_THIS), domain, &pair)) {
		RETURN_THROWS();
	}
	id = zend_hash_index_find(Z_ARRVAL(pair), 0);
	key = zend_hash_index_find(Z_ARRVAL(pair), 1);
	if (Z_TYPE_P(key) == IS_STRING) {
		RETVAL_COPY(key);
		zval_ptr_dtor(&pair);
		return;
	}
	zc_error_init(&err);
	if (!zc_generate_preauth_key(fresh, &err)) {
		zval_ptr_dtor(&pair);
		php_zimbra_throw(&err, false);
		RETURN_THROWS();
	}
	attr.name = "zimbraPreAuthKey";
	attr.name_len = strlen(attr.name);
	attr.value = fresh;
	attr.value_len = ZC_PREAUTH_KEY_HEX;
	attrs.items = &attr;
	attrs.count = 1;
	php_zimbra_op_init(&op, php_zimbra_reply_void, NULL);
	op.secret = true;
	ok = zc_rq_modify(&op.body, "ModifyDomainRequest", Z_STRVAL_P(id), attrs, &err);
	zval_ptr_dtor(&pair);
	if (!php_zimbra_built(&op, ok, &err)) {
		ZEND_SECURE_ZERO(fresh, sizeof(fresh));
		RETURN_THROWS();
	}
	if (php_zimbra_execute(Z_OBJ_P(ZEND_THIS), &op, &ignored)) {
		RETVAL_STRINGL(fresh, ZC_PREAUTH_KEY_HEX);
	}
	ZEND_SECURE_ZERO(fresh, sizeof(fresh));
}
