/* Authentication, re-login and the request cycle; see zc_session.h. */
#include "zc_session.h"
#include "zc_batch.h"
#include "zc_buf.h"
#include "zc_parser.h"
#include "zc_soap.h"
#include "zc_xml_writer.h"

#include "zc_platform.h"

#include <stdlib.h>
#include <string.h>

/* Log in again this long before the server-given lifetime ends. */
#define TOKEN_MARGIN_MS 5000

void zc_session_init(zc_session *s, zc_transport *t)
{
	memset(s, 0, sizeof(*s));
	s->transport = t;
	s->max_rate = ZC_DEFAULT_RATE;
}

/* Jetty counts requests in a sliding second; keep a little margin on our side of it. */
#define RATE_WINDOW_MS 1050

/* Wait, if needed, so that no more than max_rate requests start within any window. */
static void pace(zc_session *s)
{
	long long now, oldest;
	int slot;

	if (s->max_rate <= 0) {
		return;
	}
	slot = s->sent_next % s->max_rate;
	oldest = s->sent_at[slot];
	now = zc_now_ms();
	if (oldest && now - oldest < RATE_WINDOW_MS) {
		long long wait = RATE_WINDOW_MS - (now - oldest);
		zc_sleep_ms(wait);
		s->paced_ms += (long)wait;
		now = zc_now_ms();
	}
	s->sent_at[slot] = now;
	s->sent_next = (slot + 1) % s->max_rate;
}

static void wipe_str(char **p, size_t len)
{
	if (*p) {
		zc_secure_zero(*p, len ? len : strlen(*p));
		free(*p);
		*p = NULL;
	}
}

void zc_session_logout(zc_session *s)
{
	wipe_str(&s->auth_token, 0);
	wipe_str(&s->password, s->password_len);
	s->password_len = 0;
	free(s->username);
	s->username = NULL;
	s->token_expires_ms = 0;
}

void zc_session_free(zc_session *s)
{
	zc_parser_free(s->parser);
	s->parser = NULL;
	zc_session_logout(s);
	zc_transport_free(s->transport);
	s->transport = NULL;
}

static int sink_to_parser(void *ctx, const char *data, size_t len)
{
	return zc_parser_feed(ctx, data, len);
}

/*
 * One HTTP round trip: envelope → transport → streaming parse → body element. An AuthRequest
 * (is_auth) goes without any header: Zimbra refuses one that carries an expired token (§14), and
 * a login is never proxied nor part of an admin session.
 */
static int round_trip(zc_session *s, const char *body, size_t len, int is_auth, int secret_body,
		zc_arena *arena, const zc_node **body_element, zc_error *err)
{
	zc_buf env;
	zc_parser *parser;
	zc_node *root = NULL;
	int aborted = 0, ok, with_token = !is_auth && s->auth_token != NULL;
	zc_soap_header h = {with_token ? s->auth_token : NULL, is_auth ? NULL : s->target_server,
		!is_auth && s->admin_session, s->admin_session_id};

	zc_buf_init(&env);
	s->reply_session[0] = '\0';
	if (!zc_soap_envelope_with(&env, &h, body, len, err)) {
		zc_buf_wipe(&env);
		return 0;
	}
	if (s->parser && !zc_parser_restart(s->parser, arena)) {
		zc_parser_free(s->parser);
		s->parser = NULL;
	}
	parser = s->parser ? s->parser : (s->parser = zc_parser_new(arena));
	if (!parser) {
		zc_buf_wipe(&env);
		return zc_error_set(err, ZC_ERR_NOMEM, "Out of memory");
	}
	pace(s);
	s->requests++;
	ok = zc_transport_post(s->transport, env.data, env.len, sink_to_parser, parser, &aborted, err);
	/* The envelope carries the token, and sometimes a password. */
	if (with_token || secret_body) {
		zc_buf_wipe(&env);
	} else {
		zc_buf_free(&env);
	}
	if (ok || aborted) {
		/* A sink abort means the parser already knows what was wrong. */
		ok = zc_parser_finish(parser, &root, err) && zc_soap_body(root, body_element, err);
		if (root) {
			zc_soap_reply_session(root, s->reply_session);
		}
	}
	return ok;
}

static int store_token(zc_session *s, const zc_node *resp, zc_error *err)
{
	const zc_node *tok = zc_node_child(resp, "authToken", NULL);
	const zc_node *life = zc_node_child(resp, "lifetime", NULL);
	/* strtoll saturates where atoll would overflow; a lifetime past the cap is taken as the cap. */
	long long lifetime = life ? strtoll(zc_node_text(life), NULL, 10) : 0;

	if (lifetime > ZC_MAX_TOKEN_LIFETIME_MS) {
		lifetime = ZC_MAX_TOKEN_LIFETIME_MS;
	}

	if (!tok || !tok->text_len) {
		return zc_error_set(err, ZC_ERR_RESPONSE, "The login reply has no authToken");
	}
	wipe_str(&s->auth_token, 0);
	s->auth_token = strdup(zc_node_text(tok));
	if (!s->auth_token) {
		return zc_error_set(err, ZC_ERR_NOMEM, "Out of memory");
	}
	/* Zimbra reports the lifetime in milliseconds, slightly under the configured value. */
	s->token_expires_ms = lifetime > 0 ? zc_now_ms() + lifetime - TOKEN_MARGIN_MS : 0;
	return 1;
}

/* The AuthRequest body; fails (ZC_ERR_VALIDATION) before anything is sent. */
static int auth_body(zc_buf *body, const char *user, size_t ulen, const char *pass, size_t plen, zc_error *err)
{
	zc_xml_writer w;

	zc_xw_init(&w, body, err);
	zc_xw_start(&w, "AuthRequest", 11, ZC_NS_ADMIN);
	zc_xw_attr(&w, "name", 4, user, ulen);
	zc_xw_attr(&w, "password", 8, pass, plen);
	return zc_xw_end(&w);
}

static int send_auth(zc_session *s, zc_error *err)
{
	zc_buf body;
	zc_arena arena;
	const zc_node *resp = NULL;
	int ok;

	zc_buf_init(&body);
	if (!auth_body(&body, s->username, strlen(s->username), s->password, s->password_len, err)) {
		zc_buf_wipe(&body);
		return 0;
	}
	zc_arena_init(&arena);
	s->logins++;
	ok = round_trip(s, body.data, body.len, 1, 1, &arena, &resp, err) && store_token(s, resp, err);
	zc_buf_wipe(&body);
	zc_arena_wipe(&arena);  /* the reply held the token */
	return ok;
}

int zc_session_check_credentials(const char *user, size_t ulen, const char *pass, size_t plen, zc_error *err)
{
	zc_buf probe;
	int writable;

	zc_buf_init(&probe);
	writable = auth_body(&probe, user, ulen, pass, plen, err);
	zc_buf_wipe(&probe);
	return writable;
}

int zc_session_login(zc_session *s, const char *user, size_t ulen, const char *pass, size_t plen, zc_error *err)
{
	/* Bad input changes nothing: check it before dropping the current session. */
	if (!zc_session_check_credentials(user, ulen, pass, plen, err)) {
		return 0;
	}
	zc_session_logout(s);
	s->username = malloc(ulen + 1);
	s->password = malloc(plen + 1);
	if (!s->username || !s->password) {
		zc_session_logout(s);
		return zc_error_set(err, ZC_ERR_NOMEM, "Out of memory");
	}
	memcpy(s->username, user, ulen);
	s->username[ulen] = '\0';
	memcpy(s->password, pass, plen);
	s->password[plen] = '\0';
	s->password_len = plen;
	if (!send_auth(s, err)) {
		/* A refused login leaves nothing behind to retry with. */
		zc_session_logout(s);
		return 0;
	}
	return 1;
}

int zc_session_token_fresh(const zc_session *s)
{
	return s->auth_token != NULL && (s->token_expires_ms == 0 || zc_now_ms() < s->token_expires_ms);
}

/*
 * Log in again with the kept credentials. When Zimbra refuses them (the password was changed, the
 * account locked or no longer an admin), they are dropped: sending a refused password on every
 * later call would only run into Zimbra's lockout (zimbraPasswordLockoutMaxFailures).
 */
static int relogin(zc_session *s, zc_error *err)
{
	if (send_auth(s, err)) {
		return 1;
	}
	if (err->kind == ZC_ERR_FAULT && err->fault.code && (strncmp(err->fault.code, "account.", 8) == 0
			|| strcmp(err->fault.code, "service.PERM_DENIED") == 0)) {
		zc_session_logout(s);
	}
	return 0;
}

void zc_session_use_admin_session(zc_session *s, const char *id)
{
	size_t len = id ? strlen(id) : 0;

	s->admin_session = 1;
	s->admin_session_id[0] = '\0';
	if (len > 0 && len <= ZC_SESSION_ID_MAX) {
		memcpy(s->admin_session_id, id, len + 1);
	}
}

static int call(zc_session *s, const char *body, size_t len, int secret_body, zc_arena *arena,
		const zc_node **body_element, zc_error *err);

int zc_session_call(zc_session *s, const char *body, size_t len, int secret_body, zc_arena *arena,
		const zc_node **body_element, zc_error *err)
{
	int ok = call(s, body, len, secret_body, arena, body_element, err);

	/* An admin session is asked for one call at a time (a resend after a new login included). */
	s->admin_session = 0;
	s->admin_session_id[0] = '\0';
	return ok;
}

static int call(zc_session *s, const char *body, size_t len, int secret_body, zc_arena *arena,
		const zc_node **body_element, zc_error *err)
{
	int can_relogin = s->username && s->password;

	if (can_relogin && s->token_expires_ms && zc_now_ms() >= s->token_expires_ms) {
		if (!relogin(s, err)) {
			return 0;
		}
	}
	if (round_trip(s, body, len, 0, secret_body, arena, body_element, err)) {
		/* A batch answers a lost token item by item: nothing was done, so log in and send it again. */
		if (!can_relogin || !zc_batch_auth_lost(*body_element, NULL)) {
			return 1;
		}
	} else if (err->kind != ZC_ERR_FAULT || !can_relogin || !zc_fault_is_auth_lost(&err->fault)) {
		return 0;
	}
	/* The server forgot or expired the token: log in once more and resend. */
	zc_error_clear(err);
	zc_arena_free(arena);
	zc_arena_init(arena);
	if (!relogin(s, err)) {
		return 0;
	}
	if (!round_trip(s, body, len, 0, secret_body, arena, body_element, err)) {
		return 0;
	}
	if (zc_batch_auth_lost(*body_element, &err->fault)) {
		/* Refused twice, right after a fresh login: this is not a lost token. Fail as one request would. */
		return zc_error_set(err, ZC_ERR_FAULT, "%.400s (%.80s)", err->fault.reason ? err->fault.reason : "",
			err->fault.code ? err->fault.code : "");
	}
	return 1;
}
