<?php
/**
 * Adding and removing a mailbox's aliases from a tab. On a shared domain ($settings given) the
 * domain's role addresses (and those the admin reserved) are not the customer's to take.
 */
final class ZimbraAliases
{
    public function __construct(private readonly ZimbraTabRequest $r, private readonly ?ZimbraSettings $sharedDomain)
    {
    }

    /**
     * $post['action']: add_alias (alias_local) or remove_alias (alias, one $account really has, in $domain).
     *
     * @throws ZimbraFailure
     */
    public function act(Zimbra\Client $zimbra, string $domain, Zimbra\Account $account, array $post): void
    {
        $r = $this->r;
        if ($post['action'] === 'add_alias') {
            ZimbraRules::check(['alias_local' => ZimbraRules::localPart('alias_local.format')], $post);
            $alias = $post['alias_local'] . '@' . $domain;
            if ($this->sharedDomain?->isReservedLocalPart($post['alias_local'])) {
                throw ZimbraFailure::of('alias_local', 'local.reserved', [$alias]);
            }
            $r->call('addAccountAlias', ['id' => $account->id, 'alias' => $alias], fn () => $zimbra->addAccountAlias($account->id, $alias));
            $r->message('success', Language::_('Zimbra.!success.alias_added', true, $alias));
            return;
        }
        $alias = strtolower(trim((string) ($post['alias'] ?? '')));
        if (!in_array($alias, $account->getAliases(), true) || !str_ends_with($alias, '@' . $domain)) {
            $r->refuse('alias', $alias);
        }
        $r->call('removeAccountAlias', ['id' => $account->id, 'alias' => $alias], fn () => $zimbra->removeAccountAlias($account->id, $alias));
        $r->message('success', Language::_('Zimbra.!success.alias_removed', true, $alias));
    }
}
