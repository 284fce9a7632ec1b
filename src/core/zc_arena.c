/* Bump allocator for response trees; see zc_arena.h. */
#include "zc_arena.h"
#include "zc_buf.h"

#include <stdlib.h>
#include <string.h>

#define ZC_ARENA_CHUNK 16384

struct zc_arena_chunk {
	zc_arena_chunk *next;
	size_t          size;
	size_t          used;
	/* Payload follows, aligned by the union. */
	union { double d; void *p; long long l; } payload[];
};

void zc_arena_init(zc_arena *a)
{
	a->head = NULL;
	a->used_total = 0;
}

void *zc_arena_alloc(zc_arena *a, size_t n)
{
	zc_arena_chunk *c = a->head;
	size_t need = (n + 7) & ~(size_t)7;
	void *p;

	if (need < n) {
		return NULL;
	}
	if (!c || c->size - c->used < need) {
		size_t size = need > ZC_ARENA_CHUNK ? need : ZC_ARENA_CHUNK;
		zc_arena_chunk *fresh = malloc(sizeof(*fresh) + size);
		if (!fresh) {
			return NULL;
		}
		fresh->size = size;
		fresh->used = 0;
		/* A large one-off block goes behind the current chunk, so the
		 * current chunk keeps serving small allocations. */
		if (c && need > ZC_ARENA_CHUNK) {
			fresh->next = c->next;
			c->next = fresh;
		} else {
			fresh->next = c;
			a->head = fresh;
		}
		c = fresh;
	}
	p = (char *)c->payload + c->used;
	c->used += need;
	a->used_total += need;
	return p;
}

char *zc_arena_strndup(zc_arena *a, const char *s, size_t n)
{
	char *p = zc_arena_alloc(a, n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

static void release(zc_arena *a, int wipe)
{
	zc_arena_chunk *c = a->head;
	while (c) {
		zc_arena_chunk *next = c->next;
		if (wipe) {
			zc_secure_zero(c->payload, c->used);
		}
		free(c);
		c = next;
	}
	zc_arena_init(a);
}

void zc_arena_free(zc_arena *a)
{
	release(a, 0);
}

void zc_arena_wipe(zc_arena *a)
{
	release(a, 1);
}
