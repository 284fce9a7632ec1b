/*
 * zc_fault: a decoded soap:Fault, as Zimbra sends it in SOAP 1.2 or 1.1.
 *
 * Owns heap copies of its strings, because a fault outlives the response
 * tree it came from (it travels up into an exception).
 */
#ifndef ZC_FAULT_H
#define ZC_FAULT_H

#include <stddef.h>

struct zc_node;

typedef struct {
	char *name;   /* <a n="...">: e.g. zimbraPasswordMinLength */
	char *type;   /* t="NUM|STR|IID|ACCTID", may be NULL */
	char *value;
} zc_fault_arg;

typedef struct {
	char         *code;      /* Zimbra code, e.g. "account.NO_SUCH_ACCOUNT"; the SOAP code if absent */
	char         *reason;    /* Reason/Text (1.2) or faultstring (1.1) */
	char         *trace;     /* server-side Trace id; diagnostic only */
	int           receiver;  /* 1: Receiver/Server fault, 0: Sender/Client fault */
	zc_fault_arg *args;
	size_t        nargs;
} zc_fault;

void zc_fault_init(zc_fault *f);
void zc_fault_free(zc_fault *f);
/* Decode a <Fault> element. Returns 1, or 0 when out of memory. */
int zc_fault_decode(const struct zc_node *fault, zc_fault *out);
/* True when the fault means "log in again": service.AUTH_EXPIRED or service.AUTH_REQUIRED. */
int zc_fault_is_auth_lost(const zc_fault *f);

#endif
