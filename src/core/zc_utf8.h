/*
 * zc_utf8: strict UTF-8 decoding (RFC 3629), shared by the XML writer and the
 * checks on free-text values that never go through XML (preauth URLs).
 */
#ifndef ZC_UTF8_H
#define ZC_UTF8_H

#include <stddef.h>

#include "zc_buf.h"

/*
 * Decode one UTF-8 sequence at s[0..len), len > 0. Returns its length, or 0
 * when the bytes are not well-formed UTF-8: overlong forms, surrogates,
 * code points past U+10FFFF and truncated sequences are all refused.
 */
size_t zc_utf8_decode(const unsigned char *s, size_t len, unsigned *cp);

/* Well-formed UTF-8 with no control character (C0, DEL or C1): text a person could type. */
int zc_utf8_is_printable(const char *s, size_t len);

/*
 * Append s to out for showing in a message: invalid bytes and control characters
 * become '?', and past max bytes the rest becomes "...". (Out of memory is out->oom.)
 */
void zc_utf8_append_shown(zc_buf *out, const char *s, size_t len, size_t max);

/*
 * Compare two strings as Java's String.compareTo does, in which Zimbra sorts names: by UTF-16
 * code unit, so a character past U+FFFF (a surrogate pair, 0xD800..) sorts before U+E000..U+FFFF.
 * A byte that is not well-formed UTF-8 counts as the code unit of its own value. <0, 0 or >0.
 */
int zc_utf8_java_cmp(const char *a, const char *b);

#endif
