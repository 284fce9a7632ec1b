/* Turning core errors into PHP exceptions: the one place that picks a class. */
#ifndef ZIMBRA_EXCEPTIONS_H
#define ZIMBRA_EXCEPTIONS_H

#include "php.h"
#include "core/zc_error.h"

/*
 * Throw the exception for e and clear e. A fault on login becomes an
 * AuthenticationException, every other fault a FaultException.
 */
void php_zimbra_throw(zc_error *e, bool during_login);

/* The exception object for e, not thrown (Batch results). Clears e. */
void php_zimbra_exception_object(zc_error *e, bool during_login, zval *out);

/* Throw a ValidationException with a formatted message. */
void php_zimbra_throw_validation(const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);

#endif
