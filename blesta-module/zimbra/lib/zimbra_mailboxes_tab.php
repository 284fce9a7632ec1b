<?php
/**
 * The Mailboxes tab of a domain service: the domain's mailboxes a page at a time (searchable),
 * each with its size from its own mailbox server, and the actions on them: add, quota, password,
 * aliases, delete. Every target is checked to be in this service's domain first.
 */
final class ZimbraMailboxesTab
{
    public function __construct(private readonly ZimbraTabRequest $r)
    {
    }

    public function show(array $get, array $post): ZimbraTabPage
    {
        $r = $this->r;
        $domain = $r->fields->zimbra_domain;
        $form = $r->posted($post, fn (array $post) => $this->act($domain, $post));
        // Admins may open webmail as any mailbox of the domain.
        if ($r->admin && isset($get['webmail'])) {
            $page = $r->attempt(function () use ($domain, $get, $r) {
                $zimbra = $r->client();
                return $r->webmail($zimbra, $r->ownAccount($zimbra, $domain, (string) $get['webmail'])->name, $domain);
            }, null);
            if ($page instanceof ZimbraTabPage) {
                return $page;
            }
        }
        $query = trim((string) ($get['q'] ?? ''));
        $page = max(1, (int) ($get['page'] ?? 1));
        $unavailable = null;
        $data = $r->read(fn () => $this->listing($domain, $query, $page), $unavailable);
        $limit = $data ? $data['domain']?->getMaxAccounts() : null;
        return $r->page('tab_mailboxes', ['q' => $query, 'page' => $page], ($data ?? []) + [
            'unavailable' => $unavailable, 'fields' => $r->fields, 'package' => $r->package, 'query' => $query, 'page' => $page,
            'limit' => $limit, 'form' => (object) $form, 'full' => $data && $limit !== null && $data['count'] >= $limit,
            'buy_more_url' => $r->buyMoreUrl('zimbra_extra_mailboxes'),
            // Without a search the domain's count is the listing's total: every page can be named.
            'pages' => $data && $query === '' ? max(1, (int) ceil($data['count'] / ZimbraTabRequest::PAGE_SIZE)) : null,
            'page_url' => fn (int $p) => $r->url(['q' => $query, 'page' => $p])]);
    }

    /** One page of the domain's mailboxes, with the domain's count and limits. */
    private function listing(string $domain, string $query, int $page): array
    {
        $zimbra = $this->r->client();
        // The customer's mailboxes: never a system account (GAL sync, spam training) Zimbra keeps in the domain.
        $filter = '(&(!(zimbraIsSystemResource=TRUE))(!(zimbraIsSystemAccount=TRUE))'
            . ($query === '' ? '' : '(|(uid=*{q}*)(displayName=*{q}*))') . ')';
        $offset = ($page - 1) * ZimbraTabRequest::PAGE_SIZE;
        [$list, $counts, $info] = $zimbra->batch(function (Zimbra\Batch $b) use ($domain, $filter, $query, $offset) {
            $b->searchDirectory($filter, $query === '' ? [] : ['q' => $query], ['domain' => $domain, 'types' => 'accounts',
                'limit' => ZimbraTabRequest::PAGE_SIZE, 'offset' => $offset, 'sortBy' => 'name',
                'attrs' => ['displayName', 'zimbraAccountStatus', 'zimbraMailQuota', 'zimbraMailAlias', 'zimbraMailHost']]);
            $b->countAccounts($domain);
            $b->getDomain($domain);
        });
        ZimbraTabRequest::throwIfFault($counts, $info);
        $count = array_sum(array_column($counts, 'count'));
        if (ZimbraTabRequest::tooManyToList($list)) {
            return ['list' => null, 'too_many' => true, 'sizes' => [], 'count' => $count, 'domain' => $info];
        }
        ZimbraTabRequest::throwIfFault($list);
        // The page's sizes, each from the mailbox's own server (Zimbra proxies every item there):
        // a server that is down leaves its mailboxes' sizes unknown, and the tab names it.
        $sizes = $unreachable = [];
        $entries = $list->entries;
        foreach ($entries ? $zimbra->batch(function (Zimbra\Batch $b) use ($entries) {
            foreach ($entries as $account) {
                $b->getMailboxSize($account->id);
            }
        }) : [] as $i => $size) {
            if (is_int($size)) {
                $sizes[$entries[$i]->name] = $size;
            } else {
                $unreachable[(string) ($entries[$i]->get('zimbraMailHost') ?? '?')] = true;
            }
        }
        return ['list' => $list, 'sizes' => $sizes, 'unreachable' => array_keys($unreachable), 'count' => $count, 'domain' => $info];
    }

    /**
     * Run one action; returns the form values to show again (none after success).
     *
     * @throws ZimbraFailure
     */
    private function act(string $domain, array $post): array
    {
        $r = $this->r;
        $zimbra = $r->client();
        $action = $post['action'];
        if ($action === 'add_mailbox') {
            ZimbraRules::check($this->mailboxRules(), $post);
            $email = $post['local'] . '@' . $domain;
            $name = trim((string) ($post['display_name'] ?? '')) !== '' ? $post['display_name'] : $post['local'];
            // Admins may leave the password blank: one is generated, and shown to them once.
            $password = (string) ($post['password'] ?? '');
            $generated = $password === '';
            $account = $r->call('createAccount', ['name' => $email, 'password' => '***'], fn () => $zimbra->createAccount(
                $email, $generated ? null : $password, ['displayName' => $name, 'cn' => $name, 'zimbraMailQuota' => (int) $post['quota'] * ZimbraLimits::MB]));
            if ($generated) {
                $r->handout = ['email' => $email, 'password' => $account->takeGeneratedPassword()];
            }
            $r->message('success', Language::_('Zimbra.!success.mailbox_added', true, $email));
            return [];
        }
        $account = $r->ownAccount($zimbra, $domain, (string) ($post['account_id'] ?? ''));
        if ($action === 'set_quota') {
            ZimbraRules::check(ZimbraRules::quota(), $post);
            $r->call('modifyAccount', ['id' => $account->id, 'zimbraMailQuota' => $post['quota']],
                fn () => $zimbra->modifyAccount($account->id, ['zimbraMailQuota' => (int) $post['quota'] * ZimbraLimits::MB]));
            $r->message('success', Language::_('Zimbra.!success.quota_saved', true, $account->name));
        } elseif ($action === 'reset_password') {
            ZimbraRules::check(ZimbraRules::password(false), $post);
            $r->call('setPassword', ['id' => $account->id, 'password' => '***'], fn () => $zimbra->setPassword($account->id, $post['password']));
            $r->message('success', Language::_('Zimbra.!success.password_saved', true, $account->name));
        } elseif ($action === 'add_alias' || $action === 'remove_alias') {
            (new ZimbraAliases($r, null))->act($zimbra, $domain, $account, $post);
        } elseif ($action === 'delete_mailbox') {
            if (($post['confirm'] ?? '') !== '1') {
                throw ZimbraFailure::of('confirm', 'confirm.required');
            }
            $r->call('deleteAccount', ['id' => $account->id], fn () => $zimbra->deleteAccount($account->id));
            $r->message('success', Language::_('Zimbra.!success.mailbox_deleted', true, $account->name));
        } else {
            return $post;
        }
        return [];
    }

    private function mailboxRules(): array
    {
        $rules = [
            'local' => ZimbraRules::localPart('zimbra_email_local.format'),
            'display_name' => ['length' => ['rule' => ['maxLength', 256], 'if_set' => true,
                'message' => Language::_('Zimbra.!error.zimbra_display_name.length', true)]],
        ] + ZimbraRules::quota();
        // An admin's blank password means "generate one"; a customer chooses theirs.
        $password = ZimbraRules::password(false);
        if ($this->r->admin) {
            $password['password']['length']['rule'] = fn ($p) => (string) $p === '' || strlen((string) $p) >= 8;
        }
        return $rules + $password;
    }
}
