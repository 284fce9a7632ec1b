/*
 * zc_admin: the admin requests php-zimbra sends, one builder each.
 *
 * Every builder writes one body element in urn:zimbraAdmin into out, in the
 * form the published schema (zimbraAdmin.xsd) describes: scalar fields as
 * XML attributes, LDAP attributes as <a n="...">. Names and values are
 * checked and escaped by the XML writer; a builder that fails leaves
 * ZC_ERR_VALIDATION in err and its output must not be sent.
 */
#ifndef ZC_ADMIN_H
#define ZC_ADMIN_H

#include <stddef.h>

#include "zc_buf.h"
#include "zc_error.h"

/* One LDAP attribute value; the same name may repeat (multi-valued attributes). */
typedef struct {
	const char *name;
	size_t      name_len;
	const char *value;
	size_t      value_len;
} zc_pair;

typedef struct {
	const zc_pair *items;
	size_t         count;
} zc_attrs;

/* A string with its length, for lists of members. */
typedef struct {
	const char *s;
	size_t      len;
} zc_str;

typedef struct {
	const char *query;          /* LDAP filter, already escaped; NULL for all */
	const char *domain;         /* NULL for the whole directory */
	const char *types;          /* e.g. "accounts", "distributionlists,dynamicgroups" */
	const char *attrs;          /* comma-separated, NULL for all */
	const char *sort_by;        /* NULL for the server's default (name) */
	int         sort_ascending; /* 1 or 0 */
	long        limit;          /* 0 = no paging */
	long        offset;         /* needs a limit: Zimbra returns nothing for an offset without one */
	long        max_results;    /* 0 = the server's default (5000) */
	int         count_only;
	int         apply_cos;      /* 1 or 0 */
} zc_search;

/*
 * 1 when name is an LDAP attribute name, optionally prefixed with '+' (add a
 * value) or '-' (remove a value) as ModifyXRequest allows.
 */
int zc_is_attr_name(const char *name, size_t len, int allow_prefix);

/*
 * 1 for an attribute whose value is a secret a reply may carry (zimbraPreAuthKey: it logs
 * anyone into any mailbox of the domain). Replies show it as VALUE-BLOCKED, as Zimbra itself
 * shows userPassword; getPreauthKey() is the one way to read it.
 */
int zc_is_secret_attr(const char *name);

/*
 * 1 for an attribute Zimbra sets itself and refuses to change ("X is immutable", zimbra-attrs.xml
 * immutable="1"): zimbraId, zimbraCreateTimestamp, zimbraLastLogonTimestamp, uid and mail (they
 * change with RenameAccount), zimbraDomainName, zimbraDomainType. A leading '+' or '-' is ignored.
 */
int zc_is_immutable_attr(const char *name, size_t len);

/* <Name id="..."/>, e.g. DeleteAccountRequest, DeleteDomainRequest. */
int zc_rq_by_id(zc_buf *out, const char *request, const char *id, zc_error *err);
/* <Name id="..." field="value"/>, e.g. SetPasswordRequest newPassword, AddAccountAliasRequest alias. */
int zc_rq_id_field(zc_buf *out, const char *request, const char *id, const char *field,
		const char *value, size_t value_len, zc_error *err);
/*
 * <Name id="..."><a n>...</a></Name>: ModifyAccount/ModifyDomain/ModifyDistributionList. An
 * immutable attribute (zc_is_immutable_attr) fails with ZC_ERR_VALIDATION naming it.
 */
int zc_rq_modify(zc_buf *out, const char *request, const char *id, zc_attrs attrs, zc_error *err);
/* <Name name="..." [password="..."] [dynamic="0"]><a n>...</a></Name>: Create*. */
int zc_rq_create(zc_buf *out, const char *request, const char *name, const char *password, size_t password_len,
		zc_attrs attrs, zc_error *err);
/*
 * <Name [attrs=".."] [flag="0|1"]><sel by="by">key</sel></Name>: GetDomain (applyConfig),
 * GetAccount (applyCos), GetCos and CountAccount (flag NULL).
 */
int zc_rq_get(zc_buf *out, const char *request, const char *selector, const char *by, const char *key,
		const char *attrs, const char *flag, int flag_value, zc_error *err);
/* GetDistributionListRequest with member paging. */
int zc_rq_get_dl(zc_buf *out, const char *by, const char *key, long limit, long offset, zc_error *err);
/*
 * DeleteDistributionListRequest. The published 8.8.15 schema makes
 * cascadeDelete (HAB groups only) required; servers that predate it ignore it.
 */
int zc_rq_delete_dl(zc_buf *out, const char *id, zc_error *err);
/* Add/RemoveDistributionListMemberRequest: <Name id><dlm>a</dlm>...</Name>. */
int zc_rq_dl_members(zc_buf *out, const char *request, const char *id, const zc_str *members, size_t count,
		zc_error *err);
/*
 * SearchDirectoryRequest. Refused before sending (ZC_ERR_VALIDATION): an offset without a limit
 * (Zimbra's offset + Integer.MAX_VALUE overflows and the page comes back empty), and a types list
 * with an empty item (Zimbra: "unknown type: ").
 */
int zc_rq_search(zc_buf *out, const zc_search *s, zc_error *err);
/* CountObjectsRequest type="..." [<domain by="name">...</domain>]: a plain count, without the 5000 cap. */
int zc_rq_count_objects(zc_buf *out, const char *type, const char *domain, zc_error *err);
/* GetMailboxRequest: <mbox id="account id"/>; the reply's s is the mailbox size in bytes. */
int zc_rq_get_mailbox(zc_buf *out, const char *account_id, zc_error *err);
/*
 * GetQuotaUsageRequest, sorted by address. domain NULL: every mailbox homed on the answering server
 * (a global admin's request). With a domain, all_servers asks the answering server to fan out to
 * every mailbox server (and to fail whole when one is down); without it, the answering server's only.
 */
int zc_rq_quota_usage(zc_buf *out, const char *domain, int all_servers, long limit, long offset, zc_error *err);
/* GetAllServersRequest service="..." (NULL: every server). */
int zc_rq_all_servers(zc_buf *out, const char *service, zc_error *err);
/* GetServerRequest <server by="name|id">key</server>. */
int zc_rq_get_server(zc_buf *out, const char *by, const char *key, zc_error *err);

#endif
