/*
 * zc_quota: a GetQuotaUsageResponse read and checked, independent of PHP.
 *
 * Each <account name id used limit> is handed to a callback with its sizes checked: a size is a
 * whole number of bytes from 0 to 2^63 - 1 (a Java long, as Zimbra writes it); anything else
 * (negative, not digits, beyond a long, absent) makes the whole reply unusable rather than a
 * figure to add. The total of the used sizes stops at 2^63 - 1 instead of wrapping.
 */
#ifndef ZC_QUOTA_H
#define ZC_QUOTA_H

#include <stddef.h>

#include "zc_error.h"
#include "zc_node.h"

typedef struct {
	const char *id;      /* NULL when the reply has none */
	const char *name;    /* NULL when the reply has none */
	long long   used;    /* bytes, 0 or more */
	long long   limit;   /* bytes, 0 for none */
} zc_quota_entry;

/* Called once per account, in reply order; returns 0 to stop (out of memory, say). */
typedef int (*zc_quota_each_fn)(void *ctx, const zc_quota_entry *entry);

/* A size as Zimbra writes it: 1 with *out set, 0 for anything else. */
int zc_size_value(const char *s, long long *out);

/*
 * Read every <account> child of reply. Returns 1 with *total (saturating) and *count set, or 0
 * with err set (ZC_ERR_RESPONSE naming the account whose size is wrong), or 0 when each stopped.
 */
int zc_quota_read(const zc_node *reply, zc_quota_each_fn each, void *ctx, long long *total, size_t *count, zc_error *err);

#endif
