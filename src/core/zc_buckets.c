/* Uid-prefix buckets for oversized searches; see zc_buckets.h. */
#include "zc_buckets.h"
#include "zc_validate.h"

#include <stdlib.h>
#include <string.h>

/* Every character a lower-cased uid may start or continue with (RFC 5322 atext and '.'), in ASCII order. */
static const char alphabet[] = "!#$%&'*+-./0123456789=?^_`abcdefghijklmnopqrstuvwxyz{|}~";

#define MAX_PREFIX 64

static int push(zc_buckets *b, char kind, const char *prefix, size_t len)
{
	char *item;

	if (b->count == b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 64;
		char **grown = realloc(b->items, cap * sizeof(*grown));
		if (!grown) {
			return 0;
		}
		b->items = grown;
		b->cap = cap;
	}
	item = malloc(len + 2);
	if (!item) {
		return 0;
	}
	item[0] = kind;
	memcpy(item + 1, prefix, len);
	item[len + 1] = '\0';
	b->items[b->count++] = item;
	return 1;
}

int zc_buckets_init(zc_buckets *b)
{
	memset(b, 0, sizeof(*b));
	return push(b, 'P', "", 0);
}

void zc_buckets_free(zc_buckets *b)
{
	while (b->count) {
		free(b->items[--b->count]);
	}
	free(b->items);
	memset(b, 0, sizeof(*b));
}

char *zc_buckets_next(zc_buckets *b)
{
	return b->count ? b->items[--b->count] : NULL;
}

size_t zc_buckets_children(const char *bucket, char children[ZC_BUCKET_CHILDREN][ZC_BUCKET_MAX], zc_error *err)
{
	const char *prefix = bucket + 1;
	size_t len = strlen(prefix), i, n = 0;

	if (bucket[0] != 'P' || len >= MAX_PREFIX) {
		zc_error_set(err, ZC_ERR_RESPONSE,
			"Zimbra reports too many search results even for a single address prefix; raise zimbra_directory_max_search_result");
		return 0;
	}
	/* The exact uid sorts before every longer one. */
	if (len > 0) {
		children[n][0] = 'E';
		memcpy(children[n] + 1, prefix, len + 1);
		n++;
	}
	for (i = 0; i < sizeof(alphabet) - 1; i++) {
		children[n][0] = 'P';
		memcpy(children[n] + 1, prefix, len);
		children[n][len + 1] = alphabet[i];
		children[n][len + 2] = '\0';
		n++;
	}
	return n;
}

int zc_buckets_push(zc_buckets *b, const char *bucket)
{
	return push(b, bucket[0], bucket + 1, strlen(bucket + 1));
}

int zc_buckets_split(zc_buckets *b, const char *bucket, zc_error *err)
{
	char children[ZC_BUCKET_CHILDREN][ZC_BUCKET_MAX];
	size_t n = zc_buckets_children(bucket, children, err);

	if (n == 0) {
		return 0;
	}
	/* Pushed in reverse so that they come out in ascending order. */
	while (n-- > 0) {
		if (!zc_buckets_push(b, children[n])) {
			return zc_error_set(err, ZC_ERR_NOMEM, "Out of memory");
		}
	}
	return 1;
}

void zc_buckets_filter(zc_buf *out, const char *bucket, const char *base)
{
	const char *prefix = bucket + 1;
	size_t len = strlen(prefix);

	if (len == 0) {
		if (base) {
			zc_buf_puts(out, base);
		}
		return;
	}
	if (base) {
		zc_buf_puts(out, "(&");
	}
	zc_buf_puts(out, "(uid=");
	zc_ldap_escape(out, prefix, len);
	zc_buf_puts(out, bucket[0] == 'P' ? "*)" : ")");
	if (base) {
		zc_buf_puts(out, base);
		zc_buf_putc(out, ')');
	}
}
