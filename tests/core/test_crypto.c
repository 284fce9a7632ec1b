/* Preauth known answer, key and password generation. */
#include "zc_test.h"
#include "zc_crypto.h"

#include <ctype.h>

void test_crypto(void)
{
	char mac[ZC_HMAC_SHA1_HEX + 1], key1[ZC_PREAUTH_KEY_HEX + 1], key2[ZC_PREAUTH_KEY_HEX + 1];
	char pw[129];
	zc_error e;
	int i, round;
	const char *key = "6b7ead4bd425836e8cf0079cd6c1a05acc127acd07c8ee4b61023e19250e929c";

	zc_error_init(&e);
	TEST("The known answer from Zimbra's preauth.md.");
	CHECK(zc_preauth_hmac(key, strlen(key), "john.doe@domain.com", 19, "name", 0, 1135280708088LL, mac, &e));
	CHECK_STR(mac, "b248f6cfd027edd45c5369f8490125204772f844");

	TEST("Preauth keys: 64 lower-case hex digits, never the same twice.");
	CHECK(zc_generate_preauth_key(key1, &e) && zc_generate_preauth_key(key2, &e));
	CHECK(strlen(key1) == 64 && strcmp(key1, key2) != 0);
	for (i = 0; i < 64; i++) {
		CHECK(isxdigit((unsigned char)key1[i]) && !isupper((unsigned char)key1[i]));
	}

	TEST("Generated passwords: 16 characters with upper, lower, digit and symbol, none easily misread.");
	for (round = 0; round < 50; round++) {
		int up = 0, lo = 0, dg = 0, sy = 0;
		CHECK(zc_generate_password(pw, 16, &e));
		CHECK(strlen(pw) == 16);
		for (i = 0; pw[i]; i++) {
			up |= isupper((unsigned char)pw[i]) != 0;
			lo |= islower((unsigned char)pw[i]) != 0;
			dg |= isdigit((unsigned char)pw[i]) != 0;
			sy |= strchr("!#%+-=?@_~", pw[i]) != NULL;
			CHECK(strchr("0O1lI", pw[i]) == NULL);
		}
		CHECK(up && lo && dg && sy);
	}
	TEST("Never a symbol first (a spreadsheet would read =, +, - or @ as a formula): 2,000 of each length.");
	{
		int symbol_first = 0, failed = 0;
		size_t len;
		for (len = 12; len <= 20; len += 4) {
			for (round = 0; round < 2000; round++) {
				failed += !zc_generate_password(pw, len, &e);
				symbol_first += strchr("!#%+-=?@_~", pw[0]) != NULL;
			}
		}
		CHECK(failed == 0);
		CHECK(symbol_first == 0);
	}
	TEST("A password shorter than 12 is refused.");
	CHECK(!zc_generate_password(pw, 8, &e));
	CHECK(e.kind == ZC_ERR_VALIDATION);
}
