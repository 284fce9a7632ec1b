/* Zimbra\Validate (a class of the top layer): static methods only. */
#ifndef ZIMBRA_VALIDATE_H
#define ZIMBRA_VALIDATE_H

/* MINIT: the class registered (its stub: zimbra_validate.stub.php). */
void php_zimbra_validate_init_ce(void);

#endif
