/*
 * The registry of kept sessions: one list for the whole process, shared by its threads on a
 * thread-safe build (under a mutex), so that MSHUTDOWN frees every kept curl handle before
 * curl_global_cleanup(). Per-thread globals would be freed in GSHUTDOWN, which on ZTS builds
 * runs after MSHUTDOWN, when libcurl is gone: the order mongo-php-driver settled on for its
 * persistent clients is the one kept here.
 *
 * Entries record the process that made them: a forked child never takes its parent's (the
 * transport, for its part, never touches a connection made before a fork). The list holds
 * at most zimbra.persistent_max sessions of this process; when a new one must be kept, the
 * least recently used one that no object holds is dropped. Entries are malloc'd, outside
 * PHP's per-request memory, and keep the credentials only to log in again when the token
 * runs out.
 */
#include "php.h"

#include <openssl/evp.h>

#include "zimbra_globals.h"
#include "zimbra_persistent.h"
#include "core/zc_crypto.h"
#include "core/zc_platform.h"

typedef struct pentry {
	zc_session     session;   /* first member: a zc_session* is a pentry* */
	struct pentry *next;      /* most recently used first */
	long           pid;
	bool           in_use;
	char           key[PHP_ZIMBRA_PKEY_LEN];
} pentry;

static pentry *registry_head;
#ifdef ZTS
static MUTEX_T registry_lock;
# define LOCK()   tsrm_mutex_lock(registry_lock)
# define UNLOCK() tsrm_mutex_unlock(registry_lock)
#else
# define LOCK()
# define UNLOCK()
#endif

void php_zimbra_persistent_key(zend_string *conn_id, zend_string *user, zend_string *password, char key[PHP_ZIMBRA_PKEY_LEN])
{
	unsigned char pw[32], md[32];
	unsigned int n = 0;
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();

	EVP_Digest(ZSTR_VAL(password), ZSTR_LEN(password), pw, &n, EVP_sha256(), NULL);
	EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
	EVP_DigestUpdate(ctx, ZSTR_VAL(conn_id), ZSTR_LEN(conn_id));
	EVP_DigestUpdate(ctx, "\n", 1);
	EVP_DigestUpdate(ctx, ZSTR_VAL(user), ZSTR_LEN(user));
	EVP_DigestUpdate(ctx, "\n", 1);
	EVP_DigestUpdate(ctx, pw, sizeof(pw));
	EVP_DigestFinal_ex(ctx, md, &n);
	EVP_MD_CTX_free(ctx);
	ZEND_SECURE_ZERO(pw, sizeof(pw));
	zc_hex(md, 32, key);
}

/* Unlink e (the caller holds the lock). */
static void unlink_entry(pentry *e)
{
	pentry **p;

	for (p = &registry_head; *p; p = &(*p)->next) {
		if (*p == e) {
			*p = e->next;
			return;
		}
	}
}

zc_session *php_zimbra_persistent_take(const char key[PHP_ZIMBRA_PKEY_LEN])
{
	pentry *e;
	long me = zc_process_id();

	LOCK();
	for (e = registry_head; e; e = e->next) {
		if (e->pid == me && !e->in_use && strcmp(e->key, key) == 0) {
			e->in_use = true;
			unlink_entry(e);  /* to the front: most recently used */
			e->next = registry_head;
			registry_head = e;
			break;
		}
	}
	UNLOCK();
	return e ? &e->session : NULL;
}

/*
 * Make room for one more session of this process: unlink the least recently used one no object
 * holds and return it for freeing outside the lock, or NULL when there is room already. *full
 * tells that there is no room and nothing can go (every kept session is in use).
 */
static pentry *make_room(long me, zend_long max, bool *full)
{
	pentry *e, *victim = NULL;
	zend_long mine = 0;

	for (e = registry_head; e; e = e->next) {
		if (e->pid == me) {
			mine++;
			if (!e->in_use) {
				victim = e;  /* the last one seen is the least recently used */
			}
		}
	}
	*full = false;
	if (mine < max) {
		return NULL;
	}
	if (!victim) {
		*full = true;
		return NULL;
	}
	unlink_entry(victim);
	return victim;
}

zc_session *php_zimbra_persistent_adopt(const char key[PHP_ZIMBRA_PKEY_LEN], zc_session *own)
{
	long me = zc_process_id();
	zend_long max = ZIMBRA_G(persistent_max);
	zc_transport *fresh;
	pentry *e, *dropped;
	zc_error err;
	bool full;

	if (max <= 0) {
		return NULL;
	}
	e = calloc(1, sizeof(*e));
	zc_error_init(&err);
	/* The object keeps a transport of its own, unconnected, for a later login that misses the registry. */
	fresh = e ? zc_transport_clone(own->transport, &err) : NULL;
	zc_error_clear(&err);
	if (!fresh) {
		free(e);
		return NULL;
	}
	LOCK();
	dropped = make_room(me, max, &full);
	if (!full) {
		memcpy(&e->session, own, sizeof(*own));
		e->pid = me;
		e->in_use = true;
		memcpy(e->key, key, PHP_ZIMBRA_PKEY_LEN);
		e->next = registry_head;
		registry_head = e;
	}
	UNLOCK();
	if (dropped) {
		zc_session_free(&dropped->session);
		free(dropped);
	}
	if (full) {
		/* Every kept session is in use: this one lives for the request only. */
		zc_transport_free(fresh);
		free(e);
		return NULL;
	}
	zc_session_init(own, fresh);  /* the registry owns the connection and the secrets now */
	own->max_rate = e->session.max_rate;
	return &e->session;
}

void php_zimbra_persistent_release(zc_session *s)
{
	LOCK();
	((pentry *)s)->in_use = false;
	UNLOCK();
}

void php_zimbra_persistent_forget(zc_session *s)
{
	pentry *e = (pentry *)s;

	LOCK();
	unlink_entry(e);
	UNLOCK();
	zc_session_free(&e->session);
	free(e);
}

zend_long php_zimbra_persistent_count(void)
{
	long me = zc_process_id();
	zend_long n = 0;
	pentry *e;

	LOCK();
	for (e = registry_head; e; e = e->next) {
		n += e->pid == me;
	}
	UNLOCK();
	return n;
}

void php_zimbra_persistent_startup(void)
{
#ifdef ZTS
	registry_lock = tsrm_mutex_alloc();
#endif
}

void php_zimbra_persistent_shutdown(void)
{
	pentry *e = registry_head, *next;

	/*
	 * Every entry is freed, a parent's too in a forked child: its transport then leaves the
	 * inherited connection alone (zc_transport_is_foreign), and the rest is this process's copy.
	 */
	for (; e; e = next) {
		next = e->next;
		zc_session_free(&e->session);
		free(e);
	}
	registry_head = NULL;
#ifdef ZTS
	tsrm_mutex_free(registry_lock);
	registry_lock = NULL;
#endif
}
