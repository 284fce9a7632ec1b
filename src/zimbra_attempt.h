/* Zimbra\Attempt: the note a create leaves in zimbraNotes, and how a lost reply is settled by it (a class of the top layer). */
#ifndef ZIMBRA_ATTEMPT_H
#define ZIMBRA_ATTEMPT_H

#include "php.h"

extern zend_class_entry *php_zimbra_attempt_ce;

/* MINIT: the class registered (its stub: zimbra_attempt.stub.php). */
void php_zimbra_attempt_init_ce(void);

#endif
