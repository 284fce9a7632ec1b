/*
 * Sessions kept across PHP requests (option `persistent`, INI zimbra.persistent):
 * a warm php-fpm or Apache worker then does no AuthRequest and no TLS handshake.
 */
#ifndef ZIMBRA_PERSISTENT_H
#define ZIMBRA_PERSISTENT_H

#include "php.h"
#include "core/zc_session.h"

#define PHP_ZIMBRA_PKEY_LEN 65

/*
 * The key: SHA-256 over the URL and every connection option, the user name and a
 * SHA-256 of the password, so different credentials never share a session and the
 * password itself is not kept in the key.
 */
void php_zimbra_persistent_key(zend_string *conn_id, zend_string *user, zend_string *password, char key[PHP_ZIMBRA_PKEY_LEN]);
/* A kept session for key, made by this process and not in use, now marked in use; or NULL. */
zc_session *php_zimbra_persistent_take(const char key[PHP_ZIMBRA_PKEY_LEN]);
/*
 * Move a logged-in session into the registry; the kept copy, in use. own is left logged out with
 * a new, unconnected transport. NULL (own unchanged) when it cannot be kept: zimbra.persistent_max
 * is 0, or every kept session of this process is in use.
 */
zc_session *php_zimbra_persistent_adopt(const char key[PHP_ZIMBRA_PKEY_LEN], zc_session *own);
/* The request is done with it: it stays for the next one. */
void php_zimbra_persistent_release(zc_session *s);
/* Drop it (logout, or its credentials were refused). */
void php_zimbra_persistent_forget(zc_session *s);
/* Kept sessions of this process (phpinfo, tests). */
zend_long php_zimbra_persistent_count(void);
/* MINIT. */
void php_zimbra_persistent_startup(void);
/* MSHUTDOWN, before curl_global_cleanup(): free every kept session. */
void php_zimbra_persistent_shutdown(void);

#endif
