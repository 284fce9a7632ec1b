/*
 * One admin operation, from a built request to a PHP return value.
 *
 * A typed method builds its request element into an op and says how to turn
 * the reply (or a fault that is not an error, such as "no such account" for
 * a lookup) into its return value. php_zimbra_dispatch() then either sends
 * it at once (on a Client) or queues it (on a Batch), so every method works
 * in both places with one implementation.
 */
#ifndef ZIMBRA_CALL_H
#define ZIMBRA_CALL_H

#include "php.h"
#include "core/zc_buf.h"
#include "core/zc_fault.h"
#include "core/zc_node.h"
#include "core/zc_session.h"
#include "core/zc_validate.h"

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
	/* on_reply found the reply unusable and left a ResponseException in rv (thrown, or the batch item's outcome). */
	bool                failed;
};

void php_zimbra_op_init(php_zimbra_op *op, php_zimbra_reply_fn on_reply, php_zimbra_fault_fn on_fault);
void php_zimbra_op_dtor(php_zimbra_op *op);

/*
 * Run op now when this_zv is a Client, or queue it when it is a Batch (the
 * return value is then the item's position). Takes ownership of op.
 * Returns false when an exception was thrown.
 */
bool php_zimbra_dispatch(zval *this_zv, php_zimbra_op *op, zval *return_value);

/* Run op on a client now, whatever called it (multi-step methods). Takes ownership of op. */
bool php_zimbra_execute(zend_object *client, php_zimbra_op *op, zval *return_value);

/*
 * true when converting the tree in arena should fit in what memory_limit leaves; else false with
 * a ResponseException's words in err (a fatal "Allowed memory size exhausted" cannot be caught).
 */
bool php_zimbra_reply_fits_memory(const zc_arena *arena, zc_error *err);

/* The session of a Client object (NULL, with an Error thrown, if it was never constructed). */
zc_session *php_zimbra_client_session(zend_object *client);

/* Items per BatchRequest: small enough for the server to answer promptly. */
#define PHP_ZIMBRA_DEFAULT_BATCH_SIZE 100
#define PHP_ZIMBRA_MAX_BATCH_SIZE     1000

/* How many items Client::batch() puts in one BatchRequest (option batch_size). */
size_t php_zimbra_client_batch_size(zend_object *client);

/* Common fault handlers: "no such X" becomes null. */
bool php_zimbra_fault_not_found_is_null(const zc_fault *fault, php_zimbra_op *op, zval *rv);
/*
 * For reply handlers: the reply lacks what the method promises (e.g. <GetDomainResponse/> with no
 * <domain>). rv becomes a ResponseException naming it, and op->failed is set.
 */
void php_zimbra_reply_missing(php_zimbra_op *op, const zc_node *reply, const char *element, zval *rv);

/* Common reply handlers. */
void php_zimbra_reply_void(const zc_node *reply, php_zimbra_op *op, zval *rv);
void php_zimbra_reply_array(const zc_node *reply, php_zimbra_op *op, zval *rv);

/*
 * The Delete* methods: check the id argument, send <request id="..."/> (with
 * cascadeDelete for lists), answer nothing. what names the id in messages.
 */
void php_zimbra_delete_by_id(INTERNAL_FUNCTION_PARAMETERS, const char *request, const char *what);

/* Throw the ValidationException a failed builder left in err; always returns false. */
bool php_zimbra_build_failed(php_zimbra_op *op, zc_error *err);

/* ok, or (when the builder failed) the op dropped and its ValidationException thrown. */
static inline bool php_zimbra_built(php_zimbra_op *op, int ok, zc_error *err)
{
	return ok || php_zimbra_build_failed(op, err);
}

/*
 * One directory entry by name or id, with an optional list of attributes: the path
 * getAccount() and getDomain() share (on a Client or queued on a Batch). "No such" is null.
 */
typedef struct {
	const char          *request;      /* e.g. "GetAccountRequest" */
	const char          *selector;     /* the element naming the entry, e.g. "account" */
	const char          *apply;        /* "applyCos" or "applyConfig": defaults filled in */
	bool               (*resolve)(zend_string *in, char out[ZC_EMAIL_MAX + 1], const char **by);
	php_zimbra_reply_fn  on_reply;
	bool                 track_alias;  /* keep the name looked up, to tell when an alias matched */
} php_zimbra_get_spec;

void php_zimbra_get_entry(INTERNAL_FUNCTION_PARAMETERS, const php_zimbra_get_spec *spec);

#endif
