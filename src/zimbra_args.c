/* Argument checks for the typed methods; see zimbra_args.h. */
#include "php.h"

#include "zimbra_exceptions.h"
#include "zimbra_args.h"

bool php_zimbra_check_id(zend_string *id, const char *what)
{
	if (!zc_is_zimbra_id(ZSTR_VAL(id), ZSTR_LEN(id))) {
		php_zimbra_throw_validation("The %s '%.60s' is not a Zimbra id (a UUID such as e00428a1-0c00-11d9-836a-000d93afea2a)",
			what, ZSTR_LEN(id) && !memchr(ZSTR_VAL(id), '\0', ZSTR_LEN(id)) ? ZSTR_VAL(id) : "");
		return false;
	}
	return true;
}

static bool thrown(zc_error *err)
{
	php_zimbra_throw(err, false);
	return false;
}

bool php_zimbra_email(zend_string *in, char out[ZC_EMAIL_MAX + 1])
{
	zc_error err;
	zc_error_init(&err);
	return zc_normalize_email(ZSTR_VAL(in), ZSTR_LEN(in), out, &err) || thrown(&err);
}

bool php_zimbra_existing_email(zend_string *in, char out[ZC_EMAIL_MAX + 1])
{
	zc_error err;
	zc_error_init(&err);
	return zc_normalize_existing_email(ZSTR_VAL(in), ZSTR_LEN(in), out, &err) || thrown(&err);
}

bool php_zimbra_domain_name(zend_string *in, char out[ZC_DOMAIN_MAX + 1])
{
	zc_error err;
	zc_error_init(&err);
	return zc_normalize_domain(ZSTR_VAL(in), ZSTR_LEN(in), out, &err) || thrown(&err);
}

bool php_zimbra_email_or_id(zend_string *in, char out[ZC_EMAIL_MAX + 1], const char **by)
{
	if (zc_is_zimbra_id(ZSTR_VAL(in), ZSTR_LEN(in))) {
		memcpy(out, ZSTR_VAL(in), ZSTR_LEN(in) + 1);
		*by = "id";
		return true;
	}
	*by = "name";
	return php_zimbra_existing_email(in, out);
}

bool php_zimbra_domain_or_id(zend_string *in, char out[ZC_EMAIL_MAX + 1], const char **by)
{
	if (zc_is_zimbra_id(ZSTR_VAL(in), ZSTR_LEN(in))) {
		memcpy(out, ZSTR_VAL(in), ZSTR_LEN(in) + 1);
		*by = "id";
		return true;
	}
	*by = "name";
	return php_zimbra_domain_name(in, out);
}

bool php_zimbra_check_enum(zend_string *value, const char *what, const char *const *allowed)
{
	const char *const *a;
	char list[256] = "";

	for (a = allowed; *a; a++) {
		if (zend_string_equals_cstr(value, *a, strlen(*a))) {
			return true;
		}
		if (a != allowed) {
			strncat(list, ", ", sizeof(list) - strlen(list) - 1);
		}
		strncat(list, *a, sizeof(list) - strlen(list) - 1);
	}
	php_zimbra_throw_validation("The %s must be one of: %s", what, list);
	return false;
}
