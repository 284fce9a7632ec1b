/*
 * libFuzzer target: the inside of a GetQuotaUsageResponse, read by zc_quota_read, the sizes and
 * the total the usage task adds up. Whatever the bytes, the read ends with every size checked:
 * it succeeds with a total of 0 or more, no smaller than any size it gave, or it refuses.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zc_parser.h"
#include "zc_quota.h"

static const char head[] = "<GetQuotaUsageResponse xmlns=\"urn:zimbraAdmin\" more=\"0\">";
static const char tail[] = "</GetQuotaUsageResponse>";

static int check_entry(void *ctx, const zc_quota_entry *e)
{
	long long *largest = ctx;

	if (e->used < 0 || e->limit < 0) {
		abort();  /* a size the read let through unchecked */
	}
	if (e->used > *largest) {
		*largest = e->used;
	}
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t len = sizeof(head) - 1 + size + sizeof(tail) - 1;
	char *doc = malloc(len);
	zc_arena arena;
	zc_node *root = NULL;
	zc_error err;
	long long total = -1, largest = 0;
	size_t count = 0;

	if (!doc) {
		return 0;
	}
	memcpy(doc, head, sizeof(head) - 1);
	memcpy(doc + sizeof(head) - 1, data, size);
	memcpy(doc + sizeof(head) - 1 + size, tail, sizeof(tail) - 1);
	zc_arena_init(&arena);
	zc_error_init(&err);
	if (zc_parse_xml(doc, len, &arena, &root, &err)) {
		zc_error_clear(&err);
		if (zc_quota_read(root, check_entry, &largest, &total, &count, &err) && (total < 0 || total < largest)) {
			abort();  /* the total wrapped, or lost a size */
		}
	}
	zc_error_clear(&err);
	zc_arena_free(&arena);
	free(doc);
	return 0;
}
