/*
 * libFuzzer target: the inside of a soap:Fault (SOAP 1.2 or, by the first
 * byte, 1.1), decoded by zc_fault_decode directly and through zc_soap_body.
 * Faults carry the codes, reasons and arguments the exceptions are made
 * from, so every odd shape must decode or be refused without a crash.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zc_fault.h"
#include "zc_parser.h"
#include "zc_soap.h"

static const char head12[] = "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body><soap:Fault>";
static const char head11[] = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>";
static const char tail[] = "</soap:Fault></soap:Body></soap:Envelope>";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *head;
	size_t hlen, len;
	char *doc;
	zc_arena arena;
	zc_node *root = NULL;
	zc_error err;

	if (size < 1) {
		return 0;
	}
	head = data[0] & 1 ? head11 : head12;
	hlen = strlen(head);
	data++;
	size--;
	len = hlen + size + sizeof(tail) - 1;
	if (!(doc = malloc(len))) {
		return 0;
	}
	memcpy(doc, head, hlen);
	memcpy(doc + hlen, data, size);
	memcpy(doc + hlen + size, tail, sizeof(tail) - 1);

	zc_arena_init(&arena);
	zc_error_init(&err);
	if (zc_parse_xml(doc, len, &arena, &root, &err)) {
		const zc_node *body = NULL, *c;
		zc_fault fault;

		for (c = root->first_child; c; c = c->next) {
			const zc_node *f;
			for (f = c->first_child; f; f = f->next) {
				if (zc_soap_is_fault(f)) {
					zc_fault_init(&fault);
					if (zc_fault_decode(f, &fault)) {
						(void)zc_fault_is_auth_lost(&fault);
					}
					zc_fault_free(&fault);
				}
			}
		}
		zc_error_clear(&err);
		(void)zc_soap_body(root, &body, &err);
	}
	zc_error_clear(&err);
	zc_arena_free(&arena);
	free(doc);
	return 0;
}
