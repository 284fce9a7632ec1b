/* Zimbra\QuotaUsageIterator (a class of the top layer): what Client::listQuotaUsage() returns. */
#ifndef ZIMBRA_QUOTA_ITERATOR_H
#define ZIMBRA_QUOTA_ITERATOR_H

#include "php.h"

extern zend_class_entry *php_zimbra_quota_iterator_ce;

/* MINIT, once the class is registered. */
void php_zimbra_quota_iterator_init_ce(void);

#endif
