/*
 * zc_validate: the names Zimbra accepts, checked before anything is sent.
 *
 * Rules are deliberately stricter than Zimbra's own (which lets odd but legal
 * names through) so that a hosting panel never provisions an address its
 * customers cannot type. Messages quote the offending input, never secrets.
 */
#ifndef ZC_VALIDATE_H
#define ZC_VALIDATE_H

#include <stddef.h>

#include "zc_buf.h"
#include "zc_error.h"

#define ZC_DOMAIN_MAX 253
#define ZC_LOCAL_MAX 64
#define ZC_EMAIL_MAX (ZC_LOCAL_MAX + 1 + ZC_DOMAIN_MAX)

/*
 * Lower-case and check a domain name: labels of a-z, 0-9 and '-' (not at
 * either end), 1-63 characters each, at least two labels, a TLD that is not
 * all digits, 253 characters at most. Internationalised names must be given
 * in their xn-- form. out must hold ZC_DOMAIN_MAX + 1 bytes.
 */
int zc_normalize_domain(const char *in, size_t len, char *out, zc_error *err);

/* Lower-case and check a local part: 1-64 of a-z 0-9 . _ -, no dot at either end, no "..". */
int zc_normalize_local_part(const char *in, size_t len, char *out, zc_error *err);

/* local@domain, both parts checked as above. out must hold ZC_EMAIL_MAX + 1 bytes. */
int zc_normalize_email(const char *in, size_t len, char *out, zc_error *err);

/*
 * An address Zimbra may already hold, for looking it up, changing or deleting it, or naming a list
 * member: Zimbra takes any RFC 5322 atext local part (zmprov or another panel makes o'brien@ and
 * first+tag@), so this rule is Zimbra's: 1-64 of a-z 0-9 . ! # $ % & ' * + / = ? ^ _ ` { | } ~ -
 * (lower-cased). What no address holds (spaces, quotes, brackets, parentheses, backslashes,
 * control characters, non-ASCII) is refused before anything is sent. The domain meets the rule
 * above; the strict rule stays for what we create.
 */
int zc_normalize_existing_email(const char *in, size_t len, char *out, zc_error *err);

/* A Zimbra id (COS, account, domain): a UUID in 8-4-4-4-12 hex form. */
int zc_is_zimbra_id(const char *in, size_t len);

/*
 * A request namespace: an absolute URI such as urn:zimbraAdmin, 1-256 characters
 * of RFC 3986 (letters, digits and -._~:/?#[]@!$&'()*+,;=%), with a scheme.
 */
#define ZC_NAMESPACE_MAX 256
int zc_is_namespace_uri(const char *in, size_t len);

/* Only RFC 3986 characters (letters, digits, -._~:/[]@!$&'()*+,;=%, and ?# when allowed), no NUL. */
int zc_is_uri_text(const char *in, size_t len, int allow_query);

/* RFC 4515 escaping of a value placed in an LDAP filter: * ( ) \ NUL become \2a \28 \29 \5c \00. */
void zc_ldap_escape(zc_buf *out, const char *in, size_t len);

#endif
