/*
 * zimbra module plumbing: class registration, library init, phpinfo().
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
#include "stubs/zimbra_arginfo.h"

static PHP_GINIT_FUNCTION(zimbra)
{
#if defined(COMPILE_DL_ZIMBRA) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(zimbra_globals, 0, sizeof(*zimbra_globals));
}

/*
 * Every class, from the generated arginfo (registration needs its method tables, which only this
 * file includes), into the class entry its own file declares; subclasses after their parents.
 */
static void register_classes(void)
{
	php_zimbra_exception_ce = register_class_Zimbra_Exception(zend_ce_throwable);
	php_zimbra_validation_exception_ce = register_class_Zimbra_ValidationException(
		spl_ce_InvalidArgumentException, php_zimbra_exception_ce);
	php_zimbra_transport_exception_ce = register_class_Zimbra_TransportException(
		spl_ce_RuntimeException, php_zimbra_exception_ce);
	php_zimbra_response_exception_ce = register_class_Zimbra_ResponseException(
		spl_ce_RuntimeException, php_zimbra_exception_ce);
	php_zimbra_fault_exception_ce = register_class_Zimbra_FaultException(
		spl_ce_RuntimeException, php_zimbra_exception_ce);
	php_zimbra_authentication_exception_ce = register_class_Zimbra_AuthenticationException(
		php_zimbra_fault_exception_ce);
	php_zimbra_crypto_exception_ce = register_class_Zimbra_CryptoException(
		spl_ce_RuntimeException, php_zimbra_exception_ce);
	php_zimbra_entry_ce = register_class_Zimbra_Entry();
	php_zimbra_domain_ce = register_class_Zimbra_Domain(php_zimbra_entry_ce);
	php_zimbra_account_ce = register_class_Zimbra_Account(php_zimbra_entry_ce);
	php_zimbra_dl_ce = register_class_Zimbra_DistributionList(php_zimbra_entry_ce);
	php_zimbra_cos_ce = register_class_Zimbra_Cos(php_zimbra_entry_ce);
	php_zimbra_alias_ce = register_class_Zimbra_Alias(php_zimbra_entry_ce);
	php_zimbra_calresource_ce = register_class_Zimbra_CalendarResource(php_zimbra_entry_ce);
	php_zimbra_server_ce = register_class_Zimbra_Server(php_zimbra_entry_ce);
	php_zimbra_quota_usage_ce = register_class_Zimbra_QuotaUsage();
	php_zimbra_search_result_ce = register_class_Zimbra_SearchResult(zend_ce_aggregate, zend_ce_countable);
	php_zimbra_client_ce = register_class_Zimbra_Client();
	php_zimbra_batch_ce = register_class_Zimbra_Batch();
	php_zimbra_account_iterator_ce = register_class_Zimbra_AccountIterator(zend_ce_iterator);
	php_zimbra_quota_iterator_ce = register_class_Zimbra_QuotaUsageIterator(zend_ce_iterator);
	php_zimbra_preauth_ce = register_class_Zimbra_Preauth();
	php_zimbra_attempt_ce = register_class_Zimbra_Attempt();
	register_class_Zimbra_Validate();  /* static methods only: nothing to set up */
	register_class_Zimbra_License();
}

PHP_MINIT_FUNCTION(zimbra)
{
	/* Reference-counted by libcurl, so ext/curl calling it too is fine. */
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		return FAILURE;
	}
	php_zimbra_ini_register(type, module_number);
	php_zimbra_persistent_startup();
	register_zimbra_symbols(module_number);
	register_classes();
	php_zimbra_exceptions_init_ce();
	php_zimbra_values_init_ce();
	php_zimbra_client_init_ce();
	php_zimbra_batch_init_ce();
	php_zimbra_account_iterator_init_ce();
	php_zimbra_quota_iterator_init_ce();
	php_zimbra_preauth_init_ce();
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
