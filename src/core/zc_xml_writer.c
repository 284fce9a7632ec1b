/* Request XML writer: validation and escaping in one pass; see zc_xml_writer.h. */
#include "zc_xml_writer.h"
#include "zc_utf8.h"

#include <stdio.h>
#include <string.h>

int zc_xml_is_name(const char *name, size_t len)
{
	size_t i;

	if (len == 0 || len > ZC_XML_NAME_MAX) {
		return 0;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)name[i];
		int alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
		int more = (c >= '0' && c <= '9') || c == '.' || c == '-';
		if (!(alpha || (i > 0 && more))) {
			return 0;
		}
	}
	/* Names starting with "xml" are reserved by the XML specification. */
	if (len >= 3 && (name[0] | 0x20) == 'x' && (name[1] | 0x20) == 'm' && (name[2] | 0x20) == 'l') {
		return 0;
	}
	return 1;
}

/* XML 1.0 Char production, for code points that passed UTF-8 decoding. */
static int xml_char_ok(unsigned cp)
{
	if (cp < 0x20) {
		return cp == 0x9 || cp == 0xA || cp == 0xD;
	}
	return cp != 0xFFFE && cp != 0xFFFF;
}

/*
 * Append s to out, escaped. Runs of characters that need no escaping are copied
 * with one memcpy: most values are plain ASCII. On failure out holds part of s,
 * and the writer that called fails as a whole.
 */
static zc_xml_text_check escape_into(zc_buf *out, const char *s, size_t len, int in_attr, unsigned *bad)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0;

	while (i < len) {
		unsigned char c = p[i];
		const char *rep = NULL;

		if (c >= 0x80) {
			unsigned cp;
			size_t n = zc_utf8_decode(p + i, len - i, &cp);
			if (n == 0) {
				return ZC_XML_TEXT_BAD_UTF8;
			}
			if (!xml_char_ok(cp)) {
				*bad = cp;
				return ZC_XML_TEXT_BAD_CHAR;
			}
			i += n;
			continue;
		}
		switch (c) {
			case '&': rep = "&amp;"; break;
			case '<': rep = "&lt;"; break;
			case '>': rep = "&gt;"; break; /* also keeps "]]>" out of text */
			case '\r': rep = "&#13;"; break; /* survives line-end normalisation */
			case '"': rep = in_attr ? "&quot;" : NULL; break;
			case '\n': rep = in_attr ? "&#10;" : NULL; break; /* survives attribute normalisation */
			case '\t': rep = in_attr ? "&#9;" : NULL; break;
			default:
				if (c < 0x20) {
					*bad = c;
					return ZC_XML_TEXT_BAD_CHAR;
				}
		}
		if (rep) {
			zc_buf_append(out, s + run, i - run);
			zc_buf_puts(out, rep);
			run = i + 1;
		}
		i++;
	}
	zc_buf_append(out, s + run, len - run);
	return ZC_XML_TEXT_OK;
}

zc_xml_text_check zc_xml_append_escaped(zc_buf *out, const char *s, size_t len, int in_attr, unsigned *codepoint)
{
	unsigned bad = 0;
	zc_xml_text_check r = escape_into(out, s, len, in_attr, &bad);
	if (codepoint) {
		*codepoint = bad;
	}
	return r;
}

void zc_xw_init(zc_xml_writer *w, zc_buf *out, zc_error *err)
{
	w->out = out;
	w->err = err;
	w->failed = 0;
	w->tag_open = 0;
	w->depth = 0;
}

/* Copy a caller-supplied name for a message, keeping only printable ASCII. */
static const char *shown_name(char shown[ZC_XML_NAME_MAX + 1], const char *name, size_t nlen)
{
	size_t n = nlen > ZC_XML_NAME_MAX ? ZC_XML_NAME_MAX : nlen;
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)name[i];
		shown[i] = (c >= 0x20 && c < 0x7F) ? (char)c : '?';
	}
	shown[n] = '\0';
	return shown;
}

#define XW_FAIL(w, ...) ((w)->failed = 1, zc_error_set((w)->err, ZC_ERR_VALIDATION, __VA_ARGS__))

static int check_value(zc_xml_writer *w, const char *what, const char *name, size_t nlen,
		const char *value, size_t vlen, int in_attr)
{
	char shown[ZC_XML_NAME_MAX + 1];
	unsigned cp = 0;
	zc_xml_text_check r = escape_into(w->out, value, vlen, in_attr, &cp);

	if (r == ZC_XML_TEXT_BAD_UTF8) {
		return XW_FAIL(w, "The %s '%s' is not valid UTF-8", what, shown_name(shown, name, nlen));
	}
	if (r == ZC_XML_TEXT_BAD_CHAR) {
		return XW_FAIL(w, "The %s '%s' contains the character U+%04X, which XML 1.0 cannot carry",
			what, shown_name(shown, name, nlen), cp);
	}
	return 1;
}

static void close_start_tag(zc_xml_writer *w)
{
	if (w->tag_open) {
		zc_buf_putc(w->out, '>');
		w->tag_open = 0;
	}
}

static int check_oom(zc_xml_writer *w)
{
	if (w->out->oom) {
		w->failed = 1;
		zc_error_set(w->err, ZC_ERR_NOMEM, "Out of memory while building the request");
		return 0;
	}
	return 1;
}

int zc_xw_start(zc_xml_writer *w, const char *name, size_t len, const char *ns)
{
	char shown[ZC_XML_NAME_MAX + 1];

	if (w->failed) {
		return 0;
	}
	if (!zc_xml_is_name(name, len)) {
		return XW_FAIL(w, "'%s' is not a valid XML element name", shown_name(shown, name, len));
	}
	if (w->depth >= ZC_XW_MAX_DEPTH) {
		return XW_FAIL(w, "The request nests deeper than %d elements at '%s'", ZC_XW_MAX_DEPTH,
			shown_name(shown, name, len));
	}
	close_start_tag(w);
	zc_buf_putc(w->out, '<');
	zc_buf_append(w->out, name, len);
	memcpy(w->stack[w->depth], name, len);
	w->stack[w->depth][len] = '\0';
	w->depth++;
	w->tag_open = 1;
	if (ns) {
		zc_buf_puts(w->out, " xmlns=\"");
		if (!check_value(w, "namespace of", name, len, ns, strlen(ns), 1)) {
			return 0;
		}
		zc_buf_putc(w->out, '"');
	}
	return check_oom(w);
}

int zc_xw_attr(zc_xml_writer *w, const char *name, size_t nlen, const char *value, size_t vlen)
{
	char shown[ZC_XML_NAME_MAX + 1];

	if (w->failed) {
		return 0;
	}
	if (!w->tag_open) {
		return XW_FAIL(w, "Attribute '%s' was given after the element's content", shown_name(shown, name, nlen));
	}
	if (!zc_xml_is_name(name, nlen)) {
		return XW_FAIL(w, "'%s' is not a valid XML attribute name", shown_name(shown, name, nlen));
	}
	zc_buf_putc(w->out, ' ');
	zc_buf_append(w->out, name, nlen);
	zc_buf_puts(w->out, "=\"");
	if (!check_value(w, "value of attribute", name, nlen, value, vlen, 1)) {
		return 0;
	}
	zc_buf_putc(w->out, '"');
	return check_oom(w);
}

int zc_xw_text(zc_xml_writer *w, const char *value, size_t vlen)
{
	const char *el;

	if (w->failed) {
		return 0;
	}
	if (w->depth == 0) {
		return XW_FAIL(w, "Text outside of an element");
	}
	close_start_tag(w);
	el = w->stack[w->depth - 1];
	if (!check_value(w, "text of element", el, strlen(el), value, vlen, 0)) {
		return 0;
	}
	return check_oom(w);
}

int zc_xw_end(zc_xml_writer *w)
{
	const char *el;

	if (w->failed) {
		return 0;
	}
	if (w->depth == 0) {
		return XW_FAIL(w, "Unbalanced end of element");
	}
	w->depth--;
	el = w->stack[w->depth];
	if (w->tag_open) {
		zc_buf_puts(w->out, "/>");
		w->tag_open = 0;
	} else {
		zc_buf_puts(w->out, "</");
		zc_buf_puts(w->out, el);
		zc_buf_putc(w->out, '>');
	}
	return check_oom(w);
}
