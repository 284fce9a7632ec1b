/*
 * zc_platform: the few things the core needs from the operating system, in one place, so
 * that every other file is plain C99 and builds on Windows as config.w32 promises.
 * Only this file's .c may use a POSIX-only or Windows-only call (scripts/check-portable).
 */
#ifndef ZC_PLATFORM_H
#define ZC_PLATFORM_H

/* Milliseconds on a monotonic clock (never goes back when the wall clock is set). */
long long zc_now_ms(void);
/* Milliseconds since 1970-01-01 UTC (preauth timestamps). */
long long zc_wall_ms(void);
/* Sleep this many milliseconds, all of them even when a signal interrupts. */
void zc_sleep_ms(long long ms);
/* The current process id: a forked child sees a new one. */
long zc_process_id(void);

#endif
