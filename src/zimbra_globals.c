/* The module's globals and INI settings; see zimbra_globals.h. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "php_ini.h"

#include "zimbra_globals.h"

ZEND_DECLARE_MODULE_GLOBALS(zimbra)

/*
 * Licence settings are PHP_INI_SYSTEM: only php.ini (or -d) can replace what the
 * build set, never a script. They are not secrets (a public key and a URL).
 */
PHP_INI_BEGIN()
	STD_PHP_INI_ENTRY("zimbra.license_public_key", PHP_ZIMBRA_LICENSE_PUBKEY, PHP_INI_SYSTEM, OnUpdateString,
		license_public_key, zend_zimbra_globals, zimbra_globals)
	STD_PHP_INI_ENTRY("zimbra.license_url", PHP_ZIMBRA_LICENSE_URL, PHP_INI_SYSTEM, OnUpdateString,
		license_url, zend_zimbra_globals, zimbra_globals)
	STD_PHP_INI_ENTRY("zimbra.license_ca_file", "", PHP_INI_SYSTEM, OnUpdateString,
		license_ca_file, zend_zimbra_globals, zimbra_globals)
	/* Opt-in: keep each client's connection and admin token alive in the worker process. */
	STD_PHP_INI_BOOLEAN("zimbra.persistent", "0", PHP_INI_ALL, OnUpdateBool,
		persistent, zend_zimbra_globals, zimbra_globals)
	/* A bound on them: each holds a connection and a token for the worker's life. */
	STD_PHP_INI_ENTRY("zimbra.persistent_max", "16", PHP_INI_SYSTEM, OnUpdateLongGEZero,
		persistent_max, zend_zimbra_globals, zimbra_globals)
PHP_INI_END()

void php_zimbra_ini_register(int type, int module_number)
{
	REGISTER_INI_ENTRIES();
}

void php_zimbra_ini_unregister(int type, int module_number)
{
	UNREGISTER_INI_ENTRIES();
}
