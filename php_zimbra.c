/*
 * zimbra module plumbing: the constants, MINIT as the list of each class's *_init_ce(), library init, phpinfo().
 * Behaviour lives in src/ (binding) and src/core/ (pure C).
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "ext/standard/info.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"

#include <curl/curl.h>
#include <libxml/xmlversion.h>
#include <openssl/crypto.h>

#include "php_zimbra.h"
#include "zend_interfaces.h"

#include "src/zimbra_account_iterator.h"
#include "src/zimbra_attempt.h"
#include "src/zimbra_batch.h"
#include "src/zimbra_quota_iterator.h"
#include "src/zimbra_client.h"
#include "src/zimbra_exceptions.h"
#include "src/zimbra_globals.h"
#include "src/zimbra_persistent.h"
#include "src/zimbra_preauth.h"
#include "src/zimbra_values.h"
#include "src/zimbra_license.h"
#include "src/zimbra_validate.h"
#include "php_zimbra_arginfo.h"  /* the constants, from php_zimbra.stub.php */

static PHP_GINIT_FUNCTION(zimbra)
{
#if defined(COMPILE_DL_ZIMBRA) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(zimbra_globals, 0, sizeof(*zimbra_globals));
}

PHP_MINIT_FUNCTION(zimbra)
{
	/* Reference-counted by libcurl, so ext/curl calling it too is fine. */
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		return FAILURE;
	}
	php_zimbra_ini_register(type, module_number);
	php_zimbra_persistent_startup();
	register_php_zimbra_symbols(module_number);
	/* Each class is registered beside its handlers, from the arginfo of the stub beside its C file. */
	php_zimbra_exceptions_init_ce();
	php_zimbra_values_init_ce();
	php_zimbra_client_init_ce();
	php_zimbra_batch_init_ce();
	php_zimbra_account_iterator_init_ce();
	php_zimbra_quota_iterator_init_ce();
	php_zimbra_preauth_init_ce();
	php_zimbra_attempt_init_ce();
	php_zimbra_license_init_ce();
	php_zimbra_validate_init_ce();
	return SUCCESS;
}

PHP_MSHUTDOWN_FUNCTION(zimbra)
{
	php_zimbra_ini_unregister(type, module_number);
	php_zimbra_exceptions_shutdown();
	/* Kept sessions hold curl handles: close them (every thread's) before libcurl goes. */
	php_zimbra_persistent_shutdown();
	curl_global_cleanup();
	return SUCCESS;
}

PHP_MINFO_FUNCTION(zimbra)
{
	curl_version_info_data *cv = curl_version_info(CURLVERSION_NOW);

	(void)zend_module;
	php_info_print_table_start();
	php_info_print_table_row(2, "Zimbra Admin SOAP client", "enabled");
	php_info_print_table_row(2, "Version", PHP_ZIMBRA_VERSION);
	php_info_print_table_row(2, "libcurl", cv->version);
	php_info_print_table_row(2, "libcurl TLS backend", cv->ssl_version ? cv->ssl_version : "none");
	php_info_print_table_row(2, "libxml2 (compiled)", LIBXML_DOTTED_VERSION);
	php_info_print_table_row(2, "OpenSSL", OpenSSL_version(OPENSSL_VERSION));
	php_info_print_table_row(2, "TLS verification", "on by default (verify_peer, ca_file, pinned_public_key)");
	{
		char kept[32];
		snprintf(kept, sizeof(kept), ZEND_LONG_FMT, php_zimbra_persistent_count());
		php_info_print_table_row(2, "Kept sessions (this process)", kept);
	}
	php_info_print_table_row(2, "Licensing", ZIMBRA_G(license_public_key)[0] ? "enforced (vendor key set)" : "off (community build)");
	php_info_print_table_end();
	DISPLAY_INI_ENTRIES();
}

static const zend_module_dep zimbra_deps[] = {
	ZEND_MOD_REQUIRED("libxml")
	ZEND_MOD_REQUIRED("spl")
	ZEND_MOD_END
};

zend_module_entry zimbra_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	zimbra_deps,
	"zimbra",
	NULL,
	PHP_MINIT(zimbra),
	PHP_MSHUTDOWN(zimbra),
	NULL,
	NULL,
	PHP_MINFO(zimbra),
	PHP_ZIMBRA_VERSION,
	PHP_MODULE_GLOBALS(zimbra),
	PHP_GINIT(zimbra),
	NULL,
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_ZIMBRA
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(zimbra)
#endif
