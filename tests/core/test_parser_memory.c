/* The parser's memory is linear in the reply and bounded per byte, whatever the reply's shape. */
#include "zc_test.h"
#include "zc_parser.h"

#include <stdlib.h>

/* "<r>" + unit repeated n times + "</r>", fed in 16 KiB chunks as libcurl hands them over. */
static int parse_repeated(const char *unit, size_t n, zc_arena *a, zc_node **root, zc_error *e, size_t *bytes)
{
	size_t unit_len = strlen(unit), i, len = 3 + unit_len * n + 4, off;
	char *xml = malloc(len), *p = xml;
	zc_parser *parser = zc_parser_new(a);
	int ok;

	memcpy(p, "<r>", 3);
	p += 3;
	for (i = 0; i < n; i++, p += unit_len) {
		memcpy(p, unit, unit_len);
	}
	memcpy(p, "</r>", 4);
	zc_error_init(e);
	for (off = 0; off < len && zc_parser_feed(parser, xml + off, len - off < 16384 ? len - off : 16384); off += 16384) {
	}
	ok = zc_parser_finish(parser, root, e);
	zc_parser_free(parser);
	free(xml);
	*bytes = len;
	return ok;
}

/* Each captured reply body, repeated until it is about a megabyte, as a large reply of that shape. */
static void captured_shapes_stay_well_under_the_ceiling(void)
{
	static const char *files[] = {
		"zimsoap-fragment-account-normal.xml", "zimsoap-fragment-account-admin.xml", "zimsoap-fragment-dl.xml",
		"zimsoap-fragment-domain.xml", "synaq-admin-GetAllCosResponse.soap12.xml",
		"synaq-admin-GetDistributionListResponse.soap12.xml", "pythonzimbra-admin-GetVersionInfoResponse.soap12.compact.xml",
	};
	size_t f;

	for (f = 0; f < sizeof(files) / sizeof(files[0]); f++) {
		char path[512], *data, *body;
		size_t len, bytes;
		zc_arena a;
		zc_node *root = NULL;
		zc_error e;

		snprintf(path, sizeof(path), "%s/%s", ZC_CAPTURES, files[f]);
		data = zc_test_read_file(path, &len);
		CHECK(data != NULL);
		if (!data) {
			continue;
		}
		body = strstr(data, "?>") ? strstr(data, "?>") + 2 : data;
		zc_arena_init(&a);
		CHECK(parse_repeated(body, 1024 * 1024 / (strlen(body) + 1) + 1, &a, &root, &e, &bytes));
		/* Zimbra's shapes need under 3 bytes per byte: the ceiling of 8 leaves a wide margin. */
		if (a.used_total * 2 >= bytes * ZC_PARSE_BYTES_PER_BYTE) {
			fprintf(stderr, "  %s: %zu bytes of tree for %zu bytes\n", files[f], a.used_total, bytes);
		}
		CHECK(a.used_total * 2 < bytes * ZC_PARSE_BYTES_PER_BYTE);
		zc_arena_free(&a);
		free(data);
	}
}

void test_parser_memory(void)
{
	zc_arena a;
	zc_node *root = NULL;
	zc_error e;
	size_t bytes;

	TEST("Mixed content: text interrupted by a child element 100,000 times (1.7 MB). Each stretch of text used to be copied again with all the text before it (1.95 GB for a 280 KB reply).");
	zc_arena_init(&a);
	CHECK(parse_repeated("x-------y<a/>", 100000, &a, &root, &e, &bytes));
	CHECK(root && root->text_len == 900000);
	CHECK(root && root->text && root->text[0] == 'x' && root->text[899999] == 'y');
	CHECK(a.used_total < bytes * 6);
	zc_arena_free(&a);

	TEST("Blank text between children is still dropped, meaningful text still kept, in order.");
	zc_arena_init(&a);
	CHECK(parse_repeated(" \n <a>t</a>\n ", 3, &a, &root, &e, &bytes));
	CHECK(root && root->text == NULL);
	CHECK(root && root->first_child && root->first_child->text && strcmp(root->first_child->text, "t") == 0);
	zc_arena_free(&a);

	TEST("A stream of empty elements: refused once the tree passes the ceiling, far below the size cap.");
	zc_arena_init(&a);
	CHECK(!parse_repeated("<a/>", 4 * 1024 * 1024, &a, &root, &e, &bytes));
	CHECK(e.kind == ZC_ERR_RESPONSE);
	CHECK_CONTAINS(e.message, "bytes of memory per byte received");
	CHECK(a.used_total <= 4 * 1024 * 1024 * (size_t)ZC_PARSE_BYTES_PER_BYTE / 4 + ZC_PARSE_MEMORY_FLOOR + 65536);
	zc_arena_free(&a);

	TEST("Repeated names are kept once: 100,000 <account> elements hold one copy of \"account\".");
	zc_arena_init(&a);
	CHECK(parse_repeated("<account name=\"x\"/>", 100000, &a, &root, &e, &bytes));
	CHECK(root && root->first_child && root->first_child->next && root->first_child->name == root->first_child->next->name);
	zc_arena_free(&a);

	captured_shapes_stay_well_under_the_ceiling();
}
