/*
 * PHP attribute arrays → the core's LDAP attribute pairs, checked on the way:
 * names must be LDAP attribute names, values strings, numbers, booleans
 * (sent as TRUE/FALSE, LDAP's spelling) or lists of those.
 */
#ifndef ZIMBRA_ATTRS_H
#define ZIMBRA_ATTRS_H

#include "php.h"
#include "core/zc_admin.h"

typedef struct {
	zc_pair      *items;
	size_t        count;
	zend_string **strings;  /* converted values, kept alive until free */
	size_t        nstrings;
} php_zimbra_attrs;

/* Flags for what a method forbids in its attributes. */
#define PHP_ZIMBRA_ATTRS_PREFIX   1  /* +name / -name allowed (Modify*) */
#define PHP_ZIMBRA_ATTRS_CREATE   2  /* refuse uid, zimbraMailAlias, zimbraMailDeliveryAddress */
#define PHP_ZIMBRA_ATTRS_NO_PASSWORD 4 /* refuse userPassword: use setPassword() */

/* Throws a ValidationException and returns false on bad input. */
bool php_zimbra_attrs_from_array(HashTable *ht, int flags, php_zimbra_attrs *out);
void php_zimbra_attrs_free(php_zimbra_attrs *a);
zc_attrs php_zimbra_attrs_view(const php_zimbra_attrs *a);

/* A list of attribute names → "a,b,c" (NULL for a NULL list). Throws and returns false on bad names. */
bool php_zimbra_attr_names(HashTable *names, zend_string **csv);

#endif
