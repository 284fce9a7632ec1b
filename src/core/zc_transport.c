/* libcurl transport; see zc_transport.h. */
#include "zc_transport.h"
#include "zc_buf.h"
#include "zc_platform.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#define SNIPPET_MAX 2048

struct zc_transport {
	CURL              *curl;
	long               pid;           /* the process that made curl: a forked child makes its own */
	zc_transport_options opts;        /* owned copies of the options, to set up a handle again */
	struct curl_slist *headers;
	char              *url;
	char              *host;
	long               timeout_ms;
	size_t             max_response_size;
	long               connects;
	int                zimbra_hints;  /* the peer is Zimbra's admin port: errors may name its settings */
	char               errbuf[CURL_ERROR_SIZE];

	/* Per-call state used by the write callback. */
	zc_sink_fn         sink;
	void              *sink_ctx;
	int                sink_aborted;
	int                too_large;
	size_t             received;
	zc_buf             snippet;
};

void zc_transport_options_defaults(zc_transport_options *o)
{
	memset(o, 0, sizeof(*o));
	o->verify_peer = 1;
	o->timeout_ms = ZC_DEFAULT_TIMEOUT_MS;
	o->connect_timeout_ms = ZC_DEFAULT_CONNECT_TIMEOUT_MS;
	o->max_response_size = ZC_DEFAULT_MAX_RESPONSE_SIZE;
}

/*
 * Turn "https://host[:port][/path]" into the full endpoint URL. The port
 * defaults to Zimbra's admin port, the path to the admin SOAP servlet.
 * Credentials, queries and fragments in the URL are refused: they would
 * either leak into logs or mean the admin typed something else.
 */
static int normalise_url(zc_transport *t, const zc_transport_options *o, zc_error *err)
{
	CURLU *u = curl_url();
	char *scheme = NULL, *host = NULL, *port = NULL, *path = NULL, *extra = NULL, *full = NULL;
	int ok = 0;

	if (!u) {
		return zc_error_set(err, ZC_ERR_NOMEM, "Out of memory");
	}
	if (!o->url || !o->url[0]) {
		zc_error_set(err, ZC_ERR_VALIDATION, "The server URL is empty; expected https://host[:port]");
		goto done;
	}
	if (curl_url_set(u, CURLUPART_URL, o->url, 0) != CURLUE_OK) {
		zc_error_set(err, ZC_ERR_VALIDATION,
			"The server URL is not a valid URL; expected https://host[:port], for example https://mail.example.com:7071");
		goto done;
	}
	curl_url_get(u, CURLUPART_SCHEME, &scheme, 0);
	if (!scheme || (strcmp(scheme, "https") != 0 && !(o->allow_http && strcmp(scheme, "http") == 0))) {
		zc_error_set(err, ZC_ERR_VALIDATION, strcmp(scheme ? scheme : "", "http") == 0
			? "The server URL uses plain http, which would send the admin password unencrypted; use https (or set allow_http for a trusted local link)"
			: "The server URL must start with https://");
		goto done;
	}
	if (curl_url_get(u, CURLUPART_USER, &extra, 0) == CURLUE_OK
			|| curl_url_get(u, CURLUPART_PASSWORD, &extra, 0) == CURLUE_OK) {
		zc_error_set(err, ZC_ERR_VALIDATION, "The server URL must not contain a user name or password; pass them to login()");
		goto done;
	}
	if (curl_url_get(u, CURLUPART_QUERY, &extra, 0) == CURLUE_OK
			|| curl_url_get(u, CURLUPART_FRAGMENT, &extra, 0) == CURLUE_OK) {
		zc_error_set(err, ZC_ERR_VALIDATION, "The server URL must not contain a query (?) or fragment (#)");
		goto done;
	}
	if (curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK || !host || !host[0]) {
		zc_error_set(err, ZC_ERR_VALIDATION, "The server URL has no host name");
		goto done;
	}
	if (!o->keep_url && curl_url_get(u, CURLUPART_PORT, &port, 0) != CURLUE_OK) {
		char p[16];
		snprintf(p, sizeof(p), "%d", ZC_DEFAULT_PORT);
		curl_url_set(u, CURLUPART_PORT, p, 0);
	}
	curl_url_get(u, CURLUPART_PATH, &path, 0);
	if (!o->keep_url && (!path || strcmp(path, "/") == 0 || !path[0])) {
		curl_url_set(u, CURLUPART_PATH, ZC_DEFAULT_PATH, 0);
	}
	if (curl_url_get(u, CURLUPART_URL, &full, 0) != CURLUE_OK || !full) {
		zc_error_set(err, ZC_ERR_VALIDATION, "The server URL could not be normalised");
		goto done;
	}
	t->url = strdup(full);
	t->host = strdup(host);
	ok = t->url && t->host;
	if (!ok) {
		zc_error_set(err, ZC_ERR_NOMEM, "Out of memory");
	}
done:
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_free(path);
	curl_free(extra);
	curl_free(full);
	curl_url_cleanup(u);
	return ok;
}

static size_t on_body(char *data, size_t size, size_t nmemb, void *ctx)
{
	zc_transport *t = ctx;
	size_t len = size * nmemb;
	long status = 0;

	t->received += len;
	if (t->max_response_size && t->received > t->max_response_size) {
		t->too_large = 1;
		return 0;
	}
	curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
	if (status == 200 || status == 500) {
		if (!t->sink(t->sink_ctx, data, len)) {
			t->sink_aborted = 1;
			return 0;
		}
		return len;
	}
	if (t->snippet.len < SNIPPET_MAX) {
		size_t room = SNIPPET_MAX - t->snippet.len;
		zc_buf_append(&t->snippet, data, len < room ? len : room);
	}
	return len;
}

static int on_sockopt(void *ctx, curl_socket_t fd, curlsocktype purpose)
{
	zc_transport *t = ctx;
	(void)fd;
	if (purpose == CURLSOCKTYPE_IPCXN) {
		t->connects++;
	}
	return CURL_SOCKOPT_OK;
}

#define SETOPT(opt, val) do { if (curl_easy_setopt(t->curl, opt, val) != CURLE_OK) { goto setopt_failed; } } while (0)

/* A new easy handle with every option of the transport on it. */
static int setup_handle(zc_transport *t, zc_error *err)
{
	const zc_transport_options *o = &t->opts;

	t->curl = curl_easy_init();
	t->pid = zc_process_id();
	if (!t->curl) {
		return zc_error_set(err, ZC_ERR_NOMEM, "Out of memory");
	}
	SETOPT(CURLOPT_URL, t->url);
	SETOPT(CURLOPT_ERRORBUFFER, t->errbuf);
	SETOPT(CURLOPT_NOSIGNAL, 1L);
	SETOPT(CURLOPT_HTTPHEADER, t->headers);
	SETOPT(CURLOPT_USERAGENT, o->user_agent && o->user_agent[0] ? o->user_agent : "php-zimbra");
	SETOPT(CURLOPT_POST, 1L);
	SETOPT(CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_1_1);
	SETOPT(CURLOPT_FOLLOWLOCATION, 0L);
#if LIBCURL_VERSION_NUM >= 0x075500 /* 7.85.0 */
	SETOPT(CURLOPT_PROTOCOLS_STR, o->allow_http ? "http,https" : "https");
	SETOPT(CURLOPT_REDIR_PROTOCOLS_STR, "https");
#else
	SETOPT(CURLOPT_PROTOCOLS, (long)(o->allow_http ? (CURLPROTO_HTTP | CURLPROTO_HTTPS) : CURLPROTO_HTTPS));
	SETOPT(CURLOPT_REDIR_PROTOCOLS, (long)CURLPROTO_HTTPS);
#endif
	SETOPT(CURLOPT_TIMEOUT_MS, o->timeout_ms);
	SETOPT(CURLOPT_CONNECTTIMEOUT_MS, o->connect_timeout_ms);
	SETOPT(CURLOPT_TCP_NODELAY, 1L);
	SETOPT(CURLOPT_TCP_KEEPALIVE, 1L);
	/* One request at a time: one kept connection. A dead one is then retried once on a fresh
	 * connection, never walked through a cache of several dead ones after a server restart. */
	SETOPT(CURLOPT_MAXCONNECTS, 1L);
	SETOPT(CURLOPT_WRITEFUNCTION, on_body);
	SETOPT(CURLOPT_WRITEDATA, t);
	SETOPT(CURLOPT_SOCKOPTFUNCTION, on_sockopt);
	SETOPT(CURLOPT_SOCKOPTDATA, t);
	/* A pinned key replaces the CA check: the pin is a stronger statement. */
	if (o->pinned_public_key && o->pinned_public_key[0]) {
		SETOPT(CURLOPT_PINNEDPUBLICKEY, o->pinned_public_key);
		SETOPT(CURLOPT_SSL_VERIFYPEER, 0L);
		SETOPT(CURLOPT_SSL_VERIFYHOST, 0L);
	} else {
		SETOPT(CURLOPT_SSL_VERIFYPEER, o->verify_peer ? 1L : 0L);
		SETOPT(CURLOPT_SSL_VERIFYHOST, o->verify_peer ? 2L : 0L);
	}
	if (o->ca_file && o->ca_file[0]) {
		SETOPT(CURLOPT_CAINFO, o->ca_file);
	}
	return 1;

setopt_failed:
	return zc_error_set(err, ZC_ERR_VALIDATION, "libcurl refused a connection option: %s",
		t->errbuf[0] ? t->errbuf : "unsupported by this libcurl build");
}

static char *dup_or_null(const char *s, int *ok)
{
	char *d;

	if (!s) {
		return NULL;
	}
	d = strdup(s);
	*ok = *ok && d != NULL;
	return d;
}

static void options_free(zc_transport_options *o)
{
	free((char *)o->url);
	free((char *)o->ca_file);
	free((char *)o->pinned_public_key);
	free((char *)o->user_agent);
	free((char *)o->content_type);
	memset(o, 0, sizeof(*o));
}

static int options_copy(zc_transport_options *dst, const zc_transport_options *src)
{
	int ok = 1;

	*dst = *src;
	dst->url = dup_or_null(src->url, &ok);
	dst->ca_file = dup_or_null(src->ca_file, &ok);
	dst->pinned_public_key = dup_or_null(src->pinned_public_key, &ok);
	dst->user_agent = dup_or_null(src->user_agent, &ok);
	dst->content_type = dup_or_null(src->content_type, &ok);
	return ok;
}

zc_transport *zc_transport_new(const zc_transport_options *o, zc_error *err)
{
	zc_transport *t = calloc(1, sizeof(*t));

	if (!t) {
		zc_error_set(err, ZC_ERR_NOMEM, "Out of memory");
		return NULL;
	}
	zc_buf_init(&t->snippet);
	if (!options_copy(&t->opts, o)) {
		zc_error_set(err, ZC_ERR_NOMEM, "Out of memory");
		zc_transport_free(t);
		return NULL;
	}
	if (!normalise_url(t, o, err)) {
		zc_transport_free(t);
		return NULL;
	}
	if (o->timeout_ms <= 0 || o->connect_timeout_ms <= 0) {
		zc_error_set(err, ZC_ERR_VALIDATION, "Timeouts must be greater than zero seconds");
		zc_transport_free(t);
		return NULL;
	}
	t->timeout_ms = o->timeout_ms;
	t->zimbra_hints = !o->keep_url;
	t->max_response_size = o->max_response_size;
	{
		char content_type[160];
		snprintf(content_type, sizeof(content_type), "Content-Type: %.120s",
			o->content_type ? o->content_type : "application/soap+xml; charset=utf-8");
		t->headers = curl_slist_append(NULL, content_type);
	}
	/* No "Expect: 100-continue" round trip on large bodies. */
	t->headers = t->headers ? curl_slist_append(t->headers, "Expect:") : NULL;
	if (!t->headers) {
		zc_error_set(err, ZC_ERR_NOMEM, "Out of memory");
		zc_transport_free(t);
		return NULL;
	}
	if (!setup_handle(t, err)) {
		zc_transport_free(t);
		return NULL;
	}
	return t;
}

zc_transport *zc_transport_clone(const zc_transport *t, zc_error *err)
{
	return zc_transport_new(&t->opts, err);
}

/*
 * A handle made before a fork shares its socket, and its TLS state, with the other process.
 * Cleaning it up would read from that socket and send a TLS close_notify on it (libcurl's
 * close does both), cutting or corrupting the other process's conversation; using it would
 * mix the two processes' replies. So a child never touches it: the handle is set aside,
 * still reachable, and the memory it holds is the child's inherited copy, which costs
 * nothing extra. The same rule as mongo-php-driver's clients after a fork.
 */
#ifndef _WIN32
typedef struct set_aside {
	CURL             *curl;
	struct set_aside *next;
} set_aside;

static set_aside *set_aside_head;

static void set_aside_handle(CURL *curl)
{
	set_aside *n = malloc(sizeof(*n));

	if (!n) {
		return;  /* out of memory: leaking it is still safer than closing it */
	}
	n->curl = curl;
# if defined(__GNUC__) || defined(__clang__)
	n->next = __atomic_load_n(&set_aside_head, __ATOMIC_RELAXED);
	while (!__atomic_compare_exchange_n(&set_aside_head, &n->next, n, 0, __ATOMIC_RELEASE, __ATOMIC_RELAXED)) {
		/* another thread pushed first: n->next now holds its node, try again */
	}
# else
	n->next = set_aside_head;
	set_aside_head = n;
# endif
}
#endif

int zc_transport_is_foreign(const zc_transport *t)
{
	return t->curl && t->pid != zc_process_id();
}

/* In a forked child: leave the inherited handle alone and make this process's own. */
static int own_handle(zc_transport *t, zc_error *err)
{
	if (!zc_transport_is_foreign(t)) {
		return 1;
	}
#ifndef _WIN32
	set_aside_handle(t->curl);
#endif
	t->curl = NULL;
	return setup_handle(t, err);
}

void zc_transport_free(zc_transport *t)
{
	if (!t) {
		return;
	}
	if (t->curl && zc_transport_is_foreign(t)) {
#ifndef _WIN32
		set_aside_handle(t->curl);
#endif
	} else if (t->curl) {
		curl_easy_cleanup(t->curl);
	}
	options_free(&t->opts);
	curl_slist_free_all(t->headers);
	free(t->url);
	free(t->host);
	zc_buf_free(&t->snippet);
	free(t);
}

const char *zc_transport_url(const zc_transport *t)
{
	return t->url;
}

long zc_transport_connects(const zc_transport *t)
{
	return t->connects;
}

/* The <title> of an HTML error page (what Jetty sends for 429 and 503), else the first line. */
static void summarise_snippet(const zc_buf *s, char *out, size_t outlen)
{
	const char *b, *e;
	size_t n, i;

	out[0] = '\0';
	if (!s->len) {
		return;
	}
	b = strstr(s->data, "<title>");
	e = b ? strstr(b, "</title>") : NULL;
	if (b && e) {
		b += 7;
	} else {
		b = s->data;
		e = memchr(b, '\n', s->len);
		e = e ? e : s->data + s->len;
	}
	n = (size_t)(e - b) < outlen - 1 ? (size_t)(e - b) : outlen - 1;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)b[i];
		out[i] = (c >= 0x20 && c < 0x7F) ? (char)c : ' ';
	}
	out[n] = '\0';
}

/*
 * A TLS connection that ends without close_notify: OpenSSL 3 reports it as an error, and libcurl 8
 * passes it on as CURLE_RECV_ERROR where libcurl 7 said CURLE_PARTIAL_FILE or CURLE_GOT_NOTHING.
 * The same event gets the same words and class on every version.
 */
static int closed_without_notify(const zc_transport *t, CURLcode rc)
{
	return rc == CURLE_RECV_ERROR && strstr(t->errbuf, "unexpected eof") != NULL;
}

/*
 * Whether a timeout struck while the connection was being made: a new connection was started and
 * its TCP connect (or, for https, its TLS handshake) never finished. libcurl applies
 * connect_timeout to that phase and reports both limits as CURLE_OPERATION_TIMEDOUT.
 */
static int still_connecting(const zc_transport *t)
{
	long started = 0;
	curl_off_t done_us = 0;
	const char *u = t->url;

	if (curl_easy_getinfo(t->curl, CURLINFO_NUM_CONNECTS, &started) != CURLE_OK || started == 0) {
		return 0;  /* a kept-alive connection was reused: the wait was for the reply */
	}
	if (curl_easy_getinfo(t->curl, strncmp(u, "https:", 6) == 0 ? CURLINFO_APPCONNECT_TIME_T : CURLINFO_CONNECT_TIME_T,
			&done_us) != CURLE_OK) {
		return 0;
	}
	return done_us == 0;
}

static int transport_error(zc_transport *t, CURLcode rc, zc_error *err)
{
	const char *detail = t->errbuf[0] ? t->errbuf : curl_easy_strerror(rc);

	err->curl_code = (int)rc;
	if (closed_without_notify(t, rc)) {
		rc = t->received > 0 ? CURLE_PARTIAL_FILE : CURLE_GOT_NOTHING;
	}
	switch (rc) {
		case CURLE_COULDNT_RESOLVE_HOST:
			return zc_error_set(err, ZC_ERR_TRANSPORT, "Could not resolve the Zimbra host name '%.200s' (DNS)", t->host);
		case CURLE_COULDNT_CONNECT:
			return zc_error_set(err, ZC_ERR_TRANSPORT,
				"Could not connect to %.300s: %.150s (is the admin port open and the mailbox service running?)", t->url, detail);
		case CURLE_OPERATION_TIMEDOUT:
			if (still_connecting(t)) {
				/* libcurl stops the connection phase at the smaller of the two limits: name that one. */
				int by_connect = t->opts.connect_timeout_ms <= t->timeout_ms;
				return zc_error_set(err, ZC_ERR_TRANSPORT,
					"The Zimbra server at %.300s did not complete the connection (TCP and TLS handshake) within the %s "
					"of %ld ms: something accepts connections on that port but does not answer as an HTTPS server "
					"(a firewall or proxy holding them, an overloaded server, or not the admin port)", t->url,
					by_connect ? "connect timeout" : "timeout", by_connect ? t->opts.connect_timeout_ms : t->timeout_ms);
			}
			return zc_error_set(err, ZC_ERR_TRANSPORT,
				"The Zimbra server at %.300s did not answer within the timeout of %ld ms", t->url, t->timeout_ms);
		case CURLE_PEER_FAILED_VERIFICATION:
			return zc_error_set(err, ZC_ERR_TRANSPORT,
				"The TLS certificate of %.200s could not be verified (%.150s). Install a trusted certificate on Zimbra, "
				"set ca_file to its CA, pin its public key, or turn verify_peer off explicitly", t->host, detail);
		case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
			return zc_error_set(err, ZC_ERR_TRANSPORT,
				"The public key of %.200s does not match the pinned key: the certificate changed, or this is not the expected server",
				t->host);
		case CURLE_SSL_CONNECT_ERROR:
			return zc_error_set(err, ZC_ERR_TRANSPORT, "The TLS handshake with %.200s failed: %.200s", t->host, detail);
		case CURLE_SSL_CACERT_BADFILE:
			return zc_error_set(err, ZC_ERR_TRANSPORT, "The CA file could not be read: %.200s", detail);
		case CURLE_PARTIAL_FILE:
			return zc_error_set(err, ZC_ERR_RESPONSE,
				"The connection closed before the whole response arrived (%zu bytes received): the response is truncated",
				t->received);
		case CURLE_GOT_NOTHING:
			return zc_error_set(err, ZC_ERR_TRANSPORT,
				"The server at %.300s closed the connection without answering (curl error %d)", t->url, err->curl_code);
		case CURLE_UNSUPPORTED_PROTOCOL:
			return zc_error_set(err, ZC_ERR_TRANSPORT, "Refused to use this protocol: %.200s", detail);
		default:
			return zc_error_set(err, ZC_ERR_TRANSPORT, "Talking to %.300s failed: %.200s (curl error %d)",
				t->url, detail, (int)rc);
	}
}

static int http_error(zc_transport *t, long status, zc_error *err)
{
	char summary[160];
	const char *hint = "";

	summarise_snippet(&t->snippet, summary, sizeof(summary));
	if (!t->zimbra_hints) {
		/* Another service (the licence server): Zimbra's settings mean nothing there. */
		if (status == 429 || status == 503) {
			hint = " The server is busy or unavailable: try again later.";
		}
	} else if (status == 429) {
		hint = " The server's DoS filter is rejecting requests: slow down, batch requests, or whitelist this host "
			"in zimbraHttpThrottleSafeIPs.";
	} else if (status == 503) {
		hint = " The server is unavailable or is blocking this IP after repeated failed logins.";
	} else if (status >= 300 && status < 400) {
		hint = " Redirects are not followed: use the admin port URL directly.";
	}
	err->http_status = status;
	return zc_error_set(err, ZC_ERR_HTTP, "HTTP %ld from %.300s%s%.150s.%s", status, t->url,
		summary[0] ? ": " : "", summary, hint);
}

/*
 * libcurl resends a request once when the kept connection it went out on turns out dead with no
 * answer at all (a server restart closes every kept connection). Two cases slip past it:
 * - before 8.11 it never resets the count of those resends between transfers (curl PR #19066):
 *   after five over a handle's life, the sixth dead connection fails at once;
 * - with OpenSSL 3, libcurl 8 reports the dead connection's missing close_notify as a receive
 *   error, which it does not resend.
 * The dead connection is closed by now, so this resend, the one libcurl means to make, goes out
 * on a fresh connection. Only a reused connection, and only when not one byte came back: the
 * same rule as libcurl's own.
 */
static int died_on_kept_connection(zc_transport *t, CURLcode rc)
{
	long fresh = 0;

	if (t->received != 0) {
		return 0;
	}
	if (rc == CURLE_SEND_ERROR && strncmp(t->errbuf, "Connection died, tried", 22) == 0) {
		return 1;
	}
	if (rc != CURLE_GOT_NOTHING && !closed_without_notify(t, rc)) {
		return 0;
	}
	curl_easy_getinfo(t->curl, CURLINFO_NUM_CONNECTS, &fresh);
	return fresh == 0;
}

int zc_transport_post(zc_transport *t, const char *body, size_t len, zc_sink_fn sink, void *sink_ctx,
		int *sink_aborted, zc_error *err)
{
	CURLcode rc;
	long status = 0;

	*sink_aborted = 0;
	err->request_sent = 0;
	if (!own_handle(t, err)) {
		return 0;
	}
	t->sink = sink;
	t->sink_ctx = sink_ctx;
	t->sink_aborted = 0;
	t->too_large = 0;
	t->received = 0;
	t->errbuf[0] = '\0';
	zc_buf_reset(&t->snippet);

	curl_easy_setopt(t->curl, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(t->curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
	rc = curl_easy_perform(t->curl);
	if (died_on_kept_connection(t, rc)) {
		t->errbuf[0] = '\0';
		rc = curl_easy_perform(t->curl);
	}
	/* Do not keep a pointer to a buffer the caller is about to wipe. */
	curl_easy_setopt(t->curl, CURLOPT_POSTFIELDS, NULL);
	curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
	err->http_status = status;
	/* Bytes of the request put on the wire: none means it failed before (DNS, connect, TLS). */
	{
		long request_size = 0;
		curl_easy_getinfo(t->curl, CURLINFO_REQUEST_SIZE, &request_size);
		err->request_sent = request_size > 0 || status != 0;
	}

	if (t->too_large) {
		return zc_error_set(err, ZC_ERR_RESPONSE,
			"The response is larger than max_response_size (%zu bytes); refusing to read it", t->max_response_size);
	}
	if (t->sink_aborted) {
		*sink_aborted = 1;
		return 0;
	}
	if (rc != CURLE_OK) {
		return transport_error(t, rc, err);
	}
	if (status != 200 && status != 500) {
		return http_error(t, status, err);
	}
	return 1;
}

/* "sha256//" + base64(SHA-256(DER SubjectPublicKeyInfo)) of a PEM certificate. */
static int pin_of_pem(const char *pem, char *out, size_t outlen)
{
	BIO *bio = BIO_new_mem_buf(pem, -1);
	X509 *cert = bio ? PEM_read_bio_X509(bio, NULL, NULL, NULL) : NULL;
	unsigned char *der = NULL, md[32], b64[64];
	unsigned int md_len = 0;
	int der_len, ok = 0;

	if (cert && (der_len = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert), &der)) > 0
			&& EVP_Digest(der, (size_t)der_len, md, &md_len, EVP_sha256(), NULL) && md_len == 32) {
		EVP_EncodeBlock(b64, md, 32);
		ok = snprintf(out, outlen, "sha256//%s", (const char *)b64) < (int)outlen;
	}
	OPENSSL_free(der);
	X509_free(cert);
	BIO_free(bio);
	return ok;
}

int zc_transport_probe_pin(const zc_transport_options *o, char *out, size_t outlen, zc_error *err)
{
	zc_transport probe;
	struct curl_certinfo *info = NULL;
	CURL *curl;
	CURLcode rc;
	int found = 0;

	memset(&probe, 0, sizeof(probe));
	zc_buf_init(&probe.snippet);
	if (!normalise_url(&probe, o, err)) {
		return 0;
	}
	curl = curl_easy_init();
	if (!curl) {
		free(probe.url);
		free(probe.host);
		return zc_error_set(err, ZC_ERR_NOMEM, "Out of memory");
	}
	curl_easy_setopt(curl, CURLOPT_URL, probe.url);
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
	curl_easy_setopt(curl, CURLOPT_CERTINFO, 1L);
	/* Only to read the certificate: nothing is sent over this connection. */
	curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
	curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
	curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, o->timeout_ms > 0 ? o->timeout_ms : ZC_DEFAULT_TIMEOUT_MS);
	curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, o->connect_timeout_ms > 0 ? o->connect_timeout_ms : ZC_DEFAULT_CONNECT_TIMEOUT_MS);
	rc = curl_easy_perform(curl);
	if (rc == CURLE_OK && curl_easy_getinfo(curl, CURLINFO_CERTINFO, &info) == CURLE_OK && info && info->num_of_certs > 0) {
		struct curl_slist *e;
		for (e = info->certinfo[0]; e && !found; e = e->next) {
			if (strncmp(e->data, "Cert:", 5) == 0) {
				found = pin_of_pem(e->data + 5, out, outlen);
			}
		}
	}
	if (rc != CURLE_OK) {
		zc_error_set(err, ZC_ERR_TRANSPORT, "Could not connect to %.300s to read its certificate: %s", probe.url,
			curl_easy_strerror(rc));
		err->curl_code = (int)rc;
	} else if (!found) {
		zc_error_set(err, ZC_ERR_TRANSPORT, "The server at %.300s did not present a readable certificate", probe.url);
	}
	curl_easy_cleanup(curl);
	free(probe.url);
	free(probe.host);
	zc_buf_free(&probe.snippet);
	return found;
}
