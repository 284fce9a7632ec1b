/*
 * Value objects. Properties are readonly and set once here, from the reply.
 * Attribute values are kept as Zimbra sent them (strings, every value of a
 * multi-valued attribute, in order); the typed getters interpret them.
 */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/spl/spl_array.h"

#include "zimbra_values.h"
#include "core/zc_admin.h"
#include "zimbra_values_arginfo.h"  /* the class registration, from zimbra_values.stub.php */

zend_class_entry *php_zimbra_entry_ce;
zend_class_entry *php_zimbra_domain_ce;
zend_class_entry *php_zimbra_account_ce;
zend_class_entry *php_zimbra_dl_ce;
zend_class_entry *php_zimbra_cos_ce;
zend_class_entry *php_zimbra_alias_ce;
zend_class_entry *php_zimbra_calresource_ce;
zend_class_entry *php_zimbra_server_ce;
zend_class_entry *php_zimbra_quota_usage_ce;
zend_class_entry *php_zimbra_search_result_ce;

/* ---- Account keeps a generated password outside its properties ---------- */

typedef struct {
	zend_string *generated_password;
	zend_object  std;
} php_zimbra_account;

static zend_object_handlers account_handlers;

static inline php_zimbra_account *account_from_obj(zend_object *obj)
{
	return (php_zimbra_account *)((char *)obj - XtOffsetOf(php_zimbra_account, std));
}

static zend_object *account_new(zend_class_entry *ce)
{
	php_zimbra_account *a = zend_object_alloc(sizeof(php_zimbra_account), ce);

	zend_object_std_init(&a->std, ce);
	object_properties_init(&a->std, ce);
	a->std.handlers = &account_handlers;
	a->generated_password = NULL;
	return &a->std;
}

static void wipe_password(php_zimbra_account *a)
{
	if (a->generated_password) {
		ZEND_SECURE_ZERO(ZSTR_VAL(a->generated_password), ZSTR_LEN(a->generated_password));
		zend_string_release(a->generated_password);
		a->generated_password = NULL;
	}
}

static void account_free(zend_object *obj)
{
	wipe_password(account_from_obj(obj));
	zend_object_std_dtor(obj);
}

/* A clone must not carry the secret along: only the original can hand it out. */
static zend_object *account_clone(zend_object *old)
{
	zend_object *copy = account_new(old->ce);
	zend_objects_clone_members(copy, old);
	return copy;
}

/*
 * Property slots of the hot path, resolved once: entry_init runs for every
 * listed account, and a direct slot write costs a fraction of
 * zend_update_property (no name lookup, no scope or readonly check).
 */
static uint32_t slot_id, slot_name, slot_attrs, slot_matched_alias;

static uint32_t prop_slot(zend_class_entry *ce, const char *name)
{
	zend_property_info *pi = zend_hash_str_find_ptr(&ce->properties_info, name, strlen(name));

	ZEND_ASSERT(pi && !(pi->flags & ZEND_ACC_STATIC));
	return pi->offset;
}

/* A slot of an object just made: still unset, so nothing to release or check. */
static zend_always_inline zval *fresh_slot(zend_object *obj, uint32_t offset)
{
	zval *slot = OBJ_PROP(obj, offset);

	ZEND_ASSERT(Z_TYPE_P(slot) == IS_UNDEF);
	Z_PROP_FLAG_P(slot) = 0;  /* initialised: no longer "uninit" for __get */
	return slot;
}

void php_zimbra_values_init_ce(void)
{
	php_zimbra_entry_ce = register_class_Zimbra_Entry();
	php_zimbra_domain_ce = register_class_Zimbra_Domain(php_zimbra_entry_ce);
	php_zimbra_account_ce = register_class_Zimbra_Account(php_zimbra_entry_ce);
	php_zimbra_dl_ce = register_class_Zimbra_DistributionList(php_zimbra_entry_ce);
	php_zimbra_cos_ce = register_class_Zimbra_Cos(php_zimbra_entry_ce);
	php_zimbra_alias_ce = register_class_Zimbra_Alias(php_zimbra_entry_ce);
	php_zimbra_calresource_ce = register_class_Zimbra_CalendarResource(php_zimbra_entry_ce);
	php_zimbra_server_ce = register_class_Zimbra_Server(php_zimbra_entry_ce);
	php_zimbra_quota_usage_ce = register_class_Zimbra_QuotaUsage();
	php_zimbra_search_result_ce = register_class_Zimbra_SearchResult(zend_ce_aggregate, zend_ce_countable);
	slot_id = prop_slot(php_zimbra_account_ce, "id");
	slot_name = prop_slot(php_zimbra_account_ce, "name");
	slot_attrs = prop_slot(php_zimbra_account_ce, "attrs");
	slot_matched_alias = prop_slot(php_zimbra_account_ce, "matchedAlias");
	php_zimbra_account_ce->create_object = account_new;
	memcpy(&account_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	account_handlers.offset = XtOffsetOf(php_zimbra_account, std);
	account_handlers.free_obj = account_free;
	account_handlers.clone_obj = account_clone;
}

/* ---- building entries ---------------------------------------------------- */

zend_long php_zimbra_long_value(const char *s)
{
	zend_long v = 0;
	if (s && *s) {
		v = ZEND_STRTOL(s, NULL, 10);
	}
	return v;
}

static void set_prop_str(zend_class_entry *scope, zval *obj, const char *name, const char *value)
{
	zend_update_property_string(scope, Z_OBJ_P(obj), name, strlen(name), value ? value : "");
}

/* attrs: name => list of values, in reply order. */
static void attrs_from_node(const zc_node *n, zval *attrs)
{
	const zc_node *c;

	array_init(attrs);
	for (c = n->first_child; c; c = c->next) {
		const char *name;
		zval *list;

		if (strcmp(c->name, "a") != 0 || !(name = zc_node_attr(c, "n"))) {
			continue;
		}
		/* Symtable: a name the server sends as "123" is then found as $attrs['123'], as PHP keys work. */
		list = zend_symtable_str_find(Z_ARRVAL_P(attrs), name, strlen(name));
		if (!list) {
			zval fresh;
			array_init(&fresh);
			list = zend_symtable_str_update(Z_ARRVAL_P(attrs), name, strlen(name), &fresh);
		}
		if (zc_is_secret_attr(name)) {
			add_next_index_string(list, "VALUE-BLOCKED");
		} else {
			add_next_index_stringl(list, zc_node_text(c), c->text_len);
		}
	}
}

static void entry_init(zend_class_entry *ce, const zc_node *n, zval *out, zend_string *matched_alias)
{
	const char *id = zc_node_attr(n, "id"), *name = zc_node_attr(n, "name");
	zend_object *obj;

	object_init_ex(out, ce);
	obj = Z_OBJ_P(out);
	/* id, name and attrs are Entry's, at the same slots in every subclass. */
	ZVAL_STRING(fresh_slot(obj, slot_id), id ? id : "");
	ZVAL_STRING(fresh_slot(obj, slot_name), name ? name : "");
	attrs_from_node(n, fresh_slot(obj, slot_attrs));

	if (ce == php_zimbra_account_ce) {
		zval *slot = fresh_slot(obj, slot_matched_alias);
		if (matched_alias) {
			ZVAL_STR_COPY(slot, matched_alias);
		} else {
			ZVAL_NULL(slot);
		}
	} else if (ce == php_zimbra_dl_ce) {
		const zc_node *c;
		const char *dynamic = zc_node_attr(n, "dynamic");
		zval members;

		array_init(&members);
		for (c = n->first_child; c; c = c->next) {
			if (strcmp(c->name, "dlm") == 0) {
				add_next_index_stringl(&members, zc_node_text(c), c->text_len);
			}
		}
		zend_update_property(ce, Z_OBJ_P(out), ZEND_STRL("members"), &members);
		zval_ptr_dtor(&members);
		zend_update_property_bool(ce, Z_OBJ_P(out), ZEND_STRL("dynamic"),
			dynamic && (strcmp(dynamic, "1") == 0 || strcmp(dynamic, "true") == 0));
	} else if (ce == php_zimbra_alias_ce) {
		set_prop_str(ce, out, "targetName", zc_node_attr(n, "targetName"));
		set_prop_str(ce, out, "targetType", zc_node_attr(n, "type"));
	}
}

void php_zimbra_entry_from_node(zend_class_entry *ce, const zc_node *n, zval *out)
{
	entry_init(ce, n, out, NULL);
}

void php_zimbra_account_from_node(const zc_node *n, zend_string *matched_alias, zval *out)
{
	entry_init(php_zimbra_account_ce, n, out, matched_alias);
}

zend_class_entry *php_zimbra_entry_class_for(const char *element)
{
	if (strcmp(element, "account") == 0) return php_zimbra_account_ce;
	if (strcmp(element, "dl") == 0 || strcmp(element, "group") == 0) return php_zimbra_dl_ce;
	if (strcmp(element, "alias") == 0) return php_zimbra_alias_ce;
	if (strcmp(element, "domain") == 0) return php_zimbra_domain_ce;
	if (strcmp(element, "cos") == 0) return php_zimbra_cos_ce;
	if (strcmp(element, "calresource") == 0) return php_zimbra_calresource_ce;
	if (strcmp(element, "server") == 0) return php_zimbra_server_ce;
	return NULL;
}

void php_zimbra_account_give_password(zval *account, zend_string *password)
{
	php_zimbra_account *a = account_from_obj(Z_OBJ_P(account));
	wipe_password(a);
	/* A copy of its own: the op wipes the string it holds when it is done. */
	a->generated_password = zend_string_init(ZSTR_VAL(password), ZSTR_LEN(password), 0);
}

void php_zimbra_quota_usage_init(zval *out, const char *id, const char *name, zend_long used, zend_long limit)
{
	zend_class_entry *ce = php_zimbra_quota_usage_ce;

	object_init_ex(out, ce);
	set_prop_str(ce, out, "id", id);
	set_prop_str(ce, out, "name", name);
	zend_update_property_long(ce, Z_OBJ_P(out), ZEND_STRL("used"), used);
	zend_update_property_long(ce, Z_OBJ_P(out), ZEND_STRL("limit"), limit);
}

void php_zimbra_search_result_init(zval *out, zval *entries, zend_long total, bool more)
{
	zend_class_entry *ce = php_zimbra_search_result_ce;

	object_init_ex(out, ce);
	zend_update_property(ce, Z_OBJ_P(out), ZEND_STRL("entries"), entries);
	if (total < 0) {
		zend_update_property_null(ce, Z_OBJ_P(out), ZEND_STRL("total"));
	} else {
		zend_update_property_long(ce, Z_OBJ_P(out), ZEND_STRL("total"), total);
	}
	zend_update_property_bool(ce, Z_OBJ_P(out), ZEND_STRL("more"), more);
}

/* ---- methods ------------------------------------------------------------- */

zval *php_zimbra_prop(zval *obj, zend_class_entry *scope, const char *name, size_t len)
{
	zend_property_info *info = zend_hash_str_find_ptr(&scope->properties_info, name, len);
	zval *v;

	if (!info || (info->flags & ZEND_ACC_STATIC)) {
		return &EG(uninitialized_zval);
	}
	v = OBJ_PROP(Z_OBJ_P(obj), info->offset);
	return Z_TYPE_P(v) == IS_UNDEF ? &EG(uninitialized_zval) : v;
}

#define prop php_zimbra_prop

/* The list of values of attr, or NULL. */
static zval *attr_values(zval *obj, const char *attr, size_t len)
{
	zval *attrs = prop(obj, php_zimbra_entry_ce, ZEND_STRL("attrs"));
	zval *list = Z_TYPE_P(attrs) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(attrs), attr, len) : NULL;
	return list && Z_TYPE_P(list) == IS_ARRAY ? list : NULL;
}

static const char *first_value(zval *obj, const char *attr)
{
	zval *list = attr_values(obj, attr, strlen(attr));
	zval *v = list ? zend_hash_index_find(Z_ARRVAL_P(list), 0) : NULL;
	return v && Z_TYPE_P(v) == IS_STRING ? Z_STRVAL_P(v) : NULL;
}

#define RETURN_FIRST_OR_NULL(attr) do { \
	const char *v_ = first_value(ZEND_THIS, attr); \
	if (v_) { RETURN_STRING(v_); } \
	RETURN_NULL(); \
} while (0)

ZEND_METHOD(Zimbra_Entry, __construct)
{
	zend_string *id, *name;
	HashTable *attrs = NULL;
	zval normalised, *v;
	zend_string *key;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(id)
		Z_PARAM_STR(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(attrs)
	ZEND_PARSE_PARAMETERS_END();

	/* Accept "name" => "value" as well as "name" => ["v1", "v2"]; store lists of strings. */
	array_init(&normalised);
	if (attrs) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(attrs, key, v) {
			zval list, *item;
			if (!key) {
				zval_ptr_dtor(&normalised);
				zend_argument_value_error(3, "must be keyed by attribute name");
				RETURN_THROWS();
			}
			array_init(&list);
			if (Z_TYPE_P(v) == IS_ARRAY) {
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
					add_next_index_str(&list, zval_get_string(item));
				} ZEND_HASH_FOREACH_END();
			} else {
				add_next_index_str(&list, zval_get_string(v));
			}
			zend_hash_update(Z_ARRVAL(normalised), key, &list);
		} ZEND_HASH_FOREACH_END();
	}
	zend_update_property_str(php_zimbra_entry_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("id"), id);
	zend_update_property_str(php_zimbra_entry_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("name"), name);
	zend_update_property(php_zimbra_entry_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("attrs"), &normalised);
	zval_ptr_dtor(&normalised);
	if (Z_OBJCE_P(ZEND_THIS) == php_zimbra_account_ce) {
		zend_update_property_null(php_zimbra_account_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("matchedAlias"));
	} else if (Z_OBJCE_P(ZEND_THIS) == php_zimbra_dl_ce) {
		zval members;
		array_init(&members);
		zend_update_property(php_zimbra_dl_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("members"), &members);
		zval_ptr_dtor(&members);
		zend_update_property_bool(php_zimbra_dl_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("dynamic"), 0);
	}
}

ZEND_METHOD(Zimbra_Entry, get)
{
	zend_string *attr;
	zval *list, *v;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(attr)
	ZEND_PARSE_PARAMETERS_END();
	list = attr_values(ZEND_THIS, ZSTR_VAL(attr), ZSTR_LEN(attr));
	v = list ? zend_hash_index_find(Z_ARRVAL_P(list), 0) : NULL;
	if (v) {
		RETURN_COPY(v);
	}
	RETURN_NULL();
}

/* Every value of an attribute of this entry, as a list (empty when it has none). */
static void all_values(zval *this_zv, const char *attr, size_t len, zval *rv)
{
	zval *list = attr_values(this_zv, attr, len);

	if (list) {
		ZVAL_COPY(rv, list);
	} else {
		ZVAL_EMPTY_ARRAY(rv);
	}
}

ZEND_METHOD(Zimbra_Entry, getAll)
{
	zend_string *attr;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(attr)
	ZEND_PARSE_PARAMETERS_END();
	all_values(ZEND_THIS, ZSTR_VAL(attr), ZSTR_LEN(attr), return_value);
}

ZEND_METHOD(Zimbra_Server, getServices)
{
	ZEND_PARSE_PARAMETERS_NONE();
	all_values(ZEND_THIS, ZEND_STRL("zimbraServiceEnabled"), return_value);
}

/* A status attribute; Zimbra leaves it out of entries that never changed it: active. */
#define RETURN_STATUS(attr) do { \
	const char *status_ = first_value(ZEND_THIS, attr); \
	RETURN_STRING(status_ ? status_ : "active"); \
} while (0)

ZEND_METHOD(Zimbra_Domain, getStatus)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STATUS("zimbraDomainStatus");
}

ZEND_METHOD(Zimbra_Domain, getMaxAccounts)
{
	const char *v;
	ZEND_PARSE_PARAMETERS_NONE();
	v = first_value(ZEND_THIS, "zimbraDomainMaxAccounts");
	if (!v || !*v) {
		RETURN_NULL();
	}
	RETURN_LONG(php_zimbra_long_value(v));
}

ZEND_METHOD(Zimbra_Domain, getAggregateQuota)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(php_zimbra_long_value(first_value(ZEND_THIS, "zimbraDomainAggregateQuota")));
}

ZEND_METHOD(Zimbra_Domain, getMailboxQuota)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(php_zimbra_long_value(first_value(ZEND_THIS, "zimbraMailDomainQuota")));
}

ZEND_METHOD(Zimbra_Domain, getDefaultCosId)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_FIRST_OR_NULL("zimbraDomainDefaultCOSId");
}

ZEND_METHOD(Zimbra_Account, getStatus)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STATUS("zimbraAccountStatus");
}

ZEND_METHOD(Zimbra_Account, getQuota)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(php_zimbra_long_value(first_value(ZEND_THIS, "zimbraMailQuota")));
}

ZEND_METHOD(Zimbra_Account, getAliases)
{
	ZEND_PARSE_PARAMETERS_NONE();
	all_values(ZEND_THIS, ZEND_STRL("zimbraMailAlias"), return_value);
}

ZEND_METHOD(Zimbra_Account, getCosId)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_FIRST_OR_NULL("zimbraCOSId");
}

ZEND_METHOD(Zimbra_Account, getDisplayName)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_FIRST_OR_NULL("displayName");
}

ZEND_METHOD(Zimbra_Account, takeGeneratedPassword)
{
	php_zimbra_account *a = account_from_obj(Z_OBJ_P(ZEND_THIS));
	zend_string *copy;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!a->generated_password) {
		RETURN_NULL();
	}
	copy = zend_string_init(ZSTR_VAL(a->generated_password), ZSTR_LEN(a->generated_password), 0);
	wipe_password(a);
	RETURN_STR(copy);
}

ZEND_METHOD(Zimbra_DistributionList, getMembers)
{
	zval *members;
	ZEND_PARSE_PARAMETERS_NONE();
	members = prop(ZEND_THIS, php_zimbra_dl_ce, ZEND_STRL("members"));
	if (Z_TYPE_P(members) != IS_ARRAY) {
		RETURN_EMPTY_ARRAY();  /* the return type is array, whatever the object holds */
	}
	RETURN_COPY(members);
}

ZEND_METHOD(Zimbra_DistributionList, getDisplayName)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_FIRST_OR_NULL("displayName");
}

ZEND_METHOD(Zimbra_Cos, getMailQuota)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(php_zimbra_long_value(first_value(ZEND_THIS, "zimbraMailQuota")));
}

ZEND_METHOD(Zimbra_Cos, isDefault)
{
	zval *name;
	ZEND_PARSE_PARAMETERS_NONE();
	name = prop(ZEND_THIS, php_zimbra_entry_ce, ZEND_STRL("name"));
	RETURN_BOOL(Z_TYPE_P(name) == IS_STRING && zend_string_equals_literal(Z_STR_P(name), "default"));
}

ZEND_METHOD(Zimbra_QuotaUsage, __construct)
{
	zend_string *id, *name;
	zend_long used, limit;

	(void)return_value;
	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_STR(id)
		Z_PARAM_STR(name)
		Z_PARAM_LONG(used)
		Z_PARAM_LONG(limit)
	ZEND_PARSE_PARAMETERS_END();
	zend_update_property_str(php_zimbra_quota_usage_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("id"), id);
	zend_update_property_str(php_zimbra_quota_usage_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("name"), name);
	zend_update_property_long(php_zimbra_quota_usage_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("used"), used);
	zend_update_property_long(php_zimbra_quota_usage_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("limit"), limit);
}

ZEND_METHOD(Zimbra_QuotaUsage, getPercentUsed)
{
	zend_long used, limit;
	ZEND_PARSE_PARAMETERS_NONE();
	used = zval_get_long(prop(ZEND_THIS, php_zimbra_quota_usage_ce, ZEND_STRL("used")));
	limit = zval_get_long(prop(ZEND_THIS, php_zimbra_quota_usage_ce, ZEND_STRL("limit")));
	if (limit <= 0) {
		RETURN_NULL();
	}
	RETURN_DOUBLE(100.0 * (double)used / (double)limit);
}

/* Not constructible from PHP (the constructor is private). */
ZEND_METHOD(Zimbra_SearchResult, __construct)
{
	(void)return_value;
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(Zimbra_SearchResult, getIterator)
{
	zval *entries;
	ZEND_PARSE_PARAMETERS_NONE();
	entries = prop(ZEND_THIS, php_zimbra_search_result_ce, ZEND_STRL("entries"));
	object_init_ex(return_value, spl_ce_ArrayIterator);
	if (Z_TYPE_P(entries) == IS_ARRAY) {
		zend_call_known_instance_method_with_1_params(spl_ce_ArrayIterator->constructor, Z_OBJ_P(return_value), NULL, entries);
	}
}

ZEND_METHOD(Zimbra_SearchResult, count)
{
	zval *entries;
	ZEND_PARSE_PARAMETERS_NONE();
	entries = prop(ZEND_THIS, php_zimbra_search_result_ce, ZEND_STRL("entries"));
	RETURN_LONG(Z_TYPE_P(entries) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(entries)) : 0);
}
