/* Clocks, sleeping and the process id, on POSIX systems and on Windows; see zc_platform.h. */
#if !defined(_WIN32) && !defined(_POSIX_C_SOURCE)
# define _POSIX_C_SOURCE 200809L  /* clock_gettime, nanosleep */
#endif
#include "zc_platform.h"

#ifdef _WIN32
# include <windows.h>
# include <process.h>

long long zc_now_ms(void)
{
	return (long long)GetTickCount64();
}

long long zc_wall_ms(void)
{
	FILETIME ft;
	ULARGE_INTEGER t;

	/* 100 ns ticks since 1601-01-01. */
	GetSystemTimeAsFileTime(&ft);
	t.LowPart = ft.dwLowDateTime;
	t.HighPart = ft.dwHighDateTime;
	return (long long)(t.QuadPart / 10000ULL) - 11644473600000LL;
}

void zc_sleep_ms(long long ms)
{
	if (ms > 0) {
		Sleep((DWORD)ms);
	}
}

long zc_process_id(void)
{
	return (long)_getpid();
}

#else
# include <time.h>
# include <unistd.h>

long long zc_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

long long zc_wall_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void zc_sleep_ms(long long ms)
{
	struct timespec ts;

	if (ms <= 0) {
		return;
	}
	ts.tv_sec = (time_t)(ms / 1000);
	ts.tv_nsec = (long)(ms % 1000) * 1000000L;
	while (nanosleep(&ts, &ts) != 0) {
		/* interrupted by a signal: sleep the rest */
	}
}

long zc_process_id(void)
{
	return (long)getpid();
}
#endif
