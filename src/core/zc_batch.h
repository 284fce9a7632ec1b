/*
 * zc_batch: a BatchRequest (urn:zimbra) around several request elements.
 *
 * Zimbra runs the children one after another with no rollback, copies each
 * child's requestId onto its reply or fault, and answers HTTP 200 even when
 * some children failed. The whole batch counts as one request for the DoS
 * filter, which is what makes bulk work fast and polite.
 */
#ifndef ZC_BATCH_H
#define ZC_BATCH_H

#include <stddef.h>

#include "zc_buf.h"

void zc_batch_begin(zc_buf *out, int stop_on_error);
/* Append one request element, adding requestId="id" to its start tag. Returns 0 on a malformed body. */
int zc_batch_add(zc_buf *out, const char *body, size_t len, unsigned long id);
void zc_batch_end(zc_buf *out);

#endif
