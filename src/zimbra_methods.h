/*
 * Shapes shared by several typed methods (the layer above zimbra_target.h): each parses its
 * arguments, builds one op and dispatches it, so it works on a Client and on a Batch alike.
 */
#ifndef ZIMBRA_METHODS_H
#define ZIMBRA_METHODS_H

#include "php.h"
#include "core/zc_validate.h"
#include "zimbra_op.h"

/*
 * One directory entry by name or id, with an optional list of attributes: the path
 * getAccount() and getDomain() share. "No such" is null.
 */
typedef struct {
	const char          *request;      /* e.g. "GetAccountRequest" */
	const char          *selector;     /* the element naming the entry, e.g. "account" */
	const char          *apply;        /* "applyCos" or "applyConfig": defaults filled in */
	bool               (*resolve)(zend_string *in, char out[ZC_EMAIL_MAX + 1], const char **by);
	php_zimbra_reply_fn  on_reply;
	bool                 track_alias;  /* keep the name looked up, to tell when an alias matched */
} php_zimbra_get_spec;

void php_zimbra_get_entry(INTERNAL_FUNCTION_PARAMETERS, const php_zimbra_get_spec *spec);

/*
 * A request about one entry named by its address or id, nothing else: parse that one argument,
 * build the request with build (by is "name" or "id"), dispatch it with on_reply and on_fault.
 * getDistributionList() and getAccountMembership() share it.
 */
typedef int (*php_zimbra_key_request_fn)(zc_buf *out, const char *by, const char *key, zc_error *err);
void php_zimbra_by_key(INTERNAL_FUNCTION_PARAMETERS, php_zimbra_key_request_fn build, php_zimbra_reply_fn on_reply,
		php_zimbra_fault_fn on_fault);

/*
 * The Delete* methods: check the id argument, send <request id="..."/> (with
 * cascadeDelete for lists), answer nothing. what names the id in messages.
 */
void php_zimbra_delete_by_id(INTERNAL_FUNCTION_PARAMETERS, const char *request, const char *what);

/* What a Modify<X> request is about: the request, how its id is named, the entry it answers with. */
typedef struct {
	const char          *request;  /* e.g. "ModifyAccountRequest" */
	const char          *what;     /* the entry in messages, e.g. "account" ("account id", "account status") */
	php_zimbra_reply_fn  on_reply;
	int                  flags;    /* PHP_ZIMBRA_ATTRS_* checks on the attributes a caller passes */
} php_zimbra_modify_spec;

/* modifyAccount(), modifyDomain(), modifyDistributionList(): (string $id, array $attrs), checked, sent. */
void php_zimbra_modify_method(INTERNAL_FUNCTION_PARAMETERS, const php_zimbra_modify_spec *spec);

/*
 * setAccountStatus() and setDomainStatus(): (string $id, string $status), the status one of
 * allowed, sent as the spec's Modify request with the one attribute attr = status (no other
 * attribute check applies to it), answered as the modify method is.
 */
void php_zimbra_set_status(INTERNAL_FUNCTION_PARAMETERS, const php_zimbra_modify_spec *spec, const char *attr,
		const char *const *allowed);

#endif
