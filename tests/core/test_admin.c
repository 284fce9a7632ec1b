/* Request builders' refusals of what a real Zimbra refuses, and the batch reply of a lost token. */
#include "zc_test.h"
#include "zc_admin.h"
#include "zc_batch.h"
#include "zc_parser.h"
#include "zc_soap.h"

static void immutable_attributes(void)
{
	zc_pair ok[] = {{"displayName", 11, "Jane", 4}};
	zc_pair bad[] = {{"displayName", 11, "Jane", 4}, {"zimbraCreateTimestamp", 21, "20200101000000Z", 15}};
	zc_pair uid[] = {{"+uid", 4, "x", 1}};
	zc_buf b;
	zc_error e;

	CHECK(zc_is_immutable_attr("zimbraId", 8));
	CHECK(zc_is_immutable_attr("-mail", 5));
	CHECK(zc_is_immutable_attr("zimbraDomainType", 16));
	CHECK(!zc_is_immutable_attr("zimbraMailAlias", 15));
	CHECK(!zc_is_immutable_attr("mailbox", 7));
	CHECK(!zc_is_immutable_attr("", 0));

	zc_buf_init(&b);
	zc_error_init(&e);
	CHECK(zc_rq_modify(&b, "ModifyAccountRequest", "id-1", (zc_attrs){ok, 1}, &e));
	zc_buf_reset(&b);
	CHECK(!zc_rq_modify(&b, "ModifyAccountRequest", "id-1", (zc_attrs){bad, 2}, &e));
	CHECK(e.kind == ZC_ERR_VALIDATION);
	CHECK_CONTAINS(e.message, "zimbraCreateTimestamp cannot be changed");
	CHECK(b.len == 0);  /* nothing written, nothing to send */
	zc_error_init(&e);
	CHECK(!zc_rq_modify(&b, "ModifyAccountRequest", "id-1", (zc_attrs){uid, 1}, &e));
	CHECK_CONTAINS(e.message, "rename the account");
	zc_buf_free(&b);
}

static void search_refusals(void)
{
	zc_search s;
	zc_buf b;
	zc_error e;

	memset(&s, 0, sizeof(s));
	zc_buf_init(&b);
	zc_error_init(&e);
	s.offset = 10;
	CHECK(!zc_rq_search(&b, &s, &e));
	CHECK_CONTAINS(e.message, "offset needs a limit");
	s.limit = 5;
	zc_error_init(&e);
	CHECK(zc_rq_search(&b, &s, &e));
	CHECK_CONTAINS(b.data, "limit=\"5\" offset=\"10\"");
	for (const char *const *t = (const char *const[]){"accounts,", ",accounts", "accounts,,aliases", "", NULL}; *t; t++) {
		zc_buf_reset(&b);
		zc_error_init(&e);
		s.types = *t;
		CHECK(!zc_rq_search(&b, &s, &e));
		CHECK_CONTAINS(e.message, "empty item");
	}
	zc_buf_reset(&b);
	zc_error_init(&e);
	CHECK(!zc_rq_quota_usage(&b, "d.example", 1, 0, 3, &e));
	CHECK_CONTAINS(e.message, "offset needs a limit");
	zc_buf_reset(&b);
	CHECK(zc_rq_quota_usage(&b, NULL, 1, 500, 1000, &e));
	CHECK_STR(b.data, "<GetQuotaUsageRequest xmlns=\"urn:zimbraAdmin\" limit=\"500\" offset=\"1000\" sortBy=\"account\""
		" sortAscending=\"1\"/>");
	zc_buf_reset(&b);
	CHECK(zc_rq_quota_usage(&b, "d.example", 1, 0, 0, &e));
	CHECK_STR(b.data, "<GetQuotaUsageRequest xmlns=\"urn:zimbraAdmin\" domain=\"d.example\" allServers=\"1\" sortBy=\"account\""
		" sortAscending=\"1\"/>");
	zc_buf_reset(&b);
	CHECK(zc_rq_quota_usage(&b, "d.example", 0, 20000, 0, &e));  /* one server's part (a <targetServer>) */
	CHECK_STR(b.data, "<GetQuotaUsageRequest xmlns=\"urn:zimbraAdmin\" domain=\"d.example\" limit=\"20000\" sortBy=\"account\""
		" sortAscending=\"1\"/>");
	zc_buf_reset(&b);
	CHECK(zc_rq_all_servers(&b, "mailbox", &e));
	CHECK_STR(b.data, "<GetAllServersRequest xmlns=\"urn:zimbraAdmin\" service=\"mailbox\"/>");
	zc_buf_reset(&b);
	CHECK(zc_rq_get_server(&b, "name", "mbx2.example.com", &e));
	CHECK_STR(b.data, "<GetServerRequest xmlns=\"urn:zimbraAdmin\"><server by=\"name\">mbx2.example.com</server></GetServerRequest>");
	zc_buf_reset(&b);
	CHECK(zc_rq_count_objects(&b, "userAccount", "d.example", &e));
	CHECK_STR(b.data, "<CountObjectsRequest xmlns=\"urn:zimbraAdmin\" type=\"userAccount\">"
		"<domain by=\"name\">d.example</domain></CountObjectsRequest>");
	zc_buf_free(&b);
}

/* zc_batch_auth_lost() on a BatchResponse body as Zimbra sends it. */
static int auth_lost(const char *items, zc_fault *first)
{
	char xml[2048];
	zc_arena a;
	zc_error e;
	zc_node *root = NULL;
	const zc_node *body = NULL;
	int lost;

	snprintf(xml, sizeof(xml), "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body>"
		"<BatchResponse xmlns=\"urn:zimbra\">%s</BatchResponse></soap:Body></soap:Envelope>", items);
	zc_arena_init(&a);
	zc_error_init(&e);
	lost = zc_parse_xml(xml, strlen(xml), &a, &root, &e) && zc_soap_body(root, &body, &e)
		&& zc_batch_auth_lost(body, first);
	zc_arena_free(&a);
	return lost;
}

#define FAULT(code) "<soap:Fault requestId=\"1\"><soap:Code><soap:Value>soap:Sender</soap:Value></soap:Code>" \
	"<soap:Reason><soap:Text>no valid authtoken present</soap:Text></soap:Reason><soap:Detail>" \
	"<Error xmlns=\"urn:zimbra\"><Code>" code "</Code></Error></soap:Detail></soap:Fault>"

static void batch_auth_lost(void)
{
	zc_fault f;

	zc_fault_init(&f);
	CHECK(auth_lost(FAULT("service.AUTH_REQUIRED") FAULT("service.AUTH_REQUIRED"), &f));
	CHECK_STR(f.code, "service.AUTH_REQUIRED");
	CHECK_STR(f.reason, "no valid authtoken present");
	zc_fault_free(&f);
	CHECK(auth_lost(FAULT("service.AUTH_EXPIRED"), NULL));
	/* Something was done, or failed for another reason: not a lost token, nothing is resent. */
	CHECK(!auth_lost(FAULT("service.AUTH_REQUIRED") "<NoOpResponse xmlns=\"urn:zimbraAdmin\" requestId=\"2\"/>", NULL));
	CHECK(!auth_lost(FAULT("service.AUTH_REQUIRED") FAULT("account.NO_SUCH_ACCOUNT"), NULL));
	CHECK(!auth_lost("", NULL));
	CHECK(!zc_batch_auth_lost(NULL, NULL));
}

void test_admin(void)
{
	TEST("Immutable attributes (zimbraCreateTimestamp, ...) are refused before a Modify is built.");
	immutable_attributes();
	TEST("Searches a real Zimbra refuses (an offset without a limit, empty types items) are refused before sending.");
	search_refusals();
	TEST("A BatchResponse whose every item is AUTH_REQUIRED is a lost token; any other answer is not.");
	batch_auth_lost();
}
