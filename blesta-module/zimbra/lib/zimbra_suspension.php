<?php
/**
 * Suspension and its undoing, in the package's mode (README, "What suspension does"):
 *
 *  - locked: no login (webmail, IMAP, POP, SMTP), mail still delivered; lists keep the mailbox.
 *  - closed: no login and mail bounces. Zimbra also takes a closed account's address and aliases
 *    out of every distribution list, and nothing puts them back when it is active again
 *    (zimbra-admin-soap.md §14, account/callback/AccountStatus.java l.70-110). So before closing
 *    a mailbox the module records which of its addresses each list holds, in the service field
 *    zimbra_lists_kept, and unsuspending adds them back; a list deleted meanwhile is skipped, with
 *    a line in the module log. The mail status (delivery off when closed) Zimbra sets back itself.
 *
 * A domain is suspended by its own status: its mailboxes keep theirs, so no list loses anyone.
 */
trait ZimbraSuspension
{
    /** The service field holding what closing a mailbox took away: [{id, name, addresses}]. */
    private const LISTS_KEPT = 'zimbra_lists_kept';

    public function suspendService($package, $service, $parent_package = null, $parent_service = null)
    {
        return $this->setStatus($package, $service, $package->meta->suspend_mode ?? 'closed');
    }

    public function unsuspendService($package, $service, $parent_package = null, $parent_service = null)
    {
        return $this->setStatus($package, $service, 'active');
    }

    private function setStatus($package, $service, string $status)
    {
        return $this->onService($service, function (object $f, object $row, Zimbra\Client $zimbra) use ($package, $status) {
            if (($package->meta->package_type ?? 'domain') === 'domain') {
                $this->call($row, ZimbraOperation::named('setDomainStatus'), ['domain' => $f->zimbra_domain, 'status' => $status],
                    fn () => $zimbra->setDomainStatus($this->domainId($row, $zimbra, $f), $status));
                return null;
            }
            $id = $this->accountId($row, $zimbra, $f);
            $fields = (array) $f;
            if ($status === 'closed') {
                $kept = $this->listsHolding($row, $zimbra, $id, $f);
                // Closed already (an earlier suspension whose record Blesta kept): Zimbra has nothing left to show.
                if ($kept !== null) {
                    $fields[self::LISTS_KEPT] = json_encode($kept);
                }
            }
            $this->call($row, ZimbraOperation::named('setAccountStatus'), ['account' => $f->zimbra_email, 'status' => $status],
                fn () => $zimbra->setAccountStatus($id, $status));
            if ($status === 'active') {
                $kept = json_decode((string) ($fields[self::LISTS_KEPT] ?? ''), true);
                if (is_array($kept) && $kept) {
                    $this->restoreLists($row, $zimbra, $id, $f, $kept);
                }
                $fields[self::LISTS_KEPT] = '';
            }
            return $this->serviceFieldList(false, $fields);
        });
    }

    /**
     * The lists holding the mailbox directly, each with which of its addresses it holds; null when
     * the mailbox is closed already (its lists were emptied of it when it was closed).
     *
     * @return ?list<array{id: string, name: string, addresses: list<string>}>
     */
    private function listsHolding($row, Zimbra\Client $zimbra, string $id, object $f): ?array
    {
        [$account, $membership] = $this->call($row, ZimbraOperation::named('getAccountMembership'), ['account' => $f->zimbra_email],
            fn () => self::results($zimbra->batch(function (Zimbra\Batch $b) use ($id) {
                $b->getAccount($id, ['zimbraAccountStatus', 'zimbraMailAlias']);
                $b->getAccountMembership($id);
            })));
        if ($account && $account->getStatus() === 'closed') {
            return null;
        }
        $direct = array_values(array_filter($membership, fn ($m) => $m['via'] === null && !$m['dynamic']));
        if (!$direct) {
            return [];
        }
        $lists = $this->call($row, ZimbraOperation::named('getDistributionList'), ['lists' => array_column($direct, 'name')],
            fn () => self::results($zimbra->batch(function (Zimbra\Batch $b) use ($direct) {
                foreach ($direct as $m) {
                    $b->getDistributionList($m['id']);
                }
            })));
        $addresses = array_map('strtolower', [$account ? $account->name : $f->zimbra_email, ...($account ? $account->getAliases() : [])]);
        $kept = [];
        foreach ($lists as $list) {
            $held = $list ? array_values(array_intersect($addresses, array_map('strtolower', $list->getMembers()))) : [];
            if ($held) {
                $kept[] = ['id' => $list->id, 'name' => $list->name, 'addresses' => $held];
            }
        }
        return $kept;
    }

    /**
     * Put the mailbox back in the lists closing took it out of: each address that is still the
     * mailbox's, into each list that still exists (adding a member twice is harmless in Zimbra).
     */
    private function restoreLists($row, Zimbra\Client $zimbra, string $id, object $f, array $kept): void
    {
        $ids = array_values(array_filter(array_map(fn ($k) => (string) ($k['id'] ?? ''), $kept), [Zimbra\Validate::class, 'isId']));
        $found = $this->call($row, ZimbraOperation::named('getDistributionList'), ['lists' => array_column($kept, 'name')],
            fn () => self::results($zimbra->batch(function (Zimbra\Batch $b) use ($id, $ids) {
                $b->getAccount($id, ['zimbraMailAlias']);
                foreach ($ids as $listId) {
                    $b->getDistributionList($listId);
                }
            })));
        $account = array_shift($found);
        $own = array_map('strtolower', [$account ? $account->name : $f->zimbra_email, ...($account ? $account->getAliases() : [])]);
        $exists = [];
        foreach ($found as $list) {
            if ($list) {
                $exists[$list->id] = $list;
            }
        }
        foreach ($kept as $k) {
            $list = $exists[$k['id'] ?? ''] ?? null;
            $addresses = array_values(array_intersect(array_map('strtolower', (array) ($k['addresses'] ?? [])), $own));
            if ($list === null) {
                $this->log($row->meta->host_name . '|restore-lists', json_encode(['skipped' => $k['name'] ?? $k['id'] ?? '',
                    'reason' => 'the list was deleted while the mailbox was suspended', 'account' => $f->zimbra_email]), 'output', true);
                continue;
            }
            if ($addresses) {
                // Adding a member a list already has changes nothing in Zimbra (§7): safe to send again.
                $this->call($row, ZimbraOperation::named('addDistributionListMembers'), ['list' => $list->name, 'members' => $addresses],
                    fn () => $zimbra->addDistributionListMembers($list->id, $addresses));
            }
        }
    }
}
