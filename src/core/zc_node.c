/* Lookups on parsed response trees; see zc_node.h. */
#include "zc_node.h"

#include <string.h>

const zc_node *zc_node_child(const zc_node *n, const char *name, const char *ns)
{
	const zc_node *c;

	for (c = n ? n->first_child : NULL; c; c = c->next) {
		if (strcmp(c->name, name) != 0) {
			continue;
		}
		if (ns && (!c->ns || strcmp(c->ns, ns) != 0)) {
			continue;
		}
		return c;
	}
	return NULL;
}

const char *zc_node_attr(const zc_node *n, const char *name)
{
	const zc_attr *a;

	for (a = n ? n->attrs : NULL; a; a = a->next) {
		if (strcmp(a->name, name) == 0) {
			return a->value;
		}
	}
	return NULL;
}

const char *zc_node_text(const zc_node *n)
{
	return (n && n->text) ? n->text : "";
}

int zc_node_text_is_blank(const zc_node *n)
{
	size_t i;

	if (!n || !n->text) {
		return 1;
	}
	for (i = 0; i < n->text_len; i++) {
		char c = n->text[i];
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
			return 0;
		}
	}
	return 1;
}
