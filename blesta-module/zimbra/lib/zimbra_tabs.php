<?php
/**
 * The service tabs, shared by the admin and the client side (the manual: "The same
 * tab code serves both"). Each tab gathers its live data in one BatchRequest, runs
 * the posted action after checking that its target belongs to this service, and
 * renders a view. Every Zimbra call still goes through the extension.
 */
trait ZimbraTabs
{
    /** Mailboxes and lists per page. */
    private int $tabPageSize = 25;
    /** Where the webmail login went, for the harness (header() does nothing on the CLI). */
    public ?string $redirectedTo = null;

    public function getAdminTabs($package)
    {
        $tabs = ['tabStats' => Language::_('Zimbra.tab_stats', true)];
        if (($package->meta->package_type ?? 'domain') === 'domain') {
            $tabs['tabMailboxes'] = Language::_('Zimbra.tab_mailboxes', true);
            $tabs['tabLists'] = Language::_('Zimbra.tab_lists', true);
        }
        return $tabs;
    }

    public function getClientTabs($package)
    {
        $tabs = ['tabClientStats' => Language::_('Zimbra.tab_stats', true)];
        if (($package->meta->package_type ?? 'domain') === 'domain') {
            $tabs['tabClientMailboxes'] = Language::_('Zimbra.tab_mailboxes', true);
            $tabs['tabClientLists'] = Language::_('Zimbra.tab_lists', true);
        } else {
            $tabs['tabClientSettings'] = Language::_('Zimbra.tab_settings', true);
        }
        return $tabs;
    }

    public function tabStats($package, $service, array $get = null, array $post = null, array $files = null)
    {
        return $this->statsTab($package, $service, $get ?? [], true);
    }

    public function tabClientStats($package, $service, array $get = null, array $post = null, array $files = null)
    {
        return $this->statsTab($package, $service, $get ?? [], false);
    }

    public function tabMailboxes($package, $service, array $get = null, array $post = null, array $files = null)
    {
        return $this->mailboxesTab($package, $service, $get ?? [], $post ?? [], true);
    }

    public function tabClientMailboxes($package, $service, array $get = null, array $post = null, array $files = null)
    {
        return $this->mailboxesTab($package, $service, $get ?? [], $post ?? [], false);
    }

    public function tabLists($package, $service, array $get = null, array $post = null, array $files = null)
    {
        return $this->listsTab($package, $service, $get ?? [], $post ?? [], true);
    }

    public function tabClientLists($package, $service, array $get = null, array $post = null, array $files = null)
    {
        return $this->listsTab($package, $service, $get ?? [], $post ?? [], false);
    }

    public function tabClientSettings($package, $service, array $get = null, array $post = null, array $files = null)
    {
        return $this->settingsTab($package, $service, $get ?? [], $post ?? []);
    }

    /* ---- Statistics ------------------------------------------------------------ */

    private function statsTab($package, $service, array $get, bool $admin): string
    {
        $this->Input->setErrors([]);  // a new page
        $f = $this->serviceFieldsToObject($service->fields ?? []);
        $stats = $this->tabGuard(function () use ($package, $f, $get, $admin) {
            $zimbra = $this->tabClient();
            if ($this->action($get, $admin) === 'webmail' && !empty($f->zimbra_email)) {
                return ['webmail' => $this->webmail($zimbra, $f->zimbra_email, $f->zimbra_domain)];
            }
            if (($package->meta->package_type ?? 'domain') === 'domain') {
                [$domain, $counts, $usage] = $zimbra->batch(function (Zimbra\Batch $b) use ($f) {
                    $b->getDomain($f->zimbra_domain);
                    $b->countAccounts($f->zimbra_domain);
                    $b->getQuotaUsage($f->zimbra_domain);
                });
                $this->throwIfFault($domain, $counts, $usage);
                return ['type' => 'domain', 'domain' => $domain, 'accounts' => array_sum(array_column($counts, 'count')),
                    'used' => $usage['totalUsed']];
            }
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
            $this->throwIfFault(...$results);
            $used = $results[3] ?? ($account ? $zimbra->getMailboxSize($account->id) : 0);
            $cosId = $account?->getCosId() ?? $domain?->getDefaultCosId();
            $cosName = 'default';
            foreach ($coses as $cos) {
                if ($cos->id === $cosId) {
                    $cosName = $cos->name;
                }
            }
            return ['type' => 'mailbox', 'account' => $account, 'cos' => $cosName, 'used' => $used];
        });
        if (isset($stats['webmail'])) {
            return $stats['webmail'];
        }
        // The tab's own URL with the "webmail" action, as Blesta routes it on each side.
        $webmail = $admin
            ? $this->base_uri . 'clients/servicetab/' . ($service->client_id ?? 0) . '/' . $service->id . '/tabStats/webmail/'
            : $this->base_uri . 'services/manage/' . $service->id . '/tabClientStats/webmail/';
        return $this->render('tab_stats', ['fields' => $f, 'stats' => $stats, 'admin' => $admin, 'webmail_url' => $webmail,
            'requests' => $this->tabRequests()]);
    }

    /* ---- Mailboxes ------------------------------------------------------------- */

    private function mailboxesTab($package, $service, array $get, array $post, bool $admin): string
    {
        $this->Input->setErrors([]);  // a new page
        $f = $this->serviceFieldsToObject($service->fields ?? []);
        $domain = $f->zimbra_domain;
        $form = [];
        if (!empty($post['action'])) {
            $form = $this->tabGuard(fn () => $this->mailboxAction($domain, $post), $post) ?? $post;
        }
        // Admins may open webmail as any mailbox of the domain.
        if ($admin && isset($get['webmail'])) {
            $html = $this->tabGuard(function () use ($domain, $get) {
                $zimbra = $this->tabClient();
                $account = $this->ownAccount($zimbra, $domain, (string) $get['webmail']);
                return $this->webmail($zimbra, $account->name, $domain);
            });
            if ($html !== null) {
                return $html;
            }
        }
        $query = trim((string) ($get['q'] ?? ''));
        $page = max(1, (int) ($get['page'] ?? 1));
        $data = $this->tabGuard(function () use ($domain, $query, $page) {
            $zimbra = $this->tabClient();
            $filter = $query === '' ? '' : '(|(uid=*{q}*)(displayName=*{q}*))';
            $offset = ($page - 1) * $this->tabPageSize;
            [$list, $counts, $info, $usage] = $zimbra->batch(function (Zimbra\Batch $b) use ($domain, $filter, $query, $offset) {
                $b->searchDirectory($filter, $query === '' ? [] : ['q' => $query], ['domain' => $domain, 'types' => 'accounts',
                    'limit' => $this->tabPageSize, 'offset' => $offset, 'sortBy' => 'name',
                    'attrs' => ['displayName', 'zimbraAccountStatus', 'zimbraMailQuota', 'zimbraMailAlias']]);
                $b->countAccounts($domain);
                $b->getDomain($domain);
                // The same page of usage, sorted by address like the accounts: never the whole domain.
                $b->getQuotaUsage($domain, $this->tabPageSize, $offset);
            });
            $this->throwIfFault($list, $counts, $info, $usage);
            $sizes = [];
            foreach ($usage['mailboxes'] as $u) {
                $sizes[$u->name] = $u->used;
            }
            // A search page does not line up with the usage page: ask for the missing few.
            $missing = array_values(array_filter($list->entries, fn ($a) => !isset($sizes[$a->name])));
            if ($missing) {
                foreach ($zimbra->batch(function (Zimbra\Batch $b) use ($missing) {
                    foreach ($missing as $account) {
                        $b->getMailboxSize($account->id);
                    }
                }) as $i => $size) {
                    $sizes[$missing[$i]->name] = is_int($size) ? $size : 0;
                }
            }
            return ['list' => $list, 'sizes' => $sizes, 'count' => array_sum(array_column($counts, 'count')), 'domain' => $info];
        }) ?? ['list' => null, 'sizes' => [], 'count' => 0, 'domain' => null];
        $limit = $data['domain']?->getMaxAccounts();
        return $this->render('tab_mailboxes', $data + ['errors' => $this->Input->errors() ?: [],'fields' => $f, 'package' => $package, 'admin' => $admin,
            'query' => $query, 'page' => $page, 'limit' => $limit, 'form' => (object) $form,
            'full' => $limit !== null && $data['count'] >= $limit, 'page_size' => $this->tabPageSize,
            'requests' => $this->tabRequests()]);
    }

    /** Run one Mailboxes action; returns the form values to show again (empty after success). */
    private function mailboxAction(string $domain, array $post): array
    {
        $zimbra = $this->tabClient();
        $action = $post['action'];
        if ($action === 'add_mailbox') {
            $this->Input->setRules($this->mailboxRules(true));
            if (!$this->Input->validates($post)) {
                return $post;
            }
            $email = $post['local'] . '@' . $domain;
            $name = trim((string) ($post['display_name'] ?? '')) !== '' ? $post['display_name'] : $post['local'];
            $this->tabCall('createAccount', ['name' => $email, 'password' => '***'], fn () => $zimbra->createAccount(
                $email, $post['password'], ['displayName' => $name, 'cn' => $name, 'zimbraMailQuota' => (int) $post['quota'] * self::MB]));
            $this->setMessage('success', Language::_('Zimbra.!success.mailbox_added', true, $email));
            return [];
        }
        $account = $this->ownAccount($zimbra, $domain, (string) ($post['account_id'] ?? ''));
        if ($action === 'set_quota') {
            $this->Input->setRules(['quota' => ['format' => ['rule' => ['matches', '/^[0-9]+$/'],
                'message' => Language::_('Zimbra.!error.quota.format', true)]]]);
            if ($this->Input->validates($post)) {
                $this->tabCall('modifyAccount', ['id' => $account->id, 'zimbraMailQuota' => $post['quota']],
                    fn () => $zimbra->modifyAccount($account->id, ['zimbraMailQuota' => (int) $post['quota'] * self::MB]));
                $this->setMessage('success', Language::_('Zimbra.!success.quota_saved', true, $account->name));
                return [];
            }
        } elseif ($action === 'reset_password') {
            $this->Input->setRules($this->passwordRules(false));
            if ($this->Input->validates($post)) {
                $this->tabCall('setPassword', ['id' => $account->id, 'password' => '***'],
                    fn () => $zimbra->setPassword($account->id, $post['password']));
                $this->setMessage('success', Language::_('Zimbra.!success.password_saved', true, $account->name));
                return [];
            }
        } elseif ($action === 'add_alias' || $action === 'remove_alias') {
            $this->aliasAction($zimbra, $domain, $account, $post);
            return $this->Input->errors() ? $post : [];
        } elseif ($action === 'delete_mailbox') {
            if (($post['confirm'] ?? '') !== '1') {
                $this->Input->setErrors(['confirm' => ['required' => Language::_('Zimbra.!error.confirm.required', true)]]);
                return $post;
            }
            $this->tabCall('deleteAccount', ['id' => $account->id], fn () => $zimbra->deleteAccount($account->id));
            $this->setMessage('success', Language::_('Zimbra.!success.mailbox_deleted', true, $account->name));
            return [];
        }
        return $post;
    }

    private function aliasAction(Zimbra\Client $zimbra, string $domain, Zimbra\Account $account, array $post): void
    {
        if ($post['action'] === 'add_alias') {
            $this->Input->setRules(['alias_local' => ['format' => ['rule' => [[$this, 'isLocalPart']], 'pre_format' => [[$this, 'lower']],
                'message' => Language::_('Zimbra.!error.alias_local.format', true)]]]);
            if (!$this->Input->validates($post)) {
                return;
            }
            $alias = $post['alias_local'] . '@' . $domain;
            $this->tabCall('addAccountAlias', ['id' => $account->id, 'alias' => $alias], fn () => $zimbra->addAccountAlias($account->id, $alias));
            $this->setMessage('success', Language::_('Zimbra.!success.alias_added', true, $alias));
            return;
        }
        $alias = strtolower(trim((string) ($post['alias'] ?? '')));
        // Only an alias this account really has, in this service's domain.
        if (!in_array($alias, $account->getAliases(), true) || !str_ends_with($alias, '@' . $domain)) {
            $this->refuse('alias', $alias);
        }
        $this->tabCall('removeAccountAlias', ['id' => $account->id, 'alias' => $alias], fn () => $zimbra->removeAccountAlias($account->id, $alias));
        $this->setMessage('success', Language::_('Zimbra.!success.alias_removed', true, $alias));
    }

    private function mailboxRules(bool $withLocal): array
    {
        $rules = [];
        if ($withLocal) {
            $rules['local'] = ['format' => ['rule' => [[$this, 'isLocalPart']], 'pre_format' => [[$this, 'lower']],
                'message' => Language::_('Zimbra.!error.zimbra_email_local.format', true)]];
            $rules['display_name'] = ['length' => ['rule' => ['maxLength', 256], 'if_set' => true,
                'message' => Language::_('Zimbra.!error.zimbra_display_name.length', true)]];
            $rules['quota'] = ['format' => ['rule' => ['matches', '/^[0-9]+$/'], 'message' => Language::_('Zimbra.!error.quota.format', true)]];
        }
        return $rules + $this->passwordRules(false);
    }

    private function passwordRules(bool $confirm): array
    {
        $rules = ['password' => ['length' => ['rule' => ['minLength', 8], 'message' => Language::_('Zimbra.!error.zimbra_password.length', true)]]];
        if ($confirm) {
            $rules['confirm_password'] = ['matches' => ['rule' => ['compares', '==', ['_linked' => 'password']],
                'message' => Language::_('Zimbra.!error.confirm_password.matches', true)]];
        }
        return $rules;
    }

    /* ---- Distribution lists ---------------------------------------------------- */

    private function listsTab($package, $service, array $get, array $post, bool $admin): string
    {
        $this->Input->setErrors([]);  // a new page
        $f = $this->serviceFieldsToObject($service->fields ?? []);
        $domain = $f->zimbra_domain;
        $form = [];
        if (!empty($post['action'])) {
            $form = $this->tabGuard(fn () => $this->listAction($domain, $post), $post) ?? $post;
        }
        $open = (string) ($get['list'] ?? '');
        $page = max(1, (int) ($get['page'] ?? 1));
        $query = trim((string) ($get['q'] ?? ''));
        $data = $this->tabGuard(function () use ($domain, $open, $page, $query) {
            $zimbra = $this->tabClient();
            $results = $zimbra->batch(function (Zimbra\Batch $b) use ($domain, $open, $page, $query) {
                $b->searchDirectory($query === '' ? '' : '(|(uid=*{q}*)(displayName=*{q}*))', $query === '' ? [] : ['q' => $query],
                    ['domain' => $domain, 'types' => 'distributionlists,dynamicgroups',
                    'limit' => $this->tabPageSize, 'offset' => ($page - 1) * $this->tabPageSize, 'sortBy' => 'name',
                    'attrs' => ['displayName', 'description']]);
                if (Zimbra\Validate::isId($open)) {
                    $b->getDistributionList($open);
                }
            });
            $this->throwIfFault(...$results);
            $openList = $results[1] ?? null;
            if ($openList && !str_ends_with($openList->name, '@' . $domain)) {
                $openList = null;  // not this service's list: show nothing of it
            }
            return ['list' => $results[0], 'open' => $openList];
        }) ?? ['list' => null, 'open' => null];
        return $this->render('tab_lists', $data + ['errors' => $this->Input->errors() ?: [],'fields' => $f, 'admin' => $admin, 'form' => (object) $form,
            'page' => $page, 'query' => $query, 'page_size' => $this->tabPageSize, 'requests' => $this->tabRequests()]);
    }

    private function listAction(string $domain, array $post): array
    {
        $zimbra = $this->tabClient();
        if ($post['action'] === 'create_list') {
            $this->Input->setRules(['local' => ['format' => ['rule' => [[$this, 'isLocalPart']], 'pre_format' => [[$this, 'lower']],
                'message' => Language::_('Zimbra.!error.list_local.format', true)]]]);
            if (!$this->Input->validates($post)) {
                return $post;
            }
            $email = $post['local'] . '@' . $domain;
            $attrs = array_filter(['displayName' => trim((string) ($post['display_name'] ?? '')),
                'description' => trim((string) ($post['description'] ?? ''))], fn ($v) => $v !== '');
            $this->tabCall('createDistributionList', ['name' => $email], fn () => $zimbra->createDistributionList($email, $attrs));
            $this->setMessage('success', Language::_('Zimbra.!success.list_created', true, $email));
            return [];
        }
        $list = $this->ownList($zimbra, $domain, (string) ($post['list_id'] ?? ''));
        if ($post['action'] === 'add_members') {
            $members = array_values(array_filter(array_map('trim', preg_split('/[,\r\n]+/', (string) ($post['members'] ?? ''))),
                fn ($m) => $m !== ''));
            $bad = array_filter($members, fn ($m) => !$this->validName(fn () => Zimbra\Validate::email($m)));
            if (!$members || $bad) {
                $this->Input->setErrors(['members' => ['format' => Language::_('Zimbra.!error.members.format', true,
                    implode(', ', $bad ?: ['(none)']))]]);
                return $post;
            }
            $this->tabCall('addDistributionListMembers', ['id' => $list->id, 'members' => $members],
                fn () => $zimbra->addDistributionListMembers($list->id, $members));
            $this->setMessage('success', Language::_('Zimbra.!success.members_added', true, count($members), $list->name));
        } elseif ($post['action'] === 'remove_member') {
            $member = strtolower(trim((string) ($post['member'] ?? '')));
            if (!in_array($member, $list->getMembers(), true)) {
                $this->refuse('member', $member);
            }
            $this->tabCall('removeDistributionListMembers', ['id' => $list->id, 'member' => $member],
                fn () => $zimbra->removeDistributionListMembers($list->id, [$member]));
            $this->setMessage('success', Language::_('Zimbra.!success.member_removed', true, $member));
        } elseif ($post['action'] === 'delete_list') {
            if (($post['confirm'] ?? '') !== '1') {
                $this->Input->setErrors(['confirm' => ['required' => Language::_('Zimbra.!error.confirm.required', true)]]);
                return $post;
            }
            $this->tabCall('deleteDistributionList', ['id' => $list->id], fn () => $zimbra->deleteDistributionList($list->id));
            $this->setMessage('success', Language::_('Zimbra.!success.list_deleted', true, $list->name));
        }
        return [];
    }

    /* ---- Mailbox settings (client mailbox services) ---------------------------- */

    private function settingsTab($package, $service, array $get, array $post): string
    {
        $this->Input->setErrors([]);  // a new page
        $f = $this->serviceFieldsToObject($service->fields ?? []);
        $form = [];
        if (!empty($post['action'])) {
            $form = $this->tabGuard(function () use ($package, $service, $f, $post) {
                $zimbra = $this->tabClient();
                $account = $this->ownAccount($zimbra, $f->zimbra_domain, (string) ($f->zimbra_account_id ?? ''), $f->zimbra_email);
                if ($post['action'] === 'change_password') {
                    $this->Input->setRules($this->passwordRules(true));
                    if (!$this->Input->validates($post)) {
                        return $post;
                    }
                    // Through Services::edit, as Blesta modules do, so the stored field follows.
                    Loader::loadModels($this, ['Services']);
                    $this->Services->edit($service->id, ['zimbra_password' => $post['password'], 'use_module' => 'true']);
                    if (($errors = $this->Services->errors())) {
                        $this->Input->setErrors($errors);
                        return $post;
                    }
                    $this->setMessage('success', Language::_('Zimbra.!success.password_saved', true, $account->name));
                    return [];
                }
                $this->aliasAction($zimbra, $f->zimbra_domain, $account, $post);
                return $this->Input->errors() ? $post : [];
            }, $post) ?? $post;
        }
        $account = $this->tabGuard(fn () => $this->tabClient()->getAccount($f->zimbra_account_id ?? $f->zimbra_email,
            ['zimbraMailAlias', 'zimbraAccountStatus']));
        return $this->render('tab_settings', ['errors' => $this->Input->errors() ?: [], 'fields' => $f, 'account' => $account, 'form' => (object) $form,
            'requests' => $this->tabRequests()]);
    }

    /* ---- Webmail --------------------------------------------------------------- */

    /** Build the preauth URL now (Zimbra accepts it for 5 minutes) and redirect, or explain why not. */
    private function webmail(Zimbra\Client $zimbra, string $email, string $domain): string
    {
        $account = $zimbra->getAccount($email, ['zimbraAccountStatus']);
        $status = $account?->getStatus() ?? 'missing';
        if ($status !== 'active') {
            return $this->render('tab_message', ['message' => Language::_('Zimbra.webmail.unavailable', true, $email, $status)]);
        }
        $key = $this->tabCall('ensurePreauthKey', ['domain' => $domain], fn () => $zimbra->ensurePreauthKey($domain));
        $row = $this->getModuleRow();
        $url = (new Zimbra\Preauth($key))->url('https://' . $row->meta->host_name, $account->name);
        $this->redirectedTo = $url;
        if (!headers_sent()) {
            header('Location: ' . $url);
        }
        return $this->render('tab_message', ['message' => Language::_('Zimbra.webmail.redirecting', true), 'link' => $url]);
    }

    /* ---- authorization --------------------------------------------------------- */

    /** The account, only if it is in this service's domain (and, when given, is this service's own mailbox). */
    private function ownAccount(Zimbra\Client $zimbra, string $domain, string $id, ?string $onlyEmail = null): Zimbra\Account
    {
        $account = Zimbra\Validate::isId($id) ? $zimbra->getAccount($id, ['zimbraMailAlias', 'zimbraAccountStatus']) : null;
        if ($account === null && $onlyEmail !== null) {
            $account = $zimbra->getAccount($onlyEmail, ['zimbraMailAlias', 'zimbraAccountStatus']);
        }
        if ($account === null || !str_ends_with($account->name, '@' . $domain)
                || ($onlyEmail !== null && $account->name !== $onlyEmail)) {
            $this->refuse('account', $id);
        }
        return $account;
    }

    private function ownList(Zimbra\Client $zimbra, string $domain, string $id): Zimbra\DistributionList
    {
        $list = Zimbra\Validate::isId($id) ? $zimbra->getDistributionList($id) : null;
        if ($list === null || !str_ends_with($list->name, '@' . $domain)) {
            $this->refuse('list', $id);
        }
        return $list;
    }

    /** Refuse a forged target: log it, tell the user, change nothing. */
    private function refuse(string $what, string $target): void
    {
        $row = $this->getModuleRow();
        $this->log(($row->meta->host_name ?? '') . '|refused', json_encode(['target' => $what, 'value' => $target]), 'input', false);
        $this->Input->setErrors(['authorization' => ['denied' => Language::_('Zimbra.!error.authorization.denied', true)]]);
        throw new ZimbraModuleHandled('not this service\'s ' . $what);
    }

    /* ---- plumbing -------------------------------------------------------------- */

    /** One logged-in client per server row for this module object: a page's calls share its token. */
    private array $tabClients = [];
    private int $tabRequestBase = 0;

    private function tabClient(): Zimbra\Client
    {
        $row = $this->getModuleRow();
        if (!$row) {
            $this->Input->setErrors(['module_row' => ['missing' => Language::_('Zimbra.!error.module_row.missing', true)]]);
            throw new ZimbraModuleHandled('no server');
        }
        if (!isset($this->tabClients[$row->id])) {
            $client = $this->clientFor($row);
            $stats = $client->getStats();
            // The counters of a kept session run across page loads: count from here, the login included.
            $this->tabRequestBase = $stats['requests'] - ($stats['reused'] ? 0 : 1);
            $this->tabClients[$row->id] = $client;
        }
        return $this->tabClients[$row->id];
    }

    /** Requests this page made (shown in the page, for tests and for curious admins). */
    private function tabRequests(): int
    {
        $row = $this->getModuleRow();
        $stats = $row && isset($this->tabClients[$row->id]) ? $this->tabClients[$row->id]->getStats() : ['requests' => 0];
        $n = $stats['requests'] - $this->tabRequestBase;
        $this->tabRequestBase = $stats['requests'];
        return $n;
    }

    private function tabCall(string $action, array $masked, callable $fn)
    {
        return $this->call($this->getModuleRow(), $action, $masked, $fn);
    }

    /**
     * guard() for a step of a tab page. The page's errors accumulate across steps (an
     * action's errors must survive the data read that follows), and each step's errors
     * also go to Blesta's message area.
     */
    private function tabGuard(callable $fn, $fallback = null)
    {
        $before = $this->Input->errors() ?: [];
        $result = $this->guard($fn);
        $errors = $this->Input->errors() ?: [];
        if ($errors) {
            $this->setMessage('error', implode(' ', array_merge(...array_map('array_values', array_values($errors)))));
        }
        $this->Input->setErrors($before + $errors);
        return $result ?? ($errors ? $fallback : null);
    }

    /** A batch item that came back as a fault is still an error for a page that needs it. */
    private function throwIfFault(...$items): void
    {
        foreach ($items as $item) {
            if ($item instanceof Zimbra\FaultException) {
                throw $item;
            }
        }
    }

    private function action(array $get, bool $admin)
    {
        // Admin tab URLs end .../{tab}/{action}/ ($get[3]); client ones .../{tab}/{action}/ ($get[2]).
        return $get[$admin ? 3 : 2] ?? ($get['action'] ?? null);
    }
}
