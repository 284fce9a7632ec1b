/*
 * libFuzzer target: a zimbraNotes value, as any Zimbra (or anyone with admin rights) may have
 * written it, read by zc_attempt_marks and zc_attempt_by. Whatever the bytes, both read only
 * within them, and a note marks an attempt only if it is that attempt's note, with or without
 * its time, and is then a note of its maker too.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zc_attempt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char maker[] = "zimbra-admin import", id[] = "0a1b2c3d4e5f";
	char note[ZC_ATTEMPT_NOTE_MAX], *copy = malloc(size ? size : 1);
	size_t n;
	int marks, by;

	if (!copy) {
		return 0;
	}
	/* An exact copy, so ASan sees any read past the value's end. */
	memcpy(copy, data, size);
	marks = zc_attempt_marks(copy, size, maker, id);
	by = zc_attempt_by(copy, size, maker);
	if (marks && !by) {
		abort();  /* this attempt's note is a note of its maker */
	}
	n = zc_attempt_note(note, maker, id, -1);
	if (marks && !(size == n ? memcmp(copy, note, n) == 0 : size >= n + 4 && memcmp(copy, note, n) == 0
			&& memcmp(copy + n, " at ", 4) == 0)) {
		abort();  /* marked by something that is not the note */
	}
	free(copy);
	return 0;
}
