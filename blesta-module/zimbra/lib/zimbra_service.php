<?php
/**
 * A Blesta service's domain or mailbox as it is on its Zimbra server: its stored fields and the
 * connection to that server. What changes it (limits, an edit, cancelling) goes through here, and
 * a failure comes back as a ZimbraFailure.
 */
final class ZimbraService
{
    /** @param object $fields the service fields (zimbra_domain, zimbra_email, zimbra_*_id...) */
    public function __construct(public readonly ZimbraConnection $zimbra, public readonly object $fields)
    {
    }

    /** The stored id, or (for services made without the module) the one Zimbra has for the name. */
    public function domainId(): string
    {
        $f = $this->fields;
        if (!empty($f->zimbra_domain_id)) {
            return $f->zimbra_domain_id;
        }
        $domain = $this->zimbra->call('getDomain', ['domain' => $f->zimbra_domain],
            fn (Zimbra\Client $z) => $z->getDomain($f->zimbra_domain, ['zimbraId']));
        return $domain->id ?? throw ZimbraFailure::of('api', 'api.result', ['no such domain: ' . $f->zimbra_domain, 'account.NO_SUCH_DOMAIN']);
    }

    /** The stored id, or the one Zimbra has for the address; null when there is none and it is not $required. */
    public function accountId(bool $required = true): ?string
    {
        $f = $this->fields;
        if (!empty($f->zimbra_account_id)) {
            return $f->zimbra_account_id;
        }
        $account = $this->zimbra->call('getAccount', ['account' => $f->zimbra_email],
            fn (Zimbra\Client $z) => $z->getAccount($f->zimbra_email, ['zimbraId']));
        if (!$account && $required) {
            throw ZimbraFailure::of('api', 'api.result', ['no such account: ' . $f->zimbra_email, 'account.NO_SUCH_ACCOUNT']);
        }
        return $account?->id;
    }

    /**
     * Bring a domain's limits to $attrs. Lowering one is refused when the domain already uses
     * more (mailboxes as Zimbra counts them for zimbraDomainMaxAccounts, bytes as GetQuotaUsage
     * adds them up); nothing is changed then. Nothing is sent when the limits are already right.
     */
    public function applyDomainLimits(array $attrs): void
    {
        $domainName = $this->fields->zimbra_domain;
        $id = $this->domainId();
        $domain = $this->zimbra->call('getDomain', ['domain' => $domainName], fn (Zimbra\Client $z) => $z->getDomain($id, array_keys($attrs)));
        $current = $domain ? ['zimbraDomainAggregateQuota' => $domain->getAggregateQuota(),
            'zimbraDomainMaxAccounts' => $domain->getMaxAccounts() ?? '', 'zimbraDomainDefaultCOSId' => $domain->getDefaultCosId() ?? ''] : [];
        if ($current == $attrs) {
            return;
        }
        $max = $attrs['zimbraDomainMaxAccounts'];
        $quota = $attrs['zimbraDomainAggregateQuota'];
        $lowersQuota = ZimbraLimits::lowers($current['zimbraDomainAggregateQuota'] ?? 0, $quota);
        if (ZimbraLimits::lowers($current['zimbraDomainMaxAccounts'] ?? '', $max) || $lowersQuota) {
            // Storage server by server: with a mailbox server down, what the domain uses is unknown, and
            // a lower storage limit is refused (nothing changed) instead of set blind.
            [$mailboxes, [$used, $unreachable]] = $this->zimbra->call('domainUsage', ['domain' => $domainName],
                fn (Zimbra\Client $z) => [$z->countObjects('userAccount', $domainName), ZimbraLimits::domainUsage($z, $domainName)]);
            if ($max !== '' && $mailboxes > $max) {
                throw ZimbraLimits::refusal('mailboxes', $domainName, $mailboxes, $max);
            }
            if ($quota > 0 && $lowersQuota && $unreachable) {
                throw ZimbraLimits::refusal('unreadable', $domainName, implode(', ', array_keys($unreachable)), ZimbraLimits::gb($quota));
            }
            if ($quota > 0 && $used > $quota) {
                throw ZimbraLimits::refusal('storage', $domainName, ZimbraLimits::gb($used), ZimbraLimits::gb($quota));
            }
        }
        $this->zimbra->call('modifyDomain', ['domain' => $domainName] + $attrs, fn (Zimbra\Client $z) => $z->modifyDomain($id, $attrs));
    }

    /**
     * An edit of a mailbox completes in Zimbra or leaves it as it was: quota, COS and display name
     * go in one ModifyAccountRequest; a password (SetPasswordRequest, a request of its own) goes
     * after it, and when it fails the modify is undone, so Blesta, which then keeps the old
     * values, and Zimbra still agree.
     *
     * @param array $limits quota and COS (ZimbraLimits::mailboxLimitAttrs())
     * @param array<string, string> $changes the display name and password that change
     */
    public function editMailbox(array $limits, array $changes): void
    {
        $f = $this->fields;
        $id = $this->accountId();
        $name = $changes['zimbra_display_name'] ?? null;
        [$before, $after] = $this->mailboxChanges($id, $limits + ($name !== null ? ['displayName' => $name, 'cn' => $name] : []));
        if ($after) {
            $this->zimbra->call('modifyAccount', ['account' => $f->zimbra_email] + $after, fn (Zimbra\Client $z) => $z->modifyAccount($id, $after));
        }
        if (!isset($changes['zimbra_password'])) {
            return;
        }
        try {
            $this->zimbra->call('setPassword', ['id' => $id, 'password' => '***'],
                fn (Zimbra\Client $z) => $z->setPassword($id, $changes['zimbra_password']));
        } catch (ZimbraFailure $failed) {
            if (!$after) {
                throw $failed;
            }
            try {
                $this->zimbra->call('modifyAccount', ['account' => $f->zimbra_email, 'undo' => true] + $before,
                    fn (Zimbra\Client $z) => $z->modifyAccount($id, $before));
            } catch (ZimbraFailure $undo) {
                throw $failed->withErrors(['api' => ['half' => Language::_('Zimbra.!error.api.half_edit', true, $f->zimbra_email,
                    implode(', ', array_keys($after)))]]);
            }
            throw $failed;
        }
    }

    /**
     * Cancel: a domain is purged (Zimbra deletes only empty domains; a second cancel finishes a
     * purge that stopped), a mailbox deleted. Says whether a domain was deleted.
     */
    public function cancel(bool $domainType): bool
    {
        $f = $this->fields;
        if ($domainType) {
            $result = $this->zimbra->call('purgeDomain', ['domain' => $f->zimbra_domain],
                fn (Zimbra\Client $z) => $z->purgeDomain($f->zimbra_domain), 'api.partial', $f->zimbra_domain);
            return (bool) $result['domainDeleted'];
        }
        $id = $this->accountId(false);
        try {
            if ($id !== null) {
                $this->zimbra->call('deleteAccount', ['account' => $f->zimbra_email], fn (Zimbra\Client $z) => $z->deleteAccount($id));
            }
        } catch (ZimbraFailure $failed) {
            // Already gone (an earlier cancel whose reply was lost): that is what cancelling wants.
            if (!$failed->isFault('account.NO_SUCH_ACCOUNT')) {
                throw $failed;
            }
        }
        return false;
    }

    /**
     * What bringing the mailbox to $attrs (quota, COS, display name) changes: [the values it has,
     * the values it gets], for the attributes that differ; nothing is sent. A quota below the
     * mailbox's size is refused (nothing changed).
     *
     * @return array{array<string, mixed>, array<string, mixed>}
     */
    private function mailboxChanges(string $id, array $attrs): array
    {
        $email = $this->fields->zimbra_email;
        $account = $this->zimbra->call('getAccount', ['account' => $email], fn (Zimbra\Client $z) => $z->getAccount($id, array_keys($attrs)));
        $current = $account ? ['zimbraMailQuota' => $account->getQuota(), 'zimbraCOSId' => $account->getCosId() ?? '',
            'displayName' => $account->getDisplayName() ?? '', 'cn' => (string) $account->get('cn')] : [];
        $before = $after = [];
        foreach ($attrs as $name => $value) {
            if (($current[$name] ?? null) != $value) {
                $before[$name] = $current[$name] ?? '';
                $after[$name] = $value;
            }
        }
        if (isset($after['zimbraMailQuota']) && ZimbraLimits::lowers($current['zimbraMailQuota'] ?? 0, $after['zimbraMailQuota'])) {
            $size = $this->zimbra->call('getMailboxSize', ['account' => $email], fn (Zimbra\Client $z) => $z->getMailboxSize($id));
            if ($after['zimbraMailQuota'] > 0 && $size > $after['zimbraMailQuota']) {
                throw ZimbraLimits::refusal('quota', $email, ZimbraLimits::mb($size), ZimbraLimits::mb($after['zimbraMailQuota']));
            }
        }
        return [$before, $after];
    }
}
