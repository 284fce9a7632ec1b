/*
 * zc_arena: a bump allocator for one parsed response.
 *
 * A response tree is built node by node while bytes arrive and dropped as a
 * whole once the binding has converted it, so per-node malloc/free would be
 * wasted work. zc_arena_wipe() zeroes every chunk first, for replies that
 * carried a secret (AuthResponse holds the auth token).
 */
#ifndef ZC_ARENA_H
#define ZC_ARENA_H

#include <stddef.h>

typedef struct zc_arena_chunk zc_arena_chunk;

typedef struct {
	zc_arena_chunk *head;
	size_t          used_total;
} zc_arena;

void  zc_arena_init(zc_arena *a);
void *zc_arena_alloc(zc_arena *a, size_t n);           /* 8-byte aligned, NULL on OOM */
char *zc_arena_strndup(zc_arena *a, const char *s, size_t n); /* NUL-terminated copy */
void  zc_arena_free(zc_arena *a);
void  zc_arena_wipe(zc_arena *a);

#endif
