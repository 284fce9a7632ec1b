/* Zimbra\Validate: the extension's name rules and password generator, for PHP forms to use too. */
#include "php.h"

#include "zimbra_exceptions.h"
#include "zimbra_args.h"
#include "core/zc_crypto.h"
#include "core/zc_validate.h"
#include "zimbra_validate.h"
#include "zimbra_validate_arginfo.h"  /* the class registration, from zimbra_validate.stub.php */

/* Not constructible from PHP (the constructor is private). */
ZEND_METHOD(Zimbra_Validate, __construct)
{
	(void)return_value;
	ZEND_PARSE_PARAMETERS_NONE();
}

/* Validate::domain() and ::email(): one string in, its normalised form out, or the ValidationException. */
static void normalised(INTERNAL_FUNCTION_PARAMETERS, bool (*normalise)(zend_string *in, char *out))
{
	zend_string *in;
	char out[ZC_EMAIL_MAX + 1];  /* the longer of the two forms */

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(in)
	ZEND_PARSE_PARAMETERS_END();
	if (!normalise(in, out)) {
		RETURN_THROWS();
	}
	RETURN_STRING(out);
}

ZEND_METHOD(Zimbra_Validate, domain)
{
	normalised(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_zimbra_domain_name);
}

ZEND_METHOD(Zimbra_Validate, localPart)
{
	zend_string *local;
	char out[ZC_LOCAL_MAX + 1];
	zc_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(local)
	ZEND_PARSE_PARAMETERS_END();
	zc_error_init(&err);
	if (!zc_normalize_local_part(ZSTR_VAL(local), ZSTR_LEN(local), out, &err)) {
		php_zimbra_throw(&err, false);
		RETURN_THROWS();
	}
	RETURN_STRING(out);
}

ZEND_METHOD(Zimbra_Validate, email)
{
	normalised(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_zimbra_email);
}

ZEND_METHOD(Zimbra_Validate, existingEmail)
{
	normalised(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_zimbra_existing_email);
}

ZEND_METHOD(Zimbra_Validate, isId)
{
	zend_string *id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(id)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(zc_is_zimbra_id(ZSTR_VAL(id), ZSTR_LEN(id)));
}

ZEND_METHOD(Zimbra_Validate, escapeFilterValue)
{
	zend_string *value;
	zc_buf out;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(value)
	ZEND_PARSE_PARAMETERS_END();
	zc_buf_init(&out);
	zc_ldap_escape(&out, ZSTR_VAL(value), ZSTR_LEN(value));
	RETVAL_STRINGL(out.data ? out.data : "", out.len);
	zc_buf_free(&out);
}

ZEND_METHOD(Zimbra_Validate, generatePassword)
{
	zend_long length = 16;
	char buf[129];
	zc_error err;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();
	if (length < 12 || length > 128) {
		zend_argument_value_error(1, "must be between 12 and 128");
		RETURN_THROWS();
	}
	zc_error_init(&err);
	if (!zc_generate_password(buf, (size_t)length, &err)) {
		php_zimbra_throw(&err, false);
		RETURN_THROWS();
	}
	RETVAL_STRINGL(buf, (size_t)length);
	ZEND_SECURE_ZERO(buf, sizeof(buf));
}

void php_zimbra_validate_init_ce(void)
{
	register_class_Zimbra_Validate();  /* static methods only: no handlers to set */
}
