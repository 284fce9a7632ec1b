/*
 * The module's globals and INI settings (value layer): every layer reads them through ZIMBRA_G(),
 * so they are declared here, below everything, and not in php_zimbra.h at the top.
 */
#ifndef ZIMBRA_GLOBALS_H
#define ZIMBRA_GLOBALS_H

#include "php.h"

/* Set by ./configure --with-zimbra-license-key / --with-zimbra-license-url for commercial builds. */
#ifndef PHP_ZIMBRA_LICENSE_PUBKEY
# define PHP_ZIMBRA_LICENSE_PUBKEY ""
#endif
#ifndef PHP_ZIMBRA_LICENSE_URL
# define PHP_ZIMBRA_LICENSE_URL ""
#endif

ZEND_BEGIN_MODULE_GLOBALS(zimbra)
	char *license_public_key;  /* base64 Ed25519; empty = community build */
	char *license_url;
	char *license_ca_file;
	bool  persistent;          /* zimbra.persistent: keep sessions across requests by default */
	zend_long persistent_max;  /* zimbra.persistent_max: kept sessions per process, least recently used dropped */
ZEND_END_MODULE_GLOBALS(zimbra)

ZEND_EXTERN_MODULE_GLOBALS(zimbra)
#define ZIMBRA_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(zimbra, v)

#if defined(ZTS) && defined(COMPILE_DL_ZIMBRA)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

/* MINIT and MSHUTDOWN. */
void php_zimbra_ini_register(int type, int module_number);
void php_zimbra_ini_unregister(int type, int module_number);

#endif
