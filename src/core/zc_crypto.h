/*
 * zc_crypto: OpenSSL-backed secrets: preauth HMACs, preauth keys, passwords.
 */
#ifndef ZC_CRYPTO_H
#define ZC_CRYPTO_H

#include <stddef.h>

#include "zc_error.h"

#define ZC_PREAUTH_KEY_HEX 64
#define ZC_HMAC_SHA1_HEX 40

/*
 * Zimbra's preauth value: HMAC-SHA1 over "account|by|expires|timestamp"
 * keyed with the ASCII bytes of the domain's hex key, as lower-case hex.
 * out must hold ZC_HMAC_SHA1_HEX + 1 bytes.
 */
int zc_preauth_hmac(const char *key, size_t key_len, const char *account, size_t account_len,
		const char *by, long long expires_ms, long long timestamp_ms, char *out, zc_error *err);

/* Lower-case hex of n bytes; out holds 2n + 1 bytes. */
void zc_hex(const unsigned char *in, size_t n, char *out);

/* SHA-256 of data as 64 lower-case hex characters; out holds 65 bytes. */
void zc_sha256_hex(const void *data, size_t len, char out[65]);

/* 32 random bytes as 64 lower-case hex characters (what `zmprov gdpak` makes). out: 65 bytes. */
int zc_generate_preauth_key(char *out, zc_error *err);

/*
 * A random password of len characters from a CSPRNG, with at least one
 * upper-case letter, one lower-case letter, one digit and one symbol, and no
 * look-alike characters. len must be 12..128. out: len + 1 bytes.
 */
int zc_generate_password(char *out, size_t len, zc_error *err);

#endif
