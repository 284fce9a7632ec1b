/*
 * Checks for an options array (the constructor's, searchDirectory()'s). A mistake in one is a
 * mistake in the call, so each check throws the engine's TypeError or ValueError for argument
 * arg, naming the option, and returns false; on success it stores the value and returns true.
 */
#ifndef ZIMBRA_OPTIONS_H
#define ZIMBRA_OPTIONS_H

#include "php.h"

/* An options array names its options: an integer key is refused, listing the known ones. */
bool php_zimbra_option_named(uint32_t arg, const zend_string *key, zend_ulong idx, const char *known);
/* Always false: the option is unknown (the known ones listed). */
bool php_zimbra_option_unknown(uint32_t arg, const zend_string *key, const char *known);

bool php_zimbra_option_bool(uint32_t arg, const zend_string *key, const zval *v, int *out);
/* A non-empty string without NUL bytes; *out points into v. */
bool php_zimbra_option_string(uint32_t arg, const zend_string *key, const zval *v, const char **out);
/*
 * An int from min to max; the message says "at least min" when max is ZEND_LONG_MAX. note, when
 * not NULL, follows the range in the message (" (bytes)").
 */
bool php_zimbra_option_long(uint32_t arg, const zend_string *key, const zval *v, zend_long min, zend_long max,
	const char *note, zend_long *out);

#endif
