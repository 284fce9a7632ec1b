/* Signed licence answers; see zc_license.h. */
#include "zc_license.h"
#include "zc_crypto.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

static const char *const names[] = {"valid", "invalid", "unlicensed", "expired", "suspended", "canceled"};

const char *zc_license_status_name(zc_license_status s)
{
	return (unsigned)s < sizeof(names) / sizeof(names[0]) ? names[s] : "invalid";
}

/* Strict base64 decoding; returns the decoded length or -1. */
static int b64_decode(const char *in, size_t len, unsigned char *out, size_t cap)
{
	int n, pad = 0;

	if (len == 0 || len % 4 != 0 || (len / 4) * 3 > cap + 2) {
		return -1;
	}
	n = EVP_DecodeBlock(out, (const unsigned char *)in, (int)len);
	if (n < 0) {
		return -1;
	}
	/* EVP_DecodeBlock counts padding as zero bytes. */
	if (in[len - 1] == '=') pad++;
	if (in[len - 2] == '=') pad++;
	return n - pad;
}

int zc_license_pubkey(const char *base64, unsigned char out[ZC_LICENSE_PUBKEY_LEN], zc_error *err)
{
	unsigned char buf[48];
	int n = b64_decode(base64, strlen(base64), buf, sizeof(buf));

	if (n != ZC_LICENSE_PUBKEY_LEN) {
		return zc_error_set(err, ZC_ERR_VALIDATION, "The licence public key must be 32 bytes of Ed25519 key in base64");
	}
	memcpy(out, buf, ZC_LICENSE_PUBKEY_LEN);
	return 1;
}

static int signature_ok(const unsigned char pubkey[ZC_LICENSE_PUBKEY_LEN], const char *msg, size_t msg_len,
		const unsigned char *sig, size_t sig_len)
{
	EVP_PKEY *key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, NULL, pubkey, ZC_LICENSE_PUBKEY_LEN);
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	int ok = 0;

	if (key && ctx && EVP_DigestVerifyInit(ctx, NULL, NULL, NULL, key) == 1) {
		ok = EVP_DigestVerify(ctx, sig, sig_len, (const unsigned char *)msg, msg_len) == 1;
	}
	EVP_MD_CTX_free(ctx);
	EVP_PKEY_free(key);
	return ok;
}

/* The value of " name=" in the line, copied into out (at most cap-1 bytes). */
static int field(const char *line, const char *name, char *out, size_t cap)
{
	char pat[32];
	const char *p, *end;
	size_t n;

	snprintf(pat, sizeof(pat), " %s=", name);
	p = strstr(line, pat);
	if (!p) {
		return 0;
	}
	p += strlen(pat);
	end = strchr(p, ' ');
	n = end ? (size_t)(end - p) : strlen(p);
	if (n == 0 || n >= cap) {
		return 0;
	}
	memcpy(out, p, n);
	out[n] = '\0';
	return 1;
}

int zc_license_verify(const unsigned char pubkey[ZC_LICENSE_PUBKEY_LEN], const char *answer, size_t len,
		const char *licence_key, size_t key_len, long long now, zc_license_answer *out, zc_error *err)
{
	const char *nl = memchr(answer, '\n', len);
	char line[512], sig_b64[128], key_hash[65], want_hash[65], status[16], num[24];
	unsigned char sig[96];
	size_t line_len, sig_len;
	int n, i;

	if (!nl || (line_len = (size_t)(nl - answer)) == 0 || line_len >= sizeof(line)) {
		return zc_error_set(err, ZC_ERR_RESPONSE, "The licence answer is not in the expected form");
	}
	memcpy(line, answer, line_len);
	line[line_len] = '\0';
	sig_len = len - line_len - 1;
	while (sig_len && (nl[sig_len] == '\n' || nl[sig_len] == '\r')) {
		sig_len--;
	}
	if (sig_len == 0 || sig_len >= sizeof(sig_b64)) {
		return zc_error_set(err, ZC_ERR_RESPONSE, "The licence answer is not signed");
	}
	memcpy(sig_b64, nl + 1, sig_len);
	sig_b64[sig_len] = '\0';
	n = b64_decode(sig_b64, sig_len, sig, sizeof(sig));
	if (n != 64 || !signature_ok(pubkey, line, line_len, sig, (size_t)n)) {
		return zc_error_set(err, ZC_ERR_RESPONSE, "The licence answer is not signed by the vendor's key");
	}
	if (strncmp(line, "zimbra-license v1 ", 18) != 0 || !field(line, "key", key_hash, sizeof(key_hash))
			|| !field(line, "status", status, sizeof(status))) {
		return zc_error_set(err, ZC_ERR_RESPONSE, "The licence answer is signed but not understood");
	}
	zc_sha256_hex(licence_key, key_len, want_hash);
	if (CRYPTO_memcmp(key_hash, want_hash, 64) != 0 || strlen(key_hash) != 64) {
		return zc_error_set(err, ZC_ERR_RESPONSE, "The licence answer is for another licence key");
	}
	out->status = ZC_LICENSE_INVALID;
	for (i = 0; i < (int)(sizeof(names) / sizeof(names[0])); i++) {
		if (strcmp(status, names[i]) == 0) {
			out->status = (zc_license_status)i;
		}
	}
	out->issued = field(line, "issued", num, sizeof(num)) ? atoll(num) : 0;
	out->expires = field(line, "expires", num, sizeof(num)) ? atoll(num) : 0;
	if (out->status == ZC_LICENSE_VALID && out->expires > 0 && now > out->expires) {
		out->status = ZC_LICENSE_EXPIRED;
	}
	return 1;
}
