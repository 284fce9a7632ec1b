/*
 * The operation layer: one admin request, built, plus how its reply becomes a PHP value.
 *
 * A typed method builds its request element into an op and says how to turn the reply (or a
 * fault that is an answer, such as "no such account" for a lookup) into its return value. The
 * op does not know where it will run: zimbra_target.h hands it to a Client (run now) or a Batch
 * (queued). This layer uses only the value layer below it (exceptions, arrays, entries).
 */
#ifndef ZIMBRA_OP_H
#define ZIMBRA_OP_H

#include "php.h"
#include "core/zc_buf.h"
#include "core/zc_fault.h"
#include "core/zc_node.h"
#include "core/zc_session.h"

typedef struct php_zimbra_op php_zimbra_op;

typedef void (*php_zimbra_reply_fn)(const zc_node *reply, php_zimbra_op *op, zval *rv);
/* Return true when the fault is an answer (rv filled), false when it is an error. */
typedef bool (*php_zimbra_fault_fn)(const zc_fault *fault, php_zimbra_op *op, zval *rv);

struct php_zimbra_op {
	zc_buf              body;        /* the request element */
	bool                secret;      /* the body carries a password: wipe it */
	php_zimbra_reply_fn on_reply;
	php_zimbra_fault_fn on_fault;    /* may be NULL */
	zend_string        *lookup;      /* what was looked up (alias detection), may be NULL */
	zend_string        *password;    /* a generated password for the new Account, may be NULL */
	/*
	 * A search page: the size and offset asked for (0: not paged). The request asks for one entry
	 * more, and the reply has more when that one came: Zimbra's own more attribute is always 0 for
	 * a client without an admin session (it stops collecting at offset + limit).
	 */
	long                page_limit;
	long                page_offset;
	/* With php_zimbra_fault_code_is_false: the fault code that answers "no" (e.g. too many results). */
	const char         *false_on;
	/* on_reply found the reply unusable and left a ResponseException in rv (thrown, or the batch item's outcome). */
	bool                failed;
};

void php_zimbra_op_init(php_zimbra_op *op, php_zimbra_reply_fn on_reply, php_zimbra_fault_fn on_fault);
/* Frees what the op holds; a secret body and a generated password are wiped first. */
void php_zimbra_op_dtor(php_zimbra_op *op);

/*
 * Send op on session s now and fill return_value from its reply. Takes ownership of op.
 * Returns false when an exception was thrown.
 */
bool php_zimbra_op_run(zc_session *s, php_zimbra_op *op, zval *return_value);

/*
 * Send a body built step by step (a BatchRequest of a multi-step method) on s, and free it.
 * The reply's tree goes into arena (the caller frees it). False, with the exception thrown and
 * the arena freed, when the call failed.
 */
bool php_zimbra_send_built(zc_session *s, zc_buf *body, zc_arena *arena, const zc_node **reply);

/*
 * true when converting the tree in arena should fit in what memory_limit leaves; else false with
 * a ResponseException's words in err (a fatal "Allowed memory size exhausted" cannot be caught).
 */
bool php_zimbra_reply_fits_memory(const zc_arena *arena, zc_error *err);

/* php_zimbra_built()'s failure path: the op dropped, the builder's error thrown; false. Call php_zimbra_built(). */
bool php_zimbra_build_failed(php_zimbra_op *op, zc_error *err);

/*
 * The one idiom after building a request: ok, or (when the builder failed) the op dropped and the
 * error the builder left in err thrown (a ValidationException: nothing was sent).
 *     if (!php_zimbra_built(&op, zc_rq_...(&op.body, ..., &err), &err)) { RETURN_THROWS(); }
 */
static inline bool php_zimbra_built(php_zimbra_op *op, int ok, zc_error *err)
{
	return ok || php_zimbra_build_failed(op, err);
}

/* Common fault handlers: "no such X" is an answer, null; op->false_on is an answer, false. */
bool php_zimbra_fault_not_found_is_null(const zc_fault *fault, php_zimbra_op *op, zval *rv);
bool php_zimbra_fault_code_is_false(const zc_fault *fault, php_zimbra_op *op, zval *rv);

/*
 * For reply handlers: the reply lacks what the method promises (e.g. <GetDomainResponse/> with no
 * <domain>). rv becomes a ResponseException naming it, and op->failed is set.
 */
void php_zimbra_reply_missing(php_zimbra_op *op, const zc_node *reply, const char *element, zval *rv);

/* The first child element named `name` of reply, as an Entry of class ce; absent, php_zimbra_reply_missing(). */
void php_zimbra_entry_from_child(zend_class_entry *ce, const zc_node *reply, const char *name, php_zimbra_op *op, zval *out);

/* Common reply handlers: nothing (null), or the reply as nested arrays. */
void php_zimbra_reply_void(const zc_node *reply, php_zimbra_op *op, zval *rv);
void php_zimbra_reply_array(const zc_node *reply, php_zimbra_op *op, zval *rv);

#endif
