/* A tiny assertion harness for the core's C unit tests. */
#ifndef ZC_TEST_H
#define ZC_TEST_H

#include <stdio.h>
#include <string.h>

extern int zc_test_passed, zc_test_failed;

#define CHECK(cond) do { \
	if (cond) { zc_test_passed++; } \
	else { zc_test_failed++; fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_STR(got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	if (g_ && w_ && strcmp(g_, w_) == 0) { zc_test_passed++; } \
	else { zc_test_failed++; fprintf(stderr, "FAIL %s:%d: %s\n  got:  %s\n  want: %s\n", \
		__FILE__, __LINE__, #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)"); } \
} while (0)

#define CHECK_CONTAINS(hay, needle) do { \
	const char *h_ = (hay), *n_ = (needle); \
	if (h_ && strstr(h_, n_)) { zc_test_passed++; } \
	else { zc_test_failed++; fprintf(stderr, "FAIL %s:%d: '%s' does not contain '%s'\n", \
		__FILE__, __LINE__, h_ ? h_ : "(null)", n_); } \
} while (0)

void test_xml_writer(void);
void test_parser(void);
void test_parser_memory(void);
void test_fault(void);
void test_soap(void);
void test_transport(void);
void test_validate(void);
void test_crypto(void);
void test_buckets(void);
void test_license(void);
void test_admin(void);
/* Reads a file from the shared reference captures; NULL when missing. */
char *zc_test_read_file(const char *path, size_t *len);

#endif
