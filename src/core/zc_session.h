/*
 * zc_session: an authenticated conversation with one Zimbra server.
 *
 * Holds the transport, the admin credentials and the auth token, all in C
 * memory only (wiped on free). A call wraps a prepared body element in an
 * envelope, sends it, parses the reply as it streams in, and hands back the
 * body element. When Zimbra says the token expired or is unknown, the
 * session logs in again once and resends; when the token's lifetime has
 * run out locally it logs in before sending, saving a failed round trip.
 */
#ifndef ZC_SESSION_H
#define ZC_SESSION_H

#include <stddef.h>

#include "zc_arena.h"
#include "zc_error.h"
#include "zc_node.h"
#include "zc_platform.h"
#include "zc_soap.h"
#include "zc_transport.h"

#define ZC_MAX_RATE 1000
/*
 * A token is trusted locally for at most this long (a year), whatever lifetime the server
 * states: Zimbra's own cap on zimbraAdminAuthTokenLifetime is far lower, and a larger number
 * would overflow the expiry time.
 */
#define ZC_MAX_TOKEN_LIFETIME_MS (365LL * 24 * 3600 * 1000)
#define ZC_DEFAULT_RATE 25
#define ZC_TARGET_SERVER_MAX 36  /* a server's zimbraId */

typedef struct {
	zc_transport *transport;
	char         *username;
	char         *password;        /* secret: kept only to log in again */
	size_t        password_len;
	char         *auth_token;      /* secret */
	long long     token_expires_ms;/* monotonic clock; 0 = unknown */
	long          logins;          /* AuthRequests sent, for diagnostics and tests */
	long          requests;        /* HTTP requests sent */
	/*
	 * Pacing under Zimbra's DoS filter, which rejects more than
	 * zimbraHttpDosFilterMaxRequestsPerSec (30 by default) requests a second
	 * on one connection with HTTP 429. 0 turns pacing off.
	 */
	int           max_rate;
	long long     sent_at[ZC_MAX_RATE];  /* ring of send times (monotonic ms) */
	int           sent_next;
	long          paced_ms;        /* total time spent waiting, for diagnostics */
	struct zc_parser *parser;      /* kept between replies: set-up costs as much as a small parse */
	/*
	 * Where requests run: the id of a mailbox server, sent as <targetServer> in every request's
	 * header but AuthRequest's; "" for the server the URL names. Set by whoever makes the call.
	 */
	char          target_server[ZC_TARGET_SERVER_MAX + 1];
	/*
	 * An admin session for the next call only (zc_session_use_admin_session): the server caches a
	 * search or a quota list in it, so that later pages read one snapshot. The id the reply names
	 * is kept in reply_session ("" when the reply named none).
	 */
	int           admin_session;
	char          admin_session_id[ZC_SESSION_ID_MAX + 1];
	char          reply_session[ZC_SESSION_ID_MAX + 1];
} zc_session;

void zc_session_init(zc_session *s, zc_transport *t);
void zc_session_free(zc_session *s);   /* wipes secrets, frees the transport */
void zc_session_logout(zc_session *s); /* forgets token and credentials */

/* 1 when the credentials can be sent (no character XML cannot carry); else 0 and err says why. */
int zc_session_check_credentials(const char *user, size_t ulen, const char *pass, size_t plen, zc_error *err);

/* Send AuthRequest; on success keep the token and the credentials for re-login. */
int zc_session_login(zc_session *s, const char *user, size_t ulen, const char *pass, size_t plen, zc_error *err);

/*
 * Send one body element (serialized XML, e.g. "<GetAccountRequest .../>").
 * On success *body_element points into a tree allocated from arena.
 * secret_body: wipe the envelope after sending (it carries a password).
 */
int zc_session_call(zc_session *s, const char *body, size_t len, int secret_body, zc_arena *arena,
		const zc_node **body_element, zc_error *err);

/*
 * The next call runs in an admin session: the one named id, or a new one when id is NULL or "".
 * After the call, s->reply_session names the session the server used: a different id means the
 * named one was gone (evicted, timed out) and the server started a new one.
 */
void zc_session_use_admin_session(zc_session *s, const char *id);

/* 1 when the session holds a token that has not run out (so a call needs no AuthRequest first). */
int zc_session_token_fresh(const zc_session *s);

#endif
