/*
 * PHP arrays <-> XML, in Zimbra's JSON convention (see Client::request()).
 * Requests are written through the core's escaping writer; replies arrive as
 * core zc_node trees and become nested arrays.
 */
#ifndef ZIMBRA_ARRAY_H
#define ZIMBRA_ARRAY_H

#include "php.h"
#include "core/zc_node.h"
#include "core/zc_xml_writer.h"

/* Write <name xmlns=ns ...> from body. Returns 0 with the writer's error set. */
int php_zimbra_array_to_xml(zc_xml_writer *w, const char *name, size_t len, const char *ns, HashTable *body);

/* Convert an element's attributes, text and children into an array. */
void php_zimbra_node_to_array(const zc_node *n, zval *out);

#endif
