/* zimbra: a PHP client of the Zimbra Admin SOAP API. */
#ifndef PHP_ZIMBRA_H
#define PHP_ZIMBRA_H

extern zend_module_entry zimbra_module_entry;
#define phpext_zimbra_ptr &zimbra_module_entry

/* The one version number, shared with package.xml, composer.json and the Blesta module. */
#define PHP_ZIMBRA_VERSION "0.3.0"

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

#endif
