/* Domain, address and id rules; RFC 4515 escaping. */
#include "zc_test.h"
#include "zc_buckets.h"
#include "zc_utf8.h"
#include "zc_validate.h"

#include <stdlib.h>

static int domain_ok(const char *in, const char *want)
{
	char out[ZC_DOMAIN_MAX + 1];
	zc_error e;
	zc_error_init(&e);
	if (!zc_normalize_domain(in, strlen(in), out, &e)) {
		return want == NULL;
	}
	return want && strcmp(out, want) == 0;
}

static int email_checked(int (*normalise)(const char *, size_t, char *, zc_error *),
	const char *in, const char *want, const char *msg_part)
{
	char out[ZC_EMAIL_MAX + 1];
	zc_error e;
	zc_error_init(&e);
	if (!normalise(in, strlen(in), out, &e)) {
		if (msg_part && !strstr(e.message, msg_part)) {
			fprintf(stderr, "  message was: %s\n", e.message);
			return 0;
		}
		return want == NULL;
	}
	return want && strcmp(out, want) == 0;
}

static int email_ok(const char *in, const char *want, const char *msg_part)
{
	return email_checked(zc_normalize_email, in, want, msg_part);
}

static int existing_ok(const char *in, const char *want, const char *msg_part)
{
	return email_checked(zc_normalize_existing_email, in, want, msg_part);
}

void test_validate(void)
{
	zc_buf b;
	char long_label[80];

	TEST("Messages show what was typed, UTF-8 included; only controls and broken bytes become '?'.");
	{
		char out[ZC_EMAIL_MAX + 1];
		zc_error e;
		zc_error_init(&e);
		CHECK(!zc_normalize_email("chlo\xC3\xA9@example.com", 18, out, &e));
		CHECK_CONTAINS(e.message, "'chlo\xC3\xA9' contains '\xC3\xA9'");
		zc_error_init(&e);
		CHECK(!zc_normalize_email("ch\x01\xFFo@example.com", 17, out, &e));
		CHECK_CONTAINS(e.message, "'ch??o' contains '?'");
	}

	TEST("Domain names: normalised to lower case; bad labels, IP addresses, non-ASCII and over-long labels refused.");
	CHECK(domain_ok("Example.COM", "example.com"));
	CHECK(domain_ok("mail.sub-domain.example.co.uk", "mail.sub-domain.example.co.uk"));
	CHECK(domain_ok("xn--bcher-kva.example", "xn--bcher-kva.example"));
	CHECK(domain_ok("localhost", NULL));
	CHECK(domain_ok("example..com", NULL));
	CHECK(domain_ok(".example.com", NULL));
	CHECK(domain_ok("example.com.", NULL));
	CHECK(domain_ok("-bad.example.com", NULL));
	CHECK(domain_ok("bad-.example.com", NULL));
	CHECK(domain_ok("under_score.com", NULL));
	CHECK(domain_ok("b\xc3\xbc" "cher.example", NULL));
	CHECK(domain_ok("192.168.1.1", NULL));
	CHECK(domain_ok("exa mple.com", NULL));
	CHECK(domain_ok("", NULL));
	memset(long_label, 'a', 64);
	memcpy(long_label + 64, ".com", 5);
	CHECK(domain_ok(long_label, NULL));

	TEST("Addresses: normalised; no +, no leading, trailing or double dot, a two-label domain, at most 64 before @.");
	CHECK(email_ok("John.Doe@Example.com", "john.doe@example.com", NULL));
	CHECK(email_ok("a_b-c.d@x.org", "a_b-c.d@x.org", NULL));
	CHECK(email_ok("plain", NULL, "not an email address"));
	CHECK(email_ok("a@b@c.com", NULL, "not an email address"));
	CHECK(email_ok("@example.com", NULL, "empty"));
	CHECK(email_ok("a+b@example.com", NULL, "contains '+'"));
	CHECK(email_ok(".a@example.com", NULL, "dot"));
	CHECK(email_ok("a..b@example.com", NULL, "dot"));
	CHECK(email_ok("a.@example.com", NULL, "dot"));
	CHECK(email_ok("a@localhost", NULL, "two labels"));
	CHECK(email_ok("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@x.com", NULL, "longer than 64"));

	TEST("Existing addresses: any RFC 5322 atext local part Zimbra holds (+, '); no space, quote, bracket, control or UTF-8.");
	CHECK(existing_ok("O'Brien@Example.com", "o'brien@example.com", NULL));
	CHECK(existing_ok("first+tag@example.com", "first+tag@example.com", NULL));
	CHECK(existing_ok("a&b!#$%*/=?^_`{|}~-@x.org", "a&b!#$%*/=?^_`{|}~-@x.org", NULL));
	CHECK(existing_ok("a b@example.com", NULL, "contains ' '"));
	CHECK(existing_ok("]]>@example.com", NULL, "contains ']'"));
	CHECK(existing_ok("*)(uid=*))(|(uid=*\\@example.com", NULL, "contains ')'"));
	CHECK(existing_ok("\"q\"@example.com", NULL, "contains '\"'"));
	CHECK(existing_ok("chlo\xC3\xA9@example.com", NULL, "contains"));
	CHECK(existing_ok("a\x01" "b@example.com", NULL, "contains"));
	CHECK(existing_ok("a\xFF" "b@example.com", NULL, "contains"));
	CHECK(existing_ok("a@b@c.com", NULL, "not an email address"));
	CHECK(existing_ok("@example.com", NULL, "empty"));
	CHECK(existing_ok("a+b@localhost", NULL, "two labels"));
	CHECK(existing_ok("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa+@x.com", NULL, "longer than 64"));

	TEST("Zimbra ids are UUIDs: 8-4-4-4-12 hex digits, nothing else.");
	CHECK(zc_is_zimbra_id("e00428a1-0c00-11d9-836a-000d93afea2a", 36));
	CHECK(!zc_is_zimbra_id("e00428a1-0c00-11d9-836a-000d93afea2", 35));
	CHECK(!zc_is_zimbra_id("e00428a1x0c00-11d9-836a-000d93afea2a", 36));
	CHECK(!zc_is_zimbra_id("g00428a1-0c00-11d9-836a-000d93afea2a", 36));

	TEST("Namespaces are URIs with a scheme, of URI characters only, at most ZC_NAMESPACE_MAX long.");
	CHECK(zc_is_namespace_uri("urn:zimbraAdmin", 15));
	CHECK(zc_is_namespace_uri("urn:zimbraAccount", 17));
	CHECK(zc_is_namespace_uri("http://example.com/ns?x=1&y='2'#f", 33));
	CHECK(!zc_is_namespace_uri("", 0));
	CHECK(!zc_is_namespace_uri("zimbraAdmin", 11));          /* no scheme */
	CHECK(!zc_is_namespace_uri(":zimbra", 7));                /* empty scheme */
	CHECK(!zc_is_namespace_uri("1urn:x", 6));                 /* scheme starts with a digit */
	CHECK(!zc_is_namespace_uri("urn:a b", 7));
	CHECK(!zc_is_namespace_uri("urn:<a>", 7));
	CHECK(!zc_is_namespace_uri("urn:\"x\"", 7));
	CHECK(!zc_is_namespace_uri("urn:a\0b", 7));
	CHECK(!zc_is_namespace_uri("urn:caf\xc3\xa9", 9));
	{
		char ns[ZC_NAMESPACE_MAX + 2];
		memset(ns, 'a', sizeof(ns));
		memcpy(ns, "urn:", 4);
		CHECK(zc_is_namespace_uri(ns, ZC_NAMESPACE_MAX));
		CHECK(!zc_is_namespace_uri(ns, ZC_NAMESPACE_MAX + 1));
	}

	TEST("URL text: URI characters only; a query only where allowed.");
	CHECK(zc_is_uri_text("https://m.example/a_b~c%20d", 27, 0));
	CHECK(!zc_is_uri_text("https://m.example/?x", 20, 0));
	CHECK(zc_is_uri_text("https://m.example/?x#y", 22, 1));
	CHECK(!zc_is_uri_text("a\\b", 3, 1));
	CHECK(!zc_is_uri_text("a\0b", 3, 1));

	TEST("Printable UTF-8: no Latin-1, overlong, surrogate, truncated or control character.");
	CHECK(zc_utf8_is_printable("", 0));
	CHECK(zc_utf8_is_printable("caf\xc3\xa9 \xf4\x8f\xbf\xbf <&>", 14));
	CHECK(!zc_utf8_is_printable("caf\xe9", 4));                   /* Latin-1, not UTF-8 */
	CHECK(!zc_utf8_is_printable("\xc0\xbc", 2));                  /* overlong '<' */
	CHECK(!zc_utf8_is_printable("\xed\xa0\x80", 3));              /* a surrogate */
	CHECK(!zc_utf8_is_printable("\xe2\x82", 2));                  /* truncated */
	CHECK(!zc_utf8_is_printable("a\0b", 3));
	CHECK(!zc_utf8_is_printable("a\tb", 3));
	CHECK(!zc_utf8_is_printable("a\x7f", 2));
	CHECK(!zc_utf8_is_printable("\xc2\x85", 2));                  /* C1 next-line */

	TEST("Names compare as Java's String.compareTo, by UTF-16 code unit, as Zimbra sorts them.");
	CHECK(zc_utf8_java_cmp("ann@x", "bob@x") < 0);
	CHECK(zc_utf8_java_cmp("bob@x", "ann@x") > 0);
	CHECK(zc_utf8_java_cmp("ann", "ann") == 0);
	CHECK(zc_utf8_java_cmp("ann", "anna") < 0 && zc_utf8_java_cmp("anna", "ann") > 0);
	CHECK(zc_utf8_java_cmp("\xc3\xa9", "z") > 0);                          /* U+00E9 after 'z' */
	CHECK(zc_utf8_java_cmp("\xf0\x9f\x98\x80", "\xef\xbc\xa1") < 0);  /* U+1F600 (D83D..) before U+FF21 */
	CHECK(zc_utf8_java_cmp("\xf0\x9f\x98\x80", "\xed\x9f\xbf") > 0);  /* ... and after U+D7FF */
	CHECK(zc_utf8_java_cmp("a\xff", "a\xfe") > 0);                        /* bytes that are not UTF-8 */

	TEST("Shown text: controls and broken bytes become ?, and a cut never splits a character.");
	zc_buf_init(&b);
	zc_utf8_append_shown(&b, "caf\xc3\xa9\x01\xe9<\0>", 10, 100);
	CHECK(b.len == 10 && memcmp(b.data, "caf\xc3\xa9?" "?<?>", 10) == 0);
	zc_buf_reset(&b);
	zc_utf8_append_shown(&b, "abc\xc3\xa9", 5, 4);              /* never cuts a character in two */
	CHECK_STR(b.data, "abc...");
	zc_buf_free(&b);

	TEST("LDAP filter values are escaped as RFC 4515 says (*, parentheses, backslash, NUL).");
	zc_buf_init(&b);
	zc_ldap_escape(&b, "a*(b)\\c\0d", 9);
	CHECK(b.len == 19 && memcmp(b.data, "a\\2a\\28b\\29\\5cc\\00d", 19) == 0);
	zc_buf_reset(&b);
	zc_ldap_escape(&b, "plain", 5);
	CHECK_STR(b.data, "plain");
	zc_buf_free(&b);
}


void test_buckets(void)
{
	zc_buckets b;
	zc_buf f;
	zc_error e;
	char *first, *next;
	int n = 0;

	TEST("The first bucket is every uid, filtered as asked.");
	zc_error_init(&e);
	zc_buf_init(&f);
	CHECK(zc_buckets_init(&b));
	first = zc_buckets_next(&b);
	CHECK_STR(first, "P");
	zc_buckets_filter(&f, first, "(!(zimbraIsSystemResource=TRUE))");
	CHECK_STR(f.data, "(!(zimbraIsSystemResource=TRUE))");
	CHECK(zc_buckets_split(&b, first, &e));
	free(first);
	TEST("Root splits into one bucket per character, in ASCII order, and no exact bucket.");
	next = zc_buckets_next(&b);
	CHECK_STR(next, "P!");
	free(next);
	next = zc_buckets_next(&b);
	CHECK_STR(next, "P#");
	zc_buf_reset(&f);
	zc_buckets_filter(&f, "P*", NULL);
	CHECK_STR(f.data, "(uid=\\2a*)");
	TEST("Splitting \"Pa\" yields the exact uid \"a\" first, then \"a!\" ...");
	CHECK(zc_buckets_split(&b, "Pa", &e));
	free(next);
	next = zc_buckets_next(&b);
	CHECK_STR(next, "Ea");
	zc_buf_reset(&f);
	zc_buckets_filter(&f, next, "(x=1)");
	CHECK_STR(f.data, "(&(uid=a)(x=1))");
	free(next);
	next = zc_buckets_next(&b);
	CHECK_STR(next, "Pa!");
	free(next);
	while ((next = zc_buckets_next(&b)) != NULL) {
		n++;
		free(next);
	}
	CHECK(n > 100);
	CHECK(!zc_buckets_split(&b, "Eab", &e));
	zc_buckets_free(&b);
	zc_buf_free(&f);
}
