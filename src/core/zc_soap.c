/* SOAP envelope building and unwrapping; see zc_soap.h. */
#include "zc_soap.h"
#include "zc_fault.h"
#include "zc_xml_writer.h"

#include <string.h>

/* value as element text or attribute value; 0 when XML cannot carry it. */
static int escaped(zc_buf *out, const char *value, int attribute)
{
	return zc_xml_append_escaped(out, value, strlen(value), attribute, NULL) == ZC_XML_TEXT_OK;
}

static int header(zc_buf *out, const zc_soap_header *h, zc_error *err)
{
	if (!h || (!h->auth_token && !(h->target_server && *h->target_server) && !h->session)) {
		return 1;
	}
	zc_buf_puts(out, "<soap:Header><context xmlns=\"" ZC_NS_ZIMBRA "\">");
	if (h->auth_token) {
		zc_buf_puts(out, "<authToken>");
		if (!escaped(out, h->auth_token, 0)) {
			return zc_error_set(err, ZC_ERR_RESPONSE, "The server issued an auth token that XML cannot carry");
		}
		zc_buf_puts(out, "</authToken>");
	}
	if (h->session) {
		/* Zimbra's own order (soap.txt): session before targetServer. */
		zc_buf_puts(out, "<session");
		if (h->session_id && *h->session_id) {
			zc_buf_puts(out, " id=\"");
			if (!escaped(out, h->session_id, 1)) {
				return zc_error_set(err, ZC_ERR_RESPONSE, "The server named an admin session that XML cannot carry");
			}
			zc_buf_puts(out, "\"");
		}
		zc_buf_puts(out, "/>");
	}
	if (h->target_server && *h->target_server) {
		zc_buf_puts(out, "<targetServer>");
		if (!escaped(out, h->target_server, 0)) {
			return zc_error_set(err, ZC_ERR_VALIDATION, "The target server id is not text XML can carry");
		}
		zc_buf_puts(out, "</targetServer>");
	}
	zc_buf_puts(out, "</context></soap:Header>");
	return 1;
}

int zc_soap_envelope(zc_buf *out, const char *auth_token, const char *body, size_t body_len, zc_error *err)
{
	zc_soap_header h = {auth_token, NULL, 0, NULL};

	return zc_soap_envelope_with(out, &h, body, body_len, err);
}

int zc_soap_envelope_with(zc_buf *out, const zc_soap_header *h, const char *body, size_t body_len, zc_error *err)
{
	zc_buf_puts(out, "<soap:Envelope xmlns:soap=\"" ZC_NS_SOAP12 "\">");
	if (!header(out, h, err)) {
		return 0;
	}
	zc_buf_puts(out, "<soap:Body>");
	zc_buf_append(out, body, body_len);
	zc_buf_puts(out, "</soap:Body></soap:Envelope>");
	if (out->oom) {
		return zc_error_set(err, ZC_ERR_NOMEM, "Out of memory while building the request");
	}
	return 1;
}

static int is_soap_ns(const char *ns)
{
	return ns && (strcmp(ns, ZC_NS_SOAP12) == 0 || strcmp(ns, ZC_NS_SOAP11) == 0);
}

int zc_soap_reply_session(const zc_node *root, char out[ZC_SESSION_ID_MAX + 1])
{
	const zc_node *hdr = root && is_soap_ns(root->ns) ? zc_node_child(root, "Header", root->ns) : NULL;
	const zc_node *ctx = hdr ? zc_node_child(hdr, "context", ZC_NS_ZIMBRA) : NULL;
	const zc_node *session = ctx ? zc_node_child(ctx, "session", ZC_NS_ZIMBRA) : NULL;
	/* Zimbra writes the id twice, as the attribute and as the text (ZimbraSoapContext.encodeSession). */
	const char *id = session ? zc_node_attr(session, "id") : NULL;
	size_t i, len;

	out[0] = '\0';
	if (!id || !*id) {
		id = session ? zc_node_text(session) : NULL;
	}
	len = id ? strlen(id) : 0;
	if (len == 0 || len > ZC_SESSION_ID_MAX) {
		return 0;
	}
	for (i = 0; i < len; i++) {
		if (id[i] < 0x21 || id[i] > 0x7e) {
			return 0;
		}
	}
	memcpy(out, id, len + 1);
	return 1;
}

int zc_soap_is_fault(const zc_node *node)
{
	return node && strcmp(node->name, "Fault") == 0 && is_soap_ns(node->ns);
}

int zc_soap_body(const zc_node *root, const zc_node **body_element, zc_error *err)
{
	const zc_node *body, *first;

	if (!root || strcmp(root->name, "Envelope") != 0 || !is_soap_ns(root->ns)) {
		return zc_error_set(err, ZC_ERR_RESPONSE,
			"The response is XML but not a SOAP envelope (its root element is <%.60s>)",
			root ? root->name : "");
	}
	body = zc_node_child(root, "Body", root->ns);
	if (!body) {
		return zc_error_set(err, ZC_ERR_RESPONSE, "The SOAP envelope in the response has no Body");
	}
	first = body->first_child;
	if (!first) {
		return zc_error_set(err, ZC_ERR_RESPONSE, "The SOAP Body of the response is empty");
	}
	if (zc_soap_is_fault(first)) {
		if (!zc_fault_decode(first, &err->fault)) {
			return zc_error_set(err, ZC_ERR_NOMEM, "Out of memory while reading a fault");
		}
		return zc_error_set(err, ZC_ERR_FAULT, "%.400s (%.80s)",
			err->fault.reason[0] ? err->fault.reason : "Zimbra returned a fault", err->fault.code);
	}
	*body_element = first;
	return 1;
}
