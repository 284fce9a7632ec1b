/* Escaping and validation of request XML. */
#include "zc_test.h"
#include "zc_xml_writer.h"

static const char *write_one(zc_buf *b, zc_error *e, const char *attr_value, size_t alen,
		const char *text, size_t tlen)
{
	zc_xml_writer w;

	zc_buf_reset(b);
	zc_error_init(e);
	zc_xw_init(&w, b, e);
	zc_xw_start(&w, "CreateAccountRequest", 20, "urn:zimbraAdmin");
	zc_xw_attr(&w, "name", 4, attr_value, alen);
	zc_xw_start(&w, "a", 1, NULL);
	zc_xw_attr(&w, "n", 1, "displayName", 11);
	zc_xw_text(&w, text, tlen);
	zc_xw_end(&w);
	if (!zc_xw_end(&w)) {
		return NULL;
	}
	return b->data;
}

void test_xml_writer(void)
{
	zc_buf b;
	zc_error e;
	const char *out;
	static const char nul_in_middle[] = "ab\0cd";

	zc_buf_init(&b);

	out = write_one(&b, &e, "a&b\"<c>", 7, "x<y>&]]>z", 9);
	CHECK_STR(out, "<CreateAccountRequest xmlns=\"urn:zimbraAdmin\" name=\"a&amp;b&quot;&lt;c&gt;\">"
		"<a n=\"displayName\">x&lt;y&gt;&amp;]]&gt;z</a></CreateAccountRequest>");

	TEST("Whitespace in attributes must survive attribute-value normalisation.");
	out = write_one(&b, &e, "t\tn\nr\r", 6, "l1\nl2\r\n", 7);
	CHECK_STR(out, "<CreateAccountRequest xmlns=\"urn:zimbraAdmin\" name=\"t&#9;n&#10;r&#13;\">"
		"<a n=\"displayName\">l1\nl2&#13;\n</a></CreateAccountRequest>");

	TEST("Multibyte UTF-8 passes through untouched.");
	out = write_one(&b, &e, "j\xC3\xBCrgen", 7, "\xF0\x9F\x98\x80 \xE2\x82\xAC", 8);
	CHECK(out != NULL);
	CHECK_CONTAINS(out, "name=\"j\xC3\xBCrgen\"");

	TEST("NUL and other C0 controls are refused, naming the field and not the value.");
	out = write_one(&b, &e, nul_in_middle, 5, "ok", 2);
	CHECK(out == NULL);
	CHECK(e.kind == ZC_ERR_VALIDATION);
	CHECK_CONTAINS(e.message, "attribute 'name'");
	CHECK_CONTAINS(e.message, "U+0000");

	out = write_one(&b, &e, "ok", 2, "bell\x07", 5);
	CHECK(out == NULL);
	CHECK_CONTAINS(e.message, "text of element 'a'");

	TEST("Invalid UTF-8: overlong, surrogate, truncated, > U+10FFFF, lone continuation.");
	CHECK(write_one(&b, &e, "\xC0\xAF", 2, "", 0) == NULL);
	CHECK_CONTAINS(e.message, "not valid UTF-8");
	CHECK(write_one(&b, &e, "\xED\xA0\x80", 3, "", 0) == NULL);
	CHECK(write_one(&b, &e, "\xE2\x82", 2, "", 0) == NULL);
	CHECK(write_one(&b, &e, "\xF4\x90\x80\x80", 4, "", 0) == NULL);
	CHECK(write_one(&b, &e, "\x80", 1, "", 0) == NULL);
	TEST("U+FFFE and U+FFFF are not XML characters.");
	CHECK(write_one(&b, &e, "\xEF\xBF\xBE", 3, "", 0) == NULL);
	CHECK(write_one(&b, &e, "\xEF\xBF\xBD", 3, "", 0) != NULL);

	TEST("Names.");
	CHECK(zc_xml_is_name("zimbraMailQuota", 15));
	CHECK(zc_xml_is_name("_a.b-c9", 7));
	CHECK(!zc_xml_is_name("9abc", 4));
	CHECK(!zc_xml_is_name("a b", 3));
	CHECK(!zc_xml_is_name("a:b", 3));
	CHECK(!zc_xml_is_name("", 0));
	CHECK(!zc_xml_is_name("xmlns", 5));
	CHECK(!zc_xml_is_name("a\"b", 3));

	{
		zc_xml_writer w;
		zc_buf_reset(&b);
		zc_error_init(&e);
		zc_xw_init(&w, &b, &e);
		CHECK(!zc_xw_start(&w, "bad name", 8, NULL));
		CHECK(e.kind == ZC_ERR_VALIDATION);
		CHECK_CONTAINS(e.message, "'bad name' is not a valid XML element name");
		/* Once failed, the writer stays failed. */
		CHECK(!zc_xw_start(&w, "good", 4, NULL));
	}
	zc_buf_free(&b);
}
