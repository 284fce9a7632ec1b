/* GetQuotaUsageResponse read and checked (zc_quota): sizes, the saturating total, the callback. */
#include "zc_test.h"
#include "zc_parser.h"
#include "zc_quota.h"

#include <stdint.h>

static int count_names(void *ctx, const zc_quota_entry *e)
{
	(*(int *)ctx) += e->name != NULL;
	return 1;
}

static int stop_at_first(void *ctx, const zc_quota_entry *e)
{
	(void)e;
	(*(int *)ctx)++;
	return 0;
}

static int read_reply(const char *xml, long long *total, size_t *count, zc_error *e)
{
	zc_arena a;
	zc_node *root = NULL;
	int names = 0, ok;

	zc_arena_init(&a);
	zc_error_init(e);
	ok = zc_parse_xml(xml, strlen(xml), &a, &root, e) && zc_quota_read(root, count_names, &names, total, count, e);
	zc_arena_free(&a);
	return ok;
}

void test_quota(void)
{
	long long v = -1, total = -1;
	size_t count = 0;
	zc_error e;

	TEST("A size is a whole number of bytes from 0 to 2^63 - 1, nothing else.");
	CHECK(zc_size_value("0", &v) && v == 0);
	CHECK(zc_size_value("9223372036854775807", &v) && v == INT64_MAX);
	CHECK(!zc_size_value("9223372036854775808", &v));
	CHECK(!zc_size_value("99999999999999999999", &v));
	CHECK(!zc_size_value("-5", &v));
	CHECK(!zc_size_value("+5", &v));
	CHECK(!zc_size_value("12abc", &v));
	CHECK(!zc_size_value("", &v));
	CHECK(!zc_size_value(NULL, &v));

	TEST("The total stops at 2^63 - 1 instead of wrapping; other children are skipped.");
	CHECK(read_reply("<GetQuotaUsageResponse><account name='a' id='1' used='9223372036854775807' limit='0'/>"
		"<other/><account name='b' id='2' used='9223372036854775807' limit='10'/></GetQuotaUsageResponse>", &total, &count, &e));
	CHECK(total == INT64_MAX && count == 2);
	CHECK(read_reply("<GetQuotaUsageResponse/>", &total, &count, &e) && total == 0 && count == 0);

	TEST("A wrong size makes the reply unusable, naming the mailbox.");
	CHECK(!read_reply("<GetQuotaUsageResponse><account name='ok' used='1' limit='0'/><account name='odd@x' used='-1' limit='0'/>"
		"</GetQuotaUsageResponse>", &total, &count, &e));
	CHECK(e.kind == ZC_ERR_RESPONSE);
	CHECK_CONTAINS(e.message, "odd@x");
	CHECK(!read_reply("<GetQuotaUsageResponse><account name='nolimit' used='1'/></GetQuotaUsageResponse>", &total, &count, &e));

	TEST("A callback that stops ends the read with no error.");
	{
		zc_arena a;
		zc_node *root = NULL;
		int calls = 0;
		const char *xml = "<r><account used='1' limit='0'/><account used='2' limit='0'/></r>";
		zc_arena_init(&a);
		zc_error_init(&e);
		CHECK(zc_parse_xml(xml, strlen(xml), &a, &root, &e));
		CHECK(!zc_quota_read(root, stop_at_first, &calls, &total, &count, &e) && calls == 1 && e.kind == ZC_OK);
		zc_arena_free(&a);
	}
}
