/*
 * A page of values being iterated, and the Iterator methods of a class whose objects hold one
 * (AccountIterator, QuotaUsageIterator): written once here, each class gives only how to find
 * its object's cursor and how to load the next page.
 */
#ifndef ZIMBRA_CURSOR_H
#define ZIMBRA_CURSOR_H

#include "php.h"

typedef struct {
	zval      page;  /* the values of the current page, a list */
	uint32_t  pos;   /* within the page */
	zend_long key;   /* across pages: 0, 1, 2, ... */
} php_zimbra_cursor;

static inline void php_zimbra_cursor_init(php_zimbra_cursor *c)
{
	ZVAL_EMPTY_ARRAY(&c->page);
	c->pos = 0;
	c->key = 0;
}

/* An empty page at position 0 (the key goes on, unless the iteration starts over: reset). */
static inline void php_zimbra_cursor_empty_page(php_zimbra_cursor *c)
{
	zval_ptr_dtor(&c->page);
	ZVAL_EMPTY_ARRAY(&c->page);
	c->pos = 0;
}

static inline void php_zimbra_cursor_reset(php_zimbra_cursor *c)
{
	php_zimbra_cursor_empty_page(c);
	c->key = 0;
}

static inline uint32_t php_zimbra_cursor_count(const php_zimbra_cursor *c)
{
	return zend_hash_num_elements(Z_ARRVAL(c->page));
}

/*
 * valid(), current(), key() and next() of class cls (e.g. Zimbra_AccountIterator), whose objects
 * are of C type type with a php_zimbra_cursor member named cursor. get(zval *this) returns the
 * object (NULL with an exception thrown); fetch(type *) loads the next non-empty page into the
 * cursor once the current one is used up (leaving it empty at the end, or with an exception).
 */
#define PHP_ZIMBRA_CURSOR_METHODS(cls, type, get, fetch) \
	ZEND_METHOD(cls, valid) \
	{ \
		type *it; \
		ZEND_PARSE_PARAMETERS_NONE(); \
		if (!(it = get(ZEND_THIS))) { \
			RETURN_THROWS(); \
		} \
		RETURN_BOOL(it->cursor.pos < php_zimbra_cursor_count(&it->cursor)); \
	} \
	ZEND_METHOD(cls, current) \
	{ \
		type *it; \
		zval *v; \
		ZEND_PARSE_PARAMETERS_NONE(); \
		if (!(it = get(ZEND_THIS))) { \
			RETURN_THROWS(); \
		} \
		if (!(v = zend_hash_index_find(Z_ARRVAL(it->cursor.page), it->cursor.pos))) { \
			zend_throw_error(NULL, "The iteration is over"); \
			RETURN_THROWS(); \
		} \
		RETURN_COPY(v); \
	} \
	ZEND_METHOD(cls, key) \
	{ \
		type *it; \
		ZEND_PARSE_PARAMETERS_NONE(); \
		if (!(it = get(ZEND_THIS))) { \
			RETURN_THROWS(); \
		} \
		RETURN_LONG(it->cursor.key); \
	} \
	ZEND_METHOD(cls, next) \
	{ \
		type *it; \
		ZEND_PARSE_PARAMETERS_NONE(); \
		if (!(it = get(ZEND_THIS))) { \
			RETURN_THROWS(); \
		} \
		it->cursor.pos++; \
		it->cursor.key++; \
		if (it->cursor.pos >= php_zimbra_cursor_count(&it->cursor)) { \
			fetch(it); \
		} \
	}

#endif
