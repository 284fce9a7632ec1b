/*
 * zc_buckets: splitting a directory search that Zimbra refuses as too large.
 *
 * SearchDirectory fetches every match before it pages, and fails with
 * account.TOO_MANY_SEARCH_RESULTS past 5000 matches, even for one small
 * page. A bucket is a slice of the entries by the start of their uid:
 * "P" is everything, "Pab" every uid starting with "ab", "Eab" the uid "ab"
 * itself. A bucket that is too large splits into its exact uid and one
 * bucket per possible next character; buckets come out in uid order.
 */
#ifndef ZC_BUCKETS_H
#define ZC_BUCKETS_H

#include <stddef.h>

#include "zc_buf.h"
#include "zc_error.h"

typedef struct {
	char  **items;  /* a stack: the next bucket is last */
	size_t  count;
	size_t  cap;
} zc_buckets;

/* Starts with the one bucket "P" (everything). */
int zc_buckets_init(zc_buckets *b);
void zc_buckets_free(zc_buckets *b);
/* The next bucket (caller frees it), or NULL when all are done. */
char *zc_buckets_next(zc_buckets *b);
#define ZC_BUCKET_MAX 67          /* kind + prefix of at most 64 + NUL, rounded */
#define ZC_BUCKET_CHILDREN 58     /* the exact uid + one per alphabet character */

/* Replace a too-large bucket by its parts. Fails past 64 characters (ZC_ERR_RESPONSE). */
int zc_buckets_split(zc_buckets *b, const char *bucket, zc_error *err);
/*
 * The parts of a too-large bucket, in ascending order, without pushing them
 * (so that the caller can drop the empty ones first). Returns their number,
 * or 0 with err set when the bucket cannot be split further.
 */
size_t zc_buckets_children(const char *bucket, char children[ZC_BUCKET_CHILDREN][ZC_BUCKET_MAX], zc_error *err);
/* Push one bucket; the last pushed comes out first. */
int zc_buckets_push(zc_buckets *b, const char *bucket);
/*
 * The LDAP filter for a bucket, ANDed with base (an already escaped filter,
 * or NULL). An empty result means "everything".
 */
void zc_buckets_filter(zc_buf *out, const char *bucket, const char *base);

#endif
