/*
 * libFuzzer target: the request side. The input is split at NUL bytes into
 * an element name, an attribute name, an attribute value, a text and an
 * auth token; the XML writer and zc_soap_envelope build a request from them.
 * Either a piece is refused (bad name, invalid UTF-8, a character XML 1.0
 * cannot carry), or the envelope must parse back to exactly those values:
 * escaping may never lose, add or change a byte, nor let a value break out
 * of its element.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zc_parser.h"
#include "zc_soap.h"
#include "zc_xml_writer.h"

#define FIELDS 5

static int blank(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') {
			return 0;
		}
	}
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *field[FIELDS];
	size_t flen[FIELDS];
	char *copy, *token;
	size_t i, start = 0, k = 0;
	zc_buf body, env;
	zc_error err;
	zc_xml_writer w;
	int built;

	if (!(copy = malloc(size + 1))) {
		return 0;
	}
	memcpy(copy, data, size);
	copy[size] = '\0';
	for (i = 0; i <= size && k < FIELDS; i++) {
		if (i == size || copy[i] == '\0') {
			field[k] = copy + start;
			flen[k] = i - start;
			k++;
			start = i + 1;
		}
	}
	for (; k < FIELDS; k++) {
		field[k] = "";
		flen[k] = 0;
	}
	/* The token travels as a C string, as the session keeps it. */
	token = flen[4] ? strndup(field[4], flen[4]) : NULL;

	zc_buf_init(&body);
	zc_buf_init(&env);
	zc_error_init(&err);
	zc_xw_init(&w, &body, &err);
	built = zc_xw_start(&w, field[0], flen[0], ZC_NS_ADMIN)
		&& zc_xw_attr(&w, field[1], flen[1], field[2], flen[2])
		&& zc_xw_text(&w, field[3], flen[3])
		&& zc_xw_end(&w)
		&& zc_soap_envelope(&env, token, body.data, body.len, &err);

	if (built) {
		zc_arena arena;
		zc_node *root = NULL;
		const zc_node *el = NULL, *hdr;
		zc_error perr;

		zc_arena_init(&arena);
		zc_error_init(&perr);
		/* What we send must be well-formed SOAP, with every value exactly as given. */
		if (!zc_parse_xml(env.data, env.len, &arena, &root, &perr) || !zc_soap_body(root, &el, &perr)) {
			__builtin_trap();
		}
		if (strcmp(el->name, field[0]) != 0 || strlen(el->name) != flen[0]) {
			__builtin_trap();
		}
		{
			const char *v = zc_node_attr(el, field[1]);
			if (!v || strlen(v) != flen[2] || memcmp(v, field[2], flen[2]) != 0) {
				__builtin_trap();
			}
		}
		if (!blank(field[3], flen[3])
			&& (el->text_len != flen[3] || memcmp(el->text, field[3], flen[3]) != 0)) {
			__builtin_trap();
		}
		if (el->first_child) {
			__builtin_trap();  /* a value turned into markup */
		}
		hdr = root->first_child;
		if (token && !blank(token, strlen(token))) {
			const zc_node *ctx = hdr ? zc_node_child(hdr, "context", ZC_NS_ZIMBRA) : NULL;
			const zc_node *t = ctx ? zc_node_child(ctx, "authToken", NULL) : NULL;
			if (!t || t->text_len != strlen(token) || memcmp(t->text, token, t->text_len) != 0) {
				__builtin_trap();
			}
		}
		zc_error_clear(&perr);
		zc_arena_free(&arena);
	}
	zc_error_clear(&err);
	zc_buf_free(&body);
	zc_buf_free(&env);
	free(token);
	free(copy);
	return 0;
}
