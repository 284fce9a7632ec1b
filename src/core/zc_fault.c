/* Fault decoding for both SOAP versions; see zc_fault.h. */
#include "zc_fault.h"
#include "zc_node.h"
#include "zc_ns.h"

#include <stdlib.h>
#include <string.h>

void zc_fault_init(zc_fault *f)
{
	memset(f, 0, sizeof(*f));
}

void zc_fault_free(zc_fault *f)
{
	size_t i;

	for (i = 0; i < f->nargs; i++) {
		free(f->args[i].name);
		free(f->args[i].type);
		free(f->args[i].value);
	}
	free(f->args);
	free(f->code);
	free(f->reason);
	free(f->trace);
	zc_fault_init(f);
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* "soap:Receiver" / "soap:Server" / "Receiver" → 1; prefixes vary between servers. */
static int is_receiver_code(const char *value)
{
	const char *local = strrchr(value, ':');
	local = local ? local + 1 : value;
	return strcmp(local, "Receiver") == 0 || strcmp(local, "Server") == 0;
}

int zc_fault_decode(const zc_node *fault, zc_fault *out)
{
	const zc_node *code, *detail, *error, *c;
	const char *soap_code = "";
	const char *reason = "";
	size_t nargs = 0;

	zc_fault_init(out);
	/* SOAP 1.2: Code/Value and Reason/Text; SOAP 1.1: unqualified faultcode/faultstring. */
	if ((code = zc_node_child(fault, "Code", NULL)) != NULL) {
		soap_code = zc_node_text(zc_node_child(code, "Value", NULL));
		reason = zc_node_text(zc_node_child(zc_node_child(fault, "Reason", NULL), "Text", NULL));
		detail = zc_node_child(fault, "Detail", NULL);
	} else {
		soap_code = zc_node_text(zc_node_child(fault, "faultcode", NULL));
		reason = zc_node_text(zc_node_child(fault, "faultstring", NULL));
		detail = zc_node_child(fault, "detail", NULL);
	}
	error = zc_node_child(detail, "Error", ZC_NS_ZIMBRA);

	out->receiver = is_receiver_code(soap_code);
	out->reason = strdup(reason);
	if (error && zc_node_child(error, "Code", NULL)) {
		out->code = strdup(zc_node_text(zc_node_child(error, "Code", NULL)));
	} else {
		out->code = strdup(soap_code);
	}
	out->trace = dup_or_null(error && zc_node_child(error, "Trace", NULL)
		? zc_node_text(zc_node_child(error, "Trace", NULL)) : NULL);
	if (!out->reason || !out->code || (error && zc_node_child(error, "Trace", NULL) && !out->trace)) {
		zc_fault_free(out);
		return 0;
	}

	for (c = error ? error->first_child : NULL; c; c = c->next) {
		nargs += strcmp(c->name, "a") == 0;
	}
	if (nargs) {
		out->args = calloc(nargs, sizeof(*out->args));
		if (!out->args) {
			zc_fault_free(out);
			return 0;
		}
		for (c = error->first_child; c; c = c->next) {
			zc_fault_arg *a;
			if (strcmp(c->name, "a") != 0) {
				continue;
			}
			a = &out->args[out->nargs++];
			a->name = strdup(zc_node_attr(c, "n") ? zc_node_attr(c, "n") : "");
			a->type = dup_or_null(zc_node_attr(c, "t"));
			a->value = strdup(zc_node_text(c));
			if (!a->name || !a->value || (zc_node_attr(c, "t") && !a->type)) {
				zc_fault_free(out);
				return 0;
			}
		}
	}
	return 1;
}

int zc_fault_is_auth_lost(const zc_fault *f)
{
	return f->code && (strcmp(f->code, "service.AUTH_EXPIRED") == 0
		|| strcmp(f->code, "service.AUTH_REQUIRED") == 0);
}
