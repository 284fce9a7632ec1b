/*
 * Class entries and per-class setup shared by the binding files.
 * php_zimbra.c registers the classes from the generated arginfo and hands
 * each class to the file that owns its behaviour.
 */
#ifndef ZIMBRA_CLASSES_H
#define ZIMBRA_CLASSES_H

#include "php.h"

extern zend_class_entry *php_zimbra_client_ce;
extern zend_class_entry *php_zimbra_exception_ce;
extern zend_class_entry *php_zimbra_validation_exception_ce;
extern zend_class_entry *php_zimbra_transport_exception_ce;
extern zend_class_entry *php_zimbra_response_exception_ce;
extern zend_class_entry *php_zimbra_fault_exception_ce;
extern zend_class_entry *php_zimbra_authentication_exception_ce;
extern zend_class_entry *php_zimbra_crypto_exception_ce;

extern zend_class_entry *php_zimbra_preauth_ce;

/* src/zimbra_client.c */
void php_zimbra_client_setup(zend_class_entry *ce);
/* src/zimbra_preauth.c */
void php_zimbra_preauth_setup(zend_class_entry *ce);
/* src/zimbra_exceptions.c */
void php_zimbra_exceptions_setup(void);

#endif
