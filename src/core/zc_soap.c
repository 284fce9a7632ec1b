/* SOAP envelope building and unwrapping; see zc_soap.h. */
#include "zc_soap.h"
#include "zc_fault.h"
#include "zc_xml_writer.h"

#include <string.h>

int zc_soap_envelope(zc_buf *out, const char *auth_token, const char *body, size_t body_len, zc_error *err)
{
	zc_buf_puts(out, "<soap:Envelope xmlns:soap=\"" ZC_NS_SOAP12 "\">");
	if (auth_token) {
		zc_buf_puts(out, "<soap:Header><context xmlns=\"" ZC_NS_ZIMBRA "\"><authToken>");
		if (zc_xml_append_escaped(out, auth_token, strlen(auth_token), 0, NULL) != ZC_XML_TEXT_OK) {
			return zc_error_set(err, ZC_ERR_RESPONSE, "The server issued an auth token that XML cannot carry");
		}
		zc_buf_puts(out, "</authToken></context></soap:Header>");
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
