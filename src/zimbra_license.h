/* Zimbra\License (a class of the top layer): static methods only. */
#ifndef ZIMBRA_LICENSE_H
#define ZIMBRA_LICENSE_H

/* MINIT: the class registered (its stub: zimbra_license.stub.php). */
void php_zimbra_license_init_ce(void);

#endif
