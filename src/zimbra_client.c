/*
 * Zimbra\Client: option parsing, login and raw requests.
 *
 * The object wraps a core zc_session. Everything secret (password, token)
 * stays in that C struct: nothing is a PHP property, get_debug_info shows
 * only what is safe, and free_obj wipes the secrets.
 */
#include "php.h"
#include "zend_exceptions.h"

#include "zimbra_globals.h"
#include "zimbra_options.h"
#include "zimbra_version.h"
#include "zimbra_array.h"
#include "zimbra_client.h"
#include "zimbra_batch.h"
#include "zimbra_op.h"
#include "zimbra_target.h"
#include "zimbra_exceptions.h"
#include "zimbra_persistent.h"
#include "core/zc_utf8.h"
#include "core/zc_validate.h"
#include "core/zc_session.h"
#include "core/zc_soap.h"
#include "core/zc_xml_writer.h"
#include "zend_attributes.h"  /* #[\SensitiveParameter] in the arginfo */
#include "zimbra_client_arginfo.h"  /* the class registration, from zimbra_client.stub.php */

/* Items per BatchRequest: small enough for the server to answer promptly. */
#define PHP_ZIMBRA_DEFAULT_BATCH_SIZE 100
#define PHP_ZIMBRA_MAX_BATCH_SIZE     1000

zend_class_entry *php_zimbra_client_ce;
static zend_object_handlers client_handlers;

typedef struct {
	/*
	 * A view (withServer()) holds the client it came from and the server its requests run on; it
	 * has no session of its own and reaches its client's on every call, so a later login() on the
	 * client (which may switch sessions) is seen by the view too.
	 */
	zend_object *parent;        /* the client a view came from; NULL for a client */
	char         target[ZC_TARGET_SERVER_MAX + 1];  /* the view's server id; "" for a client */
	zc_session   session;       /* this object's own session; its transport is set once constructed */
	zc_session  *s;             /* the session in use: &session, or a kept one this object holds */
	bool         persistent;    /* keep the connection and token in the worker (opt-in) */
	bool         reused;        /* login() took over a session an earlier request left */
	zend_string *conn_id;       /* URL and every connection option, for the persistence key */
	zend_string *user_agent;
	zend_long    timeout_ms;
	bool         verify_peer;
	bool         pinned;
	bool         has_ca_file;
	int          max_rate;
	size_t       batch_size;    /* items per BatchRequest in batch() */
	php_zimbra_target_object base;  /* typed methods run their ops through it; its std comes last */
} php_zimbra_client;

static inline php_zimbra_client *client_from_obj(zend_object *obj)
{
	return (php_zimbra_client *)((char *)obj - XtOffsetOf(php_zimbra_client, base.std));
}
#define Z_CLIENT_P(zv) client_from_obj(Z_OBJ_P(zv))

/* The client that holds the session: the object itself, or the client a view came from. */
static inline php_zimbra_client *holder(php_zimbra_client *c)
{
	return c->parent ? client_from_obj(c->parent) : c;
}

/* The session in use: a view's is its client's. */
static inline zc_session *session_in_use(php_zimbra_client *c)
{
	return holder(c)->s;
}

static zc_session *client_session(zend_object *client);
static const char *client_server(zend_object *client);
static void client_view(zend_object *client, const char *server_id, zval *out);

/*
 * A Client runs each operation at once, on the session it holds (a view: on its client's). The
 * other classes with Client methods (the iterators, withServer()) reach it only through these.
 */
static const php_zimbra_target client_target = {php_zimbra_execute, client_session, client_server, client_view};

static zend_object *client_new(zend_class_entry *ce)
{
	php_zimbra_client *c = zend_object_alloc(sizeof(php_zimbra_client), ce);

	zend_object_std_init(&c->base.std, ce);
	object_properties_init(&c->base.std, ce);
	c->base.std.handlers = &client_handlers;
	c->base.target = &client_target;
	zc_session_init(&c->session, NULL);
	c->s = &c->session;
	return &c->base.std;
}

static void client_free(zend_object *obj)
{
	php_zimbra_client *c = client_from_obj(obj);

	if (c->parent) {
		OBJ_RELEASE(c->parent);  /* a view: the session was its client's */
	} else if (c->s != &c->session) {
		php_zimbra_persistent_release(c->s);  /* stays alive for the next request */
	}
	zc_session_free(&c->session);  /* wipes password and token */
	if (c->conn_id) {
		zend_string_release(c->conn_id);
	}
	if (c->user_agent) {
		zend_string_release(c->user_agent);
	}
	zend_object_std_dtor(obj);
}

/* What var_dump and print_r show: state, never secrets. */
static HashTable *client_debug_info(zend_object *obj, int *is_temp)
{
	php_zimbra_client *c = client_from_obj(obj);
	zc_session *s = session_in_use(c);
	zval info;

	*is_temp = 1;
	array_init(&info);
	add_assoc_string(&info, "url", s->transport ? (char *)zc_transport_url(s->transport) : "");
	if (s->username) {
		add_assoc_string(&info, "username", s->username);
	} else {
		add_assoc_null(&info, "username");
	}
	add_assoc_bool(&info, "loggedIn", s->auth_token != NULL);
	add_assoc_bool(&info, "persistent", c->persistent);
	if (c->target[0]) {
		add_assoc_string(&info, "targetServer", c->target);
	} else {
		add_assoc_null(&info, "targetServer");
	}
	add_assoc_string(&info, "tls", s->transport && strncmp(zc_transport_url(s->transport), "http://", 7) == 0
		? "NONE: plain http (allow_http)"
		: c->pinned ? "pinned public key"
		: !c->verify_peer ? "NOT VERIFIED (verify_peer is false)"
		: c->has_ca_file ? "verified against ca_file" : "verified against system CAs");
	return Z_ARRVAL(info);
}

void php_zimbra_client_init_ce(void)
{
	php_zimbra_client_ce = register_class_Zimbra_Client();
	php_zimbra_client_ce->create_object = client_new;
	memcpy(&client_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	client_handlers.offset = XtOffsetOf(php_zimbra_client, base.std);
	client_handlers.free_obj = client_free;
	client_handlers.clone_obj = NULL;
	client_handlers.get_debug_info = client_debug_info;
}

/* ---- options ----------------------------------------------------------- */

static const char *const known_options =
	"verify_peer, ca_file, pinned_public_key, timeout, connect_timeout, user_agent, max_response_size, allow_http, "
	"max_requests_per_second, batch_size, persistent";

/*
 * Options are argument #2 of the constructor. A mistake in them is a mistake in the call, so it
 * is the engine's TypeError or ValueError, as for a typed parameter (see the stub's header).
 */
#define OPTIONS_ARG 2

static bool is_header_text(const char *s, size_t len)
{
	size_t i;

	if (len > 256) {
		return false;
	}
	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] > 0x7E) {
			return false;
		}
	}
	return true;
}

static bool option_seconds(zend_string *key, zval *v, long *out_ms)
{
	double s;

	if (Z_TYPE_P(v) == IS_LONG) {
		s = (double)Z_LVAL_P(v);
	} else if (Z_TYPE_P(v) == IS_DOUBLE) {
		s = Z_DVAL_P(v);
	} else {
		zend_argument_type_error(OPTIONS_ARG, "option '%s' must be of type int|float (seconds), %s given", ZSTR_VAL(key),
			zend_zval_type_name(v));
		return false;
	}
	if (!(s > 0) || s > 86400) {
		zend_argument_value_error(OPTIONS_ARG, "option '%s' must be more than 0 and at most 86400 seconds", ZSTR_VAL(key));
		return false;
	}
	*out_ms = (long)(s * 1000.0) > 0 ? (long)(s * 1000.0) : 1;
	return true;
}

/* A pin is "sha256//<base64 of 32 bytes>" (joined by ';'), or a key file. */
static bool pin_is_valid(const char *pin)
{
	const char *p = pin;

	if (strncmp(pin, "sha256//", 8) != 0) {
		return VCWD_ACCESS(pin, R_OK) == 0;
	}
	while (*p) {
		size_t n = 0;
		if (strncmp(p, "sha256//", 8) != 0) {
			return false;
		}
		p += 8;
		while (p[n] && p[n] != ';') {
			char ch = p[n];
			if (!(isalnum((unsigned char)ch) || ch == '+' || ch == '/' || ch == '=')) {
				return false;
			}
			n++;
		}
		if (n != 44) {
			return false;
		}
		p += n;
		if (*p == ';') {
			p++;
		}
	}
	return true;
}

static bool parse_options(HashTable *opts, zc_transport_options *o, php_zimbra_client *c)
{
	zend_string *key;
	zend_ulong idx;
	zval *v;
	zend_long n;
	int on;

	ZEND_HASH_FOREACH_KEY_VAL(opts, idx, key, v) {
		ZVAL_DEREF(v);
		if (!php_zimbra_option_named(OPTIONS_ARG, key, idx, known_options)) {
			return false;
		}
		if (zend_string_equals_literal(key, "verify_peer")) {
			if (!php_zimbra_option_bool(OPTIONS_ARG, key, v, &o->verify_peer)) return false;
		} else if (zend_string_equals_literal(key, "allow_http")) {
			if (!php_zimbra_option_bool(OPTIONS_ARG, key, v, &o->allow_http)) return false;
		} else if (zend_string_equals_literal(key, "ca_file")) {
			if (!php_zimbra_option_string(OPTIONS_ARG, key, v, &o->ca_file)) return false;
			if (VCWD_ACCESS(o->ca_file, R_OK) != 0) {
				/* The path is shown as typed, made printable and cut short (it may be anything). */
				zc_buf shown;
				zc_buf_init(&shown);
				zc_utf8_append_shown(&shown, o->ca_file, Z_STRLEN_P(v), 200);
				zend_argument_value_error(OPTIONS_ARG, "option 'ca_file' must be a readable file; '%s' does not exist or cannot be read",
					shown.data ? shown.data : "");
				zc_buf_free(&shown);
				return false;
			}
		} else if (zend_string_equals_literal(key, "pinned_public_key")) {
			if (!php_zimbra_option_string(OPTIONS_ARG, key, v, &o->pinned_public_key)) return false;
			if (!pin_is_valid(o->pinned_public_key)) {
				zend_argument_value_error(OPTIONS_ARG, "option 'pinned_public_key' must be 'sha256//' followed by the base64 "
					"SHA-256 of the server's public key (44 characters), or a readable public key file");
				return false;
			}
		} else if (zend_string_equals_literal(key, "timeout")) {
			if (!option_seconds(key, v, &o->timeout_ms)) return false;
		} else if (zend_string_equals_literal(key, "connect_timeout")) {
			if (!option_seconds(key, v, &o->connect_timeout_ms)) return false;
		} else if (zend_string_equals_literal(key, "user_agent")) {
			if (!php_zimbra_option_string(OPTIONS_ARG, key, v, &o->user_agent)) return false;
			/* It becomes an HTTP header: a CR or LF would start a header of its own. */
			if (!is_header_text(o->user_agent, Z_STRLEN_P(v))) {
				zend_argument_value_error(OPTIONS_ARG, "option 'user_agent' must be at most 256 printable ASCII characters");
				return false;
			}
		} else if (zend_string_equals_literal(key, "max_response_size")) {
			if (!php_zimbra_option_long(OPTIONS_ARG, key, v, 1024, ZEND_LONG_MAX, " (bytes)", &n)) return false;
			o->max_response_size = (size_t)n;
		} else if (zend_string_equals_literal(key, "persistent")) {
			if (!php_zimbra_option_bool(OPTIONS_ARG, key, v, &on)) return false;
			c->persistent = on;
		} else if (zend_string_equals_literal(key, "max_requests_per_second")) {
			if (!php_zimbra_option_long(OPTIONS_ARG, key, v, 0, ZC_MAX_RATE, " (0: no pacing)", &n)) return false;
			c->max_rate = (int)n;
		} else if (zend_string_equals_literal(key, "batch_size")) {
			if (!php_zimbra_option_long(OPTIONS_ARG, key, v, 1, PHP_ZIMBRA_MAX_BATCH_SIZE, NULL, &n)) return false;
			c->batch_size = (size_t)n;
		} else {
			return php_zimbra_option_unknown(OPTIONS_ARG, key, known_options);
		}
	} ZEND_HASH_FOREACH_END();
	c->verify_peer = o->verify_peer;
	c->pinned = o->pinned_public_key != NULL;
	c->has_ca_file = o->ca_file != NULL;
	return true;
}

/* A NUL byte can be in no URL, name or password: argument arg_num is refused as PHP's own functions do. */
static bool no_nul(uint32_t arg_num, zend_string *s)
{
	if (memchr(ZSTR_VAL(s), '\0', ZSTR_LEN(s))) {
		zend_argument_value_error(arg_num, "must not contain any null bytes");
		return false;
	}
	return true;
}

static php_zimbra_client *ready_client(zval *this_zv)
{
	php_zimbra_client *c = Z_CLIENT_P(this_zv);

	if (!c->conn_id) {
		zend_throw_error(NULL, "Zimbra\\Client was not constructed");
		return NULL;
	}
	return c;
}

ZEND_METHOD(Zimbra_Client, __construct)
{
	php_zimbra_client *c = Z_CLIENT_P(ZEND_THIS);
	zend_string *url;
	HashTable *options = NULL;
	zc_transport_options o;
	zc_transport *t;
	zc_error err;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(url)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (c->conn_id) {
		zend_throw_error(NULL, "Zimbra\\Client is already constructed");
		RETURN_THROWS();
	}
	c->max_rate = ZC_DEFAULT_RATE;
	c->persistent = ZIMBRA_G(persistent);
	if (!no_nul(1, url)) {
		RETURN_THROWS();
	}
	zc_transport_options_defaults(&o);
	o.url = ZSTR_VAL(url);
	if (options && !parse_options(options, &o, c)) {
		RETURN_THROWS();
	}
	if (!o.user_agent) {
		c->user_agent = zend_string_init(ZEND_STRL("php-zimbra/" PHP_ZIMBRA_VERSION), 0);
		o.user_agent = ZSTR_VAL(c->user_agent);
	}
	if (!options) {
		c->verify_peer = true;
	}
	zc_error_init(&err);
	t = zc_transport_new(&o, &err);
	if (!t) {
		php_zimbra_throw(&err, false);
		RETURN_THROWS();
	}
	c->session.transport = t;
	c->session.max_rate = c->max_rate;
	c->timeout_ms = o.timeout_ms;
	/* Everything that decides how the connection behaves goes into the persistence key. */
	c->conn_id = zend_strpprintf(0, "%s|%d|%s|%s|%ld|%ld|%s|%zu|%d|%d", zc_transport_url(t), o.verify_peer,
		o.ca_file ? o.ca_file : "", o.pinned_public_key ? o.pinned_public_key : "", o.timeout_ms, o.connect_timeout_ms,
		o.user_agent, o.max_response_size, o.allow_http, c->max_rate);
}

/*
 * login() with persistence: a kept session for these credentials if this process has one free,
 * else a login on the object's own session, which the registry then keeps. Whatever the object
 * held before goes back first, so a failed login leaves it logged out, never half-switched.
 */
static void persistent_login(php_zimbra_client *c, zend_string *user, zend_string *password, zc_error *err)
{
	char key[PHP_ZIMBRA_PKEY_LEN];
	zc_session *kept, *adopted;

	if (!zc_session_check_credentials(ZSTR_VAL(user), ZSTR_LEN(user), ZSTR_VAL(password), ZSTR_LEN(password), err)) {
		php_zimbra_throw(err, false);  /* bad input changes nothing */
		return;
	}
	if (c->s != &c->session) {
		php_zimbra_persistent_release(c->s);
		c->s = &c->session;
	}
	zc_session_logout(&c->session);
	php_zimbra_persistent_key(c->conn_id, user, password, key);
	kept = php_zimbra_persistent_take(key);
	if (kept && zc_session_token_fresh(kept)) {
		/* A warm worker: the connection and the token of an earlier request, no AuthRequest. */
		c->s = kept;
		c->reused = true;
		return;
	}
	if (kept) {
		/* Same credentials, token gone stale: log in again on the kept connection. */
		if (!zc_session_login(kept, ZSTR_VAL(user), ZSTR_LEN(user), ZSTR_VAL(password), ZSTR_LEN(password), err)) {
			php_zimbra_persistent_forget(kept);
			php_zimbra_throw(err, err->kind == ZC_ERR_FAULT);
			return;
		}
		c->s = kept;
		c->reused = true;
		return;
	}
	if (!zc_session_login(&c->session, ZSTR_VAL(user), ZSTR_LEN(user), ZSTR_VAL(password), ZSTR_LEN(password), err)) {
		php_zimbra_throw(err, err->kind == ZC_ERR_FAULT);
		return;
	}
	adopted = php_zimbra_persistent_adopt(key, &c->session);
	if (adopted) {
		c->s = adopted;  /* else it could not be kept: it carries on for this request */
	}
}

ZEND_METHOD(Zimbra_Client, login)
{
	php_zimbra_client *c;
	zend_string *user, *password;
	zc_error err;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(user)
		Z_PARAM_STR(password)
	ZEND_PARSE_PARAMETERS_END();

	if (!(c = ready_client(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (c->parent) {
		zend_throw_error(NULL, "This Zimbra\\Client is a view of one server (withServer()): log in on the client it came from");
		RETURN_THROWS();
	}
	if (ZSTR_LEN(user) == 0) {
		php_zimbra_throw_validation("The admin user name is empty");
		RETURN_THROWS();
	}
	if (ZSTR_LEN(password) == 0) {
		php_zimbra_throw_validation("The admin password is empty");
		RETURN_THROWS();
	}
	if (!no_nul(1, user) || !no_nul(2, password)) {
		RETURN_THROWS();
	}
	zc_error_init(&err);
	c->reused = false;
	if (c->persistent) {
		persistent_login(c, user, password, &err);
		return;
	}
	if (!zc_session_login(&c->session, ZSTR_VAL(user), ZSTR_LEN(user), ZSTR_VAL(password), ZSTR_LEN(password), &err)) {
		php_zimbra_throw(&err, err.kind == ZC_ERR_FAULT);
		RETURN_THROWS();
	}
}

ZEND_METHOD(Zimbra_Client, logout)
{
	php_zimbra_client *c;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(c = ready_client(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (c->parent) {
		zend_throw_error(NULL, "This Zimbra\\Client is a view of one server (withServer()): log out on the client it came from");
		RETURN_THROWS();
	}
	if (c->s != &c->session) {
		/* Logging out ends the kept session too: nobody may find it logged in later. */
		php_zimbra_persistent_forget(c->s);
		c->s = &c->session;
	}
	zc_session_logout(&c->session);
}

ZEND_METHOD(Zimbra_Client, isLoggedIn)
{
	php_zimbra_client *c;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(c = ready_client(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_BOOL(session_in_use(c)->auth_token != NULL);
}

/* Items per BatchRequest (option batch_size). */
static size_t batch_size(zend_object *obj)
{
	php_zimbra_client *c = client_from_obj(obj);

	return c->batch_size ? c->batch_size : PHP_ZIMBRA_DEFAULT_BATCH_SIZE;
}

ZEND_METHOD(Zimbra_Client, batch)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	bool stop_on_error = false;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_FUNC(fci, fcc)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(stop_on_error)
	ZEND_PARSE_PARAMETERS_END();

	php_zimbra_batch_run(Z_OBJ_P(ZEND_THIS), &fci, &fcc, stop_on_error, batch_size(Z_OBJ_P(ZEND_THIS)), return_value);
}

/* The session of a Client object (NULL, with an Error thrown, if it was never constructed). */
static zc_session *client_session(zend_object *obj)
{
	php_zimbra_client *c = client_from_obj(obj);
	zc_session *s;

	if (!c->conn_id) {
		zend_throw_error(NULL, "Zimbra\\Client was not constructed");
		return NULL;
	}
	s = session_in_use(c);
	/* Every call fetches the session right before it sends: the view's server goes with it. */
	memcpy(s->target_server, c->target, sizeof(c->target));
	return s;
}

/* The id of the server a view's requests run on (withServer()); NULL for a client. */
static const char *client_server(zend_object *obj)
{
	php_zimbra_client *c = client_from_obj(obj);

	return c->target[0] ? c->target : NULL;
}

/* out = a view of the client (or of the client it is a view of) whose requests run on server_id. */
static void client_view(zend_object *obj, const char *server_id, zval *out)
{
	php_zimbra_client *c = client_from_obj(obj), *root = holder(c), *v;

	object_init_ex(out, php_zimbra_client_ce);
	v = Z_CLIENT_P(out);
	v->parent = &root->base.std;  /* a view of a view is a view of the client */
	GC_ADDREF(v->parent);
	snprintf(v->target, sizeof(v->target), "%s", server_id);
	v->conn_id = zend_string_copy(root->conn_id);
	v->persistent = root->persistent;
	v->verify_peer = root->verify_peer;
	v->pinned = root->pinned;
	v->has_ca_file = root->has_ca_file;
	v->timeout_ms = root->timeout_ms;
	v->max_rate = root->max_rate;
	v->batch_size = root->batch_size;
}

ZEND_METHOD(Zimbra_Client, getUrl)
{
	php_zimbra_client *c;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(c = ready_client(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_STRING(zc_transport_url(session_in_use(c)->transport));
}

ZEND_METHOD(Zimbra_Client, getStats)
{
	php_zimbra_client *c;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(c = ready_client(ZEND_THIS))) {
		RETURN_THROWS();
	}
	array_init(return_value);
	add_assoc_long(return_value, "requests", session_in_use(c)->requests);
	add_assoc_long(return_value, "logins", session_in_use(c)->logins);
	add_assoc_long(return_value, "connections", zc_transport_connects(session_in_use(c)->transport));
	add_assoc_long(return_value, "pacedMs", session_in_use(c)->paced_ms);
	add_assoc_bool(return_value, "persistent", c->persistent);
	add_assoc_bool(return_value, "reused", holder(c)->reused);
}

ZEND_METHOD(Zimbra_Client, probePublicKeyPin)
{
	zend_string *url;
	double timeout = 10.0;
	zc_transport_options o;
	zc_error err;
	char pin[128];

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(url)
		Z_PARAM_OPTIONAL
		Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();

	if (!no_nul(1, url)) {
		RETURN_THROWS();
	}
	if (!(timeout > 0) || timeout > 600) {
		zend_argument_value_error(2, "must be more than 0 and at most 600 seconds");
		RETURN_THROWS();
	}
	zc_transport_options_defaults(&o);
	o.url = ZSTR_VAL(url);
	o.timeout_ms = (long)(timeout * 1000);
	o.connect_timeout_ms = o.timeout_ms;
	zc_error_init(&err);
	if (!zc_transport_probe_pin(&o, pin, sizeof(pin), &err)) {
		php_zimbra_throw(&err, false);
		RETURN_THROWS();
	}
	RETURN_STRING(pin);
}
