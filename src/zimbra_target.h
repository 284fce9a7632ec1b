/*
 * The target layer: where a typed method's operation goes.
 *
 * A typed method is written once and registered on both Zimbra\Client and Zimbra\Batch. It builds
 * an op (zimbra_op.h) and hands it to the object it was called on, which runs it now (a Client)
 * or queues it (a Batch). This layer names neither class: each class ends its object struct with
 * a php_zimbra_target_object and points it at its own php_zimbra_target, so the typed methods
 * below the classes never include a class's header.
 */
#ifndef ZIMBRA_TARGET_H
#define ZIMBRA_TARGET_H

#include "php.h"
#include "core/zc_session.h"
#include "zimbra_op.h"

typedef struct {
	/*
	 * Run op now, or queue it: return_value gets the result, or the queued item's position.
	 * Takes ownership of op. Returns false when an exception was thrown.
	 */
	bool (*submit)(zend_object *self, php_zimbra_op *op, zval *return_value);
	/*
	 * The session self's operations run on, for methods of several steps that need each reply
	 * before the next request (purge, paging). NULL, with an exception thrown, when there is none.
	 */
	zc_session *(*session)(zend_object *self);
	/*
	 * The id of the server self's requests run on (Client::withServer()), or NULL for the server
	 * the URL names: a method whose request means something else on one server asks (quota usage).
	 */
	const char *(*server)(zend_object *self);
	/*
	 * out = a new object like self whose requests run on server_id (Client::withServer()); NULL
	 * for an object that has none (a Batch runs where its client does).
	 */
	void (*view)(zend_object *self, const char *server_id, zval *out);
} php_zimbra_target;

/* The last member of every object a typed method runs on (its zend_object comes last of all). */
typedef struct {
	const php_zimbra_target *target;
	zend_object              std;
} php_zimbra_target_object;

static inline const php_zimbra_target *php_zimbra_target_of(zend_object *obj)
{
	return ((php_zimbra_target_object *)((char *)obj - XtOffsetOf(php_zimbra_target_object, std)))->target;
}

/* Hand op to the object the method was called on (ZEND_THIS). Takes ownership of op. */
bool php_zimbra_dispatch(zval *this_zv, php_zimbra_op *op, zval *return_value);

/* The session self's operations run on (NULL, with an exception thrown, when there is none). */
zc_session *php_zimbra_target_session(zend_object *self);

/* The server self's requests run on (see php_zimbra_target.server); NULL for the URL's. */
const char *php_zimbra_target_server(zend_object *self);

/* out = a view of self on server_id (see php_zimbra_target.view); false, with an Error thrown, when self has none. */
bool php_zimbra_target_view(zend_object *self, const char *server_id, zval *out);

/* Run op now on self's session, whatever self is (a step of a multi-step method). Takes ownership of op. */
bool php_zimbra_execute(zend_object *self, php_zimbra_op *op, zval *return_value);

#endif
