/*
 * zc_buf: a growable byte buffer for request bodies and short texts.
 *
 * Part of the pure-C core: no Zend headers, plain malloc, so the code can be
 * unit-tested and fuzzed without PHP. Buffers that held secrets (passwords,
 * auth tokens) are wiped with zc_buf_wipe() before they are freed.
 */
#ifndef ZC_BUF_H
#define ZC_BUF_H

#include <stddef.h>

typedef struct {
	char   *data;   /* always NUL-terminated when len > 0 or after any append */
	size_t  len;
	size_t  cap;
	int     oom;    /* sticky: an allocation failed, contents are incomplete */
} zc_buf;

void zc_buf_init(zc_buf *b);
void zc_buf_free(zc_buf *b);
/* Overwrite the whole allocation with zeros (not optimised away), then free. */
void zc_buf_wipe(zc_buf *b);
void zc_buf_reset(zc_buf *b);
int  zc_buf_reserve(zc_buf *b, size_t extra);
void zc_buf_append(zc_buf *b, const char *s, size_t n);
void zc_buf_puts(zc_buf *b, const char *s);
void zc_buf_putc(zc_buf *b, char c);

/* Zero memory in a way the compiler may not elide. */
void zc_secure_zero(void *p, size_t n);

#endif
