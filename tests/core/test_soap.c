/* Envelopes out, bodies in: every captured reply must parse. */
#include "zc_test.h"
#include "zc_parser.h"
#include "zc_soap.h"

#include <dirent.h>
#include <stdlib.h>

#ifndef ZC_CAPTURES
#define ZC_CAPTURES "../shared/reference/zimbra-captures"
#endif

static void every_capture_parses(void)
{
	DIR *d = opendir(ZC_CAPTURES);
	struct dirent *ent;
	int seen = 0;

	CHECK(d != NULL);
	while (d && (ent = readdir(d)) != NULL) {
		char path[600];
		size_t len = 0, n = strlen(ent->d_name);
		char *xml;
		zc_arena a;
		zc_error e;
		zc_node *root = NULL;
		const zc_node *body = NULL;

		if (n < 4 || strcmp(ent->d_name + n - 4, ".xml") != 0) {
			continue;
		}
		snprintf(path, sizeof(path), "%s/%s", ZC_CAPTURES, ent->d_name);
		xml = zc_test_read_file(path, &len);
		zc_arena_init(&a);
		zc_error_init(&e);
		if (!zc_parse_xml(xml, len, &a, &root, &e)) {
			fprintf(stderr, "capture %s: %s\n", ent->d_name, e.message);
			CHECK(0);
		} else if (strncmp(ent->d_name, "zimsoap-fragment", 16) != 0) {
			/* Whole envelopes: either a body element or a decoded fault. */
			int ok = zc_soap_body(root, &body, &e);
			CHECK(ok || (e.kind == ZC_ERR_FAULT && e.fault.code[0]));
			if (ok) {
				CHECK(strstr(body->name, "Response") != NULL);
			}
		} else {
			CHECK(root->first_child != NULL);
		}
		seen++;
		zc_error_clear(&e);
		zc_arena_free(&a);
		free(xml);
	}
	if (d) {
		closedir(d);
	}
	CHECK(seen >= 15);
}

void test_soap(void)
{
	zc_buf b;
	zc_error e;
	zc_arena a;
	zc_node *root = NULL;
	const zc_node *body = NULL;
	const char *xml;

	TEST("The envelope carries the token escaped in its header, and no header without a token.");
	zc_buf_init(&b);
	zc_error_init(&e);
	CHECK(zc_soap_envelope(&b, "0_ab<&>", "<NoOpRequest xmlns=\"urn:zimbraAdmin\"/>", 38, &e));
	CHECK_STR(b.data, "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Header>"
		"<context xmlns=\"urn:zimbra\"><authToken>0_ab&lt;&amp;&gt;</authToken></context></soap:Header>"
		"<soap:Body><NoOpRequest xmlns=\"urn:zimbraAdmin\"/></soap:Body></soap:Envelope>");
	zc_buf_reset(&b);
	CHECK(zc_soap_envelope(&b, NULL, "<X/>", 4, &e));
	CHECK(b.data[0] == '<' && strstr(b.data, "Header") == NULL);

	TEST("The header carries a target server and an admin session, new or named, each escaped.");
	{
		zc_soap_header h = {"tok", "11111111-2222-3333-4444-555555555555", 1, NULL};
		zc_buf_reset(&b);
		CHECK(zc_soap_envelope_with(&b, &h, "<X/>", 4, &e));
		CHECK_CONTAINS(b.data, "<context xmlns=\"urn:zimbra\"><authToken>tok</authToken><session/>"
			"<targetServer>11111111-2222-3333-4444-555555555555</targetServer></context>");
		h.auth_token = NULL;
		h.target_server = "";
		h.session_id = "12\"<3";
		zc_buf_reset(&b);
		CHECK(zc_soap_envelope_with(&b, &h, "<X/>", 4, &e));
		CHECK_CONTAINS(b.data, "<context xmlns=\"urn:zimbra\"><session id=\"12&quot;&lt;3\"/></context>");
		CHECK(strstr(b.data, "targetServer") == NULL && strstr(b.data, "authToken") == NULL);
		h.session = 0;
		zc_buf_reset(&b);
		CHECK(zc_soap_envelope_with(&b, &h, "<X/>", 4, &e));
		CHECK(strstr(b.data, "Header") == NULL);
	}
	zc_buf_free(&b);

	TEST("The session a reply names comes from its header; a long or unprintable one is none.");
	{
		char id[ZC_SESSION_ID_MAX + 1];
		char big[400];
		zc_arena_init(&a);
		xml = "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Header>"
			"<context xmlns=\"urn:zimbra\"><session id=\"1042\">1042</session></context></soap:Header>"
			"<soap:Body><NoOpResponse xmlns=\"urn:zimbraAdmin\"/></soap:Body></soap:Envelope>";
		CHECK(zc_parse_xml(xml, strlen(xml), &a, &root, &e));
		CHECK(zc_soap_reply_session(root, id) && strcmp(id, "1042") == 0);
		xml = "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Header>"
			"<context xmlns=\"urn:zimbra\"/></soap:Header><soap:Body><R/></soap:Body></soap:Envelope>";
		CHECK(zc_parse_xml(xml, strlen(xml), &a, &root, &e));
		CHECK(!zc_soap_reply_session(root, id) && id[0] == '\0');
		xml = "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Header>"
			"<context xmlns=\"urn:zimbra\"><session id=\"a b\"/></context></soap:Header><soap:Body><R/></soap:Body></soap:Envelope>";
		CHECK(zc_parse_xml(xml, strlen(xml), &a, &root, &e));
		CHECK(!zc_soap_reply_session(root, id));
		memset(big, 'x', sizeof(big));
		snprintf(big, sizeof(big), "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Header>"
			"<context xmlns=\"urn:zimbra\"><session>%0200d</session></context></soap:Header><soap:Body><R/></soap:Body></soap:Envelope>", 7);
		CHECK(zc_parse_xml(big, strlen(big), &a, &root, &e));
		CHECK(!zc_soap_reply_session(root, id));
		zc_arena_free(&a);
	}

	TEST("An HTML error page and an empty Body are not SOAP replies.");
	zc_arena_init(&a);
	xml = "<html><head><title>Error 503</title></head></html>";
	CHECK(zc_parse_xml(xml, strlen(xml), &a, &root, &e));
	CHECK(!zc_soap_body(root, &body, &e));
	CHECK(e.kind == ZC_ERR_RESPONSE);
	CHECK_CONTAINS(e.message, "not a SOAP envelope");
	xml = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body/></s:Envelope>";
	CHECK(zc_parse_xml(xml, strlen(xml), &a, &root, &e));
	CHECK(!zc_soap_body(root, &body, &e));
	CHECK_CONTAINS(e.message, "empty");
	TEST("Prefixes do not matter, namespaces do.");
	xml = "<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body><R xmlns=\"urn:zimbraAdmin\"/></e:Body></e:Envelope>";
	CHECK(zc_parse_xml(xml, strlen(xml), &a, &root, &e));
	CHECK(zc_soap_body(root, &body, &e));
	CHECK(body && strcmp(body->name, "R") == 0);
	xml = "<Envelope xmlns=\"urn:wrong\"><Body><R/></Body></Envelope>";
	CHECK(zc_parse_xml(xml, strlen(xml), &a, &root, &e));
	CHECK(!zc_soap_body(root, &body, &e));
	zc_arena_free(&a);

	TEST("Every real capture parses to its body or its fault.");
	every_capture_parses();
}
