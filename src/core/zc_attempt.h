/*
 * zc_attempt: the note a new domain or mailbox carries in zimbraNotes, naming the attempt that
 * made it, so that when the reply to a create is lost Zimbra can be asked whether this very
 * attempt made the object ("settling"): "<maker> attempt <id>", then " at <YYYY-MM-DD hh:mm:ss>
 * UTC" when the time is known. The maker says who creates (the Blesta module, the CLI's import),
 * the id (12 hex digits, random) which attempt; a note with or without its time marks the attempt.
 */
#ifndef ZC_ATTEMPT_H
#define ZC_ATTEMPT_H

#include <stddef.h>

#include "zc_error.h"

#define ZC_ATTEMPT_ID_HEX    12
#define ZC_ATTEMPT_MAKER_MAX 64
/* maker, " attempt ", id, " at YYYY-MM-DD hh:mm:ss UTC", NUL */
#define ZC_ATTEMPT_NOTE_MAX  (ZC_ATTEMPT_MAKER_MAX + 9 + ZC_ATTEMPT_ID_HEX + 27 + 1)

/* 1 to 64 bytes of printable UTF-8, not starting or ending with a space. */
int zc_attempt_valid_maker(const char *maker, size_t len);

/* 12 lower-case hexadecimal digits. */
int zc_attempt_valid_id(const char *id, size_t len);

/* A new random id (OpenSSL's generator), NUL-terminated. */
int zc_attempt_new_id(char out[ZC_ATTEMPT_ID_HEX + 1], zc_error *err);

/*
 * The note, NUL-terminated, into out (ZC_ATTEMPT_NOTE_MAX bytes); its time from unix_seconds,
 * or none when that is negative. Returns its length.
 */
size_t zc_attempt_note(char out[ZC_ATTEMPT_NOTE_MAX], const char *maker, const char *id, long long unix_seconds);

/* A note of this attempt (maker and id), with or without its time. */
int zc_attempt_marks(const char *note, size_t len, const char *maker, const char *id);

/* A note of some attempt of this maker: "<maker> attempt " and a well-formed id. */
int zc_attempt_by(const char *note, size_t len, const char *maker);

#endif
