/* GetQuotaUsageResponse, read and checked; see zc_quota.h. */
#include "zc_quota.h"

#include <stdint.h>
#include <string.h>

int zc_size_value(const char *s, long long *out)
{
	unsigned long long v = 0;

	if (!s || !*s) {
		return 0;
	}
	for (; *s; s++) {
		unsigned digit = (unsigned)(*s - '0');
		if (*s < '0' || *s > '9' || v > ((unsigned long long)INT64_MAX - digit) / 10) {
			return 0;
		}
		v = v * 10 + digit;
	}
	*out = (long long)v;
	return 1;
}

int zc_quota_read(const zc_node *reply, zc_quota_each_fn each, void *ctx, long long *total, size_t *count, zc_error *err)
{
	const zc_node *c;

	*total = 0;
	*count = 0;
	for (c = reply->first_child; c; c = c->next) {
		zc_quota_entry e;
		if (strcmp(c->name, "account") != 0) {
			continue;
		}
		e.id = zc_node_attr(c, "id");
		e.name = zc_node_attr(c, "name");
		if (!zc_size_value(zc_node_attr(c, "used"), &e.used) || !zc_size_value(zc_node_attr(c, "limit"), &e.limit)) {
			return zc_error_set(err, ZC_ERR_RESPONSE, "Zimbra's %.80s gives a size that is not a whole number of bytes for %.120s: "
				"the reply is unusable, and whether the request was done is unknown", reply->name ? reply->name : "reply",
				e.name ? e.name : "a mailbox");
		}
		if (!each(ctx, &e)) {
			return 0;
		}
		*total = e.used > INT64_MAX - *total ? INT64_MAX : *total + e.used;
		(*count)++;
	}
	return 1;
}
