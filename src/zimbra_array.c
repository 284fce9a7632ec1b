/* Zimbra's JSON convention for SOAP, both ways; see zimbra_array.h. */
#include "php.h"
#include "zend_smart_str.h"

#include "zimbra_array.h"
#include "core/zc_admin.h"

#define KEY_CONTENT "_content"
#define KEY_NS      "_jsns"

static bool is_key(zend_string *key, const char *lit, size_t len)
{
	return key && ZSTR_LEN(key) == len && memcmp(ZSTR_VAL(key), lit, len) == 0;
}

static bool is_reserved_key(zend_string *key)
{
	return is_key(key, ZEND_STRL(KEY_CONTENT)) || is_key(key, ZEND_STRL(KEY_NS));
}

/* The writer's own error, for a value that is neither scalar nor array. */
static int bad_type(zc_xml_writer *w, const char *where, zend_string *key, zval *v)
{
	w->failed = 1;
	return zc_error_set(w->err, ZC_ERR_VALIDATION,
		"The value of %s '%.100s' must be a string, int, float, bool, null or array, not %s",
		where, key ? ZSTR_VAL(key) : "", zend_zval_type_name(v));
}

/*
 * Scalars as Zimbra expects them: booleans are "1"/"0" in the XML protocol,
 * numbers in their usual decimal form. Returns NULL for null (left out).
 */
static zend_string *scalar_string(zval *v, bool *is_scalar)
{
	*is_scalar = true;
	switch (Z_TYPE_P(v)) {
		case IS_NULL:
			return NULL;
		case IS_TRUE:
			return ZSTR_CHAR('1');
		case IS_FALSE:
			return ZSTR_CHAR('0');
		case IS_LONG:
		case IS_DOUBLE:
		case IS_STRING:
			return zval_get_string(v);
		default:
			*is_scalar = false;
			return NULL;
	}
}

static int write_element(zc_xml_writer *w, const char *name, size_t len, HashTable *body);

static int write_attr_or_text(zc_xml_writer *w, zend_string *key, zend_string *value, bool as_text)
{
	int ok = as_text
		? zc_xw_text(w, ZSTR_VAL(value), ZSTR_LEN(value))
		: zc_xw_attr(w, ZSTR_VAL(key), ZSTR_LEN(key), ZSTR_VAL(value), ZSTR_LEN(value));
	zend_string_release(value);
	return ok;
}

/* One child: an array is an element, a scalar an element holding only text. */
static int write_child(zc_xml_writer *w, zend_string *key, zval *v)
{
	bool scalar;
	zend_string *text;

	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_ARRAY) {
		return write_element(w, ZSTR_VAL(key), ZSTR_LEN(key), Z_ARRVAL_P(v));
	}
	text = scalar_string(v, &scalar);
	if (!scalar) {
		return bad_type(w, "element", key, v);
	}
	if (!zc_xw_start(w, ZSTR_VAL(key), ZSTR_LEN(key), NULL)) {
		if (text) {
			zend_string_release(text);
		}
		return 0;
	}
	if (text && !write_attr_or_text(w, key, text, true)) {
		return 0;
	}
	return zc_xw_end(w);
}

/* Attributes first (XML needs them inside the start tag), then text, then children. */
static int write_body(zc_xml_writer *w, HashTable *body)
{
	zend_string *key;
	zend_ulong idx;
	zval *v, *content;

	ZEND_HASH_FOREACH_KEY_VAL(body, idx, key, v) {
		bool scalar;
		zend_string *s;

		ZVAL_DEREF(v);
		if (!key) {
			w->failed = 1;
			return zc_error_set(w->err, ZC_ERR_VALIDATION,
				"Element names must be strings; found the integer key %lu (wrap repeated elements in a named list)",
				(unsigned long)idx);
		}
		if (is_reserved_key(key) || Z_TYPE_P(v) == IS_ARRAY) {
			continue;
		}
		s = scalar_string(v, &scalar);
		if (!scalar) {
			return bad_type(w, "attribute", key, v);
		}
		if (s && !write_attr_or_text(w, key, s, false)) {
			return 0;
		}
	} ZEND_HASH_FOREACH_END();

	content = zend_hash_str_find_deref(body, ZEND_STRL(KEY_CONTENT));
	if (content) {
		bool scalar;
		zend_string *s = scalar_string(content, &scalar);
		if (!scalar) {
			return bad_type(w, "text", NULL, content);
		}
		if (s && !write_attr_or_text(w, NULL, s, true)) {
			return 0;
		}
	}

	ZEND_HASH_FOREACH_STR_KEY_VAL(body, key, v) {
		zval *item;

		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) != IS_ARRAY || is_reserved_key(key)) {
			continue;
		}
		/* A non-empty list repeats the element; anything else is one element. */
		if (zend_hash_num_elements(Z_ARRVAL_P(v)) > 0 && zend_array_is_list(Z_ARRVAL_P(v))) {
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
				if (!write_child(w, key, item)) {
					return 0;
				}
			} ZEND_HASH_FOREACH_END();
		} else if (!write_child(w, key, v)) {
			return 0;
		}
	} ZEND_HASH_FOREACH_END();
	return 1;
}

static int write_element(zc_xml_writer *w, const char *name, size_t len, HashTable *body)
{
	zval *ns = zend_hash_str_find_deref(body, ZEND_STRL(KEY_NS));

	if (ns && Z_TYPE_P(ns) != IS_STRING) {
		w->failed = 1;
		return zc_error_set(w->err, ZC_ERR_VALIDATION, "'_jsns' must be a namespace string");
	}
	if (!zc_xw_start(w, name, len, ns ? Z_STRVAL_P(ns) : NULL)) {
		return 0;
	}
	/* An array that contains itself by reference stops at the writer's depth cap. */
	return write_body(w, body) && zc_xw_end(w);
}

int php_zimbra_array_to_xml(zc_xml_writer *w, const char *name, size_t len, const char *ns, HashTable *body)
{
	if (!zc_xw_start(w, name, len, ns)) {
		return 0;
	}
	if (!write_body(w, body)) {
		return 0;
	}
	return zc_xw_end(w);
}

void php_zimbra_node_to_array(const zc_node *n, zval *out)
{
	const zc_attr *a;
	const zc_node *c;

	array_init(out);
	for (a = n->attrs; a; a = a->next) {
		add_assoc_stringl(out, a->name, (char *)a->value, a->value_len);
	}
	if (n->text && (!n->first_child || !zc_node_text_is_blank(n))) {
		if (strcmp(n->name, "a") == 0 && zc_is_secret_attr(zc_node_attr(n, "n"))) {
			add_assoc_string(out, KEY_CONTENT, "VALUE-BLOCKED");
		} else {
			add_assoc_stringl(out, KEY_CONTENT, (char *)n->text, n->text_len);
		}
	}
	if (n->parent && n->ns && (!n->parent->ns || strcmp(n->ns, n->parent->ns) != 0)) {
		add_assoc_string(out, KEY_NS, (char *)n->ns);
	}
	for (c = n->first_child; c; c = c->next) {
		zval child, *list = zend_hash_str_find(Z_ARRVAL_P(out), c->name, strlen(c->name));

		if (!list || Z_TYPE_P(list) != IS_ARRAY) {
			zval fresh;
			array_init(&fresh);
			list = zend_hash_str_update(Z_ARRVAL_P(out), c->name, strlen(c->name), &fresh);
		}
		php_zimbra_node_to_array(c, &child);
		add_next_index_zval(list, &child);
	}
}
