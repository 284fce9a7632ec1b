/*
 * Zimbra\Client (a class of the top layer). The classes beside it that have Client methods (the
 * iterators, withServer()) reach a client through the target layer (zimbra_target.h), never here.
 */
#ifndef ZIMBRA_CLIENT_H
#define ZIMBRA_CLIENT_H

#include "php.h"

extern zend_class_entry *php_zimbra_client_ce;

/* MINIT: the class registered (its stub: zimbra_client.stub.php) and its handlers set. */
void php_zimbra_client_init_ce(void);

#endif
