/* Client methods for accounts and their aliases. */
#include "php.h"

#include "zimbra_attrs.h"
#include "zimbra_methods.h"
#include "zimbra_op.h"
#include "zimbra_target.h"
#include "zimbra_exceptions.h"
#include "zimbra_args.h"
#include "zimbra_values.h"
#include "core/zc_crypto.h"

#define GENERATED_PASSWORD_LENGTH 16

/* The account in a reply; alias detection and a generated password come from the op. */
static void reply_account(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	const zc_node *a = zc_node_child(reply, "account", NULL);
	const char *name;
	zend_string *matched = NULL;

	if (!a) {
		php_zimbra_reply_missing(op, reply, "account", rv);
		return;
	}
	/* By name, Zimbra also matches aliases and answers with the primary address. */
	name = zc_node_attr(a, "name");
	if (op->lookup && name && strcmp(name, ZSTR_VAL(op->lookup)) != 0) {
		matched = op->lookup;
	}
	php_zimbra_account_from_node(a, matched, rv);
	if (op->password) {
		php_zimbra_account_give_password(rv, op->password);
	}
}


ZEND_METHOD(Zimbra_Client, createAccount)
{
	zend_string *email, *password = NULL;
	HashTable *attrs = NULL;
	char address[ZC_EMAIL_MAX + 1], generated[GENERATED_PASSWORD_LENGTH + 1];
	php_zimbra_attrs pairs;
	php_zimbra_op op;
	zc_error err;
	const char *pw;
	size_t pw_len;
	int ok;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(email)
		Z_PARAM_STR_OR_NULL(password)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(attrs)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_zimbra_email(email, address)) {
		RETURN_THROWS();
	}
	if (password && ZSTR_LEN(password) == 0) {
		php_zimbra_throw_validation("The password is empty; pass null to generate one");
		RETURN_THROWS();
	}
	if (!php_zimbra_attrs_from_array(attrs ? attrs : (HashTable *)&zend_empty_array, PHP_ZIMBRA_ATTRS_CREATE, &pairs)) {
		RETURN_THROWS();
	}
	zc_error_init(&err);
	php_zimbra_op_init(&op, reply_account, NULL);
	op.secret = true;
	if (password) {
		pw = ZSTR_VAL(password);
		pw_len = ZSTR_LEN(password);
	} else {
		if (!php_zimbra_built(&op, zc_generate_password(generated, GENERATED_PASSWORD_LENGTH, &err), &err)) {
			php_zimbra_attrs_free(&pairs);
			RETURN_THROWS();
		}
		op.password = zend_string_init(generated, GENERATED_PASSWORD_LENGTH, 0);
		pw = generated;
		pw_len = GENERATED_PASSWORD_LENGTH;
	}
	ok = zc_rq_create(&op.body, "CreateAccountRequest", address, pw, pw_len, php_zimbra_attrs_view(&pairs), &err);
	ZEND_SECURE_ZERO(generated, sizeof(generated));
	php_zimbra_attrs_free(&pairs);
	if (!php_zimbra_built(&op, ok, &err)) {
		RETURN_THROWS();
	}
	php_zimbra_dispatch(ZEND_THIS, &op, return_value);
}

ZEND_METHOD(Zimbra_Client, getAccount)
{
	static const php_zimbra_get_spec spec = {
		"GetAccountRequest", "account", "applyCos", php_zimbra_email_or_id, reply_account, true,
	};
	php_zimbra_get_entry(INTERNAL_FUNCTION_PARAM_PASSTHRU, &spec);
}

static const php_zimbra_modify_spec modify_account = {
	"ModifyAccountRequest", "account", reply_account,
	PHP_ZIMBRA_ATTRS_PREFIX | PHP_ZIMBRA_ATTRS_NO_PASSWORD | PHP_ZIMBRA_ATTRS_CREATE,
};

ZEND_METHOD(Zimbra_Client, modifyAccount)
{
	php_zimbra_modify_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, &modify_account);
}

ZEND_METHOD(Zimbra_Client, setAccountStatus)
{
	static const char *const statuses[] = {"active", "maintenance", "locked", "closed", "lockout", "pending", NULL};

	php_zimbra_set_status(INTERNAL_FUNCTION_PARAM_PASSTHRU, &modify_account, "zimbraAccountStatus", statuses);
}

/* Requests of the form <X id="..." field="value"/> with a void or account reply. */
static void send_id_field(INTERNAL_FUNCTION_PARAMETERS, const char *request, zend_string *id, const char *field,
		zend_string *value, php_zimbra_reply_fn on_reply, bool secret)
{
	php_zimbra_op op;
	zc_error err;

	if (!php_zimbra_check_id(id, "account id")) {
		RETURN_THROWS();
	}
	php_zimbra_op_init(&op, on_reply, NULL);
	op.secret = secret;
	zc_error_init(&err);
	if (!php_zimbra_built(&op, zc_rq_id_field(&op.body, request, ZSTR_VAL(id), field, ZSTR_VAL(value), ZSTR_LEN(value), &err), &err)) {
		RETURN_THROWS();
	}
	php_zimbra_dispatch(ZEND_THIS, &op, return_value);
}

ZEND_METHOD(Zimbra_Client, deleteAccount)
{
	php_zimbra_delete_by_id(INTERNAL_FUNCTION_PARAM_PASSTHRU, "DeleteAccountRequest", "account id");
}

/* A <message> in SetPasswordResponse means the password WAS set despite a policy violation. */
static void reply_password_message(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	const zc_node *m = zc_node_child(reply, "message", NULL);

	(void)op;
	if (m && m->text_len) {
		ZVAL_STRINGL(rv, m->text, m->text_len);
	} else {
		ZVAL_NULL(rv);
	}
}

ZEND_METHOD(Zimbra_Client, setPassword)
{
	zend_string *id, *password;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(id)
		Z_PARAM_STR(password)
	ZEND_PARSE_PARAMETERS_END();

	if (ZSTR_LEN(password) == 0) {
		php_zimbra_throw_validation("The new password is empty");
		RETURN_THROWS();
	}
	send_id_field(INTERNAL_FUNCTION_PARAM_PASSTHRU, "SetPasswordRequest", id, "newPassword", password,
		reply_password_message, true);
}

/*
 * <request id="..." field="address"/>: renameAccount() and the alias calls, the address normalised by
 * the strict rule when it names something new, by the existing-address rule when it is removed.
 */
static void send_id_address(INTERNAL_FUNCTION_PARAMETERS, const char *request, const char *field, php_zimbra_reply_fn on_reply,
		bool (*normalise)(zend_string *in, char out[ZC_EMAIL_MAX + 1]))
{
	zend_string *id, *email, *normalised;
	char address[ZC_EMAIL_MAX + 1];

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(id)
		Z_PARAM_STR(email)
	ZEND_PARSE_PARAMETERS_END();

	if (!normalise(email, address)) {
		RETURN_THROWS();
	}
	normalised = zend_string_init(address, strlen(address), 0);
	send_id_field(INTERNAL_FUNCTION_PARAM_PASSTHRU, request, id, field, normalised, on_reply, false);
	zend_string_release(normalised);
}

ZEND_METHOD(Zimbra_Client, renameAccount)
{
	send_id_address(INTERNAL_FUNCTION_PARAM_PASSTHRU, "RenameAccountRequest", "newName", reply_account, php_zimbra_email);
}

ZEND_METHOD(Zimbra_Client, addAccountAlias)
{
	send_id_address(INTERNAL_FUNCTION_PARAM_PASSTHRU, "AddAccountAliasRequest", "alias", php_zimbra_reply_void, php_zimbra_email);
}

ZEND_METHOD(Zimbra_Client, removeAccountAlias)
{
	send_id_address(INTERNAL_FUNCTION_PARAM_PASSTHRU, "RemoveAccountAliasRequest", "alias", php_zimbra_reply_void,
		php_zimbra_existing_email);
}
