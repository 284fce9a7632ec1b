/*
 * The registry of kept sessions, per process (module globals). Entries record the
 * PID that made them: after a fork, a child neither uses nor frees its parent's
 * connections (the same rule as mongo-php-driver's persistent clients). Entries are
 * malloc'd, outside PHP's per-request memory, and keep the credentials only to log in
 * again when the token runs out.
 */
#include "php.h"

#include <unistd.h>
#include <openssl/evp.h>

#include "php_zimbra.h"
#include "zimbra_persistent.h"
#include "core/zc_crypto.h"

typedef struct pentry {
	zc_session     session;   /* first member: a zc_session* is a pentry* */
	struct pentry *next;
	pid_t          pid;
	bool           in_use;
	char           key[PHP_ZIMBRA_PKEY_LEN];
} pentry;

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

zc_session *php_zimbra_persistent_take(const char key[PHP_ZIMBRA_PKEY_LEN])
{
	pentry *e;
	pid_t me = getpid();

	for (e = ZIMBRA_G(persistent_head); e; e = e->next) {
		if (e->pid == me && !e->in_use && strcmp(e->key, key) == 0) {
			e->in_use = true;
			return &e->session;
		}
	}
	return NULL;
}

zc_session *php_zimbra_persistent_adopt(const char key[PHP_ZIMBRA_PKEY_LEN], zc_session *own)
{
	pentry *e = calloc(1, sizeof(*e));

	if (!e) {
		return NULL;
	}
	memcpy(&e->session, own, sizeof(*own));
	zc_session_init(own, NULL);  /* the registry owns the transport and secrets now */
	e->pid = getpid();
	e->in_use = true;
	memcpy(e->key, key, PHP_ZIMBRA_PKEY_LEN);
	e->next = ZIMBRA_G(persistent_head);
	ZIMBRA_G(persistent_head) = e;
	return &e->session;
}

void php_zimbra_persistent_release(zc_session *s)
{
	((pentry *)s)->in_use = false;
}

void php_zimbra_persistent_forget(zc_session *s)
{
	pentry **p;

	for (p = (pentry **)&ZIMBRA_G(persistent_head); *p; p = &(*p)->next) {
		if (&(*p)->session == s) {
			pentry *gone = *p;
			*p = gone->next;
			zc_session_free(&gone->session);
			free(gone);
			return;
		}
	}
}

void php_zimbra_persistent_shutdown(zend_zimbra_globals *g)
{
	pentry *e = g->persistent_head, *next;
	pid_t me = getpid();

	for (; e; e = next) {
		next = e->next;
		if (e->pid == me) {
			zc_session_free(&e->session);
		}
		free(e);
	}
	g->persistent_head = NULL;
}
