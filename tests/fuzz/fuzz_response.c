/*
 * libFuzzer target: a reply body as the server might send it, fed to the
 * streaming parser in chunks of varying size (the first byte picks the
 * size), then through zc_soap_body and, for a fault, zc_fault_decode.
 * Whatever the bytes, nothing may crash, leak or read out of bounds.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "zc_fault.h"
#include "zc_parser.h"
#include "zc_soap.h"

static size_t walk(const zc_node *n, int depth)
{
	const zc_node *c;
	const zc_attr *a;
	size_t total = n->text_len + strlen(n->name) + (n->ns ? strlen(n->ns) : 0);

	for (a = n->attrs; a; a = a->next) {
		total += strlen(a->name) + strlen(a->value);
	}
	for (c = n->first_child; c && depth < 200; c = c->next) {
		total += walk(c, depth + 1);
	}
	return total;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	zc_arena arena;
	zc_parser *p;
	zc_node *root = NULL;
	zc_error err;
	size_t chunk, off;

	if (size < 1) {
		return 0;
	}
	chunk = (size_t)data[0] % 64 + 1;
	data++;
	size--;

	zc_arena_init(&arena);
	zc_error_init(&err);
	p = zc_parser_new(&arena);
	if (!p) {
		zc_arena_free(&arena);
		return 0;
	}
	for (off = 0; off < size; off += chunk) {
		if (!zc_parser_feed(p, (const char *)data + off, size - off < chunk ? size - off : chunk)) {
			break;
		}
	}
	if (zc_parser_finish(p, &root, &err)) {
		const zc_node *body = NULL;
		(void)walk(root, 0);
		zc_error_clear(&err);
		if (!zc_soap_body(root, &body, &err) && err.kind == ZC_ERR_FAULT) {
			/* zc_soap_body decoded the fault into err; the message must be a string. */
			(void)strlen(err.message);
		}
	}
	zc_error_clear(&err);
	zc_parser_free(p);
	zc_arena_free(&arena);
	return 0;
}
