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
#include "zc_ns.h"

/*
 * What the <context> header of a request carries (zimbra-admin-soap.md §1.3). Each member is
 * optional; with none, the envelope has no header (AuthRequest needs none).
 */
typedef struct {
	const char *auth_token;     /* <authToken> */
	const char *target_server;  /* <targetServer>: the id of the server the request must run on */
	int         session;        /* 1: <session/> (a new admin session), or <session id=session_id/> */
	const char *session_id;     /* with session: the admin session to use, or NULL / "" for a new one */
} zc_soap_header;

/*
 * Wrap an already-built body element in an envelope with the given header (NULL: none). Every
 * value is escaped like any text.
 */
int zc_soap_envelope_with(zc_buf *out, const zc_soap_header *h, const char *body, size_t body_len, zc_error *err);

/* The same with only a token (NULL: no header). */
int zc_soap_envelope(zc_buf *out, const char *auth_token, const char *body, size_t body_len, zc_error *err);

#define ZC_SESSION_ID_MAX 127

/*
 * The admin session a reply was answered in: the id of its header's <context><session>, copied
 * into out (at most ZC_SESSION_ID_MAX bytes of printable ASCII). 0, with out empty, when the
 * reply names none or one that is not printable ASCII of that length.
 */
int zc_soap_reply_session(const zc_node *root, char out[ZC_SESSION_ID_MAX + 1]);

/*
 * Find the body element of a parsed reply. A soap:Fault fills err with
 * ZC_ERR_FAULT; anything that is not a SOAP envelope is ZC_ERR_RESPONSE.
 */
int zc_soap_body(const zc_node *root, const zc_node **body_element, zc_error *err);

/* 1 when node is a soap:Fault element of either SOAP version. */
int zc_soap_is_fault(const zc_node *node);

#endif
