/* Strict UTF-8 decoding; see zc_utf8.h. */
#include "zc_utf8.h"

size_t zc_utf8_decode(const unsigned char *s, size_t len, unsigned *cp)
{
	unsigned c = s[0];
	size_t n, i;
	unsigned min;

	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xC2 && c <= 0xDF) {
		n = 2; *cp = c & 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3; *cp = c & 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4; *cp = c & 0x07; min = 0x10000;
	} else {
		return 0;
	}
	if (len < n) {
		return 0;
	}
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			return 0;
		}
		*cp = (*cp << 6) | (s[i] & 0x3F);
	}
	if (*cp < min || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF)) {
		return 0;
	}
	return n;
}

int zc_utf8_is_printable(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < len) {
		unsigned cp;
		size_t n = zc_utf8_decode(p + i, len - i, &cp);
		if (n == 0 || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
			return 0;
		}
		i += n;
	}
	return 1;
}

void zc_utf8_append_shown(zc_buf *out, const char *s, size_t len, size_t max)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < len) {
		unsigned cp;
		size_t n = zc_utf8_decode(p + i, len - i, &cp);
		size_t step = n ? n : 1;

		if (i + step > max) {
			zc_buf_append(out, "...", 3);
			return;
		}
		if (n == 0 || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
			zc_buf_putc(out, '?');
		} else {
			zc_buf_append(out, s + i, n);
		}
		i += step;
	}
}

/* The next UTF-16 code unit of *s, advancing it; *low holds the second unit of a pair. */
static unsigned next_unit(const unsigned char **s, unsigned *low)
{
	unsigned cp, unit;
	size_t n, avail = 0;

	while (avail < 4 && (*s)[avail]) {
		avail++;  /* a sequence is at most 4 bytes, and must not run past the NUL */
	}
	if (*low) {
		unit = *low;
		*low = 0;
		return unit;
	}
	n = zc_utf8_decode(*s, avail, &cp);
	if (n == 0) {
		return *(*s)++;
	}
	*s += n;
	if (cp < 0x10000) {
		return cp;
	}
	cp -= 0x10000;
	*low = 0xDC00 + (cp & 0x3FF);
	return 0xD800 + (cp >> 10);
}

int zc_utf8_java_cmp(const char *a, const char *b)
{
	const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
	unsigned lx = 0, ly = 0;

	while ((*x || lx) && (*y || ly)) {
		unsigned ux = next_unit(&x, &lx), uy = next_unit(&y, &ly);
		if (ux != uy) {
			return ux < uy ? -1 : 1;
		}
	}
	return (*x || lx) ? 1 : (*y || ly) ? -1 : 0;
}
