<?php
/**
 * The Statistics tab: a domain's mailboxes and storage (server by server: a mailbox server that
 * is down leaves its mailboxes out, and the tab names it), or a mailbox's quota, use and class of
 * service; what is (nearly) full, with where to buy more; and the link to webmail. Admins also
 * see what the usage task last recorded, and when: there even when Zimbra is not.
 */
final class ZimbraStatsTab
{
    /** A limit at or past this share of it is "full" to the customer: they are told, and where to buy more. */
    private const NEARLY_FULL_PERCENT = 98;

    public function __construct(private readonly ZimbraTabRequest $r)
    {
    }

    public function show(array $get): ZimbraTabPage
    {
        $r = $this->r;
        $f = $r->fields;
        $unavailable = null;
        $stats = $r->read(function () use ($f, $get, $r) {
            if ($r->action($get) === 'webmail' && !empty($f->zimbra_email)) {
                return $r->webmail($r->client(), $f->zimbra_email, $f->zimbra_domain);
            }
            return ZimbraServiceForm::isDomainType($r->package) ? $this->domainStats() : $this->mailboxStats();
        }, $unavailable);
        if ($stats instanceof ZimbraTabPage) {
            return $stats;
        }
        return $r->page('tab_stats', [], ['fields' => $f, 'stats' => $stats, 'unavailable' => $unavailable,
            'webmail_url' => $r->url([], 'webmail'), 'recorded' => $r->admin ? ZimbraUsageRecord::read($f->zimbra_usage ?? '') : null,
            'full' => $stats ? $this->fullness($stats) : []]);
    }

    private function domainStats(): array
    {
        $zimbra = $this->r->client();
        $name = $this->r->fields->zimbra_domain;
        [$domain, $counts] = $zimbra->batch(function (Zimbra\Batch $b) use ($name) {
            $b->getDomain($name);
            $b->countAccounts($name);
        });
        ZimbraTabRequest::throwIfFault($domain, $counts);
        [$used, $unreachable] = ZimbraLimits::domainUsage($zimbra, $name);
        return ['type' => 'domain', 'domain' => $domain, 'accounts' => array_sum(array_column($counts, 'count')),
            'used' => $used, 'unreachable' => $unreachable];
    }

    private function mailboxStats(): array
    {
        $zimbra = $this->r->client();
        $f = $this->r->fields;
        $id = $f->zimbra_account_id ?? $f->zimbra_email;
        $results = $zimbra->batch(function (Zimbra\Batch $b) use ($id, $f) {
            $b->getAccount($id);
            $b->listCos();
            $b->getDomain($f->zimbra_domain);
            if (!empty($f->zimbra_account_id)) {
                $b->getMailboxSize($f->zimbra_account_id);  // known id: in the same round trip
            }
        });
        [$account, $coses, $domain] = $results;
        ZimbraTabRequest::throwIfFault(...$results);
        $used = $results[3] ?? ($account ? $zimbra->getMailboxSize($account->id) : 0);
        $cosId = $account?->getCosId() ?? $domain?->getDefaultCosId();
        $cosName = 'default';
        foreach ($coses as $cos) {
            if ($cos->id === $cosId) {
                $cosName = $cos->name;
            }
        }
        return ['type' => 'mailbox', 'account' => $account, 'cos' => $cosName, 'used' => $used];
    }

    /**
     * What is (nearly) full: storage at NEARLY_FULL_PERCENT of its limit, or every mailbox of the
     * domain taken; each with the page where the customer buys more, or null.
     *
     * @return list<array{what: string, url: ?string}>
     */
    private function fullness(array $stats): array
    {
        $full = [];
        if ($stats['type'] === 'domain' && ($d = $stats['domain'])) {
            if ($d->getAggregateQuota() > 0 && $stats['used'] * 100 >= $d->getAggregateQuota() * self::NEARLY_FULL_PERCENT) {
                $full[] = ['what' => 'storage', 'url' => $this->r->buyMoreUrl('zimbra_extra_storage_gb')];
            }
            if ($d->getMaxAccounts() !== null && $stats['accounts'] >= $d->getMaxAccounts()) {
                $full[] = ['what' => 'mailboxes', 'url' => $this->r->buyMoreUrl('zimbra_extra_mailboxes')];
            }
        } elseif ($stats['type'] === 'mailbox' && ($a = $stats['account'])) {
            if ($a->getQuota() > 0 && $stats['used'] * 100 >= $a->getQuota() * self::NEARLY_FULL_PERCENT) {
                $full[] = ['what' => 'mailbox_storage', 'url' => $this->r->buyMoreUrl('zimbra_extra_quota_mb')];
            }
        }
        return $full;
    }
}
