/*
 * Zimbra\Preauth: webmail single sign-on URLs. The key stays in C memory
 * (never a property), and is wiped when the object goes.
 */
#include "php.h"

#include "ext/standard/url.h"
#include "zend_smart_str.h"

#include "zimbra_exceptions.h"
#include "zimbra_preauth.h"
#include "core/zc_crypto.h"
#include "core/zc_platform.h"
#include "core/zc_utf8.h"
#include "core/zc_validate.h"
#include "zend_attributes.h"  /* #[\SensitiveParameter] in the arginfo */
#include "zimbra_preauth_arginfo.h"  /* the class registration, from zimbra_preauth.stub.php */

/* Generous bounds: an address is at most 320 bytes, and Zimbra's URLs are far shorter. */
#define PREAUTH_ACCOUNT_MAX  1024
#define PREAUTH_REDIRECT_MAX 4096

zend_class_entry *php_zimbra_preauth_ce;
static zend_object_handlers preauth_handlers;

typedef struct {
	zend_string *key;
	zend_object  std;
} php_zimbra_preauth;

static inline php_zimbra_preauth *preauth_from_obj(zend_object *obj)
{
	return (php_zimbra_preauth *)((char *)obj - XtOffsetOf(php_zimbra_preauth, std));
}

static zend_object *preauth_new(zend_class_entry *ce)
{
	php_zimbra_preauth *p = zend_object_alloc(sizeof(php_zimbra_preauth), ce);
	zend_object_std_init(&p->std, ce);
	object_properties_init(&p->std, ce);
	p->std.handlers = &preauth_handlers;
	p->key = NULL;
	return &p->std;
}

static void preauth_free(zend_object *obj)
{
	php_zimbra_preauth *p = preauth_from_obj(obj);
	if (p->key) {
		ZEND_SECURE_ZERO(ZSTR_VAL(p->key), ZSTR_LEN(p->key));
		zend_string_release(p->key);
	}
	zend_object_std_dtor(obj);
}

static HashTable *preauth_debug_info(zend_object *obj, int *is_temp)
{
	zval info;
	*is_temp = 1;
	array_init(&info);
	add_assoc_bool(&info, "hasKey", preauth_from_obj(obj)->key != NULL);
	return Z_ARRVAL(info);
}

void php_zimbra_preauth_init_ce(void)
{
	php_zimbra_preauth_ce = register_class_Zimbra_Preauth();
	php_zimbra_preauth_ce->create_object = preauth_new;
	memcpy(&preauth_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	preauth_handlers.offset = XtOffsetOf(php_zimbra_preauth, std);
	preauth_handlers.free_obj = preauth_free;
	preauth_handlers.clone_obj = NULL;
	preauth_handlers.get_debug_info = preauth_debug_info;
}

ZEND_METHOD(Zimbra_Preauth, __construct)
{
	php_zimbra_preauth *p = preauth_from_obj(Z_OBJ_P(ZEND_THIS));
	zend_string *key;
	size_t i;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();

	/* zmprov generates 64 hex characters; accept any hex key of a sane length. */
	for (i = 0; i < ZSTR_LEN(key) && isxdigit((unsigned char)ZSTR_VAL(key)[i]); i++);
	if (ZSTR_LEN(key) < 32 || ZSTR_LEN(key) > 128 || i != ZSTR_LEN(key)) {
		php_zimbra_throw_validation("A preauth key is 32 to 128 hexadecimal characters (zimbraPreAuthKey; Zimbra makes 64)");
		RETURN_THROWS();
	}
	if (p->key) {
		zend_throw_error(NULL, "Zimbra\\Preauth is already constructed");
		RETURN_THROWS();
	}
	p->key = zend_string_init(ZSTR_VAL(key), ZSTR_LEN(key), 0);
}

static bool compute(zval *this_zv, zend_string *account, const char *by, zend_long ts, zend_long expires, char *out)
{
	php_zimbra_preauth *p = preauth_from_obj(Z_OBJ_P(this_zv));
	zc_error err;

	if (!p->key) {
		zend_throw_error(NULL, "Zimbra\\Preauth was not constructed");
		return false;
	}
	/* '|' separates the fields the HMAC covers; anything unprintable is no account name. */
	if (ZSTR_LEN(account) == 0 || ZSTR_LEN(account) > PREAUTH_ACCOUNT_MAX || memchr(ZSTR_VAL(account), '|', ZSTR_LEN(account))
			|| !zc_utf8_is_printable(ZSTR_VAL(account), ZSTR_LEN(account))) {
		php_zimbra_throw_validation("The account for preauth must be an address or id: UTF-8, 1 to 1024 characters, no '|' or control characters");
		return false;
	}
	if (ts < 0 || expires < 0) {
		zend_value_error("Timestamps are milliseconds since 1970 and cannot be negative");
		return false;
	}
	zc_error_init(&err);
	if (!zc_preauth_hmac(ZSTR_VAL(p->key), ZSTR_LEN(p->key), ZSTR_VAL(account), ZSTR_LEN(account), by,
			(long long)expires, (long long)ts, out, &err)) {
		php_zimbra_throw(&err, false);
		return false;
	}
	return true;
}

ZEND_METHOD(Zimbra_Preauth, compute)
{
	zend_string *account, *by = NULL;
	zend_long ts, expires = 0;
	char mac[ZC_HMAC_SHA1_HEX + 1];

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_STR(account)
		Z_PARAM_LONG(ts)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(expires)
		Z_PARAM_STR(by)
	ZEND_PARSE_PARAMETERS_END();

	if (by && !zend_string_equals_literal(by, "name") && !zend_string_equals_literal(by, "id")
			&& !zend_string_equals_literal(by, "foreignPrincipal")) {
		zend_argument_value_error(4, "must be one of name, id or foreignPrincipal");
		RETURN_THROWS();
	}
	if (!compute(ZEND_THIS, account, by ? ZSTR_VAL(by) : "name", ts, expires, mac)) {
		RETURN_THROWS();
	}
	RETURN_STRINGL(mac, ZC_HMAC_SHA1_HEX);
}

static void append_param(smart_str *url, char separator, const char *name, const char *value, size_t len)
{
	zend_string *enc = php_raw_url_encode(value, len);
	smart_str_appendc(url, separator);
	smart_str_appends(url, name);
	smart_str_appendc(url, '=');
	smart_str_append(url, enc);
	zend_string_release(enc);
}

ZEND_METHOD(Zimbra_Preauth, url)
{
	zend_string *base, *account, *redirect = NULL;
	zend_long ts = 0, expires = 0;
	bool ts_null = true;
	char mac[ZC_HMAC_SHA1_HEX + 1], num[32];
	smart_str url = {0};
	size_t base_len;

	ZEND_PARSE_PARAMETERS_START(2, 5)
		Z_PARAM_STR(base)
		Z_PARAM_STR(account)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(ts, ts_null)
		Z_PARAM_LONG(expires)
		Z_PARAM_STR_OR_NULL(redirect)
	ZEND_PARSE_PARAMETERS_END();

	if (!(zend_string_starts_with_literal(base, "https://") || zend_string_starts_with_literal(base, "http://"))
			/* No '?' or '#': the base URL carries no query or fragment of its own. */
			|| ZSTR_LEN(base) > PREAUTH_REDIRECT_MAX || !zc_is_uri_text(ZSTR_VAL(base), ZSTR_LEN(base), 0)) {
		php_zimbra_throw_validation("The webmail URL must be an http(s) URL without query or fragment, e.g. https://mail.example.com");
		RETURN_THROWS();
	}
	if (redirect && (ZSTR_LEN(redirect) > PREAUTH_REDIRECT_MAX || !zc_utf8_is_printable(ZSTR_VAL(redirect), ZSTR_LEN(redirect)))) {
		php_zimbra_throw_validation("The redirect URL must be at most 4096 characters of UTF-8 without control characters");
		RETURN_THROWS();
	}
	if (ts_null) {
		/* Build at click time: Zimbra accepts the timestamp within 5 minutes of its clock. */
		ts = (zend_long)zc_wall_ms();
	}
	if (!compute(ZEND_THIS, account, "name", ts, expires, mac)) {
		RETURN_THROWS();
	}
	base_len = ZSTR_LEN(base);
	while (base_len > 0 && ZSTR_VAL(base)[base_len - 1] == '/') {
		base_len--;
	}
	smart_str_appendl(&url, ZSTR_VAL(base), base_len);
	smart_str_appends(&url, "/service/preauth");
	/* The HMAC covers the raw address; the URL carries it encoded (a '+' must survive). */
	append_param(&url, '?', "account", ZSTR_VAL(account), ZSTR_LEN(account));
	append_param(&url, '&', "by", "name", 4);
	snprintf(num, sizeof(num), ZEND_LONG_FMT, ts);
	append_param(&url, '&', "timestamp", num, strlen(num));
	snprintf(num, sizeof(num), ZEND_LONG_FMT, expires);
	append_param(&url, '&', "expires", num, strlen(num));
	append_param(&url, '&', "preauth", mac, ZC_HMAC_SHA1_HEX);
	if (redirect) {
		append_param(&url, '&', "redirectURL", ZSTR_VAL(redirect), ZSTR_LEN(redirect));
	}
	RETURN_STR(smart_str_extract(&url));
}
