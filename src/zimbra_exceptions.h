/* Turning core errors into PHP exceptions: the one place that picks a class. */
#ifndef ZIMBRA_EXCEPTIONS_H
#define ZIMBRA_EXCEPTIONS_H

#include "php.h"
#include "core/zc_error.h"

extern zend_class_entry *php_zimbra_exception_ce;
extern zend_class_entry *php_zimbra_validation_exception_ce;
extern zend_class_entry *php_zimbra_transport_exception_ce;
extern zend_class_entry *php_zimbra_response_exception_ce;
extern zend_class_entry *php_zimbra_fault_exception_ce;
extern zend_class_entry *php_zimbra_authentication_exception_ce;
extern zend_class_entry *php_zimbra_crypto_exception_ce;

/* MINIT, once the classes are registered: every exception scrubs its trace's arguments. */
void php_zimbra_exceptions_init_ce(void);
/* MSHUTDOWN: the engine's throw hook as it was before MINIT. */
void php_zimbra_exceptions_shutdown(void);

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
