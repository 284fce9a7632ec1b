/* URL normalisation and option validation (no network needed). */
#include "zc_test.h"
#include "zc_transport.h"

static zc_transport *make(const char *url, int allow_http, zc_error *e)
{
	zc_transport_options o;
	zc_transport_options_defaults(&o);
	o.url = url;
	o.allow_http = allow_http;
	zc_error_init(e);
	return zc_transport_new(&o, e);
}

void test_transport(void)
{
	zc_error e;
	zc_transport *t;

	TEST("Server URLs: the admin port and path are added when missing, kept when given.");
	t = make("https://mail.example.com", 0, &e);
	CHECK(t != NULL);
	if (t) {
		CHECK_STR(zc_transport_url(t), "https://mail.example.com:7071/service/admin/soap/");
		zc_transport_free(t);
	}
	t = make("https://mail.example.com:9071/service/admin/soap", 0, &e);
	CHECK(t && strcmp(zc_transport_url(t), "https://mail.example.com:9071/service/admin/soap") == 0);
	zc_transport_free(t);
	t = make("https://127.0.0.1:8443/", 0, &e);
	CHECK(t && strcmp(zc_transport_url(t), "https://127.0.0.1:8443/service/admin/soap/") == 0);
	zc_transport_free(t);

	TEST("Refused URLs: plain http unless allowed, other schemes, credentials in the URL (never echoed), queries, empty or no URL.");
	CHECK(make("http://mail.example.com", 0, &e) == NULL);
	CHECK(e.kind == ZC_ERR_VALIDATION);
	CHECK_CONTAINS(e.message, "plain http");
	t = make("http://127.0.0.1:1", 1, &e);
	CHECK(t != NULL);
	zc_transport_free(t);
	CHECK(make("ftp://mail.example.com", 0, &e) == NULL);
	CHECK(make("https://admin:pw@mail.example.com", 0, &e) == NULL);
	CHECK_CONTAINS(e.message, "user name or password");
	CHECK(strstr(e.message, "pw@") == NULL);
	CHECK(make("https://mail.example.com/?x=1", 0, &e) == NULL);
	CHECK(make("", 0, &e) == NULL);
	CHECK(make("not a url", 0, &e) == NULL);
}
