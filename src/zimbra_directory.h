/* Directory reads (typed-method layer): what the quota iterator shares with getQuotaUsage(). */
#ifndef ZIMBRA_DIRECTORY_H
#define ZIMBRA_DIRECTORY_H

#include "php.h"
#include "zimbra_op.h"

/*
 * op = one GetQuotaUsageRequest page, sorted by address, whose reply becomes what getQuotaUsage()
 * returns (mailboxes, totalUsed, count, total). domain NULL: the answering server's mailboxes;
 * all_servers with a domain: every server's at once. False (op freed, exception thrown) when the
 * request cannot be built.
 */
bool php_zimbra_quota_usage_op(php_zimbra_op *op, const char *domain, bool all_servers, long limit, long offset);

#endif
