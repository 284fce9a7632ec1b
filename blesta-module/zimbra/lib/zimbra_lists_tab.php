<?php
/**
 * The Distribution lists tab of a domain service: the domain's lists a page at a time
 * (searchable), one opened with its members, and the actions on them: create, add and remove
 * members, delete. Every target is checked to be in this service's domain first.
 */
final class ZimbraListsTab
{
    public function __construct(private readonly ZimbraTabRequest $r)
    {
    }

    public function show(array $get, array $post): ZimbraTabPage
    {
        $r = $this->r;
        $domain = $r->fields->zimbra_domain;
        $form = $r->posted($post, fn (array $post) => $this->act($domain, $post));
        $open = (string) ($get['list'] ?? '');
        $page = max(1, (int) ($get['page'] ?? 1));
        $query = trim((string) ($get['q'] ?? ''));
        $unavailable = null;
        $data = $r->read(fn () => $this->listing($domain, $open, $page, $query), $unavailable);
        return $r->page('tab_lists', ['q' => $query, 'page' => $page, 'list' => $open], ($data ?? []) + [
            'unavailable' => $unavailable, 'fields' => $r->fields, 'form' => (object) $form, 'page' => $page, 'query' => $query,
            'page_url' => fn (int $p) => $r->url(['q' => $query, 'page' => $p]),
            'list_url' => fn (string $id) => $r->url(['q' => $query, 'page' => $page, 'list' => $id])]);
    }

    /** One page of the domain's lists, and the opened one when it is this domain's. */
    private function listing(string $domain, string $open, int $page, string $query): array
    {
        $results = $this->r->client()->batch(function (Zimbra\Batch $b) use ($domain, $open, $page, $query) {
            $b->searchDirectory($query === '' ? '' : '(|(uid=*{q}*)(displayName=*{q}*))', $query === '' ? [] : ['q' => $query],
                ['domain' => $domain, 'types' => 'distributionlists,dynamicgroups',
                'limit' => ZimbraTabRequest::PAGE_SIZE, 'offset' => ($page - 1) * ZimbraTabRequest::PAGE_SIZE, 'sortBy' => 'name',
                'attrs' => ['displayName', 'description']]);
            if (Zimbra\Validate::isId($open)) {
                $b->getDistributionList($open);
            }
        });
        if (ZimbraTabRequest::tooManyToList($results[0])) {
            return ['list' => null, 'too_many' => true, 'open' => null];
        }
        ZimbraTabRequest::throwIfFault(...$results);
        $openList = $results[1] ?? null;
        if ($openList && !str_ends_with($openList->name, '@' . $domain)) {
            $openList = null;  // not this service's list: show nothing of it
        }
        return ['list' => $results[0], 'open' => $openList];
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
        if ($post['action'] === 'create_list') {
            ZimbraRules::check(['local' => ZimbraRules::localPart('list_local.format')], $post);
            $email = $post['local'] . '@' . $domain;
            $attrs = array_filter(['displayName' => trim((string) ($post['display_name'] ?? '')),
                'description' => trim((string) ($post['description'] ?? ''))], fn ($v) => $v !== '');
            $r->call('createDistributionList', ['name' => $email], fn () => $zimbra->createDistributionList($email, $attrs));
            $r->message('success', Language::_('Zimbra.!success.list_created', true, $email));
            return [];
        }
        $list = $r->ownList($zimbra, $domain, (string) ($post['list_id'] ?? ''));
        if ($post['action'] === 'add_members') {
            $members = array_values(array_filter(array_map('trim', preg_split('/[,\r\n]+/', (string) ($post['members'] ?? ''))),
                fn ($m) => $m !== ''));
            $bad = array_filter($members, fn ($m) => !ZimbraRules::isExistingEmail($m));
            if (!$members || $bad) {
                throw ZimbraFailure::of('members', 'members.format', [implode(', ', $bad ?: ['(none)'])]);
            }
            $r->call('addDistributionListMembers', ['id' => $list->id, 'members' => $members],
                fn () => $zimbra->addDistributionListMembers($list->id, $members));
            $r->message('success', Language::_(count($members) === 1 ? 'Zimbra.!success.member_added' : 'Zimbra.!success.members_added',
                true, count($members), $list->name));
        } elseif ($post['action'] === 'remove_member') {
            $member = strtolower(trim((string) ($post['member'] ?? '')));
            if (!in_array($member, $list->getMembers(), true)) {
                $r->refuse('member', $member);
            }
            $r->call('removeDistributionListMembers', ['id' => $list->id, 'member' => $member],
                fn () => $zimbra->removeDistributionListMembers($list->id, [$member]));
            $r->message('success', Language::_('Zimbra.!success.member_removed', true, $member));
        } elseif ($post['action'] === 'delete_list') {
            if (($post['confirm'] ?? '') !== '1') {
                throw ZimbraFailure::of('confirm', 'confirm.required');
            }
            $r->call('deleteDistributionList', ['id' => $list->id], fn () => $zimbra->deleteDistributionList($list->id));
            $r->message('success', Language::_('Zimbra.!success.list_deleted', true, $list->name));
        }
        return [];
    }
}
