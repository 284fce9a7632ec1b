/* Zimbra\Preauth: webmail single sign-on URLs (a class of the top layer). */
#ifndef ZIMBRA_PREAUTH_H
#define ZIMBRA_PREAUTH_H

#include "php.h"

extern zend_class_entry *php_zimbra_preauth_ce;

/* MINIT, once the class is registered: the key lives in C memory, never a property. */
void php_zimbra_preauth_init_ce(void);

#endif
