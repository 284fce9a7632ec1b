/* zimbra: a PHP client of the Zimbra Admin SOAP API. */
#ifndef PHP_ZIMBRA_H
#define PHP_ZIMBRA_H

extern zend_module_entry zimbra_module_entry;
#define phpext_zimbra_ptr &zimbra_module_entry

/* The one version number, shared with package.xml, composer.json and the Blesta module. */
#define PHP_ZIMBRA_VERSION "0.1.0"

#if defined(ZTS) && defined(COMPILE_DL_ZIMBRA)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
