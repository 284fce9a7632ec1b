/*
 * zc_xml_writer: builds request XML with exact escaping.
 *
 * Every name is checked against a conservative XML name rule and every value
 * is checked to be valid UTF-8 made only of characters XML 1.0 can carry, in
 * the same pass that escapes it. A value that fails is refused with
 * ZC_ERR_VALIDATION; the writer's output is then incomplete and must not be
 * sent. Error messages name the element or attribute, never the value (the
 * value may be a password).
 */
#ifndef ZC_XML_WRITER_H
#define ZC_XML_WRITER_H

#include <stddef.h>

#include "zc_buf.h"
#include "zc_error.h"

#define ZC_XW_MAX_DEPTH 64
#define ZC_XML_NAME_MAX 128

typedef struct {
	zc_buf   *out;
	zc_error *err;
	int       failed;
	int       tag_open;   /* "<name ..." written, ">" not yet */
	int       depth;
	/* Names of open elements, to write the end tags. */
	char      stack[ZC_XW_MAX_DEPTH][ZC_XML_NAME_MAX + 1];
} zc_xml_writer;

typedef enum {
	ZC_XML_TEXT_OK = 0,
	ZC_XML_TEXT_BAD_UTF8,
	ZC_XML_TEXT_BAD_CHAR
} zc_xml_text_check;

/* 1 if name is an XML name we are willing to send: [A-Za-z_][A-Za-z0-9_.-]*, max 128. */
int zc_xml_is_name(const char *name, size_t len);
/* Append s escaped for text (in_attr 0) or an attribute value (in_attr 1), validating it. */
zc_xml_text_check zc_xml_append_escaped(zc_buf *out, const char *s, size_t len, int in_attr, unsigned *codepoint);

void zc_xw_init(zc_xml_writer *w, zc_buf *out, zc_error *err);
/* ns may be NULL: no xmlns attribute is written. All return 1 on success, 0 on failure. */
int zc_xw_start(zc_xml_writer *w, const char *name, size_t len, const char *ns);
int zc_xw_attr(zc_xml_writer *w, const char *name, size_t nlen, const char *value, size_t vlen);
int zc_xw_text(zc_xml_writer *w, const char *value, size_t vlen);
int zc_xw_end(zc_xml_writer *w);

#endif
