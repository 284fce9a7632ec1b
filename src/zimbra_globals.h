/* The module's INI settings (value layer); their values are read through ZIMBRA_G() of php_zimbra.h. */
#ifndef ZIMBRA_GLOBALS_H
#define ZIMBRA_GLOBALS_H

/* MINIT and MSHUTDOWN. */
void php_zimbra_ini_register(int type, int module_number);
void php_zimbra_ini_unregister(int type, int module_number);

#endif
