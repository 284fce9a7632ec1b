/* Zimbra\Batch and Client::batch(): several operations in one BatchRequest (a class of the top layer). */
#ifndef ZIMBRA_BATCH_H
#define ZIMBRA_BATCH_H

#include "php.h"

extern zend_class_entry *php_zimbra_batch_ce;

/* MINIT, once the class is registered. */
void php_zimbra_batch_init_ce(void);

#endif
