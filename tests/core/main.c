/* Runs every core test group and prints the closing line scripts/test counts. */
#include "zc_test.h"

#include <stdlib.h>

#include <curl/curl.h>
#include <libxml/parser.h>

static int tests_passed, tests_failed;
static const char *current;        /* the test running, NULL between groups */
static int current_failed;
static int current_implicit;       /* a group's checks before its first TEST */
static long current_first_check;
long zc_test_checks;

/* Count the test that is ending. A TEST without a single check fails: it asserts nothing. */
static void end_test(void)
{
	if (current && zc_test_checks == current_first_check) {
		if (!current_implicit) {
			fprintf(stderr, "FAIL [%s]: the test makes no check\n", current);
			tests_failed++;
		}
	} else if (current) {
		if (current_failed) {
			tests_failed++;
		} else {
			tests_passed++;
		}
	}
	current = NULL;
	current_failed = 0;
	current_implicit = 0;
}

void zc_test_begin(const char *name)
{
	end_test();
	current = name;
	current_implicit = 0;
	current_first_check = zc_test_checks;
}

void zc_test_fail(const char *file, int line, const char *what, const char *detail)
{
	current_failed = 1;
	if (detail) {
		fprintf(stderr, "FAIL %s:%d [%s]: '%s' does not contain '%s'\n", file, line, current ? current : "?", what, detail);
	} else {
		fprintf(stderr, "FAIL %s:%d [%s]: %s\n", file, line, current ? current : "?", what);
	}
}

/* A group's checks before its first TEST form a test named after the group. */
static void run_group(const char *name, void (*group)(void))
{
	zc_test_begin(name);
	current_implicit = 1;
	group();
	end_test();
}

char *zc_test_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *data;
	long n;

	if (!f) {
		return NULL;
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	data = malloc((size_t)n + 1);
	if (data && fread(data, 1, (size_t)n, f) != (size_t)n) {
		free(data);
		data = NULL;
	}
	fclose(f);
	if (data) {
		data[n] = '\0';
		*len = (size_t)n;
	}
	return data;
}

int main(void)
{
	xmlInitParser();
	curl_global_init(CURL_GLOBAL_DEFAULT);
	run_group("xml writer", test_xml_writer);
	run_group("admin", test_admin);
	run_group("parser", test_parser);
	run_group("parser memory", test_parser_memory);
	run_group("fault", test_fault);
	run_group("soap", test_soap);
	run_group("transport", test_transport);
	run_group("validate", test_validate);
	run_group("crypto", test_crypto);
	run_group("attempt", test_attempt);
	run_group("buckets", test_buckets);
	run_group("license", test_license);
	run_group("quota", test_quota);
	curl_global_cleanup();
	xmlCleanupParser();
	printf("core: %ld checks in %d tests\n", zc_test_checks, tests_passed + tests_failed);
	printf("core: %d passed, %d failed\n", tests_passed, tests_failed);
	return tests_failed ? 1 : 0;
}
