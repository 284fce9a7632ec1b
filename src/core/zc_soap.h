/*
 * zc_soap: the SOAP envelope, both ways.
 *
 * Requests go out as compact SOAP 1.2 (what Zimbra's own clients send),
 * starting with '<' because Zimbra treats any other first byte as JSON.
 * Replies are accepted in SOAP 1.2 or 1.1 and matched by local name plus
 * namespace, never by prefix.
 */
#ifndef ZC_SOAP_H
#define ZC_SOAP_H

#include <stddef.h>

#include "zc_buf.h"
#include "zc_error.h"
#include "zc_node.h"

#define ZC_NS_SOAP12 "http://www.w3.org/2003/05/soap-envelope"
#define ZC_NS_SOAP11 "http://schemas.xmlsoap.org/soap/envelope/"
#define ZC_NS_ZIMBRA "urn:zimbra"
#define ZC_NS_ADMIN  "urn:zimbraAdmin"

/*
 * Wrap an already-built body element in an envelope. auth_token may be NULL
 * (AuthRequest needs no header). The token is escaped like any text.
 */
int zc_soap_envelope(zc_buf *out, const char *auth_token, const char *body, size_t body_len, zc_error *err);

/*
 * Find the body element of a parsed reply. A soap:Fault fills err with
 * ZC_ERR_FAULT; anything that is not a SOAP envelope is ZC_ERR_RESPONSE.
 */
int zc_soap_body(const zc_node *root, const zc_node **body_element, zc_error *err);

/* 1 when node is a soap:Fault element of either SOAP version. */
int zc_soap_is_fault(const zc_node *node);

#endif
