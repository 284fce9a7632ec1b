/* Name rules for domains, addresses and ids; see zc_validate.h. */
#include "zc_validate.h"
#include "zc_utf8.h"

#include <string.h>

static char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/*
 * Quote at most 80 bytes of user input in a message: UTF-8 characters as they are (a message about
 * 'chloé' shows 'chloé'), control characters and bytes that are not UTF-8 as '?', never cutting
 * a character in two.
 */
static const char *quoted(const char *in, size_t len, char buf[84])
{
	const unsigned char *p = (const unsigned char *)in;
	size_t i = 0, o = 0;

	while (i < len) {
		unsigned cp;
		size_t n = zc_utf8_decode(p + i, len - i, &cp), step = n ? n : 1;

		/* Each shown character takes at most the bytes it came from: the rest fits, or "..." ends it. */
		if (o + (len - i) > 80 && o + step > 77) {
			memcpy(buf + o, "...", 3);
			o += 3;
			break;
		}
		if (n == 0 || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
			buf[o++] = '?';
		} else {
			memcpy(buf + o, in + i, n);
			o += n;
		}
		i += step;
	}
	buf[o] = '\0';
	return buf;
}

/* The character at in (UTF-8, up to 4 bytes) for a message, or "?" when it cannot be shown. */
static const char *shown_char(const char *in, size_t len, char buf[5])
{
	unsigned cp;
	size_t n = zc_utf8_decode((const unsigned char *)in, len, &cp);

	if (n == 0 || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
		return "?";
	}
	memcpy(buf, in, n);
	buf[n] = '\0';
	return buf;
}

int zc_normalize_domain(const char *in, size_t len, char *out, zc_error *err)
{
	char q[84], ch[5];
	size_t i, label_start = 0, labels = 0;
	int tld_digits_only = 1;

	if (len == 0) {
		return zc_error_set(err, ZC_ERR_VALIDATION, "The domain name is empty");
	}
	if (len > ZC_DOMAIN_MAX) {
		return zc_error_set(err, ZC_ERR_VALIDATION, "The domain name '%s' is longer than %d characters",
			quoted(in, len, q), ZC_DOMAIN_MAX);
	}
	for (i = 0; i <= len; i++) {
		char c = i < len ? lower(in[i]) : '.';
		if (i < len && (unsigned char)in[i] >= 0x80) {
			return zc_error_set(err, ZC_ERR_VALIDATION,
				"The domain name '%s' contains non-ASCII characters; give an internationalised name in its xn-- (punycode) form",
				quoted(in, len, q));
		}
		if (c == '.') {
			size_t label_len = i - label_start;
			if (label_len == 0) {
				return zc_error_set(err, ZC_ERR_VALIDATION, "The domain name '%s' has an empty label (two dots, or a dot at an end)",
					quoted(in, len, q));
			}
			if (label_len > 63) {
				return zc_error_set(err, ZC_ERR_VALIDATION, "The domain name '%s' has a label longer than 63 characters",
					quoted(in, len, q));
			}
			if (out[label_start] == '-' || out[i - 1] == '-') {
				return zc_error_set(err, ZC_ERR_VALIDATION, "A label of the domain name '%s' starts or ends with '-'",
					quoted(in, len, q));
			}
			labels++;
			label_start = i + 1;
			if (i < len) {
				out[i] = '.';
				tld_digits_only = 1;
			}
			continue;
		}
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
			return zc_error_set(err, ZC_ERR_VALIDATION,
				"The domain name '%s' contains '%s'; only letters, digits, '-' and '.' are allowed",
				quoted(in, len, q), shown_char(in + i, len - i, ch));
		}
		if (!(c >= '0' && c <= '9')) {
			tld_digits_only = 0;
		}
		out[i] = c;
	}
	out[len] = '\0';
	if (labels < 2) {
		return zc_error_set(err, ZC_ERR_VALIDATION, "The domain name '%s' needs at least two labels, like example.com",
			quoted(in, len, q));
	}
	if (tld_digits_only) {
		return zc_error_set(err, ZC_ERR_VALIDATION, "The domain name '%s' ends in an all-digit label (an IP address is not a domain)",
			quoted(in, len, q));
	}
	return 1;
}

/* The length rules both local-part rules share: 1 to ZC_LOCAL_MAX bytes. */
static int local_length_ok(const char *in, size_t len, zc_error *err)
{
	char q[84];

	if (len == 0) {
		return zc_error_set(err, ZC_ERR_VALIDATION, "The part of the address before '@' is empty");
	}
	if (len > ZC_LOCAL_MAX) {
		return zc_error_set(err, ZC_ERR_VALIDATION, "The part of the address before '@' ('%s') is longer than %d characters",
			quoted(in, len, q), ZC_LOCAL_MAX);
	}
	return 1;
}

int zc_normalize_local_part(const char *in, size_t len, char *out, zc_error *err)
{
	char q[84], ch[5];
	size_t i;

	if (!local_length_ok(in, len, err)) {
		return 0;
	}
	for (i = 0; i < len; i++) {
		char c = lower(in[i]);
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) {
			return zc_error_set(err, ZC_ERR_VALIDATION,
				"The mailbox name '%s' contains '%s'; only letters a-z, digits, '.', '_' and '-' are allowed",
				quoted(in, len, q), shown_char(in + i, len - i, ch));
		}
		if (c == '.' && (i == 0 || i == len - 1 || out[i - 1] == '.')) {
			return zc_error_set(err, ZC_ERR_VALIDATION,
				"The mailbox name '%s' starts or ends with a dot, or has two dots in a row", quoted(in, len, q));
		}
		out[i] = c;
	}
	out[len] = '\0';
	return 1;
}

/* RFC 5322 atext and '.', as Zimbra takes them: nothing that could close a CDATA or a filter. */
static int normalize_existing_local(const char *in, size_t len, char *out, zc_error *err)
{
	char q[84], ch[5];
	size_t i;

	if (!local_length_ok(in, len, err)) {
		return 0;
	}
	for (i = 0; i < len; i++) {
		char c = lower(in[i]);
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c != '\0' && strchr(".!#$%&'*+/=?^_`{|}~-", c)))) {
			return zc_error_set(err, ZC_ERR_VALIDATION, "The part of the address before '@' ('%s') contains '%s', which no email address holds",
				quoted(in, len, q), shown_char(in + i, len - i, ch));
		}
		out[i] = c;
	}
	out[len] = '\0';
	return 1;
}

/* local@domain: exactly one '@', the local part by local_rule, the domain by the domain rule. */
static int normalize_address(const char *in, size_t len, char *out, zc_error *err,
	int (*local_rule)(const char *, size_t, char *, zc_error *))
{
	char q[84];
	const char *at = memchr(in, '@', len);
	size_t local_len;

	if (!at || memchr(at + 1, '@', len - (size_t)(at - in) - 1)) {
		return zc_error_set(err, ZC_ERR_VALIDATION, "'%s' is not an email address (expected name@domain)",
			quoted(in, len, q));
	}
	local_len = (size_t)(at - in);
	if (!local_rule(in, local_len, out, err)) {
		return 0;
	}
	out[local_len] = '@';
	return zc_normalize_domain(at + 1, len - local_len - 1, out + local_len + 1, err);
}

int zc_normalize_email(const char *in, size_t len, char *out, zc_error *err)
{
	return normalize_address(in, len, out, err, zc_normalize_local_part);
}

int zc_normalize_existing_email(const char *in, size_t len, char *out, zc_error *err)
{
	return normalize_address(in, len, out, err, normalize_existing_local);
}

int zc_is_zimbra_id(const char *in, size_t len)
{
	size_t i;

	if (len != 36) {
		return 0;
	}
	for (i = 0; i < 36; i++) {
		char c = in[i];
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (c != '-') {
				return 0;
			}
		} else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
			return 0;
		}
	}
	return 1;
}

int zc_is_uri_text(const char *in, size_t len, int allow_query)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)in[i];
		int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		if (!alnum && (c == 0 || !strchr("-._~:/[]@!$&'()*+,;=%", c)) && !(allow_query && (c == '?' || c == '#'))) {
			return 0;
		}
	}
	return 1;
}

int zc_is_namespace_uri(const char *in, size_t len)
{
	const char *colon;
	size_t i, scheme_end;

	if (len == 0 || len > ZC_NAMESPACE_MAX || !zc_is_uri_text(in, len, 1)) {
		return 0;
	}
	colon = memchr(in, ':', len);
	scheme_end = colon ? (size_t)(colon - in) : 0;
	/* A scheme: a letter, then letters, digits, '+', '-' or '.', then ':'. */
	if (scheme_end == 0 || !((in[0] | 0x20) >= 'a' && (in[0] | 0x20) <= 'z')) {
		return 0;
	}
	for (i = 1; i < scheme_end; i++) {
		unsigned char c = (unsigned char)in[i];
		if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
			return 0;
		}
	}
	return 1;
}

void zc_ldap_escape(zc_buf *out, const char *in, size_t len)
{
	size_t i, run = 0;

	for (i = 0; i < len; i++) {
		const char *rep;
		switch (in[i]) {
			case '*': rep = "\\2a"; break;
			case '(': rep = "\\28"; break;
			case ')': rep = "\\29"; break;
			case '\\': rep = "\\5c"; break;
			case '\0': rep = "\\00"; break;
			default: continue;
		}
		zc_buf_append(out, in + run, i - run);
		zc_buf_append(out, rep, 3);
		run = i + 1;
	}
	zc_buf_append(out, in + run, len - run);
}
