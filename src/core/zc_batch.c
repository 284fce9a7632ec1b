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
