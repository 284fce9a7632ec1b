/* Streaming, DTD-free XML parsing into zc_node trees; see zc_parser.h. */
#include "zc_parser.h"
#include "zc_buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

typedef enum {
	PARSE_OK = 0,
	PARSE_DOCTYPE,
	PARSE_OOM,
	PARSE_TOO_DEEP,
	PARSE_TOO_MUCH_MEMORY,
	PARSE_TOO_MANY_ATTRIBUTES
} parse_state;

/*
 * Attributes one element may carry. Zimbra's elements carry a handful (its many values are <a>
 * children); libxml2 checks a tag's attributes for duplicates pairwise, so 250,000 of them on one
 * element cost some 20 seconds of CPU inside a single call no timeout can interrupt. The raw
 * bytes are counted before libxml2 sees them, and such a reply is refused.
 */
#define ZC_PARSE_MAX_ATTRIBUTES 256

/* Where the raw-byte count is: in text, in a start or end tag, in a quoted value, in <!...> or <?...?>. */
typedef enum { SCAN_TEXT = 0, SCAN_OPEN, SCAN_TAG, SCAN_QUOTED, SCAN_MARKUP } scan_state;

/*
 * Zimbra replies nest a handful of levels. The cap keeps every later
 * recursive walk of the tree (zval conversion) safe, whatever the input.
 */
#define ZC_PARSE_MAX_DEPTH 128

/* Distinct element and attribute names kept once per reply (a reply uses a few dozen). */
#define NAME_SLOTS 512

/* An element being parsed: its node, where its next child goes, and its text so far. */
typedef struct {
	zc_node *node;
	zc_node *last_child;
	zc_buf   text;
	size_t   segment;    /* where the text since the last child element began */
} open_element;

struct zc_parser {
	xmlParserCtxtPtr ctxt;
	zc_arena        *arena;
	zc_node         *root;
	int              depth;      /* open elements: stack[0 .. depth - 1] */
	int              max_depth;  /* deepest level used since the last wipe of the texts */
	size_t           fed;        /* reply bytes given to the parser so far */
	parse_state      state;
	int              syntax_code;
	int              syntax_line;
	char             syntax_msg[200];
	int              fed_any;
	scan_state       scan;
	char             quote;      /* the quote that opened the value being scanned */
	unsigned         attributes; /* '=' outside quotes in the tag being scanned: one per attribute */
	/* libxml2 hands names over interned in its dictionary: the same pointer for the same name. */
	const xmlChar   *name_keys[NAME_SLOTS];
	const char      *name_copies[NAME_SLOTS];
	open_element     stack[ZC_PARSE_MAX_DEPTH + 1];
};

static void stop(zc_parser *p, parse_state why)
{
	if (p->state == PARSE_OK) {
		p->state = why;
	}
	xmlStopParser(p->ctxt);
}

static int is_blank(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') {
			return 0;
		}
	}
	return 1;
}

/*
 * The tree may take at most this many bytes per reply byte, plus a floor for the first chunk.
 * Zimbra's replies need about 3 to 5 (an <a n="...">value</a> is a node, an attribute and two
 * strings); only a stream of tiny empty elements, which no Zimbra sends, needs more. Without a
 * ceiling, 64 MiB of "<a/>" would take 1.4 GB before the size cap is reached.
 */
static int over_memory_ceiling(const zc_parser *p)
{
	return p->arena->used_total > p->fed * ZC_PARSE_BYTES_PER_BYTE + ZC_PARSE_MEMORY_FLOOR;
}

/* The arena copy of a name, made once per reply. */
static const char *name_copy(zc_parser *p, const xmlChar *name)
{
	size_t h = ((size_t)(uintptr_t)name >> 3) % NAME_SLOTS, i;
	const char *copy;

	for (i = 0; i < 8; i++, h = (h + 1) % NAME_SLOTS) {
		if (p->name_keys[h] == name && strcmp(p->name_copies[h], (const char *)name) == 0) {
			return p->name_copies[h];
		}
		if (!p->name_keys[h]) {
			break;
		}
	}
	copy = zc_arena_strndup(p->arena, (const char *)name, strlen((const char *)name));
	if (copy && i < 8 && !p->name_keys[h]) {
		p->name_keys[h] = name;
		p->name_copies[h] = copy;
	}
	return copy;
}

/*
 * Text between child elements is almost always indentation: once an element has children,
 * a blank stretch of its text is dropped. Each byte of text is copied into the element's
 * buffer once and into the arena once, when the element ends: linear in the reply, however
 * many children interrupt the text.
 */
static void drop_blank_segment(open_element *e)
{
	if (e->text.len > e->segment && is_blank(e->text.data + e->segment, e->text.len - e->segment)) {
		e->text.len = e->segment;
		if (e->text.data) {
			e->text.data[e->text.len] = '\0';
		}
	}
}

/*
 * With entity substitution off, libxml2 hands over a literal '&' in an
 * attribute value as the five bytes "&#38;" (see xmlParseAttValueComplex).
 * No other reference can remain: there is no DTD, so any other entity is
 * a fatal error. Decode that one form back.
 */
static char *attr_value_dup(zc_arena *a, const xmlChar *b, const xmlChar *e, size_t *out_len)
{
	size_t n = (size_t)(e - b), i, j;
	char *v = zc_arena_strndup(a, (const char *)b, n);

	if (!v || !memchr(v, '&', n)) {
		*out_len = n;
		return v;
	}
	for (i = 0, j = 0; i < n; j++) {
		if (v[i] == '&' && n - i >= 5 && memcmp(v + i, "&#38;", 5) == 0) {
			v[j] = '&';
			i += 5;
		} else {
			v[j] = v[i++];
		}
	}
	v[j] = '\0';
	*out_len = j;
	return v;
}

static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
		int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
		const xmlChar **attributes)
{
	zc_parser *p = ctx;
	open_element *parent = p->depth > 0 ? &p->stack[p->depth - 1] : NULL, *self;
	zc_node *n;
	int i;

	(void)prefix; (void)nb_namespaces; (void)namespaces; (void)nb_defaulted;
	if (p->state != PARSE_OK) {
		return;
	}
	if (p->depth >= ZC_PARSE_MAX_DEPTH) {
		stop(p, PARSE_TOO_DEEP);
		return;
	}
	if (parent) {
		drop_blank_segment(parent);
	}
	n = zc_arena_alloc(p->arena, sizeof(*n));
	if (!n) {
		stop(p, PARSE_OOM);
		return;
	}
	memset(n, 0, sizeof(*n));
	n->name = name_copy(p, localname);
	if (uri) {
		/* Siblings and children nearly always share the parent's namespace. */
		if (parent && parent->node->ns && strcmp(parent->node->ns, (const char *)uri) == 0) {
			n->ns = parent->node->ns;
		} else {
			n->ns = name_copy(p, uri);
		}
	}
	/* Last attribute first, each put in front: the list ends up in document order. */
	for (i = nb_attributes - 1; i >= 0; i--) {
		const xmlChar **at = attributes + i * 5; /* localname, prefix, URI, value, end */
		zc_attr *a = zc_arena_alloc(p->arena, sizeof(*a));
		if (!a) {
			stop(p, PARSE_OOM);
			return;
		}
		a->name = name_copy(p, at[0]);
		a->value = attr_value_dup(p->arena, at[3], at[4], &a->value_len);
		if (!a->name || !a->value) {
			stop(p, PARSE_OOM);
			return;
		}
		a->next = n->attrs;
		n->attrs = a;
	}
	if (!n->name || (uri && !n->ns)) {
		stop(p, PARSE_OOM);
		return;
	}
	if (over_memory_ceiling(p)) {
		stop(p, PARSE_TOO_MUCH_MEMORY);
		return;
	}
	if (parent) {
		n->parent = parent->node;
		if (parent->last_child) {
			parent->last_child->next = n;
		} else {
			parent->node->first_child = n;
		}
		parent->last_child = n;
	} else {
		p->root = n;
	}
	self = &p->stack[p->depth++];
	if (p->depth > p->max_depth) {
		p->max_depth = p->depth;
	}
	self->node = n;
	self->last_child = NULL;
	self->segment = 0;
	zc_buf_reset(&self->text);
}

static void on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
	zc_parser *p = ctx;
	open_element *self;

	(void)localname; (void)prefix; (void)uri;
	if (p->state != PARSE_OK || p->depth == 0) {
		return;
	}
	self = &p->stack[p->depth - 1];
	if (self->node->first_child) {
		drop_blank_segment(self);
	}
	if (self->text.len) {
		char *text = zc_arena_strndup(p->arena, self->text.data, self->text.len);
		if (!text) {
			stop(p, PARSE_OOM);
			return;
		}
		self->node->text = text;
		self->node->text_len = self->text.len;
		zc_buf_reset(&self->text);
	}
	p->depth--;
	if (p->depth > 0) {
		open_element *parent = &p->stack[p->depth - 1];
		parent->segment = parent->text.len;
	}
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
	zc_parser *p = ctx;
	zc_buf *text;

	if (p->state != PARSE_OK || p->depth == 0) {
		return;
	}
	text = &p->stack[p->depth - 1].text;
	zc_buf_append(text, (const char *)ch, (size_t)len);
	if (text->oom) {
		stop(p, PARSE_OOM);
	}
}

/* Any DOCTYPE ends the parse before its internal subset is even read. */
static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *ext_id, const xmlChar *sys_id)
{
	zc_parser *p = ctx;

	(void)name; (void)ext_id; (void)sys_id;
	stop(p, PARSE_DOCTYPE);
}

/* Never resolve anything: this parser has no use for external resources. */
static xmlParserInputPtr no_resolve(void *ctx, const xmlChar *public_id, const xmlChar *system_id)
{
	zc_parser *p = ctx;

	(void)public_id; (void)system_id;
	stop(p, PARSE_DOCTYPE);
	return NULL;
}

/* libxml2 2.12 made the structured error handler's error const. */
#if LIBXML_VERSION >= 21200
typedef const xmlError zc_xml_error;
#else
typedef xmlError zc_xml_error;
#endif

static void on_error(void *ctx, zc_xml_error *error)
{
	zc_parser *p = ctx;
	size_t n;

	if (!error || error->level < XML_ERR_ERROR || p->syntax_code) {
		return;
	}
	p->syntax_code = error->code ? error->code : -1;
	p->syntax_line = error->line;
	snprintf(p->syntax_msg, sizeof(p->syntax_msg), "%s", error->message ? error->message : "unknown error");
	/* libxml2 messages end with a newline. */
	n = strlen(p->syntax_msg);
	while (n && (p->syntax_msg[n - 1] == '\n' || p->syntax_msg[n - 1] == ' ')) {
		p->syntax_msg[--n] = '\0';
	}
}

/*
 * libxml2 keeps some defaults process-wide and other PHP extensions may have
 * changed them; set the ones that matter explicitly. No NOENT, no DTDLOAD, no
 * HUGE (its default limits guard nesting depth and sizes).
 */
static void set_safe_options(zc_parser *p)
{
#if LIBXML_VERSION >= 21300
	/*
	 * Sets every option: those not named (NOENT, DTDLOAD, DTDVALID among them) are cleared.
	 * Not NOERROR: from 2.13 on it silences the context's own handler too, and the errors are
	 * wanted, for the message. The context's handler is the only one they reach.
	 */
	xmlCtxtSetOptions(p->ctxt, XML_PARSE_NONET);
	xmlCtxtSetErrorHandler(p->ctxt, on_error, p);
#else
	/* Only adds options, and copies the process-wide defaults into the fields: clear them here. */
	xmlCtxtUseOptions(p->ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	p->ctxt->replaceEntities = 0;
	p->ctxt->loadsubset = 0;
	p->ctxt->validate = 0;
#endif
}

zc_parser *zc_parser_new(zc_arena *arena)
{
	xmlSAXHandler sax;
	zc_parser *p = calloc(1, sizeof(*p));
	int i;

	if (!p) {
		return NULL;
	}
	memset(&sax, 0, sizeof(sax));
	sax.initialized = XML_SAX2_MAGIC;
	sax.startElementNs = on_start;
	sax.endElementNs = on_end;
	sax.characters = on_text;
	sax.cdataBlock = on_text;
	sax.internalSubset = on_doctype;
	sax.externalSubset = on_doctype;
	sax.resolveEntity = no_resolve;
	sax.serror = on_error;

	p->arena = arena;
	for (i = 0; i <= ZC_PARSE_MAX_DEPTH; i++) {
		zc_buf_init(&p->stack[i].text);
	}
	/* With p as the user data, every SAX and error callback receives p. */
	p->ctxt = xmlCreatePushParserCtxt(&sax, p, NULL, 0, NULL);
	if (!p->ctxt) {
		free(p);
		return NULL;
	}
	set_safe_options(p);
	return p;
}

/* Beyond this many distinct names, a reused context is dropped, not reset. */
#define ZC_PARSE_MAX_DICT 4096

int zc_parser_restart(zc_parser *p, zc_arena *arena)
{
	if (xmlDictSize(p->ctxt->dict) > ZC_PARSE_MAX_DICT) {
		return 0;
	}
	if (p->ctxt->myDoc) {
		xmlFreeDoc(p->ctxt->myDoc);
		p->ctxt->myDoc = NULL;
	}
	if (xmlCtxtResetPush(p->ctxt, NULL, 0, NULL, NULL) != 0) {
		return 0;
	}
	p->ctxt->userData = p;
	set_safe_options(p);
	p->arena = arena;
	p->root = NULL;
	p->depth = 0;
	p->fed = 0;
	memset(p->name_keys, 0, sizeof(p->name_keys));
	p->state = PARSE_OK;
	p->syntax_code = 0;
	p->syntax_line = 0;
	p->syntax_msg[0] = '\0';
	p->fed_any = 0;
	p->scan = SCAN_TEXT;
	p->attributes = 0;
	return 1;
}

/*
 * Some libxml2 errors (a bogus encoding declaration, say) bypass the
 * context's handlers and go to the thread's generic error function, which
 * prints to stderr: into php-fpm's log, on a hostile server's say-so. Every
 * parse runs with both global handlers silenced, and then puts them back
 * (PHP's ext/libxml installs its own); what matters reaches us anyway
 * through the context's structured handler.
 */
typedef struct {
	xmlGenericErrorFunc    generic;
	void                  *generic_ctx;
	xmlStructuredErrorFunc structured;
	void                  *structured_ctx;
} saved_handlers;

static void say_nothing(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static void quiet_begin(saved_handlers *h)
{
	h->generic = xmlGenericError;
	h->generic_ctx = xmlGenericErrorContext;
	h->structured = xmlStructuredError;
	h->structured_ctx = xmlStructuredErrorContext;
	xmlSetGenericErrorFunc(NULL, say_nothing);
	xmlSetStructuredErrorFunc(NULL, NULL);
}

static void quiet_end(const saved_handlers *h)
{
	xmlSetGenericErrorFunc(h->generic_ctx, h->generic);
	xmlSetStructuredErrorFunc(h->structured_ctx, h->structured);
}

/*
 * Count the attributes of each tag in the raw bytes, across chunks; 0 once a tag has more than
 * ZC_PARSE_MAX_ATTRIBUTES. A comment or processing instruction is skipped to its first '>' (a
 * reply has none; a hostile one gains nothing, as text is never counted).
 */
static int attributes_fit(zc_parser *p, const char *data, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		char c = data[i];
		switch (p->scan) {
			case SCAN_TEXT:
				if (c == '<') {
					p->scan = SCAN_OPEN;
				}
				break;
			case SCAN_OPEN:
				p->attributes = 0;
				p->scan = (c == '!' || c == '?') ? SCAN_MARKUP : (c == '>' ? SCAN_TEXT : SCAN_TAG);
				break;
			case SCAN_TAG:
				if (c == '>') {
					p->scan = SCAN_TEXT;
				} else if (c == '"' || c == '\'') {
					p->quote = c;
					p->scan = SCAN_QUOTED;
				} else if (c == '=' && ++p->attributes > ZC_PARSE_MAX_ATTRIBUTES) {
					return 0;
				}
				break;
			case SCAN_QUOTED:
				if (c == p->quote) {
					p->scan = SCAN_TAG;
				}
				break;
			case SCAN_MARKUP:
				if (c == '>') {
					p->scan = SCAN_TEXT;
				}
				break;
		}
	}
	return 1;
}

int zc_parser_feed(zc_parser *p, const char *data, size_t len)
{
	saved_handlers h;

	if (p->state == PARSE_OK && !attributes_fit(p, data, len)) {
		stop(p, PARSE_TOO_MANY_ATTRIBUTES);
	}

	quiet_begin(&h);
	while (p->state == PARSE_OK && !p->syntax_code && len > 0) {
		/* xmlParseChunk takes an int size. */
		int chunk = len > (1u << 30) ? (1 << 30) : (int)len;
		p->fed_any = 1;
		p->fed += (size_t)chunk;
		xmlParseChunk(p->ctxt, data, chunk, 0);
		data += chunk;
		len -= (size_t)chunk;
	}
	quiet_end(&h);
	return p->state == PARSE_OK && !p->syntax_code;
}

/* Zero the text buffers used since the last wipe (they may have held a token), keeping them. */
static void wipe_texts(zc_parser *p)
{
	int i;

	for (i = 0; i < p->max_depth; i++) {
		zc_buf *t = &p->stack[i].text;
		if (t->data) {
			zc_secure_zero(t->data, t->cap);
		}
		zc_buf_reset(t);
	}
	p->max_depth = 0;
}

int zc_parser_finish(zc_parser *p, zc_node **root, zc_error *err)
{
	/* An error found only when the input ended means the input was cut short. */
	int failed_while_feeding = p->syntax_code != 0;

	if (p->state == PARSE_OK && !p->syntax_code) {
		saved_handlers h;
		quiet_begin(&h);
		xmlParseChunk(p->ctxt, NULL, 0, 1);
		quiet_end(&h);
	}
	/* Pending text may be a token; the parser may be kept for the next reply. */
	wipe_texts(p);
	switch (p->state) {
		case PARSE_DOCTYPE:
			return zc_error_set(err, ZC_ERR_RESPONSE,
				"The response contains a DOCTYPE declaration, which SOAP forbids; it was not parsed");
		case PARSE_TOO_DEEP:
			return zc_error_set(err, ZC_ERR_RESPONSE,
				"The response nests elements deeper than %d levels; refusing it", ZC_PARSE_MAX_DEPTH);
		case PARSE_TOO_MANY_ATTRIBUTES:
			return zc_error_set(err, ZC_ERR_RESPONSE,
				"An element of the response has more than %d attributes: no Zimbra reply is shaped like this; refusing it",
				ZC_PARSE_MAX_ATTRIBUTES);
		case PARSE_OOM:
			return zc_error_set(err, ZC_ERR_NOMEM, "Out of memory while parsing the response");
		case PARSE_TOO_MUCH_MEMORY:
			return zc_error_set(err, ZC_ERR_RESPONSE,
				"The response would take more than %d bytes of memory per byte received (%zu bytes so far): "
				"no Zimbra reply is shaped like this; refusing it", ZC_PARSE_BYTES_PER_BYTE, p->fed);
		default:
			break;
	}
	if (!p->fed_any) {
		return zc_error_set(err, ZC_ERR_RESPONSE, "The response body is empty");
	}
	if (failed_while_feeding || (p->syntax_code && !p->root)) {
		return zc_error_set(err, ZC_ERR_RESPONSE, "The response is not well-formed XML (line %d: %s)",
			p->syntax_line, p->syntax_msg);
	}
	if (p->syntax_code || !p->ctxt->wellFormed || !p->root || p->depth > 0) {
		return zc_error_set(err, ZC_ERR_RESPONSE,
			"The response ended before its XML was complete (truncated at line %d)", p->syntax_line);
	}
	*root = p->root;
	return 1;
}

void zc_parser_free(zc_parser *p)
{
	int i;

	if (!p) {
		return;
	}
	if (p->ctxt) {
		if (p->ctxt->myDoc) {
			xmlFreeDoc(p->ctxt->myDoc);
		}
		xmlFreeParserCtxt(p->ctxt);
	}
	wipe_texts(p);
	for (i = 0; i <= ZC_PARSE_MAX_DEPTH; i++) {
		zc_buf_free(&p->stack[i].text);
	}
	free(p);
}

int zc_parse_xml(const char *data, size_t len, zc_arena *arena, zc_node **root, zc_error *err)
{
	zc_parser *p = zc_parser_new(arena);
	int ok;

	if (!p) {
		return zc_error_set(err, ZC_ERR_NOMEM, "Out of memory while parsing the response");
	}
	/* In chunks, as a reply streams in: libxml2 refuses to look ahead more than 10 MB at once. */
	while (len > 0 && zc_parser_feed(p, data, len < 65536 ? len : 65536)) {
		data += len < 65536 ? len : 65536;
		len -= len < 65536 ? len : 65536;
	}
	ok = zc_parser_finish(p, root, err);
	zc_parser_free(p);
	return ok;
}
