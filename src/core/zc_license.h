/*
 * zc_license: verifying the vendor's signed licence answers (Ed25519, OpenSSL).
 *
 * The licence server answers with two lines:
 *   zimbra-license v1 key=<sha256 hex of the licence key> status=<status> issued=<unix> expires=<unix or 0>
 *   <base64 Ed25519 signature of the first line, without its newline>
 * Only an answer signed with the vendor's key, for this licence key, counts.
 * The same answer is what a caller caches, so a cache edited by hand fails
 * the same check.
 */
#ifndef ZC_LICENSE_H
#define ZC_LICENSE_H

#include <stddef.h>

#include "zc_error.h"

#define ZC_LICENSE_PUBKEY_LEN 32

typedef enum {
	ZC_LICENSE_VALID = 0,
	ZC_LICENSE_INVALID,
	ZC_LICENSE_UNLICENSED,
	ZC_LICENSE_EXPIRED,
	ZC_LICENSE_SUSPENDED,
	ZC_LICENSE_CANCELED
} zc_license_status;

typedef struct {
	zc_license_status status;
	long long         issued;   /* unix seconds */
	long long         expires;  /* unix seconds, 0 = never */
} zc_license_answer;

const char *zc_license_status_name(zc_license_status s);

/* Decode a base64 public key of exactly 32 bytes. */
int zc_license_pubkey(const char *base64, unsigned char out[ZC_LICENSE_PUBKEY_LEN], zc_error *err);

/*
 * Check a signed answer for licence_key against the vendor key. On success the
 * answer's status (an expired date turns a valid answer into EXPIRED at now).
 * Fails (ZC_ERR_RESPONSE) for anything unsigned, forged, malformed or for
 * another key.
 */
int zc_license_verify(const unsigned char pubkey[ZC_LICENSE_PUBKEY_LEN], const char *answer, size_t len,
		const char *licence_key, size_t key_len, long long now, zc_license_answer *out, zc_error *err);

#endif
