/* Error records for the core; see zc_error.h. */
#include "zc_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void zc_error_init(zc_error *e)
{
	memset(e, 0, sizeof(*e));
	zc_fault_init(&e->fault);
}

void zc_error_clear(zc_error *e)
{
	zc_fault_free(&e->fault);
	zc_error_init(e);
}

int zc_error_set(zc_error *e, zc_error_kind kind, const char *fmt, ...)
{
	va_list ap;

	e->kind = kind;
	va_start(ap, fmt);
	vsnprintf(e->message, sizeof(e->message), fmt, ap);
	va_end(ap);
	return 0;
}
