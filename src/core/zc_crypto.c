/* Preauth HMAC, preauth keys and generated passwords; see zc_crypto.h. */
#include "zc_crypto.h"
#include "zc_buf.h"

#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

void zc_sha256_hex(const void *data, size_t len, char out[65])
{
	unsigned char md[32];
	unsigned int md_len = 0;

	EVP_Digest(data, len, md, &md_len, EVP_sha256(), NULL);
	zc_hex(md, 32, out);
}

void zc_hex(const unsigned char *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	size_t i;
	for (i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 0xF];
	}
	out[2 * n] = '\0';
}

int zc_preauth_hmac(const char *key, size_t key_len, const char *account, size_t account_len,
		const char *by, long long expires_ms, long long timestamp_ms, char *out, zc_error *err)
{
	zc_buf msg;
	char tail[64];
	unsigned char mac[EVP_MAX_MD_SIZE];
	unsigned int mac_len = 0;
	int ok;

	/* Values joined in the alphabetical order of their names: account, by, expires, timestamp. */
	zc_buf_init(&msg);
	zc_buf_append(&msg, account, account_len);
	zc_buf_putc(&msg, '|');
	zc_buf_puts(&msg, by);
	snprintf(tail, sizeof(tail), "|%lld|%lld", expires_ms, timestamp_ms);
	zc_buf_puts(&msg, tail);
	if (msg.oom) {
		zc_buf_free(&msg);
		return zc_error_set(err, ZC_ERR_NOMEM, "Out of memory");
	}
	/* The key is used as its hex text, not decoded (Java's key.getBytes()). */
	ok = HMAC(EVP_sha1(), key, (int)key_len, (const unsigned char *)msg.data, msg.len, mac, &mac_len) != NULL;
	zc_buf_free(&msg);
	if (!ok || mac_len != 20) {
		return zc_error_set(err, ZC_ERR_CRYPTO, "OpenSSL could not compute the preauth signature (HMAC-SHA1)");
	}
	zc_hex(mac, mac_len, out);
	OPENSSL_cleanse(mac, sizeof(mac));
	return 1;
}

int zc_generate_preauth_key(char *out, zc_error *err)
{
	unsigned char raw[32];

	if (RAND_bytes(raw, sizeof(raw)) != 1) {
		return zc_error_set(err, ZC_ERR_CRYPTO, "The system's random number generator failed");
	}
	zc_hex(raw, sizeof(raw), out);
	OPENSSL_cleanse(raw, sizeof(raw));
	return 1;
}

/* No 0/O, 1/l/I: passwords get read over the phone. */
static const char upper[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
static const char lower_[] = "abcdefghijkmnopqrstuvwxyz";
static const char digit[] = "23456789";
static const char symbol[] = "!#%+-=?@_~";

/* A uniform index below n, by rejection sampling (no modulo bias). */
static int uniform(size_t n, size_t *out)
{
	unsigned char b;
	unsigned limit = 256 - (256 % (unsigned)n);
	do {
		if (RAND_bytes(&b, 1) != 1) {
			return 0;
		}
	} while (b >= limit);
	*out = b % n;
	return 1;
}

int zc_generate_password(char *out, size_t len, zc_error *err)
{
	static const char *const classes[] = {upper, lower_, digit, symbol};
	char all[sizeof(upper) + sizeof(lower_) + sizeof(digit) + sizeof(symbol)];
	size_t i, j;
	char t0;

	if (len < 12 || len > 128) {
		return zc_error_set(err, ZC_ERR_VALIDATION, "A generated password must be 12 to 128 characters long");
	}
	snprintf(all, sizeof(all), "%s%s%s%s", upper, lower_, digit, symbol);
	for (i = 0; i < len; i++) {
		/* The first four positions take one of each class; a shuffle mixes them in. */
		const char *set = i < 4 ? classes[i] : all;
		if (!uniform(strlen(set), &j)) {
			goto failed;
		}
		out[i] = set[j];
	}
	for (i = len - 1; i > 0; i--) {
		char t;
		if (!uniform(i + 1, &j)) {
			goto failed;
		}
		t = out[i];
		out[i] = out[j];
		out[j] = t;
	}
	/*
	 * Never a symbol first: a spreadsheet reads a cell that starts with =, +, - or @ as a formula,
	 * and generated passwords end up in CSV files. The first letter or digit takes its place.
	 */
	if (strchr(symbol, out[0])) {
		for (i = 1; i < len && strchr(symbol, out[i]); i++) {
		}
		t0 = out[0];
		out[0] = out[i];
		out[i] = t0;
	}
	out[len] = '\0';
	return 1;
failed:
	OPENSSL_cleanse(out, len);
	return zc_error_set(err, ZC_ERR_CRYPTO, "The system's random number generator failed");
}
