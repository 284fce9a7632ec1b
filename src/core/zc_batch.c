/* BatchRequest assembly; see zc_batch.h. */
#include "zc_batch.h"
#include "zc_soap.h"

#include <stdio.h>
#include <string.h>

void zc_batch_begin(zc_buf *out, int stop_on_error)
{
	zc_buf_puts(out, "<BatchRequest xmlns=\"" ZC_NS_ZIMBRA "\" onerror=\"");
	/* Zimbra compares with "continue"; anything else stops, so say exactly "stop". */
	zc_buf_puts(out, stop_on_error ? "stop" : "continue");
	zc_buf_puts(out, "\">");
}

int zc_batch_add(zc_buf *out, const char *body, size_t len, unsigned long id)
{
	size_t name_end = 1;
	char attr[48];

	if (len < 3 || body[0] != '<') {
		return 0;
	}
	while (name_end < len && body[name_end] != ' ' && body[name_end] != '/' && body[name_end] != '>') {
		name_end++;
	}
	if (name_end == len) {
		return 0;
	}
	snprintf(attr, sizeof(attr), " requestId=\"%lu\"", id);
	zc_buf_append(out, body, name_end);
	zc_buf_puts(out, attr);
	zc_buf_append(out, body + name_end, len - name_end);
	return !out->oom;
}

void zc_batch_end(zc_buf *out)
{
	zc_buf_puts(out, "</BatchRequest>");
}

int zc_batch_auth_lost(const zc_node *reply, zc_fault *first)
{
	const zc_node *c;
	zc_fault kept;
	int items = 0;

	if (!reply || strcmp(reply->name, "BatchResponse") != 0) {
		return 0;
	}
	zc_fault_init(&kept);
	for (c = reply->first_child; c; c = c->next) {
		zc_fault f;
		zc_fault_init(&f);
		if (!zc_soap_is_fault(c) || !zc_fault_decode(c, &f) || !zc_fault_is_auth_lost(&f)) {
			zc_fault_free(&f);
			zc_fault_free(&kept);
			return 0;
		}
		if (items++ == 0) {
			kept = f;
		} else {
			zc_fault_free(&f);
		}
	}
	if (items > 0 && first) {
		*first = kept;
	} else {
		zc_fault_free(&kept);
	}
	return items > 0;
}
