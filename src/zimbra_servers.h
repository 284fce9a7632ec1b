/*
 * The servers of an install (typed-method layer): listServers() on Client and Batch, and the
 * lookup of a server's id by name that Client::withServer() needs.
 */
#ifndef ZIMBRA_SERVERS_H
#define ZIMBRA_SERVERS_H

#include "php.h"
#include "core/zc_session.h"

/*
 * The id of the server named name (GetServerRequest), sent now on self's session, into id. False
 * with an exception thrown: a ValidationException for a name that is not a host name, a
 * FaultException account.NO_SUCH_SERVER for one Zimbra does not know.
 */
bool php_zimbra_server_id(zend_object *self, zend_string *name, char id[ZC_TARGET_SERVER_MAX + 1]);

#endif
