/* Zimbra\AccountIterator, what Client::listAccounts() returns (a class of the top layer). */
#ifndef ZIMBRA_ACCOUNT_ITERATOR_H
#define ZIMBRA_ACCOUNT_ITERATOR_H

#include "php.h"

extern zend_class_entry *php_zimbra_account_iterator_ce;

/* MINIT, once the class is registered. */
void php_zimbra_account_iterator_init_ce(void);

#endif
