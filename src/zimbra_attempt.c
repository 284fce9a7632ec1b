/*
 * Zimbra\Attempt: one attempt at creating a domain, mailbox or list, as the note it leaves in
 * zimbraNotes (zc_attempt). When the reply to the create is lost, reading the object back with
 * zimbraNotes tells whether this attempt made it (madeIt()), or an earlier one of the same maker
 * (otherAttempt()), or something else. The Blesta module and the CLI's import both settle their
 * creates with it, so the note and its reading exist once.
 */
#include "php.h"

#include "zimbra_attempt.h"
#include "zimbra_exceptions.h"
#include "zimbra_values.h"
#include "core/zc_attempt.h"
#include "core/zc_platform.h"
#include "zimbra_attempt_arginfo.h"  /* the class registration, from zimbra_attempt.stub.php */

zend_class_entry *php_zimbra_attempt_ce;

static zend_string *str_prop(zval *self, const char *name, size_t len)
{
	zval rv, *v = zend_read_property(php_zimbra_attempt_ce, Z_OBJ_P(self), name, len, 1, &rv);
	return v && Z_TYPE_P(v) == IS_STRING ? Z_STR_P(v) : NULL;
}

ZEND_METHOD(Zimbra_Attempt, __construct)
{
	zend_string *maker, *id = NULL;
	char fresh[ZC_ATTEMPT_ID_HEX + 1], note[ZC_ATTEMPT_NOTE_MAX];
	const char *use_id;
	size_t note_len;
	zc_error err;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(maker)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(id)
	ZEND_PARSE_PARAMETERS_END();

	if (str_prop(ZEND_THIS, ZEND_STRL("note"))) {
		zend_throw_error(NULL, "Zimbra\\Attempt is already constructed");
		RETURN_THROWS();
	}
	if (!zc_attempt_valid_maker(ZSTR_VAL(maker), ZSTR_LEN(maker))) {
		zend_argument_value_error(1, "must be 1 to %d bytes of printable UTF-8, not starting or ending with a space", ZC_ATTEMPT_MAKER_MAX);
		RETURN_THROWS();
	}
	if (id && !zc_attempt_valid_id(ZSTR_VAL(id), ZSTR_LEN(id))) {
		zend_argument_value_error(2, "must be an attempt id: %d lower-case hexadecimal digits", ZC_ATTEMPT_ID_HEX);
		RETURN_THROWS();
	}
	zc_error_init(&err);
	if (!id && !zc_attempt_new_id(fresh, &err)) {
		php_zimbra_throw(&err, false);  /* Zimbra\CryptoException: the system's generator failed */
		RETURN_THROWS();
	}
	use_id = id ? ZSTR_VAL(id) : fresh;
	/* A new attempt's note says when; an earlier one named by its id is known without its time. */
	note_len = zc_attempt_note(note, ZSTR_VAL(maker), use_id, id ? -1 : zc_wall_ms() / 1000);
	zend_update_property_str(php_zimbra_attempt_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("maker"), maker);
	zend_update_property_stringl(php_zimbra_attempt_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("id"), use_id, ZC_ATTEMPT_ID_HEX);
	zend_update_property_stringl(php_zimbra_attempt_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("note"), note, note_len);
}

ZEND_METHOD(Zimbra_Attempt, tag)
{
	HashTable *attrs;
	zend_string *note = str_prop(ZEND_THIS, ZEND_STRL("note"));
	zend_string *key;
	zval v;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(attrs)
	ZEND_PARSE_PARAMETERS_END();

	if (!note) {
		zend_throw_error(NULL, "Zimbra\\Attempt was not constructed");
		RETURN_THROWS();
	}
	/* Attribute names are case-insensitive in Zimbra: a second zimbraNotes would hide the attempt. */
	ZEND_HASH_FOREACH_STR_KEY(attrs, key) {
		if (key && zend_string_equals_literal_ci(key, "zimbraNotes")) {
			zend_argument_value_error(1, "must not set zimbraNotes: the attempt's note goes there");
			RETURN_THROWS();
		}
	} ZEND_HASH_FOREACH_END();
	RETVAL_ARR(zend_array_dup(attrs));
	ZVAL_STR_COPY(&v, note);
	zend_hash_str_update(Z_ARRVAL_P(return_value), ZEND_STRL("zimbraNotes"), &v);
}

/* The entry's zimbraNotes values (a list of strings), or NULL. */
static HashTable *notes_of(zend_object *entry)
{
	zval rv, *attrs = zend_read_property(php_zimbra_entry_ce, entry, ZEND_STRL("attrs"), 1, &rv), *list;
	if (!attrs || Z_TYPE_P(attrs) != IS_ARRAY) {
		return NULL;
	}
	list = zend_hash_str_find(Z_ARRVAL_P(attrs), ZEND_STRL("zimbraNotes"));
	return list && Z_TYPE_P(list) == IS_ARRAY ? Z_ARRVAL_P(list) : NULL;
}

/* The first of the entry's notes that is this attempt's, or with other, another attempt's of the same maker; NULL when none. */
static zval *find_note(zval *self, zend_object *entry, bool other)
{
	zend_string *maker = str_prop(self, ZEND_STRL("maker")), *id = str_prop(self, ZEND_STRL("id"));
	HashTable *notes;
	zval *v;

	if (!entry || !maker || !id || !(notes = notes_of(entry))) {
		return NULL;
	}
	ZEND_HASH_FOREACH_VAL(notes, v) {
		bool mine;
		if (Z_TYPE_P(v) != IS_STRING) {
			continue;
		}
		mine = zc_attempt_marks(Z_STRVAL_P(v), Z_STRLEN_P(v), ZSTR_VAL(maker), ZSTR_VAL(id));
		if (other ? !mine && zc_attempt_by(Z_STRVAL_P(v), Z_STRLEN_P(v), ZSTR_VAL(maker)) : mine) {
			return v;
		}
	} ZEND_HASH_FOREACH_END();
	return NULL;
}

ZEND_METHOD(Zimbra_Attempt, madeIt)
{
	zend_object *entry = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJ_OF_CLASS_OR_NULL(entry, php_zimbra_entry_ce)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(find_note(ZEND_THIS, entry, false) != NULL);
}

ZEND_METHOD(Zimbra_Attempt, otherAttempt)
{
	zend_object *entry = NULL;
	zval *note;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJ_OF_CLASS_OR_NULL(entry, php_zimbra_entry_ce)
	ZEND_PARSE_PARAMETERS_END();

	if (!(note = find_note(ZEND_THIS, entry, true))) {
		RETURN_NULL();
	}
	RETURN_STR_COPY(Z_STR_P(note));
}

void php_zimbra_attempt_init_ce(void)
{
	php_zimbra_attempt_ce = register_class_Zimbra_Attempt();
}
