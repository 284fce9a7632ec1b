/*
 * zc_node: the parsed form of a response, independent of libxml2 and PHP.
 *
 * Elements keep their local name, namespace URI, attributes in document
 * order, child elements in order, and their text. Everything lives in the
 * zc_arena the parser was given, so a tree is freed in one call.
 */
#ifndef ZC_NODE_H
#define ZC_NODE_H

#include <stddef.h>

typedef struct zc_attr {
	const char     *name;       /* local name */
	const char     *value;      /* NUL-terminated; value_len excludes the NUL */
	size_t          value_len;
	struct zc_attr *next;
} zc_attr;

typedef struct zc_node {
	const char     *name;       /* local name */
	const char     *ns;         /* namespace URI, NULL when none */
	zc_attr        *attrs;
	struct zc_node *parent;
	struct zc_node *first_child;
	struct zc_node *next;       /* next sibling */
	const char     *text;       /* NULL when the element has no text */
	size_t          text_len;
} zc_node;

/* First child element with this local name (and namespace, unless ns is NULL). */
const zc_node *zc_node_child(const zc_node *n, const char *name, const char *ns);
/* Value of the attribute with this local name, or NULL. */
const char *zc_node_attr(const zc_node *n, const char *name);
/* Text of the node, "" when it has none. */
const char *zc_node_text(const zc_node *n);
/* 1 when the node has no text other than XML whitespace. */
int zc_node_text_is_blank(const zc_node *n);

#endif
