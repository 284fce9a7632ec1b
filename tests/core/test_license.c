/* Signed licence answers: good, forged, for another key, expired, malformed. */
#include "zc_test.h"
#include "zc_license.h"

#include <openssl/evp.h>

static EVP_PKEY *keypair(unsigned char pub[32])
{
	EVP_PKEY *k = NULL;
	EVP_PKEY_CTX *c = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, NULL);
	size_t n = 32;

	EVP_PKEY_keygen_init(c);
	EVP_PKEY_keygen(c, &k);
	EVP_PKEY_CTX_free(c);
	EVP_PKEY_get_raw_public_key(k, pub, &n);
	return k;
}

/* line + "\n" + base64(signature) */
static void sign(EVP_PKEY *k, const char *line, char *out)
{
	unsigned char sig[64];
	size_t n = sizeof(sig);
	EVP_MD_CTX *c = EVP_MD_CTX_new();

	EVP_DigestSignInit(c, NULL, NULL, NULL, k);
	EVP_DigestSign(c, sig, &n, (const unsigned char *)line, strlen(line));
	EVP_MD_CTX_free(c);
	strcpy(out, line);
	strcat(out, "\n");
	EVP_EncodeBlock((unsigned char *)out + strlen(out), sig, (int)n);
}

void test_license(void)
{
	unsigned char pub[32], other_pub[32], decoded[32];
	EVP_PKEY *k = keypair(pub), *other = keypair(other_pub);
	char answer[1024], b64[64];
	zc_license_answer a;
	zc_error e;
	char line[512];
	unsigned char md[32];
	unsigned int md_len;
	char hex[65];
	int i;

	EVP_Digest("KEY-123", 7, md, &md_len, EVP_sha256(), NULL);
	for (i = 0; i < 32; i++) {
		snprintf(hex + 2 * i, 3, "%02x", md[i]);
	}
	zc_error_init(&e);

	snprintf(line, sizeof(line), "zimbra-license v1 key=%s status=valid issued=1000 expires=0", hex);
	sign(k, line, answer);
	CHECK(zc_license_verify(pub, answer, strlen(answer), "KEY-123", 7, 2000, &a, &e));
	CHECK(a.status == ZC_LICENSE_VALID && a.issued == 1000 && a.expires == 0);
	CHECK_STR(zc_license_status_name(a.status), "valid");

	TEST("Another vendor key, another licence key, a changed line.");
	CHECK(!zc_license_verify(other_pub, answer, strlen(answer), "KEY-123", 7, 2000, &a, &e));
	CHECK_CONTAINS(e.message, "not signed by the vendor");
	CHECK(!zc_license_verify(pub, answer, strlen(answer), "KEY-124", 7, 2000, &a, &e));
	CHECK_CONTAINS(e.message, "another licence key");
	answer[strlen("zimbra-license v1 key=") + 64 + 8] = 'X';  /* status=valid -> status=Xalid */
	CHECK(!zc_license_verify(pub, answer, strlen(answer), "KEY-123", 7, 2000, &a, &e));

	TEST("Expiry turns valid into expired; other statuses come through.");
	snprintf(line, sizeof(line), "zimbra-license v1 key=%s status=valid issued=1000 expires=1500", hex);
	sign(k, line, answer);
	CHECK(zc_license_verify(pub, answer, strlen(answer), "KEY-123", 7, 2000, &a, &e) && a.status == ZC_LICENSE_EXPIRED);
	CHECK(zc_license_verify(pub, answer, strlen(answer), "KEY-123", 7, 1200, &a, &e) && a.status == ZC_LICENSE_VALID);
	snprintf(line, sizeof(line), "zimbra-license v1 key=%s status=suspended issued=1 expires=0", hex);
	sign(k, line, answer);
	CHECK(zc_license_verify(pub, answer, strlen(answer), "KEY-123", 7, 2000, &a, &e) && a.status == ZC_LICENSE_SUSPENDED);

	TEST("Malformed.");
	CHECK(!zc_license_verify(pub, "no newline", 10, "KEY-123", 7, 0, &a, &e));
	CHECK(!zc_license_verify(pub, "line\n", 5, "KEY-123", 7, 0, &a, &e));
	CHECK(!zc_license_verify(pub, "line\n!!!!", 9, "KEY-123", 7, 0, &a, &e));

	TEST("Public key decoding.");
	EVP_EncodeBlock((unsigned char *)b64, pub, 32);
	CHECK(zc_license_pubkey(b64, decoded, &e) && memcmp(decoded, pub, 32) == 0);
	CHECK(!zc_license_pubkey("c2hvcnQ=", decoded, &e));
	EVP_PKEY_free(k);
	EVP_PKEY_free(other);
}
