/* The streaming parser: shapes, entities, DOCTYPE refusal, truncation. */
#include "zc_test.h"
#include "zc_parser.h"

#include <stdlib.h>
#include <unistd.h>

static zc_node *parse(zc_arena *a, const char *xml, zc_error *e)
{
	zc_node *root = NULL;
	zc_error_init(e);
	return zc_parse_xml(xml, strlen(xml), a, &root, e) ? root : NULL;
}

void test_parser(void)
{
	zc_arena a;
	zc_error e;
	zc_node *r;
	const zc_node *c;

	zc_arena_init(&a);

	r = parse(&a, "<r xmlns=\"urn:x\" k=\"a&amp;b&#38;c&lt;&quot;\"><a n=\"one\">1 &amp; 2</a><a n=\"two\"/><b>t</b></r>", &e);
	CHECK(r != NULL);
	if (r) {
		CHECK_STR(r->name, "r");
		CHECK_STR(r->ns, "urn:x");
		CHECK_STR(zc_node_attr(r, "k"), "a&b&c<\"");
		c = zc_node_child(r, "a", NULL);
		CHECK_STR(zc_node_attr(c, "n"), "one");
		CHECK_STR(zc_node_text(c), "1 & 2");
		CHECK(c->next && strcmp(zc_node_attr(c->next, "n"), "two") == 0);
		CHECK(c->next->text == NULL);
		CHECK_STR(zc_node_text(zc_node_child(r, "b", "urn:x")), "t");
		CHECK(zc_node_child(r, "b", "urn:other") == NULL);
		/* Indentation between children is not text. */
		CHECK(r->text == NULL);
	}

	TEST("A literal \"&#38;\" written as \"&amp;#38;\" must come back as \"&#38;\".");
	r = parse(&a, "<r v=\"&amp;#38;&amp;amp;\"/>", &e);
	CHECK(r && strcmp(zc_node_attr(r, "v"), "&#38;&amp;") == 0);

	TEST("Text split across CDATA, references and chunks is joined.");
	{
		const char *xml = "<r><t>ab<![CDATA[<c>]]>&#x20AC;d</t></r>";
		zc_parser *p = zc_parser_new(&a);
		zc_node *root = NULL;
		size_t i;
		zc_error_init(&e);
		for (i = 0; xml[i]; i++) {
			zc_parser_feed(p, xml + i, 1);
		}
		CHECK(zc_parser_finish(p, &root, &e));
		CHECK_STR(zc_node_text(zc_node_child(root, "t", NULL)), "ab<c>\xE2\x82\xAC" "d");
		zc_parser_free(p);
	}

	TEST("One parser reused across replies, as a session does: a refused, a cut-short and a good one.");
	{
		static const char *const docs[] = {
			"<!DOCTYPE r [<!ENTITY x \"boom\">]><r>&x;</r>",
			"<r><a n=\"authToken\">secret-token-tex",
			"<r xmlns=\"urn:y\"><a n=\"k\">v2</a></r>",
			"<r xmlns=\"urn:y\"><a n=\"k\">v3</a></r>",
		};
		zc_parser *p = zc_parser_new(&a);
		size_t i;
		int ok[4];
		zc_node *roots[4] = {NULL, NULL, NULL, NULL};

		for (i = 0; i < 4; i++) {
			if (i > 0) {
				CHECK(zc_parser_restart(p, &a));
			}
			zc_error_init(&e);
			zc_parser_feed(p, docs[i], strlen(docs[i]));
			ok[i] = zc_parser_finish(p, &roots[i], &e);
			if (i == 0) {
				CHECK_CONTAINS(e.message, "DOCTYPE");
			} else if (i == 1) {
				CHECK_CONTAINS(e.message, "truncated");
			}
			zc_error_clear(&e);
		}
		CHECK(!ok[0] && !ok[1] && ok[2] && ok[3]);
		CHECK(roots[2] && strcmp(zc_node_text(zc_node_child(roots[2], "a", "urn:y")), "v2") == 0);
		CHECK(roots[3] && strcmp(zc_node_text(zc_node_child(roots[3], "a", "urn:y")), "v3") == 0);
		/* The earlier trees are untouched: they live in the arena, not in the parser. */
		CHECK(roots[2] && strcmp(zc_node_text(zc_node_child(roots[2], "a", NULL)), "v2") == 0);
		zc_parser_free(p);
	}

	TEST("A hostile encoding declaration is an error for us, never a line on stderr (php-fpm's log).");
	{
		static const char *const odd[] = {
			"<?xml version=\"1.0\" encoding=\"no-such-encoding\"?><r/>",
			"<?xml version=\"1.0\" encoding=\"ISO-2022-JP\"?><r>\x1b$B\xff\xfe\x1b(B com\"</r>",
			"<?xml version=\"1.0\" encoding=\"UTF-16\"?><r/>",
		};
		FILE *sink = tmpfile();
		int saved = dup(2);
		size_t i;
		long written;

		fflush(stderr);
		dup2(fileno(sink), 2);
		for (i = 0; i < sizeof(odd) / sizeof(odd[0]); i++) {
			(void)parse(&a, odd[i], &e);
		}
		fflush(stderr);
		dup2(saved, 2);
		close(saved);
		written = ftell(sink) >= 0 ? (fseek(sink, 0, SEEK_END), ftell(sink)) : -1;
		CHECK(written == 0);
		fclose(sink);
	}

	TEST("DOCTYPE is refused, whatever it holds.");
	r = parse(&a, "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>", &e);
	CHECK(r == NULL);
	CHECK(e.kind == ZC_ERR_RESPONSE);
	CHECK_CONTAINS(e.message, "DOCTYPE");
	r = parse(&a, "<!DOCTYPE r SYSTEM \"http://127.0.0.1:1/x.dtd\"><r/>", &e);
	CHECK(r == NULL);
	CHECK_CONTAINS(e.message, "DOCTYPE");
	r = parse(&a, "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><r>&b;</r>", &e);
	CHECK(r == NULL);

	TEST("Undeclared entities are a well-formedness error, not expanded.");
	r = parse(&a, "<r>&nope;</r>", &e);
	CHECK(r == NULL);
	CHECK(e.kind == ZC_ERR_RESPONSE);

	TEST("Truncation and garbage.");
	r = parse(&a, "<soap:Envelope xmlns:soap=\"urn:s\"><soap:Body><X>", &e);
	CHECK(r == NULL);
	CHECK_CONTAINS(e.message, "truncated");
	r = parse(&a, "<html><body>503 Service Unavailable</body>", &e);
	CHECK(r == NULL);
	r = parse(&a, "{\"Body\":{}}", &e);
	CHECK(r == NULL);
	CHECK_CONTAINS(e.message, "not well-formed");
	r = parse(&a, "", &e);
	CHECK(r == NULL);
	CHECK_CONTAINS(e.message, "empty");
	r = parse(&a, "<a></b>", &e);
	CHECK(r == NULL);
	r = parse(&a, "<a>\xC0\xAF</a>", &e);
	CHECK(r == NULL);

	TEST("Very deep nesting hits libxml2's depth limit instead of exhausting the stack.");
	{
		size_t depth = 5000, i;
		char *deep = malloc(depth * 7 + 1), *p = deep;
		for (i = 0; i < depth; i++) { memcpy(p, "<a>", 3); p += 3; }
		for (i = 0; i < depth; i++) { memcpy(p, "</a>", 4); p += 4; }
		*p = '\0';
		r = parse(&a, deep, &e);
		CHECK(r == NULL);
		free(deep);
	}

	TEST("An element with more than 256 attributes is refused, even fed a byte at a time; quoted '=' and '>' do not count.");
	{
		char *doc = malloc(300 * 16 + 64), *p;
		size_t i, len;
		zc_parser *ps;
		zc_node *root = NULL;
		int fed;

		for (int n = 256; n <= 257; n++) {
			p = doc + sprintf(doc, "<r");
			for (i = 0; i < (size_t)n; i++) {
				p += sprintf(p, " a%zu='=>'", i);
			}
			strcpy(p, "/>");
			len = strlen(doc);
			ps = zc_parser_new(&a);
			fed = 1;
			for (i = 0; i < len && fed; i++) {
				fed = zc_parser_feed(ps, doc + i, 1);
			}
			zc_error_init(&e);
			if (n == 256) {
				CHECK(fed && zc_parser_finish(ps, &root, &e) && root && strcmp(root->name, "r") == 0);
			} else {
				CHECK(!fed);
				CHECK(!zc_parser_finish(ps, &root, &e));
				CHECK_CONTAINS(e.message, "more than 256 attributes");
			}
			zc_parser_free(ps);
		}
		free(doc);
	}

	zc_arena_free(&a);
}
