/* Client methods for distribution lists. */
#include "php.h"

#include "zimbra_attrs.h"
#include "zimbra_methods.h"
#include "zimbra_op.h"
#include "zimbra_target.h"
#include "zimbra_exceptions.h"
#include "zimbra_args.h"
#include "zimbra_values.h"

/* A list of up to this many members is read in one request; Zimbra has no member cap of its own. */
#define ALL_MEMBERS 0

static void reply_dl(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	php_zimbra_entry_from_child(php_zimbra_dl_ce, reply, "dl", op, rv);
}

ZEND_METHOD(Zimbra_Client, createDistributionList)
{
	zend_string *email;
	HashTable *attrs = NULL;
	char address[ZC_EMAIL_MAX + 1];
	php_zimbra_attrs pairs;
	php_zimbra_op op;
	zc_error err;
	int ok;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(email)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(attrs)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_zimbra_email(email, address)
			|| !php_zimbra_attrs_from_array(attrs ? attrs : (HashTable *)&zend_empty_array, PHP_ZIMBRA_ATTRS_CREATE, &pairs)) {
		RETURN_THROWS();
	}
	php_zimbra_op_init(&op, reply_dl, NULL);
	zc_error_init(&err);
	ok = zc_rq_create(&op.body, "CreateDistributionListRequest", address, NULL, 0, php_zimbra_attrs_view(&pairs), &err);
	php_zimbra_attrs_free(&pairs);
	if (!php_zimbra_built(&op, ok, &err)) {
		RETURN_THROWS();
	}
	php_zimbra_dispatch(ZEND_THIS, &op, return_value);
}

static int build_get_dl(zc_buf *out, const char *by, const char *key, zc_error *err)
{
	return zc_rq_get_dl(out, by, key, ALL_MEMBERS, 0, err);
}

ZEND_METHOD(Zimbra_Client, getDistributionList)
{
	php_zimbra_by_key(INTERNAL_FUNCTION_PARAM_PASSTHRU, build_get_dl, reply_dl, php_zimbra_fault_not_found_is_null);
}

/* <dl name id dynamic [via]> per list; a list reached through another names it in via. */
static void reply_membership(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	const zc_node *c;

	(void)op;
	array_init(rv);
	for (c = reply->first_child; c; c = c->next) {
		const char *id = zc_node_attr(c, "id");
		const char *via = zc_node_attr(c, "via");
		const char *dynamic = zc_node_attr(c, "dynamic");
		zval row;
		if (strcmp(c->name, "dl") != 0 || !id) {
			continue;
		}
		array_init(&row);
		add_assoc_string(&row, "id", (char *)id);
		add_assoc_string(&row, "name", (char *)(zc_node_attr(c, "name") ? zc_node_attr(c, "name") : ""));
		add_assoc_bool(&row, "dynamic", dynamic && (strcmp(dynamic, "1") == 0 || strcmp(dynamic, "true") == 0));
		if (via && via[0]) {
			add_assoc_string(&row, "via", (char *)via);
		} else {
			add_assoc_null(&row, "via");
		}
		add_next_index_zval(rv, &row);
	}
}

static int build_membership(zc_buf *out, const char *by, const char *key, zc_error *err)
{
	return zc_rq_get(out, "GetAccountMembershipRequest", "account", by, key, NULL, NULL, 0, err);
}

/* An unknown account is account.NO_SUCH_ACCOUNT: there is no "null" membership to give. */
ZEND_METHOD(Zimbra_Client, getAccountMembership)
{
	php_zimbra_by_key(INTERNAL_FUNCTION_PARAM_PASSTHRU, build_membership, reply_membership, NULL);
}

ZEND_METHOD(Zimbra_Client, modifyDistributionList)
{
	static const php_zimbra_modify_spec spec = {"ModifyDistributionListRequest", "list", reply_dl, PHP_ZIMBRA_ATTRS_PREFIX};

	php_zimbra_modify_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, &spec);
}

/* Each member is an address (possibly external); all are checked before anything is sent. */
static void members_call(INTERNAL_FUNCTION_PARAMETERS, const char *request)
{
	zend_string *id;
	HashTable *members;
	zc_str *list;
	char (*addresses)[ZC_EMAIL_MAX + 1];
	uint32_t n, i = 0;
	zval *v;
	php_zimbra_op op;
	zc_error err;
	int ok;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(id)
		Z_PARAM_ARRAY_HT(members)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_zimbra_check_id(id, "list id")) {
		RETURN_THROWS();
	}
	n = zend_hash_num_elements(members);
	if (n == 0) {
		zend_argument_value_error(2, "must not be empty");
		RETURN_THROWS();
	}
	list = safe_emalloc(n, sizeof(*list), 0);
	addresses = safe_emalloc(n, sizeof(*addresses), 0);
	ZEND_HASH_FOREACH_VAL(members, v) {
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) != IS_STRING) {
			zend_argument_type_error(2, "must hold email addresses as strings, %s given", zend_zval_type_name(v));
			goto done;
		}
		/* Members are any address mail can reach (first+tag@ elsewhere), not names we create. */
		if (!php_zimbra_existing_email(Z_STR_P(v), addresses[i])) {
			goto done;
		}
		list[i].s = addresses[i];
		list[i].len = strlen(addresses[i]);
		i++;
	} ZEND_HASH_FOREACH_END();

	php_zimbra_op_init(&op, php_zimbra_reply_void, NULL);
	zc_error_init(&err);
	ok = zc_rq_dl_members(&op.body, request, ZSTR_VAL(id), list, n, &err);
	if (php_zimbra_built(&op, ok, &err)) {
		php_zimbra_dispatch(ZEND_THIS, &op, return_value);
	}
done:
	efree(list);
	efree(addresses);
}

ZEND_METHOD(Zimbra_Client, addDistributionListMembers)
{
	members_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, "AddDistributionListMemberRequest");
}

ZEND_METHOD(Zimbra_Client, removeDistributionListMembers)
{
	members_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, "RemoveDistributionListMemberRequest");
}

ZEND_METHOD(Zimbra_Client, deleteDistributionList)
{
	php_zimbra_delete_by_id(INTERNAL_FUNCTION_PARAM_PASSTHRU, "DeleteDistributionListRequest", "list id");
}
