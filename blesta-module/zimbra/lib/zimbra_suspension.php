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
final class ZimbraSuspension
{
    /** The service field holding what closing a mailbox took away: [{id, name, addresses}]. */
    public const LISTS_KEPT = 'zimbra_lists_kept';

    public function __construct(private readonly ZimbraService $service)
    {
    }

    /**
     * Set the domain's or mailbox's status ('active', or the package's mode). For a mailbox,
     * returns its service fields as they are after (the lists kept while closed); null for a domain.
     */
    public function setStatus(bool $domainType, string $status): ?array
    {
        $zimbra = $this->service->zimbra;
        $f = $this->service->fields;
        if ($domainType) {
            $id = $this->service->domainId();
            $zimbra->call('setDomainStatus', ['domain' => $f->zimbra_domain, 'status' => $status],
                fn (Zimbra\Client $z) => $z->setDomainStatus($id, $status));
            return null;
        }
        $id = $this->service->accountId();
        $fields = (array) $f;
        if ($status === 'closed') {
            $kept = $this->listsHolding($id);
            // Closed already (an earlier suspension whose record Blesta kept): Zimbra has nothing left to show.
            if ($kept !== null) {
                $fields[self::LISTS_KEPT] = json_encode($kept);
            }
        }
        $zimbra->call('setAccountStatus', ['account' => $f->zimbra_email, 'status' => $status],
            fn (Zimbra\Client $z) => $z->setAccountStatus($id, $status));
        if ($status === 'active') {
            $kept = json_decode((string) ($fields[self::LISTS_KEPT] ?? ''), true);
            if (is_array($kept) && $kept) {
                $this->restoreLists($id, $kept);
            }
            $fields[self::LISTS_KEPT] = '';
        }
        return $fields;
    }

    /**
     * The lists holding the mailbox directly, each with which of its addresses it holds; null when
     * the mailbox is closed already (its lists were emptied of it when it was closed).
     *
     * @return ?list<array{id: string, name: string, addresses: list<string>}>
     */
    private function listsHolding(string $id): ?array
    {
        $zimbra = $this->service->zimbra;
        $email = $this->service->fields->zimbra_email;
        [$account, $membership] = $zimbra->call('getAccountMembership', ['account' => $email],
            fn (Zimbra\Client $z) => self::results($z->batch(function (Zimbra\Batch $b) use ($id) {
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
        $lists = $zimbra->call('getDistributionList', ['lists' => array_column($direct, 'name')],
            fn (Zimbra\Client $z) => self::results($z->batch(function (Zimbra\Batch $b) use ($direct) {
                foreach ($direct as $m) {
                    $b->getDistributionList($m['id']);
                }
            })));
        $addresses = self::addressesOf($account, $email);
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
    private function restoreLists(string $id, array $kept): void
    {
        $zimbra = $this->service->zimbra;
        $email = $this->service->fields->zimbra_email;
        $ids = array_values(array_filter(array_map(fn ($k) => (string) ($k['id'] ?? ''), $kept), [Zimbra\Validate::class, 'isId']));
        $found = $zimbra->call('getDistributionList', ['lists' => array_column($kept, 'name')],
            fn (Zimbra\Client $z) => self::results($z->batch(function (Zimbra\Batch $b) use ($id, $ids) {
                $b->getAccount($id, ['zimbraMailAlias']);
                foreach ($ids as $listId) {
                    $b->getDistributionList($listId);
                }
            })));
        $own = self::addressesOf(array_shift($found), $email);
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
                $zimbra->log('restore-lists', json_encode(['skipped' => $k['name'] ?? $k['id'] ?? '',
                    'reason' => 'the list was deleted while the mailbox was suspended', 'account' => $email]), 'output', true);
                continue;
            }
            if ($addresses) {
                // Adding a member a list already has changes nothing in Zimbra (§7): safe to send again.
                $zimbra->call('addDistributionListMembers', ['list' => $list->name, 'members' => $addresses],
                    fn (Zimbra\Client $z) => $z->addDistributionListMembers($list->id, $addresses));
            }
        }
    }

    /** The mailbox's address and aliases, lower case ($email when Zimbra did not return the account). */
    private static function addressesOf(?Zimbra\Account $account, string $email): array
    {
        return array_map('strtolower', [$account ? $account->name : $email, ...($account ? $account->getAliases() : [])]);
    }

    /** A batch's results, or its first failure thrown, as the single calls would throw it. */
    private static function results(array $results): array
    {
        foreach ($results as $r) {
            if ($r instanceof \Throwable) {
                throw $r;
            }
        }
        return $results;
    }
}
