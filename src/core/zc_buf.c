/* Growable byte buffer; see zc_buf.h. */
#include "zc_buf.h"

#include <stdlib.h>
#include <string.h>

void zc_secure_zero(void *p, size_t n)
{
#if defined(__GNUC__) || defined(__clang__)
	/*
	 * memset at full speed (every request body holds the token, so this runs
	 * on every call), then a barrier that claims to read the memory: the
	 * compiler cannot drop the stores as dead although the buffer is freed
	 * right after.
	 */
	memset(p, 0, n);
	__asm__ __volatile__("" : : "r"(p) : "memory");
#else
	/* A volatile pointer keeps the stores. */
	volatile unsigned char *v = p;
	while (n--) {
		*v++ = 0;
	}
#endif
}

void zc_buf_init(zc_buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->oom = 0;
}

void zc_buf_free(zc_buf *b)
{
	free(b->data);
	zc_buf_init(b);
}

void zc_buf_wipe(zc_buf *b)
{
	if (b->data) {
		zc_secure_zero(b->data, b->cap);
	}
	zc_buf_free(b);
}

void zc_buf_reset(zc_buf *b)
{
	b->len = 0;
	b->oom = 0;
	if (b->data) {
		b->data[0] = '\0';
	}
}

int zc_buf_reserve(zc_buf *b, size_t extra)
{
	size_t need, cap;
	char *p;

	if (b->oom) {
		return 0;
	}
	if (extra > (size_t)-1 - b->len - 1) {
		b->oom = 1;
		return 0;
	}
	need = b->len + extra + 1;
	if (need <= b->cap) {
		return 1;
	}
	cap = b->cap ? b->cap : 256;
	while (cap < need) {
		cap = cap > ((size_t)-1) / 2 ? need : cap * 2;
	}
	p = realloc(b->data, cap);
	if (!p) {
		b->oom = 1;
		return 0;
	}
	b->data = p;
	b->cap = cap;
	return 1;
}

void zc_buf_append(zc_buf *b, const char *s, size_t n)
{
	if (!zc_buf_reserve(b, n)) {
		return;
	}
	if (n) {
		memcpy(b->data + b->len, s, n);
	}
	b->len += n;
	b->data[b->len] = '\0';
}

void zc_buf_puts(zc_buf *b, const char *s)
{
	zc_buf_append(b, s, strlen(s));
}

void zc_buf_putc(zc_buf *b, char c)
{
	zc_buf_append(b, &c, 1);
}
