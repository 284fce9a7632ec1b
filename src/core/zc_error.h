/*
 * zc_error: how the core reports a failure to its caller.
 *
 * Every failing core call fills one zc_error. The binding turns the kind into
 * an exception class in a single place (zimbra_exceptions.c). Messages are
 * written for a hosting admin and never contain secrets: the core only ever
 * formats URLs, host names, element names, HTTP statuses and Zimbra's own
 * fault text into them.
 */
#ifndef ZC_ERROR_H
#define ZC_ERROR_H

#include "zc_fault.h"

typedef enum {
	ZC_OK = 0,
	ZC_ERR_VALIDATION,  /* bad input, refused before anything was sent */
	ZC_ERR_TRANSPORT,   /* DNS, connect, TLS, timeout, reset: curl_code is set */
	ZC_ERR_HTTP,        /* an HTTP status without a SOAP body: http_status is set */
	ZC_ERR_RESPONSE,    /* a body that is not SOAP, is malformed, truncated or too large */
	ZC_ERR_FAULT,       /* a soap:Fault from the server: fault is set */
	ZC_ERR_CRYPTO,      /* the random number generator or OpenSSL failed: nothing was sent */
	ZC_ERR_NOMEM
} zc_error_kind;

#define ZC_ERROR_MSG_MAX 512

typedef struct {
	zc_error_kind kind;
	int           curl_code;    /* ZC_ERR_TRANSPORT */
	long          http_status;  /* ZC_ERR_HTTP, and the status seen for other kinds */
	int           request_sent; /* transport and HTTP failures: the request went out, so it may have run */
	zc_fault      fault;        /* ZC_ERR_FAULT */
	char          message[ZC_ERROR_MSG_MAX];
} zc_error;

void zc_error_init(zc_error *e);
/* Release what a fault owns and return to ZC_OK. */
void zc_error_clear(zc_error *e);
/* Set kind and a printf-style message; returns 0 so callers can `return zc_error_set(...)`. */
int zc_error_set(zc_error *e, zc_error_kind kind, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;

#endif
