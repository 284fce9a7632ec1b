/* Zimbra\Client (a class of the top layer): what the Batch class, above it, asks of a client. */
#ifndef ZIMBRA_CLIENT_H
#define ZIMBRA_CLIENT_H

#include "php.h"
#include "core/zc_session.h"

extern zend_class_entry *php_zimbra_client_ce;

/* MINIT, once the class is registered. */
void php_zimbra_client_init_ce(void);

/* Items per BatchRequest: small enough for the server to answer promptly. */
#define PHP_ZIMBRA_DEFAULT_BATCH_SIZE 100
#define PHP_ZIMBRA_MAX_BATCH_SIZE     1000

/* The session of a Client object (NULL, with an Error thrown, if it was never constructed). */
zc_session *php_zimbra_client_session(zend_object *client);

/* The id of the server a view's requests run on (withServer()); NULL for a client. */
const char *php_zimbra_client_target(zend_object *client);

/* out = a view of client (or of the client it is a view of) whose requests run on server_id. */
void php_zimbra_client_view(zend_object *client, const char *server_id, zval *out);

/* How many items Client::batch() puts in one BatchRequest (option batch_size). */
size_t php_zimbra_client_batch_size(zend_object *client);

#endif
