/*
 * Client::request() and Batch::request() (one method, registered on both): any admin request,
 * its body written from a PHP array (zimbra_array), its reply given back as arrays. A typed
 * method like the others (layer 4): it builds an op and hands it to the object it was called on.
 */
#include "php.h"

#include "zimbra_array.h"
#include "zimbra_op.h"
#include "zimbra_target.h"
#include "core/zc_ns.h"
#include "core/zc_validate.h"
#include "core/zc_xml_writer.h"

ZEND_METHOD(Zimbra_Client, request)
{
	zend_string *name, *ns = NULL;
	HashTable *body = NULL;
	zc_xml_writer w;
	zc_error err;
	php_zimbra_op op;
	int ok;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(body)
		Z_PARAM_STR(ns)
	ZEND_PARSE_PARAMETERS_END();

	if (ns && !zc_is_namespace_uri(ZSTR_VAL(ns), ZSTR_LEN(ns))) {
		zend_argument_value_error(3, "must be a URI of at most 256 characters, such as urn:zimbraAdmin or urn:zimbraAccount");
		RETURN_THROWS();
	}
	/* Raw bodies may carry passwords (CreateAccount, SetPassword): always wipe them. */
	php_zimbra_op_init(&op, php_zimbra_reply_array, NULL);
	op.secret = true;
	zc_error_init(&err);
	zc_xw_init(&w, &op.body, &err);
	ok = body ? php_zimbra_array_to_xml(&w, ZSTR_VAL(name), ZSTR_LEN(name), ns ? ZSTR_VAL(ns) : ZC_NS_ADMIN, body)
		: (zc_xw_start(&w, ZSTR_VAL(name), ZSTR_LEN(name), ns ? ZSTR_VAL(ns) : ZC_NS_ADMIN) && zc_xw_end(&w));
	if (!php_zimbra_built(&op, ok, &err)) {
		RETURN_THROWS();  /* nothing was sent: the request could not be written */
	}
	php_zimbra_dispatch(ZEND_THIS, &op, return_value);
}
