/*
 * A tiny harness for the core's C unit tests. A test is one named behaviour: TEST("...") starts
 * it, and the CHECKs until the next TEST (or the end of the group) are its assertions. A test
 * passes when all of them hold; the closing line counts tests, not checks, so a check inside a
 * loop of a thousand rounds is still one test.
 */
#ifndef ZC_TEST_H
#define ZC_TEST_H

#include <stdio.h>
#include <string.h>

/* Start the next test (the one before it is counted). */
void zc_test_begin(const char *name);
/* A check failed: the current test fails, and where and why goes to stderr. */
void zc_test_fail(const char *file, int line, const char *what, const char *detail);
extern long zc_test_checks;

#define TEST(name) zc_test_begin(name)

#define CHECK(cond) do { \
	zc_test_checks++; \
	if (!(cond)) { zc_test_fail(__FILE__, __LINE__, #cond, NULL); } \
} while (0)

#define CHECK_STR(got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	zc_test_checks++; \
	if (!(g_ && w_ && strcmp(g_, w_) == 0)) { \
		fprintf(stderr, "  got:  %s\n  want: %s\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
		zc_test_fail(__FILE__, __LINE__, #got, NULL); \
	} \
} while (0)

#define CHECK_CONTAINS(hay, needle) do { \
	const char *h_ = (hay), *n_ = (needle); \
	zc_test_checks++; \
	if (!(h_ && strstr(h_, n_))) { zc_test_fail(__FILE__, __LINE__, h_ ? h_ : "(null)", n_); } \
} while (0)

void test_xml_writer(void);
void test_parser(void);
void test_parser_memory(void);
void test_fault(void);
void test_soap(void);
void test_transport(void);
void test_validate(void);
void test_crypto(void);
void test_attempt(void);
void test_buckets(void);
void test_license(void);
void test_quota(void);
void test_admin(void);
/* Reads a file from the shared reference captures; NULL when missing. */
char *zc_test_read_file(const char *path, size_t *len);

#endif
