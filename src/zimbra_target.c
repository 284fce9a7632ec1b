/* Handing an operation to the object a typed method was called on; see zimbra_target.h. */
#include "php.h"

#include "zimbra_target.h"

bool php_zimbra_dispatch(zval *this_zv, php_zimbra_op *op, zval *return_value)
{
	zend_object *self = Z_OBJ_P(this_zv);

	return php_zimbra_target_of(self)->submit(self, op, return_value);
}

zc_session *php_zimbra_target_session(zend_object *self)
{
	return php_zimbra_target_of(self)->session(self);
}

const char *php_zimbra_target_server(zend_object *self)
{
	return php_zimbra_target_of(self)->server(self);
}

bool php_zimbra_target_view(zend_object *self, const char *server_id, zval *out)
{
	const php_zimbra_target *t = php_zimbra_target_of(self);

	if (!t->view) {
		zend_throw_error(NULL, "A %s runs on its client's server: it has no view of another", ZSTR_VAL(self->ce->name));
		return false;
	}
	t->view(self, server_id, out);
	return true;
}

bool php_zimbra_execute(zend_object *self, php_zimbra_op *op, zval *return_value)
{
	zc_session *s = php_zimbra_target_session(self);

	if (!s) {
		php_zimbra_op_dtor(op);
		return false;
	}
	return php_zimbra_op_run(s, op, return_value);
}
