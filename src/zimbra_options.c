/* Option checks shared by every options array; see zimbra_options.h. */
#include "php.h"

#include "zimbra_options.h"

bool php_zimbra_option_named(uint32_t arg, const zend_string *key, zend_ulong idx, const char *known)
{
	if (key) {
		return true;
	}
	zend_argument_value_error(arg, "must name its options; found the integer key " ZEND_ULONG_FMT ". Known options: %s", idx, known);
	return false;
}

bool php_zimbra_option_unknown(uint32_t arg, const zend_string *key, const char *known)
{
	zend_argument_value_error(arg, "has an unknown option '%s'. Known options: %s", ZSTR_VAL(key), known);
	return false;
}

bool php_zimbra_option_bool(uint32_t arg, const zend_string *key, const zval *v, int *out)
{
	if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
		zend_argument_type_error(arg, "option '%s' must be of type bool, %s given", ZSTR_VAL(key), zend_zval_type_name(v));
		return false;
	}
	*out = Z_TYPE_P(v) == IS_TRUE;
	return true;
}

bool php_zimbra_option_string(uint32_t arg, const zend_string *key, const zval *v, const char **out)
{
	if (Z_TYPE_P(v) != IS_STRING) {
		zend_argument_type_error(arg, "option '%s' must be of type string, %s given", ZSTR_VAL(key), zend_zval_type_name(v));
		return false;
	}
	if (Z_STRLEN_P(v) == 0 || memchr(Z_STRVAL_P(v), '\0', Z_STRLEN_P(v))) {
		zend_argument_value_error(arg, "option '%s' must be a non-empty string without NUL bytes", ZSTR_VAL(key));
		return false;
	}
	*out = Z_STRVAL_P(v);
	return true;
}

bool php_zimbra_option_long(uint32_t arg, const zend_string *key, const zval *v, zend_long min, zend_long max,
	const char *note, zend_long *out)
{
	if (Z_TYPE_P(v) != IS_LONG) {
		zend_argument_type_error(arg, "option '%s' must be of type int, %s given", ZSTR_VAL(key), zend_zval_type_name(v));
		return false;
	}
	if (Z_LVAL_P(v) < min || Z_LVAL_P(v) > max) {
		if (max == ZEND_LONG_MAX) {
			zend_argument_value_error(arg, "option '%s' must be at least " ZEND_LONG_FMT "%s", ZSTR_VAL(key), min, note ? note : "");
		} else {
			zend_argument_value_error(arg, "option '%s' must be from " ZEND_LONG_FMT " to " ZEND_LONG_FMT "%s", ZSTR_VAL(key), min, max,
				note ? note : "");
		}
		return false;
	}
	*out = Z_LVAL_P(v);
	return true;
}
