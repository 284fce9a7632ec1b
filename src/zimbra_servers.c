/*
 * The servers of an install: listServers() (GetAllServersRequest) and a server's id by name
 * (GetServerRequest). A multi-server install homes each mailbox on one mailbox server; a request
 * runs on another server through a view (Client::withServer()).
 */
#include "php.h"

#include "zimbra_exceptions.h"
#include "zimbra_op.h"
#include "zimbra_paging.h"
#include "zimbra_servers.h"
#include "zimbra_target.h"
#include "zimbra_values.h"
#include "core/zc_admin.h"
#include "core/zc_validate.h"

/* A service name as Zimbra spells them (mailbox, mta, proxy, imapproxy, ...). */
static bool service_name(zend_string *service)
{
	size_t i;

	for (i = 0; i < ZSTR_LEN(service); i++) {
		char c = ZSTR_VAL(service)[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
			break;
		}
	}
	if (ZSTR_LEN(service) == 0 || ZSTR_LEN(service) > 64 || i < ZSTR_LEN(service)) {
		php_zimbra_throw_validation("A service name is 1 to 64 letters, digits, '-' or '_', such as mailbox, mta or proxy");
		return false;
	}
	return true;
}

static void reply_servers(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	(void)op;
	php_zimbra_search_entries(reply, rv);
}

ZEND_METHOD(Zimbra_Client, listServers)
{
	zend_string *service = NULL;
	php_zimbra_op op;
	zc_error err;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(service)
	ZEND_PARSE_PARAMETERS_END();

	if (service && !service_name(service)) {
		RETURN_THROWS();
	}
	php_zimbra_op_init(&op, reply_servers, NULL);
	zc_error_init(&err);
	if (php_zimbra_built(&op, zc_rq_all_servers(&op.body, service ? ZSTR_VAL(service) : "mailbox", &err), &err)) {
		php_zimbra_dispatch(ZEND_THIS, &op, return_value);
	}
}

static void reply_server_id(const zc_node *reply, php_zimbra_op *op, zval *rv)
{
	const zc_node *server = zc_node_child(reply, "server", NULL);
	const char *id = server ? zc_node_attr(server, "id") : NULL;

	if (!id || !zc_is_zimbra_id(id, strlen(id))) {
		php_zimbra_reply_missing(op, reply, "server id", rv);
		return;
	}
	ZVAL_STRING(rv, id);
}

bool php_zimbra_server_id(zend_object *self, zend_string *name, char id[ZC_TARGET_SERVER_MAX + 1])
{
	char host[ZC_DOMAIN_MAX + 1];
	php_zimbra_op op;
	zc_error err;
	zval result;

	zc_error_init(&err);
	if (!zc_normalize_domain(ZSTR_VAL(name), ZSTR_LEN(name), host, &err)) {
		zc_error_clear(&err);
		php_zimbra_throw_validation("A server is named by its id or its host name (such as mbx2.example.com)");
		return false;
	}
	php_zimbra_op_init(&op, reply_server_id, NULL);
	zc_error_init(&err);
	if (!php_zimbra_built(&op, zc_rq_get_server(&op.body, "name", host, &err), &err)
			|| !php_zimbra_execute(self, &op, &result)) {
		return false;
	}
	snprintf(id, ZC_TARGET_SERVER_MAX + 1, "%s", Z_STRVAL(result));
	zval_ptr_dtor(&result);
	return true;
}
