/* Attribute arrays for Create/Modify requests; see zimbra_attrs.h. */
#include "php.h"
#include "zend_smart_str.h"

#include "zimbra_attrs.h"
#include "zimbra_exceptions.h"

static const char *const create_forbidden[] = {"uid", "zimbraMailAlias", "zimbraMailDeliveryAddress", NULL};

static bool in_list(const char *name, const char *const *list)
{
	for (; *list; list++) {
		if (strcmp(name, *list) == 0) {
			return true;
		}
	}
	return false;
}

static zend_string *value_string(zend_string *name, zval *v)
{
	switch (Z_TYPE_P(v)) {
		case IS_NULL:
			return ZSTR_EMPTY_ALLOC();
		case IS_TRUE:
			return zend_string_init("TRUE", 4, 0);
		case IS_FALSE:
			return zend_string_init("FALSE", 5, 0);
		case IS_LONG:
		case IS_DOUBLE:
		case IS_STRING:
			return zval_get_string(v);
		default:
			zend_type_error("The value of attribute '%s' must be of type string, int, float, bool, null or a list of those, %s given",
				ZSTR_VAL(name), zend_zval_type_name(v));
			return NULL;
	}
}

static void push(php_zimbra_attrs *out, zend_string *name, zend_string *value)
{
	out->items = erealloc(out->items, (out->count + 1) * sizeof(*out->items));
	out->strings = erealloc(out->strings, (out->nstrings + 1) * sizeof(*out->strings));
	out->strings[out->nstrings++] = value;
	out->items[out->count].name = ZSTR_VAL(name);
	out->items[out->count].name_len = ZSTR_LEN(name);
	out->items[out->count].value = ZSTR_VAL(value);
	out->items[out->count].value_len = ZSTR_LEN(value);
	out->count++;
}

bool php_zimbra_attrs_from_array(HashTable *ht, int flags, php_zimbra_attrs *out)
{
	zend_string *name;
	zend_ulong idx;
	zval *v;

	memset(out, 0, sizeof(*out));
	ZEND_HASH_FOREACH_KEY_VAL(ht, idx, name, v) {
		const char *bare;

		ZVAL_DEREF(v);
		if (!name) {
			zend_value_error("Attributes must be keyed by name; found the integer key %lu", (unsigned long)idx);
			goto failed;
		}
		if (!zc_is_attr_name(ZSTR_VAL(name), ZSTR_LEN(name), flags & PHP_ZIMBRA_ATTRS_PREFIX)) {
			php_zimbra_throw_validation("'%s' is not a valid attribute name", ZSTR_VAL(name));
			goto failed;
		}
		bare = ZSTR_VAL(name) + (ZSTR_VAL(name)[0] == '+' || ZSTR_VAL(name)[0] == '-');
		if ((flags & PHP_ZIMBRA_ATTRS_CREATE) && in_list(bare, create_forbidden)) {
			php_zimbra_throw_validation("The attribute '%s' cannot be set when creating an account%s", bare,
				strcmp(bare, "zimbraMailAlias") == 0 ? "; add aliases with addAccountAlias()" : "");
			goto failed;
		}
		if ((flags & PHP_ZIMBRA_ATTRS_NO_PASSWORD) && strcmp(bare, "userPassword") == 0) {
			php_zimbra_throw_validation("Change passwords with setPassword(), not through the userPassword attribute");
			goto failed;
		}
		if (Z_TYPE_P(v) == IS_ARRAY) {
			zval *item;
			if (zend_hash_num_elements(Z_ARRVAL_P(v)) == 0) {
				/* An empty list clears the attribute, like an empty value. */
				push(out, name, ZSTR_EMPTY_ALLOC());
				continue;
			}
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
				zend_string *s;
				ZVAL_DEREF(item);
				if (Z_TYPE_P(item) == IS_ARRAY || !(s = value_string(name, item))) {
					if (!EG(exception)) {
						zend_type_error("The value of attribute '%s' must be a list of scalars, not a nested array", ZSTR_VAL(name));
					}
					goto failed;
				}
				push(out, name, s);
			} ZEND_HASH_FOREACH_END();
		} else {
			zend_string *s = value_string(name, v);
			if (!s) {
				goto failed;
			}
			push(out, name, s);
		}
	} ZEND_HASH_FOREACH_END();
	return true;

failed:
	php_zimbra_attrs_free(out);
	return false;
}

void php_zimbra_attrs_free(php_zimbra_attrs *a)
{
	size_t i;

	for (i = 0; i < a->nstrings; i++) {
		zend_string_release(a->strings[i]);
	}
	if (a->items) {
		efree(a->items);
	}
	if (a->strings) {
		efree(a->strings);
	}
	memset(a, 0, sizeof(*a));
}

zc_attrs php_zimbra_attrs_view(const php_zimbra_attrs *a)
{
	zc_attrs v;
	v.items = a->items;
	v.count = a->count;
	return v;
}

bool php_zimbra_attr_names(HashTable *names, zend_string **csv)
{
	smart_str out = {0};
	zval *v;

	*csv = NULL;
	if (!names) {
		return true;
	}
	ZEND_HASH_FOREACH_VAL(names, v) {
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) != IS_STRING) {
			smart_str_free(&out);
			zend_type_error("The list of attributes to read must hold strings, %s given", zend_zval_type_name(v));
			return false;
		}
		if (!zc_is_attr_name(Z_STRVAL_P(v), Z_STRLEN_P(v), 0)) {
			smart_str_free(&out);
			php_zimbra_throw_validation("The list of attributes to read must hold attribute names only");
			return false;
		}
		if (out.s) {
			smart_str_appendc(&out, ',');
		}
		smart_str_append(&out, Z_STR_P(v));
	} ZEND_HASH_FOREACH_END();
	if (!out.s) {
		zend_value_error("The list of attributes to read is empty; pass null for all attributes");
		return false;
	}
	*csv = smart_str_extract(&out);
	return true;
}
