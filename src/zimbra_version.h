/*
 * The one version number, shared with package.xml, the Blesta module, the CLI and the IDE stub
 * (scripts/check-version keeps them equal). php_zimbra.h gives it to the outside, as every PECL
 * extension's public header does; src/ takes it from here, never from the module's top file.
 */
#ifndef ZIMBRA_VERSION_H
#define ZIMBRA_VERSION_H

#define PHP_ZIMBRA_VERSION "0.3.0"

#endif
