/* The attempt note a create carries in zimbraNotes, and how a lost reply is settled by it. */
#include "zc_test.h"
#include "zc_attempt.h"

void test_attempt(void)
{
	char note[ZC_ATTEMPT_NOTE_MAX], id[ZC_ATTEMPT_ID_HEX + 1], other[ZC_ATTEMPT_ID_HEX + 1];
	char long_maker[ZC_ATTEMPT_MAKER_MAX + 2];
	zc_error e;
	size_t n;

	zc_error_init(&e);
	TEST("The note names the maker, the attempt and its time in UTC, calendar edges included.");
	n = zc_attempt_note(note, "zimbra-admin import", "0a1b2c3d4e5f", 1135280708LL);
	CHECK_STR(note, "zimbra-admin import attempt 0a1b2c3d4e5f at 2005-12-22 19:45:08 UTC");
	CHECK(n == strlen(note));
	zc_attempt_note(note, "Provisioned by Blesta:", "0a1b2c3d4e5f", 951782400LL);
	CHECK_STR(note, "Provisioned by Blesta: attempt 0a1b2c3d4e5f at 2000-02-29 00:00:00 UTC");
	zc_attempt_note(note, "m", "0a1b2c3d4e5f", 4102444799LL);
	CHECK_STR(note, "m attempt 0a1b2c3d4e5f at 2099-12-31 23:59:59 UTC");
	zc_attempt_note(note, "zimbra-admin import", "0a1b2c3d4e5f", -1);
	CHECK_STR(note, "zimbra-admin import attempt 0a1b2c3d4e5f");

	TEST("Only this attempt's note marks it: with or without its time, never another id or maker.");
	zc_attempt_note(note, "zimbra-admin import", "0a1b2c3d4e5f", 1135280708LL);
	CHECK(zc_attempt_marks(note, strlen(note), "zimbra-admin import", "0a1b2c3d4e5f"));
	CHECK(zc_attempt_marks("zimbra-admin import attempt 0a1b2c3d4e5f", 40, "zimbra-admin import", "0a1b2c3d4e5f"));
	CHECK(!zc_attempt_marks(note, strlen(note), "zimbra-admin import", "0a1b2c3d4e5e"));
	CHECK(!zc_attempt_marks(note, strlen(note), "zimbra-admin", "0a1b2c3d4e5f"));
	CHECK(!zc_attempt_marks("zimbra-admin import attempt 0a1b2c3d4e5f0", 41, "zimbra-admin import", "0a1b2c3d4e5f"));
	CHECK(!zc_attempt_marks("zimbra-admin import attempt 0a1b2c3d4e", 36, "zimbra-admin import", "0a1b2c3d4e5f"));
	CHECK(!zc_attempt_marks("", 0, "zimbra-admin import", "0a1b2c3d4e5f"));

	TEST("A note of any attempt of the maker is told from one written by hand.");
	CHECK(zc_attempt_by(note, strlen(note), "zimbra-admin import"));
	CHECK(zc_attempt_by("Provisioned by Blesta: attempt 0a1b2c3d4e5f at 2000-02-29 00:00:00 UTC", 70, "Provisioned by Blesta:"));
	CHECK(!zc_attempt_by("Provisioned by Blesta: attempt soon", 35, "Provisioned by Blesta:"));
	CHECK(!zc_attempt_by("Provisioned by hand", 19, "Provisioned by Blesta:"));
	CHECK(!zc_attempt_by(note, strlen(note), "Provisioned by Blesta:"));

	TEST("Ids are 12 lower-case hex digits, new ones random; makers are short printable text.");
	CHECK(zc_attempt_new_id(id, &e) && zc_attempt_new_id(other, &e));
	CHECK(zc_attempt_valid_id(id, strlen(id)) && strcmp(id, other) != 0);
	CHECK(!zc_attempt_valid_id("0A1B2C3D4E5F", 12) && !zc_attempt_valid_id("0a1b2c3d4e5", 11) && !zc_attempt_valid_id("0a1b2c3d4e5g", 12));
	CHECK(zc_attempt_valid_maker("Provisioned by Blesta:", 22));
	CHECK(!zc_attempt_valid_maker("", 0) && !zc_attempt_valid_maker(" x", 2) && !zc_attempt_valid_maker("x ", 2));
	CHECK(!zc_attempt_valid_maker("a\nb", 3) && !zc_attempt_valid_maker("a\0b", 3) && !zc_attempt_valid_maker("\xff", 1));
	memset(long_maker, 'm', sizeof(long_maker) - 1);
	long_maker[sizeof(long_maker) - 1] = '\0';
	CHECK(!zc_attempt_valid_maker(long_maker, strlen(long_maker)));
	CHECK(zc_attempt_valid_maker(long_maker, ZC_ATTEMPT_MAKER_MAX));
	zc_attempt_note(note, long_maker + 1, "0a1b2c3d4e5f", 4102444799LL);
	CHECK(strlen(note) == ZC_ATTEMPT_NOTE_MAX - 1);
}
