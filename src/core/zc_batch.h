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
#include "zc_fault.h"
#include "zc_node.h"

void zc_batch_begin(zc_buf *out, int stop_on_error);
/* Append one request element, adding requestId="id" to its start tag. Returns 0 on a malformed body. */
int zc_batch_add(zc_buf *out, const char *body, size_t len, unsigned long id);
void zc_batch_end(zc_buf *out);

/*
 * 1 when reply is a BatchResponse whose every item failed because the token was missing or could
 * not be read (service.AUTH_REQUIRED; or AUTH_EXPIRED). Zimbra answers a batch so, under HTTP 200,
 * where a single request would get one top-level fault: its token check runs inside the batch loop.
 * Nothing of the batch was done, so it can be sent again after a new login. The first item's fault
 * goes into *first (zc_fault_free it) when first is not NULL.
 */
int zc_batch_auth_lost(const zc_node *reply, zc_fault *first);

#endif
