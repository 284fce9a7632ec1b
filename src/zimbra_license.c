/*
 * Zimbra\License: the licence check of commercial builds. The decision lives
 * here, in C: the answer must come over verified TLS and carry the vendor's
 * Ed25519 signature (zc_license), so neither a script nor an edited cache can
 * make an unlicensed install look licensed.
 */
#include "php.h"
#include "ext/standard/url.h"
#include "zend_smart_str.h"

#include "zimbra_globals.h"
#include "zimbra_version.h"
#include "zimbra_exceptions.h"
#include "core/zc_buf.h"
#include "core/zc_license.h"
#include "core/zc_transport.h"
#include "zimbra_license.h"
#include "zend_attributes.h"  /* #[\SensitiveParameter] in the arginfo */
#include "zimbra_license_arginfo.h"  /* the class registration, from zimbra_license.stub.php */

#define ANSWER_MAX 4096

ZEND_METHOD(Zimbra_License, __construct)
{
	(void)return_value;
	ZEND_PARSE_PARAMETERS_NONE();
}

static bool enforced(void)
{
	return ZIMBRA_G(license_public_key) && ZIMBRA_G(license_public_key)[0];
}

ZEND_METHOD(Zimbra_License, isEnforced)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(enforced());
}

static void result(zval *rv, const char *status, const char *answer, size_t answer_len, zend_long checked_at,
		bool from_cache, const char *message)
{
	array_init(rv);
	add_assoc_string(rv, "status", (char *)status);
	if (answer) {
		add_assoc_stringl(rv, "answer", (char *)answer, answer_len);
	} else {
		add_assoc_null(rv, "answer");
	}
	add_assoc_long(rv, "checkedAt", checked_at);
	add_assoc_bool(rv, "fromCache", from_cache);
	add_assoc_bool(rv, "enforced", enforced());
	add_assoc_string(rv, "message", (char *)message);
}

static int collect(void *ctx, const char *data, size_t len)
{
	zc_buf *b = ctx;
	if (b->len + len > ANSWER_MAX) {
		return 0;
	}
	zc_buf_append(b, data, len);
	return !b->oom;
}

/* POST the key to the licence server; the raw answer lands in out. */
static bool ask_server(zend_string *key, zc_buf *out, zc_error *err)
{
	zc_transport_options o;
	zc_transport *t;
	zend_string *enc = php_url_encode(ZSTR_VAL(key), ZSTR_LEN(key));
	smart_str body = {0};
	int aborted = 0;
	bool ok;

	zc_transport_options_defaults(&o);
	o.url = ZIMBRA_G(license_url);
	o.keep_url = 1;
	o.ca_file = ZIMBRA_G(license_ca_file) && ZIMBRA_G(license_ca_file)[0] ? ZIMBRA_G(license_ca_file) : NULL;
	o.timeout_ms = 15000;
	o.content_type = "application/x-www-form-urlencoded";
	o.max_response_size = ANSWER_MAX;
	smart_str_appends(&body, "product=php-zimbra&version=" PHP_ZIMBRA_VERSION "&key=");
	smart_str_append(&body, enc);
	smart_str_0(&body);
	zend_string_release(enc);

	t = zc_transport_new(&o, err);
	ok = t && zc_transport_post(t, ZSTR_VAL(body.s), ZSTR_LEN(body.s), collect, out, &aborted, err);
	if (ok && err->http_status != 200) {
		ok = zc_error_set(err, ZC_ERR_HTTP, "The licence server answered HTTP %ld", err->http_status);
	}
	ZEND_SECURE_ZERO(ZSTR_VAL(body.s), ZSTR_LEN(body.s));
	smart_str_free(&body);
	zc_transport_free(t);
	return ok;
}

ZEND_METHOD(Zimbra_License, check)
{
	zend_string *key, *cached = NULL;
	zend_long max_age = 86400;
	unsigned char pubkey[ZC_LICENSE_PUBKEY_LEN];
	zc_license_answer cached_answer, fresh;
	bool cache_ok = false;
	zend_long now = (zend_long)time(NULL);
	zc_error err;
	zc_buf answer;
	char message[ZC_ERROR_MSG_MAX + 64];

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(key)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(cached)
		Z_PARAM_LONG(max_age)
	ZEND_PARSE_PARAMETERS_END();

	if (max_age < 0 || max_age > 10 * 366 * 86400) {
		zend_argument_value_error(3, "must be between 0 (always ask) and ten years of seconds");
		RETURN_THROWS();
	}
	if (!enforced()) {
		result(return_value, "valid", NULL, 0, now, false, "Community build: licensing is off");
		return;
	}
	if (ZSTR_LEN(key) == 0) {
		result(return_value, "unlicensed", NULL, 0, now, false, "No licence key has been set");
		return;
	}
	zc_error_init(&err);
	if (!zc_license_pubkey(ZIMBRA_G(license_public_key), pubkey, &err)) {
		php_zimbra_throw_validation("zimbra.license_public_key is not a valid Ed25519 public key: this build is misconfigured");
		RETURN_THROWS();
	}
	if (cached && ZSTR_LEN(cached)) {
		cache_ok = zc_license_verify(pubkey, ZSTR_VAL(cached), ZSTR_LEN(cached), ZSTR_VAL(key), ZSTR_LEN(key), now,
			&cached_answer, &err);
		zc_error_clear(&err);
		if (cache_ok && cached_answer.issued > now - max_age && cached_answer.issued <= now + 300) {
			result(return_value, zc_license_status_name(cached_answer.status), ZSTR_VAL(cached), ZSTR_LEN(cached),
				(zend_long)cached_answer.issued, true, "Cached answer from the licence server");
			return;
		}
	}

	zc_buf_init(&answer);
	if (!ask_server(key, &answer, &err)) {
		/* Unreachable: the last signed answer stands, whatever its age. */
		if (cache_ok) {
			snprintf(message, sizeof(message), "The licence server could not be reached (%s); using the last answer", err.message);
			result(return_value, zc_license_status_name(cached_answer.status), ZSTR_VAL(cached), ZSTR_LEN(cached),
				(zend_long)cached_answer.issued, true, message);
		} else {
			snprintf(message, sizeof(message), "The licence server could not be reached: %s", err.message);
			result(return_value, "invalid", NULL, 0, now, false, message);
		}
		zc_error_clear(&err);
		zc_buf_free(&answer);
		return;
	}
	if (!zc_license_verify(pubkey, answer.data ? answer.data : "", answer.len, ZSTR_VAL(key), ZSTR_LEN(key), now, &fresh, &err)) {
		snprintf(message, sizeof(message), "The licence server's answer was refused: %s", err.message);
		result(return_value, "invalid", NULL, 0, now, false, message);
		zc_error_clear(&err);
		zc_buf_free(&answer);
		return;
	}
	result(return_value, zc_license_status_name(fresh.status), answer.data, answer.len, now, false,
		"Answer from the licence server");
	zc_buf_free(&answer);
}

void php_zimbra_license_init_ce(void)
{
	register_class_Zimbra_License();  /* static methods only: no handlers to set */
}
