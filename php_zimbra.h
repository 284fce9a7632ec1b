/* zimbra: a PHP client of the Zimbra Admin SOAP API. The module's public header. */
#ifndef PHP_ZIMBRA_H
#define PHP_ZIMBRA_H

extern zend_module_entry zimbra_module_entry;
#define phpext_zimbra_ptr &zimbra_module_entry

/* The version and the globals live below the binding's layers; the module's top file only re-exports them. */
#include "src/zimbra_version.h"
#include "src/zimbra_globals.h"

#endif
