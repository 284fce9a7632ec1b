#include "zc_attempt.h"
#include "zc_crypto.h"
#include "zc_utf8.h"

#include <stdio.h>
#include <string.h>

#include <openssl/rand.h>

static const char word[] = " attempt ";

int zc_attempt_valid_maker(const char *maker, size_t len)
{
	return len >= 1 && len <= ZC_ATTEMPT_MAKER_MAX && maker[0] != ' ' && maker[len - 1] != ' '
		&& memchr(maker, '\0', len) == NULL && zc_utf8_is_printable(maker, len);
}

int zc_attempt_valid_id(const char *id, size_t len)
{
	size_t i;
	if (len != ZC_ATTEMPT_ID_HEX) {
		return 0;
	}
	for (i = 0; i < len; i++) {
		if (!((id[i] >= '0' && id[i] <= '9') || (id[i] >= 'a' && id[i] <= 'f'))) {
			return 0;
		}
	}
	return 1;
}

int zc_attempt_new_id(char out[ZC_ATTEMPT_ID_HEX + 1], zc_error *err)
{
	unsigned char raw[ZC_ATTEMPT_ID_HEX / 2];
	if (RAND_bytes(raw, sizeof(raw)) != 1) {
		return zc_error_set(err, ZC_ERR_CRYPTO, "The system's random number generator failed");
	}
	zc_hex(raw, sizeof(raw), out);
	return 1;
}

/* Seconds since 1970 as a UTC calendar time (days to civil date: H. Hinnant's algorithm), no libc time zone. */
static void utc_time(long long t, char out[32])
{
	long long days = t / 86400, rem = t % 86400, era, year;
	unsigned doe, yoe, doy, mp, day, month;

	if (rem < 0) {
		rem += 86400;
		days--;
	}
	days += 719468;
	era = (days >= 0 ? days : days - 146096) / 146097;
	doe = (unsigned)(days - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	day = doy - (153 * mp + 2) / 5 + 1;
	month = mp < 10 ? mp + 3 : mp - 9;
	year = (long long)yoe + era * 400 + (month <= 2);
	snprintf(out, 32, "%04lld-%02u-%02u %02d:%02d:%02d", year % 10000, month, day, (int)(rem / 3600), (int)(rem % 3600 / 60),
		(int)(rem % 60));
}

size_t zc_attempt_note(char out[ZC_ATTEMPT_NOTE_MAX], const char *maker, const char *id, long long unix_seconds)
{
	int n;
	if (unix_seconds >= 0) {
		char at[32];
		utc_time(unix_seconds, at);
		n = snprintf(out, ZC_ATTEMPT_NOTE_MAX, "%s%s%s at %s UTC", maker, word, id, at);
	} else {
		n = snprintf(out, ZC_ATTEMPT_NOTE_MAX, "%s%s%s", maker, word, id);
	}
	return n < 0 ? 0 : ((size_t)n >= ZC_ATTEMPT_NOTE_MAX ? ZC_ATTEMPT_NOTE_MAX - 1 : (size_t)n);
}

/* Length of "<maker> attempt " when note starts with it, else 0. */
static size_t maker_prefix(const char *note, size_t len, const char *maker)
{
	size_t m = strlen(maker), w = sizeof(word) - 1;
	if (len < m + w || memcmp(note, maker, m) != 0 || memcmp(note + m, word, w) != 0) {
		return 0;
	}
	return m + w;
}

int zc_attempt_marks(const char *note, size_t len, const char *maker, const char *id)
{
	size_t p = maker_prefix(note, len, maker);
	if (p == 0 || len < p + ZC_ATTEMPT_ID_HEX || memcmp(note + p, id, ZC_ATTEMPT_ID_HEX) != 0) {
		return 0;
	}
	p += ZC_ATTEMPT_ID_HEX;
	/* Nothing after the id, or its time: never a longer id that starts the same. */
	return p == len || (len - p >= 4 && memcmp(note + p, " at ", 4) == 0);
}

int zc_attempt_by(const char *note, size_t len, const char *maker)
{
	size_t p = maker_prefix(note, len, maker);
	return p != 0 && len >= p + ZC_ATTEMPT_ID_HEX && zc_attempt_valid_id(note + p, ZC_ATTEMPT_ID_HEX)
		&& (len == p + ZC_ATTEMPT_ID_HEX || note[p + ZC_ATTEMPT_ID_HEX] == ' ');
}
