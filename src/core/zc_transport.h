/*
 * zc_transport: HTTPS POSTs to the Zimbra admin endpoint through libcurl.
 *
 * One transport owns one curl easy handle, so consecutive calls reuse one
 * keep-alive connection and its TLS session. TLS is verified unless the
 * caller chose a pinned public key (then the pin is the check) or turned
 * verification off explicitly. Redirects are never followed and only the
 * https scheme is allowed, unless plain http was explicitly allowed.
 *
 * Reply bytes go straight to a sink (the streaming parser) when the status
 * is 200 or 500, the two statuses on which Zimbra sends SOAP. Anything else
 * is kept as a short snippet for the error message.
 */
#ifndef ZC_TRANSPORT_H
#define ZC_TRANSPORT_H

#include <stddef.h>

#include "zc_error.h"

#define ZC_DEFAULT_PORT 7071
#define ZC_DEFAULT_PATH "/service/admin/soap/"
#define ZC_DEFAULT_TIMEOUT_MS 30000L
#define ZC_DEFAULT_CONNECT_TIMEOUT_MS 10000L
/* Zimbra's own request cap is 15 MB; replies of a paged search stay far below 64 MB. */
#define ZC_DEFAULT_MAX_RESPONSE_SIZE (64u * 1024u * 1024u)

typedef struct {
	const char *url;               /* https://host[:port][/path] */
	int         verify_peer;       /* 1 unless explicitly turned off */
	const char *ca_file;           /* PEM bundle to trust instead of the system store */
	const char *pinned_public_key; /* "sha256//base64[;sha256//...]"; replaces CA checks */
	long        timeout_ms;
	long        connect_timeout_ms;
	const char *user_agent;
	size_t      max_response_size;
	int         allow_http;        /* permit a plain http:// URL (tests, local proxies) */
	int         keep_url;          /* use the URL as given: no admin port or SOAP path defaults */
	const char *content_type;      /* default: SOAP 1.2 (application/soap+xml) */
} zc_transport_options;

void zc_transport_options_defaults(zc_transport_options *o);

typedef struct zc_transport zc_transport;

/* Returns 0 to abort the transfer (the sink keeps its own reason). */
typedef int (*zc_sink_fn)(void *ctx, const char *data, size_t len);

/* Validates the options and the URL; nothing is sent. NULL with err set on failure. */
zc_transport *zc_transport_new(const zc_transport_options *o, zc_error *err);
/* A second transport with the same options and its own connection (none is opened yet). */
zc_transport *zc_transport_clone(const zc_transport *t, zc_error *err);
/*
 * Frees it. In a process forked after the transport connected, the inherited connection is
 * left untouched (it is the parent's): see zc_transport_is_foreign.
 */
void zc_transport_free(zc_transport *t);
/*
 * 1 when this process was forked after the transport was set up. Its next post opens this
 * process's own connection instead of using the one it shares with the parent.
 */
int zc_transport_is_foreign(const zc_transport *t);

/*
 * POST body. Returns 1 when a 200 or 500 reply was passed to the sink in
 * full; otherwise 0 with err set (ZC_ERR_TRANSPORT, ZC_ERR_HTTP or
 * ZC_ERR_RESPONSE). *sink_aborted tells the caller the sink said stop.
 */
int zc_transport_post(zc_transport *t, const char *body, size_t len, zc_sink_fn sink, void *sink_ctx,
		int *sink_aborted, zc_error *err);

/*
 * Connect without verifying, read the server certificate and give its public
 * key in libcurl's pin form, "sha256//<base64>" (out: at least 60 bytes). For
 * showing an admin what to pin when verification fails; never a trust decision
 * by itself.
 */
int zc_transport_probe_pin(const zc_transport_options *o, char *out, size_t outlen, zc_error *err);

/* The normalised endpoint URL, e.g. https://mail.example.com:7071/service/admin/soap/ */
const char *zc_transport_url(const zc_transport *t);
/* Connections opened so far (a reused keep-alive connection does not count). */
long zc_transport_connects(const zc_transport *t);

#endif
