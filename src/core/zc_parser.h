/*
 * zc_parser: a safe, streaming XML parser that builds a zc_node tree.
 *
 * It is a libxml2 SAX2 push parser, so the transport can feed it each chunk
 * as it arrives and a large reply never sits in memory twice. It never loads
 * a DTD, never expands an entity and never touches the network: any
 * <!DOCTYPE is refused outright (SOAP forbids one anyway), which also rules
 * out entity-expansion attacks.
 */
#ifndef ZC_PARSER_H
#define ZC_PARSER_H

#include <stddef.h>

#include "zc_arena.h"
#include "zc_error.h"
#include "zc_node.h"

/*
 * The ceiling on the tree's memory: this many bytes per reply byte, plus the floor. A reply
 * that would need more is refused (ZC_ERR_RESPONSE) as it streams in, so the memory a reply
 * can take is bounded by max_response_size times this, whatever its shape.
 */
#define ZC_PARSE_BYTES_PER_BYTE 8
#define ZC_PARSE_MEMORY_FLOOR   (1024u * 1024u)

typedef struct zc_parser zc_parser;

/* Nodes are allocated from arena, which must outlive the tree. NULL on OOM. */
zc_parser *zc_parser_new(zc_arena *arena);
/*
 * Make a used parser ready for a new document (nodes from arena), keeping its
 * libxml2 context: setting one up costs about as much as parsing a small
 * reply. Returns 0 when it should not be reused (its name dictionary has
 * grown large, as only a hostile server makes it); free it and make a new one.
 */
int zc_parser_restart(zc_parser *p, zc_arena *arena);
/* Returns 1 while the input is acceptable so far, 0 once it is not. */
int zc_parser_feed(zc_parser *p, const char *data, size_t len);
/* Ends the input. On success *root is the document element. */
int zc_parser_finish(zc_parser *p, zc_node **root, zc_error *err);
void zc_parser_free(zc_parser *p);

/* One-shot convenience for a complete buffer. */
int zc_parse_xml(const char *data, size_t len, zc_arena *arena, zc_node **root, zc_error *err);

#endif
