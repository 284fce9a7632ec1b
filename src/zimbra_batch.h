/* Zimbra\Batch and Client::batch(): several operations in one BatchRequest. */
#ifndef ZIMBRA_BATCH_H
#define ZIMBRA_BATCH_H

#include "php.h"
#include "zimbra_call.h"

extern zend_class_entry *php_zimbra_batch_ce;

void php_zimbra_batch_setup(zend_class_entry *ce);
/* Queue op on a Batch; return_value becomes its position. Takes ownership of op. */
bool php_zimbra_batch_queue(zend_object *batch, php_zimbra_op *op, zval *return_value);

#endif
