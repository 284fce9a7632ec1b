/* Argument checks shared by the typed Client methods. Each throws a ValidationException and returns false. */
#ifndef ZIMBRA_ARGS_H
#define ZIMBRA_ARGS_H

#include "php.h"
#include "core/zc_validate.h"

/* A Zimbra id (UUID). what names the argument in the message, e.g. "account id". */
bool php_zimbra_check_id(zend_string *id, const char *what);
/* An existing address (normalised into out, by = "name") or an id (copied, by = "id"): lookups. */
bool php_zimbra_email_or_id(zend_string *in, char out[ZC_EMAIL_MAX + 1], const char **by);
/* A domain name (normalised, by = "name") or an id (by = "id"). */
bool php_zimbra_domain_or_id(zend_string *in, char out[ZC_EMAIL_MAX + 1], const char **by);
bool php_zimbra_domain_name(zend_string *in, char out[ZC_DOMAIN_MAX + 1]);
/* An address we create (the strict rule) ... */
bool php_zimbra_email(zend_string *in, char out[ZC_EMAIL_MAX + 1]);
/* ... and one Zimbra may already hold, to look up, remove or name as a list member (zc_validate.h). */
bool php_zimbra_existing_email(zend_string *in, char out[ZC_EMAIL_MAX + 1]);
/* value must be one of the NULL-terminated allowed list. */
bool php_zimbra_check_enum(zend_string *value, const char *what, const char *const *allowed);

#endif
