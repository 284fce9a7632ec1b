/* Fault decoding against the captured replies of real servers. */
#include "zc_test.h"
#include "zc_parser.h"
#include "zc_soap.h"

#include <stdlib.h>

#ifndef ZC_CAPTURES
#define ZC_CAPTURES "../shared/reference/zimbra-captures"
#endif

static void check_capture(const char *file, const char *code, int receiver, const char *reason_part)
{
	char path[512];
	size_t len = 0;
	char *xml;
	zc_arena a;
	zc_error e;
	zc_node *root = NULL;
	const zc_node *body = NULL;

	snprintf(path, sizeof(path), "%s/%s", ZC_CAPTURES, file);
	xml = zc_test_read_file(path, &len);
	CHECK(xml != NULL);
	if (!xml) {
		return;
	}
	zc_arena_init(&a);
	zc_error_init(&e);
	CHECK(zc_parse_xml(xml, len, &a, &root, &e));
	CHECK(!zc_soap_body(root, &body, &e));
	CHECK(e.kind == ZC_ERR_FAULT);
	CHECK_STR(e.fault.code, code);
	CHECK(e.fault.receiver == receiver);
	CHECK_CONTAINS(e.fault.reason, reason_part);
	CHECK(e.fault.trace && strncmp(e.fault.trace, "qtp", 3) == 0);
	CHECK_CONTAINS(e.message, code);
	zc_error_clear(&e);
	zc_arena_free(&a);
	free(xml);
}

void test_fault(void)
{
	zc_arena a;
	zc_error e;
	zc_node *root = NULL;
	const zc_node *body = NULL;
	const char *soap11 =
		"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
		"<faultcode>soap:Server</faultcode><faultstring>number of accounts reached the limit: domain=x.test (5)</faultstring>"
		"<detail><Error xmlns=\"urn:zimbra\"><Code>account.TOO_MANY_ACCOUNTS</Code><Trace>qtp1-2:3</Trace></Error></detail>"
		"</soap:Fault></soap:Body></soap:Envelope>";
	const char *with_args =
		"<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body><soap:Fault>"
		"<soap:Code><soap:Value>soap:Sender</soap:Value></soap:Code><soap:Reason><soap:Text>invalid password: too short</soap:Text></soap:Reason>"
		"<soap:Detail><Error xmlns=\"urn:zimbra\"><Code>account.INVALID_PASSWORD</Code><Trace>qtp9</Trace>"
		"<a n=\"zimbraPasswordMinLength\" t=\"NUM\">8</a></Error></soap:Detail></soap:Fault></soap:Body></soap:Envelope>";

	TEST("Real SOAP 1.2 faults from captures: code, reason, sender or receiver.");
	check_capture("synaq-fault-account.ACCOUNT_EXISTS.soap12.xml", "account.ACCOUNT_EXISTS", 0, "email address already exists");
	check_capture("synaq-fault-account.NO_SUCH_ACCOUNT.soap12.xml", "account.NO_SUCH_ACCOUNT", 0, "no such account");
	check_capture("synaq-fault-account.NO_SUCH_GRANT.soap12.xml", "account.NO_SUCH_GRANT", 0, "");
	check_capture("synaq-fault-service.AUTH_EXPIRED.soap12.xml", "service.AUTH_EXPIRED", 0, "auth credentials have expired");
	check_capture("synaq-fault-service.FAILURE.soap12.xml", "service.FAILURE", 1, "system failure");

	TEST("A SOAP 1.1 fault: faultcode, faultstring and the Zimbra code in detail.");
	zc_arena_init(&a);
	zc_error_init(&e);
	CHECK(zc_parse_xml(soap11, strlen(soap11), &a, &root, &e));
	CHECK(!zc_soap_body(root, &body, &e));
	CHECK_STR(e.fault.code, "account.TOO_MANY_ACCOUNTS");
	CHECK(e.fault.receiver == 1);
	CHECK_CONTAINS(e.fault.reason, "reached the limit");
	zc_error_clear(&e);

	TEST("A fault with arguments (the password rule that failed) keeps them, typed.");
	CHECK(zc_parse_xml(with_args, strlen(with_args), &a, &root, &e));
	CHECK(!zc_soap_body(root, &body, &e));
	CHECK_STR(e.fault.code, "account.INVALID_PASSWORD");
	CHECK(e.fault.nargs == 1);
	if (e.fault.nargs == 1) {
		CHECK_STR(e.fault.args[0].name, "zimbraPasswordMinLength");
		CHECK_STR(e.fault.args[0].type, "NUM");
		CHECK_STR(e.fault.args[0].value, "8");
	}
	zc_error_clear(&e);
	zc_arena_free(&a);
}
