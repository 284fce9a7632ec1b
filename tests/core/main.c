/* Runs every core test group and prints the closing line scripts/test counts. */
#include "zc_test.h"

#include <stdlib.h>

#include <curl/curl.h>
#include <libxml/parser.h>

int zc_test_passed, zc_test_failed;

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
	test_xml_writer();
	test_admin();
	test_parser();
	test_parser_memory();
	test_fault();
	test_soap();
	test_transport();
	test_validate();
	test_crypto();
	test_buckets();
	test_license();
	curl_global_cleanup();
	xmlCleanupParser();
	printf("core: %d passed, %d failed\n", zc_test_passed, zc_test_failed);
	return zc_test_failed ? 1 : 0;
}
