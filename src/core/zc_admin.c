/* Builders for the admin requests; see zc_admin.h. */
#include "zc_admin.h"
#include "zc_soap.h"
#include "zc_xml_writer.h"

#include <stdio.h>
#include <string.h>

/* ASCII case-insensitive equality (strcasecmp is POSIX-only, and locale-dependent). */
static int ascii_equal_nocase(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		char x = (*a >= 'A' && *a <= 'Z') ? (char)(*a + 32) : *a;
		char y = (*b >= 'A' && *b <= 'Z') ? (char)(*b + 32) : *b;
		if (x != y) {
			return 0;
		}
	}
	return *a == *b;
}

int zc_is_secret_attr(const char *name)
{
	/* LDAP attribute names are case-insensitive: ZIMBRAPREAUTHKEY is the same attribute. */
	return name && ascii_equal_nocase(name, "zimbraPreAuthKey");
}

int zc_is_attr_name(const char *name, size_t len, int allow_prefix)
{
	size_t i = 0;

	if (allow_prefix && len > 0 && (name[0] == '+' || name[0] == '-')) {
		i = 1;
	}
	if (len == i || len - i > 100) {
		return 0;
	}
	for (; i < len; i++) {
		char c = name[i];
		int alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
		if (!(alpha || (i > (size_t)(name[0] == '+' || name[0] == '-') && ((c >= '0' && c <= '9') || c == '-')))) {
			return 0;
		}
	}
	return 1;
}

int zc_is_immutable_attr(const char *name, size_t len)
{
	static const char *const immutable[] = {"zimbraId", "zimbraCreateTimestamp", "zimbraLastLogonTimestamp", "uid",
		"mail", "zimbraDomainName", "zimbraDomainType", NULL};
	const char *const *p;

	if (len > 0 && (name[0] == '+' || name[0] == '-')) {
		name++;
		len--;
	}
	for (p = immutable; *p; p++) {
		if (strlen(*p) == len && memcmp(*p, name, len) == 0) {
			return 1;
		}
	}
	return 0;
}

static int start(zc_xml_writer *w, zc_buf *out, zc_error *err, const char *request)
{
	zc_xw_init(w, out, err);
	return zc_xw_start(w, request, strlen(request), ZC_NS_ADMIN);
}

static int attr(zc_xml_writer *w, const char *name, const char *value)
{
	return zc_xw_attr(w, name, strlen(name), value, strlen(value));
}

static int attr_long(zc_xml_writer *w, const char *name, long value)
{
	char num[32];
	snprintf(num, sizeof(num), "%ld", value);
	return attr(w, name, num);
}

static int ldap_attrs(zc_xml_writer *w, zc_attrs attrs)
{
	size_t i;

	for (i = 0; i < attrs.count; i++) {
		const zc_pair *p = &attrs.items[i];
		if (!zc_xw_start(w, "a", 1, NULL)
				|| !zc_xw_attr(w, "n", 1, p->name, p->name_len)
				|| (p->value_len && !zc_xw_text(w, p->value, p->value_len))
				|| !zc_xw_end(w)) {
			return 0;
		}
	}
	return 1;
}

static int text_element(zc_xml_writer *w, const char *name, const char *by, const char *text, size_t len)
{
	return zc_xw_start(w, name, strlen(name), NULL)
		&& (!by || attr(w, "by", by))
		&& zc_xw_text(w, text, len)
		&& zc_xw_end(w);
}

int zc_rq_by_id(zc_buf *out, const char *request, const char *id, zc_error *err)
{
	zc_xml_writer w;
	return start(&w, out, err, request) && attr(&w, "id", id) && zc_xw_end(&w);
}

int zc_rq_id_field(zc_buf *out, const char *request, const char *id, const char *field,
		const char *value, size_t value_len, zc_error *err)
{
	zc_xml_writer w;
	return start(&w, out, err, request)
		&& attr(&w, "id", id)
		&& zc_xw_attr(&w, field, strlen(field), value, value_len)
		&& zc_xw_end(&w);
}

int zc_rq_modify(zc_buf *out, const char *request, const char *id, zc_attrs attrs, zc_error *err)
{
	zc_xml_writer w;
	size_t i;

	/* Zimbra refuses these with "X is immutable"; say so, and which, before anything is sent. */
	for (i = 0; i < attrs.count; i++) {
		const char *name = attrs.items[i].name;
		size_t len = attrs.items[i].name_len;
		if (zc_is_immutable_attr(name, len)) {
			/* uid and mail (with or without a +/- prefix) are the address: a rename changes them. */
			int address = memcmp(name + len - 3, "uid", 3) == 0 || memcmp(name + len - 3, "ail", 3) == 0;
			return zc_error_set(err, ZC_ERR_VALIDATION, "The attribute %.*s cannot be changed: Zimbra sets it itself%s",
				(int)len, name, address ? " (rename the account to change its address)" : "");
		}
	}
	return start(&w, out, err, request) && attr(&w, "id", id) && ldap_attrs(&w, attrs) && zc_xw_end(&w);
}

int zc_rq_create(zc_buf *out, const char *request, const char *name, const char *password, size_t password_len,
		zc_attrs attrs, zc_error *err)
{
	zc_xml_writer w;
	int is_dl = strcmp(request, "CreateDistributionListRequest") == 0;

	return start(&w, out, err, request)
		&& attr(&w, "name", name)
		&& (!password || zc_xw_attr(&w, "password", 8, password, password_len))
		&& (!is_dl || attr(&w, "dynamic", "0"))
		&& ldap_attrs(&w, attrs)
		&& zc_xw_end(&w);
}

int zc_rq_get(zc_buf *out, const char *request, const char *selector, const char *by, const char *key,
		const char *attrs, const char *flag, int flag_value, zc_error *err)
{
	zc_xml_writer w;
	return start(&w, out, err, request)
		&& (!flag || attr(&w, flag, flag_value ? "1" : "0"))
		&& (!attrs || attr(&w, "attrs", attrs))
		&& text_element(&w, selector, by, key, strlen(key))
		&& zc_xw_end(&w);
}

int zc_rq_get_dl(zc_buf *out, const char *by, const char *key, long limit, long offset, zc_error *err)
{
	zc_xml_writer w;
	return start(&w, out, err, "GetDistributionListRequest")
		&& attr_long(&w, "limit", limit)
		&& attr_long(&w, "offset", offset)
		&& attr(&w, "sortAscending", "1")
		&& text_element(&w, "dl", by, key, strlen(key))
		&& zc_xw_end(&w);
}

int zc_rq_delete_dl(zc_buf *out, const char *id, zc_error *err)
{
	return zc_rq_id_field(out, "DeleteDistributionListRequest", id, "cascadeDelete", "0", 1, err);
}

int zc_rq_dl_members(zc_buf *out, const char *request, const char *id, const zc_str *members, size_t count,
		zc_error *err)
{
	zc_xml_writer w;
	size_t i;

	if (!start(&w, out, err, request) || !attr(&w, "id", id)) {
		return 0;
	}
	for (i = 0; i < count; i++) {
		if (!text_element(&w, "dlm", NULL, members[i].s, members[i].len)) {
			return 0;
		}
	}
	return zc_xw_end(&w);
}

/* Every comma-separated item non-empty. */
static int types_ok(const char *types)
{
	size_t len = strlen(types);
	return len > 0 && types[0] != ',' && types[len - 1] != ',' && !strstr(types, ",,");
}

int zc_rq_search(zc_buf *out, const zc_search *s, zc_error *err)
{
	zc_xml_writer w;

	if (s->offset > 0 && s->limit <= 0) {
		return zc_error_set(err, ZC_ERR_VALIDATION,
			"A search offset needs a limit: Zimbra answers an offset without one with an empty page");
	}
	if (s->types && !types_ok(s->types)) {
		return zc_error_set(err, ZC_ERR_VALIDATION, "The search types list has an empty item: Zimbra refuses it");
	}
	return start(&w, out, err, "SearchDirectoryRequest")
		&& attr(&w, "query", s->query ? s->query : "")
		&& (!s->domain || attr(&w, "domain", s->domain))
		&& attr(&w, "types", s->types ? s->types : "accounts")
		&& (!s->attrs || attr(&w, "attrs", s->attrs))
		&& (!s->sort_by || attr(&w, "sortBy", s->sort_by))
		&& attr(&w, "sortAscending", s->sort_ascending ? "1" : "0")
		&& (!s->limit || attr_long(&w, "limit", s->limit))
		&& (!s->offset || attr_long(&w, "offset", s->offset))
		&& (!s->max_results || attr_long(&w, "maxResults", s->max_results))
		&& (!s->count_only || attr(&w, "countOnly", "1"))
		&& attr(&w, "applyCos", s->apply_cos ? "1" : "0")
		&& zc_xw_end(&w);
}

int zc_rq_count_objects(zc_buf *out, const char *type, const char *domain, zc_error *err)
{
	zc_xml_writer w;
	return start(&w, out, err, "CountObjectsRequest")
		&& attr(&w, "type", type)
		&& (!domain || text_element(&w, "domain", "name", domain, strlen(domain)))
		&& zc_xw_end(&w);
}

int zc_rq_get_mailbox(zc_buf *out, const char *account_id, zc_error *err)
{
	zc_xml_writer w;
	return start(&w, out, err, "GetMailboxRequest")
		&& zc_xw_start(&w, "mbox", 4, NULL) && attr(&w, "id", account_id) && zc_xw_end(&w)
		&& zc_xw_end(&w);
}

int zc_rq_quota_usage(zc_buf *out, const char *domain, int all_servers, long limit, long offset, zc_error *err)
{
	zc_xml_writer w;
	if (offset > 0 && limit <= 0) {
		return zc_error_set(err, ZC_ERR_VALIDATION,
			"A quota usage offset needs a limit: Zimbra answers an offset without one with an empty page");
	}
	/* allServers only takes effect together with domain (GetQuotaUsage.java); with no domain the
	 * answering server lists the mailboxes it homes, for a global admin only (§6.2). */
	return start(&w, out, err, "GetQuotaUsageRequest")
		&& (!domain || (attr(&w, "domain", domain) && (!all_servers || attr(&w, "allServers", "1"))))
		&& (!limit || attr_long(&w, "limit", limit))
		&& (!offset || attr_long(&w, "offset", offset))
		&& attr(&w, "sortBy", "account")
		&& attr(&w, "sortAscending", "1")
		&& zc_xw_end(&w);
}

int zc_rq_all_servers(zc_buf *out, const char *service, zc_error *err)
{
	zc_xml_writer w;
	return start(&w, out, err, "GetAllServersRequest")
		&& (!service || attr(&w, "service", service))
		&& zc_xw_end(&w);
}

int zc_rq_get_server(zc_buf *out, const char *by, const char *key, zc_error *err)
{
	zc_xml_writer w;
	return start(&w, out, err, "GetServerRequest")
		&& text_element(&w, "server", by, key, strlen(key))
		&& zc_xw_end(&w);
}
