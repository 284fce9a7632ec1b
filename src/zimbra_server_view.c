/*
 * Client::withServer() and getTargetServer(): a view of a client whose requests run on one server
 * of the install (<targetServer> in each request's header; zimbra-admin-soap.md §1.3, §14).
 */
#include "php.h"

#include "zimbra_target.h"
#include "zimbra_servers.h"
#include "core/zc_validate.h"

ZEND_METHOD(Zimbra_Client, withServer)
{
	zend_string *server;
	char id[ZC_TARGET_SERVER_MAX + 1];

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(server)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_zimbra_target_session(Z_OBJ_P(ZEND_THIS))) {
		RETURN_THROWS();  /* not constructed */
	}
	if (zc_is_zimbra_id(ZSTR_VAL(server), ZSTR_LEN(server))) {
		memcpy(id, ZSTR_VAL(server), ZSTR_LEN(server) + 1);
	} else if (!php_zimbra_server_id(Z_OBJ_P(ZEND_THIS), server, id)) {
		RETURN_THROWS();
	}
	php_zimbra_target_view(Z_OBJ_P(ZEND_THIS), id, return_value);
}

ZEND_METHOD(Zimbra_Client, getTargetServer)
{
	const char *target;

	ZEND_PARSE_PARAMETERS_NONE();
	target = php_zimbra_target_server(Z_OBJ_P(ZEND_THIS));
	if (target) {
		RETURN_STRING(target);
	}
	RETURN_NULL();
}
