/* Zimbra\Batch and Client::batch(): several operations in one BatchRequest (a class of the top layer). */
#ifndef ZIMBRA_BATCH_H
#define ZIMBRA_BATCH_H

#include "php.h"

extern zend_class_entry *php_zimbra_batch_ce;

/* MINIT, once the class is registered. */
void php_zimbra_batch_init_ce(void);

/*
 * Client::batch(): call fci with a new Batch of client, then send what it queued, in
 * BatchRequests of at most chunk items; return_value gets each item's result, in order.
 * Returns with an exception thrown when nothing could be done.
 */
void php_zimbra_batch_run(zend_object *client, zend_fcall_info *fci, zend_fcall_info_cache *fcc, bool stop_on_error,
	size_t chunk, zval *return_value);

#endif
