<?php
/**
 * The service tabs, shared by the admin and the client side (the manual: "The same
 * tab code serves both"). Each tab gathers its live data in one BatchRequest, runs
 * the posted action after checking that its target belongs to this service, and
 * renders a view. Every Zimbra call still goes through the extension.
 *
 * A tab waits for Zimbra at most tabTimeout() seconds. When Zimbra cannot be reached the tab
 * says so in one sentence and shows no figures and no forms; customers never see server
 * names, ports or fault codes (admins see the cause, and the module log has the detail).
 */
trait ZimbraTabs
{
    /** Mailboxes and lists per page. */
    private int $tabPageSize = 25;

    /** The page being built: its service, the service's server, and whose page it is. */
    private $tabService = null;
    private $tabRow = null;
    private bool $tabAdmin = false;
    /** A generated password to show once to the admin who just made the mailbox. */
    private ?array $handout = null;

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
            $tabs['tabClientSetup'] = Language::_('Zimbra.tab_setup', true);
        } else {
            $tabs['tabClientSettings'] = Language::_('Zimbra.tab_settings', true);
        }
        return $tabs;
    }

    public function tabStats($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        return $this->statsTab($package, $service, $get ?? [], true);
    }

    public function tabClientStats($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        return $this->statsTab($package, $service, $get ?? [], false);
    }

    public function tabMailboxes($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        return $this->mailboxesTab($package, $service, $get ?? [], $post ?? [], true);
    }

    public function tabClientMailboxes($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        return $this->mailboxesTab($package, $service, $get ?? [], $post ?? [], false);
    }

    public function tabLists($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        return $this->listsTab($package, $service, $get ?? [], $post ?? [], true);
    }

    public function tabClientLists($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        return $this->listsTab($package, $service, $get ?? [], $post ?? [], false);
    }

    public function tabClientSettings($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        return $this->settingsTab($package, $service, $get ?? [], $post ?? []);
    }

    /** A new page: no errors of an earlier one, this service's server, and whose page it is. */
    private function openTab($service, bool $admin): object
    {
        $this->Input->setErrors([]);
        $this->tabService = $service;
        $this->tabAdmin = $admin;
        $this->tabRow = $this->serviceRow($service);
        $this->handout = null;
        return $this->serviceFieldsToObject($service->fields ?? []);
    }

    /** The tab's own URL, as Blesta routes it on each side, with $query (page, search) kept. */
    private function tabUrl(string $tab, array $query = [], ?string $action = null): string
    {
        $s = $this->tabService;
        $url = $this->tabAdmin
            ? $this->base_uri . 'clients/servicetab/' . ($s->client_id ?? 0) . '/' . $s->id . '/' . $tab . '/'
            : $this->base_uri . 'services/manage/' . $s->id . '/' . $tab . '/';
        $url .= $action !== null ? $action . '/' : '';
        $query = array_filter($query, fn ($v) => $v !== '' && $v !== null && $v !== 1);
        return $url . ($query ? '?' . http_build_query($query) : '');
    }

    /** What every tab view needs besides its data. What the page cost Zimbra goes to the module log. */
    private function tabView(string $view, string $tab, array $query, array $vars): string
    {
        $requests = $this->tabRequests();
        if ($requests > 0) {
            $this->log(($this->tabRow->meta->host_name ?? 'zimbra') . '|page', json_encode(['tab' => $tab, 'requests' => $requests]),
                'output', true);
        }
        return $this->render($view, $vars + ['admin' => $this->tabAdmin, 'tab_url' => $this->tabUrl($tab, $query),
            'errors' => $this->Input->errors() ?: [], 'handout' => $this->handout]);
    }

    /* ---- Set up your domain ------------------------------------------------------- */

    /** The DNS records a customer adds for a domain service, from the server row alone (ZimbraMailHosts). */
    public function tabClientSetup($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        $f = $this->openTab($service, false);
        $hosts = new ZimbraMailHosts($this->tabRow->meta ?? (object) []);
        return $this->tabView('tab_setup', 'tabClientSetup', [], ['records' => $hosts->records((string) ($f->zimbra_domain ?? '')),
            'fields' => $f]);
    }

    /* ---- Statistics ------------------------------------------------------------ */

    private function statsTab($package, $service, array $get, bool $admin): string
    {
        $f = $this->openTab($service, $admin);
        $tab = $admin ? 'tabStats' : 'tabClientStats';
        $unavailable = null;
        $stats = $this->tabData(function () use ($package, $f, $get, $admin) {
            $zimbra = $this->tabClient();
            if ($this->action($get, $admin) === 'webmail' && !empty($f->zimbra_email)) {
                return ['webmail' => $this->webmail($zimbra, $f->zimbra_email, $f->zimbra_domain)];
            }
            if (($package->meta->package_type ?? 'domain') === 'domain') {
                [$domain, $counts] = $zimbra->batch(function (Zimbra\Batch $b) use ($f) {
                    $b->getDomain($f->zimbra_domain);
                    $b->countAccounts($f->zimbra_domain);
                });
                $this->throwIfFault($domain, $counts);
                // Server by server: one mailbox server down leaves its mailboxes out, and the tab names it.
                [$used, $unreachable] = ZimbraLimits::domainUsage($zimbra, $f->zimbra_domain);
                return ['type' => 'domain', 'domain' => $domain, 'accounts' => array_sum(array_column($counts, 'count')),
                    'used' => $used, 'unreachable' => $unreachable];
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
        }, $unavailable);
        if (isset($stats['webmail'])) {
            return $stats['webmail'];
        }
        // The admin also sees what the usage task last recorded, and when: there even when Zimbra is not.
        return $this->tabView('tab_stats', $tab, [], ['fields' => $f, 'stats' => $stats, 'unavailable' => $unavailable,
            'webmail_url' => $this->tabUrl($tab, [], 'webmail'), 'recorded' => $admin ? self::recordedUsage($f->zimbra_usage ?? '') : null,
            'full' => $stats && !isset($stats['webmail']) ? $this->fullness($package, $service, $stats) : []]);
    }

    /** A limit at or past this share of it is "full" to the customer: they are told, and where to buy more. */
    private const NEARLY_FULL_PERCENT = 98;

    /**
     * What is (nearly) full on the Statistics tab: storage at NEARLY_FULL_PERCENT of its limit, or
     * every mailbox of the domain taken; each with the page where the customer buys more, or null.
     *
     * @return list<array{what: string, url: ?string}>
     */
    private function fullness($package, $service, array $stats): array
    {
        $full = [];
        if ($stats['type'] === 'domain' && ($d = $stats['domain'])) {
            if ($d->getAggregateQuota() > 0 && $stats['used'] * 100 >= $d->getAggregateQuota() * self::NEARLY_FULL_PERCENT) {
                $full[] = ['what' => 'storage', 'url' => $this->buyMoreUrl($package, $service, 'zimbra_extra_storage_gb')];
            }
            if ($d->getMaxAccounts() !== null && $stats['accounts'] >= $d->getMaxAccounts()) {
                $full[] = ['what' => 'mailboxes', 'url' => $this->buyMoreUrl($package, $service, 'zimbra_extra_mailboxes')];
            }
        } elseif ($stats['type'] === 'mailbox' && ($a = $stats['account'])) {
            if ($a->getQuota() > 0 && $stats['used'] * 100 >= $a->getQuota() * self::NEARLY_FULL_PERCENT) {
                $full[] = ['what' => 'mailbox_storage', 'url' => $this->buyMoreUrl($package, $service, 'zimbra_extra_quota_mb')];
            }
        }
        return $full;
    }

    /**
     * Blesta's own page where a customer buys more of a configurable option of an active service
     * (client_services.php, manageOptions(): services/manageoptions/{id}/, which sends anyone back
     * unless the service is active and has options to change), when the package offers $option.
     * Admins change options in the service's edit form instead: null for them.
     */
    private function buyMoreUrl($package, $service, string $option): ?string
    {
        if ($this->tabAdmin || ($service->status ?? 'active') !== 'active' || empty($package->id)) {
            return null;
        }
        Loader::loadModels($this, ['PackageOptions']);
        foreach ($this->PackageOptions->getByPackageId($package->id) as $o) {
            if (($o->name ?? '') === $option) {
                return $this->base_uri . 'services/manageoptions/' . $service->id . '/';
            }
        }
        return null;
    }

    /* ---- Mailboxes ------------------------------------------------------------- */

    private function mailboxesTab($package, $service, array $get, array $post, bool $admin): string
    {
        $f = $this->openTab($service, $admin);
        $tab = $admin ? 'tabMailboxes' : 'tabClientMailboxes';
        $domain = $f->zimbra_domain;
        $form = [];
        if (!empty($post['action'])) {
            $form = $this->tabAction(fn () => $this->mailboxAction($package, $domain, $post), $post);
        }
        // Admins may open webmail as any mailbox of the domain.
        if ($admin && isset($get['webmail'])) {
            $html = $this->tabAction(function () use ($domain, $get) {
                $zimbra = $this->tabClient();
                $account = $this->ownAccount($zimbra, $domain, (string) $get['webmail']);
                return $this->webmail($zimbra, $account->name, $domain);
            }, null);
            if (is_string($html)) {
                return $html;
            }
        }
        $query = trim((string) ($get['q'] ?? ''));
        $page = max(1, (int) ($get['page'] ?? 1));
        $unavailable = null;
        $data = $this->tabData(function () use ($domain, $query, $page) {
            $zimbra = $this->tabClient();
            // The customer's mailboxes: never a system account (GAL sync, spam training) Zimbra keeps in the domain.
            $filter = '(&(!(zimbraIsSystemResource=TRUE))(!(zimbraIsSystemAccount=TRUE))'
                . ($query === '' ? '' : '(|(uid=*{q}*)(displayName=*{q}*))') . ')';
            $offset = ($page - 1) * $this->tabPageSize;
            [$list, $counts, $info] = $zimbra->batch(function (Zimbra\Batch $b) use ($domain, $filter, $query, $offset) {
                $b->searchDirectory($filter, $query === '' ? [] : ['q' => $query], ['domain' => $domain, 'types' => 'accounts',
                    'limit' => $this->tabPageSize, 'offset' => $offset, 'sortBy' => 'name',
                    'attrs' => ['displayName', 'zimbraAccountStatus', 'zimbraMailQuota', 'zimbraMailAlias', 'zimbraMailHost']]);
                $b->countAccounts($domain);
                $b->getDomain($domain);
            });
            $this->throwIfFault($counts, $info);
            if ($this->tooManyToList($list)) {
                return ['list' => null, 'too_many' => true, 'sizes' => [], 'count' => array_sum(array_column($counts, 'count')),
                    'domain' => $info];
            }
            $this->throwIfFault($list);
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
            return ['list' => $list, 'sizes' => $sizes, 'unreachable' => array_keys($unreachable),
                'count' => array_sum(array_column($counts, 'count')), 'domain' => $info];
        }, $unavailable);
        $limit = $data ? $data['domain']?->getMaxAccounts() : null;
        return $this->tabView('tab_mailboxes', $tab, ['q' => $query, 'page' => $page], ($data ?? []) + [
            'unavailable' => $unavailable, 'fields' => $f, 'package' => $package, 'query' => $query, 'page' => $page,
            'limit' => $limit, 'form' => (object) $form, 'full' => $data && $limit !== null && $data['count'] >= $limit,
            'buy_more_url' => $this->buyMoreUrl($package, $service, 'zimbra_extra_mailboxes'),
            // Without a search the domain's count is the listing's total: every page can be named.
            'pages' => $data && $query === '' ? max(1, (int) ceil($data['count'] / $this->tabPageSize)) : null,
            'page_url' => fn (int $p) => $this->tabUrl($tab, ['q' => $query, 'page' => $p])]);
    }

    /** Run one Mailboxes action; returns the form values to show again (empty after success). */
    private function mailboxAction($package, string $domain, array $post): array
    {
        $zimbra = $this->tabClient();
        $action = $post['action'];
        if ($action === 'add_mailbox') {
            $this->Input->setRules($this->mailboxRules());
            if (!$this->Input->validates($post)) {
                return $post;
            }
            $email = $post['local'] . '@' . $domain;
            $name = trim((string) ($post['display_name'] ?? '')) !== '' ? $post['display_name'] : $post['local'];
            // Admins may leave the password blank: one is generated, and shown to them once.
            $password = (string) ($post['password'] ?? '');
            $generated = $password === '';
            $account = $this->tabCall('createAccount', ['name' => $email, 'password' => '***'], fn () => $zimbra->createAccount(
                $email, $generated ? null : $password, ['displayName' => $name, 'cn' => $name, 'zimbraMailQuota' => (int) $post['quota'] * ZimbraLimits::MB]));
            if ($generated) {
                $this->handout = ['email' => $email, 'password' => $account->takeGeneratedPassword()];
            }
            $this->setMessage('success', Language::_('Zimbra.!success.mailbox_added', true, $email));
            return [];
        }
        $account = $this->ownAccount($zimbra, $domain, (string) ($post['account_id'] ?? ''));
        if ($action === 'set_quota') {
            $this->Input->setRules(['quota' => ['format' => ['rule' => ['matches', '/^[0-9]+$/'],
                'message' => Language::_('Zimbra.!error.quota.format', true)]]]);
            if ($this->Input->validates($post)) {
                $this->tabCall('modifyAccount', ['id' => $account->id, 'zimbraMailQuota' => $post['quota']],
                    fn () => $zimbra->modifyAccount($account->id, ['zimbraMailQuota' => (int) $post['quota'] * ZimbraLimits::MB]));
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
            $this->aliasAction($zimbra, $domain, $account, $post, false);
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

    /** Add or remove an alias of $account; $shared: the domain is shared, so its role addresses are not the customer's. */
    private function aliasAction(Zimbra\Client $zimbra, string $domain, Zimbra\Account $account, array $post, bool $shared): void
    {
        if ($post['action'] === 'add_alias') {
            $this->Input->setRules(['alias_local' => ['format' => ['rule' => [[$this, 'isLocalPart']], 'pre_format' => [[$this, 'lower']],
                'message' => Language::_('Zimbra.!error.alias_local.format', true)]]]);
            if (!$this->Input->validates($post)) {
                return;
            }
            $alias = $post['alias_local'] . '@' . $domain;
            if ($shared && $this->isReservedLocalPart($post['alias_local'])) {
                $this->Input->setErrors(['alias_local' => ['reserved' => Language::_('Zimbra.!error.local.reserved', true, $alias)]]);
                return;
            }
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

    private function mailboxRules(): array
    {
        $rules = [
            'local' => ['format' => ['rule' => [[$this, 'isLocalPart']], 'pre_format' => [[$this, 'lower']],
                'message' => Language::_('Zimbra.!error.zimbra_email_local.format', true)]],
            'display_name' => ['length' => ['rule' => ['maxLength', 256], 'if_set' => true,
                'message' => Language::_('Zimbra.!error.zimbra_display_name.length', true)]],
            'quota' => ['format' => ['rule' => ['matches', '/^[0-9]+$/'], 'message' => Language::_('Zimbra.!error.quota.format', true)]],
        ];
        // An admin's blank password means "generate one"; a customer chooses theirs.
        $password = $this->passwordRules(false);
        if ($this->tabAdmin) {
            $password['password']['length']['rule'] = fn ($p) => (string) $p === '' || strlen((string) $p) >= 8;
        }
        return $rules + $password;
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
        $f = $this->openTab($service, $admin);
        $tab = $admin ? 'tabLists' : 'tabClientLists';
        $domain = $f->zimbra_domain;
        $form = [];
        if (!empty($post['action'])) {
            $form = $this->tabAction(fn () => $this->listAction($domain, $post), $post);
        }
        $open = (string) ($get['list'] ?? '');
        $page = max(1, (int) ($get['page'] ?? 1));
        $query = trim((string) ($get['q'] ?? ''));
        $unavailable = null;
        $data = $this->tabData(function () use ($domain, $open, $page, $query) {
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
            if ($this->tooManyToList($results[0])) {
                return ['list' => null, 'too_many' => true, 'open' => null];
            }
            $this->throwIfFault(...$results);
            $openList = $results[1] ?? null;
            if ($openList && !str_ends_with($openList->name, '@' . $domain)) {
                $openList = null;  // not this service's list: show nothing of it
            }
            return ['list' => $results[0], 'open' => $openList];
        }, $unavailable);
        return $this->tabView('tab_lists', $tab, ['q' => $query, 'page' => $page, 'list' => $open], ($data ?? []) + [
            'unavailable' => $unavailable, 'fields' => $f, 'form' => (object) $form, 'page' => $page, 'query' => $query,
            'page_url' => fn (int $p) => $this->tabUrl($tab, ['q' => $query, 'page' => $p]),
            'list_url' => fn (string $id) => $this->tabUrl($tab, ['q' => $query, 'page' => $page, 'list' => $id])]);
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
            $bad = array_filter($members, fn ($m) => !$this->validName(fn () => Zimbra\Validate::existingEmail($m)));
            if (!$members || $bad) {
                $this->Input->setErrors(['members' => ['format' => Language::_('Zimbra.!error.members.format', true,
                    implode(', ', $bad ?: ['(none)']))]]);
                return $post;
            }
            $this->tabCall('addDistributionListMembers', ['id' => $list->id, 'members' => $members],
                fn () => $zimbra->addDistributionListMembers($list->id, $members));
            $this->setMessage('success', Language::_(count($members) === 1 ? 'Zimbra.!success.member_added' : 'Zimbra.!success.members_added',
                true, count($members), $list->name));
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
        $f = $this->openTab($service, false);
        $aliasesAllowed = ($package->meta->allow_aliases ?? '1') !== '0';
        // A mailbox not on a domain service of the customer's is on a shared domain (see serviceRow()).
        $shared = empty($f->zimbra_module_row);
        $form = [];
        if (!empty($post['action'])) {
            $form = $this->tabAction(function () use ($service, $f, $post, $aliasesAllowed, $shared) {
                $zimbra = $this->tabClient();
                $account = $this->ownAccount($zimbra, $f->zimbra_domain, (string) ($f->zimbra_account_id ?? ''), $f->zimbra_email);
                if ($post['action'] === 'change_password') {
                    $this->Input->setRules($this->passwordRules(true));
                    if (!$this->Input->validates($post)) {
                        return $post;
                    }
                    // What the customer just typed goes to Zimbra, whatever Blesta has stored: an edit
                    // sends only a password that differs from the stored one (blesta-module.md §17), and
                    // the customer may be setting back the one Blesta knows after a change in webmail.
                    $this->tabCall('setPassword', ['id' => $account->id, 'password' => '***'],
                        fn () => $zimbra->setPassword($account->id, $post['password']));
                    // Then Blesta records it through Services::edit, as Blesta modules do, without Zimbra again.
                    Loader::loadModels($this, ['Services']);
                    $this->Services->edit($service->id, ['zimbra_password' => $post['password'], 'use_module' => 'false']);
                    if (($errors = $this->Services->errors())) {
                        $this->log(($this->tabRow->meta->host_name ?? '') . '|record-password', json_encode(['errors' => $errors]), 'output', false);
                    }
                    $this->setMessage('success', Language::_('Zimbra.!success.password_saved', true, $account->name));
                    return [];
                }
                if ($post['action'] === 'add_alias' && !$aliasesAllowed) {
                    $this->Input->setErrors(['alias_local' => ['not_allowed' => Language::_('Zimbra.!error.aliases.not_allowed', true)]]);
                    return $post;
                }
                $this->aliasAction($zimbra, $f->zimbra_domain, $account, $post, $shared);
                return $this->Input->errors() ? $post : [];
            }, $post);
        }
        $unavailable = null;
        $account = $this->tabData(fn () => $this->tabClient()->getAccount($f->zimbra_account_id ?? $f->zimbra_email,
            ['zimbraMailAlias', 'zimbraAccountStatus']), $unavailable);
        return $this->tabView('tab_settings', 'tabClientSettings', [], ['fields' => $f, 'account' => $account,
            'form' => (object) $form, 'unavailable' => $unavailable, 'aliases_allowed' => $aliasesAllowed]);
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
        $url = (new Zimbra\Preauth($key))->url('https://' . (new ZimbraMailHosts($this->tabRow->meta))->webmailHost(), $account->name);
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
        $this->log(($this->tabRow->meta->host_name ?? '') . '|refused', json_encode(['target' => $what, 'value' => $target]), 'input', false);
        throw ZimbraFailure::of('authorization', 'authorization.denied');
    }

    /* ---- plumbing -------------------------------------------------------------- */

    /** The tab's server, for this module object: a page's calls share its session. */
    private ?ZimbraConnection $tabConnection = null;

    private function tabConnection(): ZimbraConnection
    {
        $row = $this->tabRow ?: throw ZimbraFailure::of('module_row', 'module_row.missing');
        if ($this->tabConnection === null || $this->tabConnection->row->id !== $row->id) {
            $this->tabConnection = $this->connection($row, $this->tabTimeout());
        }
        return $this->tabConnection;
    }

    private function tabClient(): Zimbra\Client
    {
        return $this->tabConnection()->client();
    }

    /** Requests this page made (logged: a warm page costs one). */
    private function tabRequests(): int
    {
        return $this->tabConnection?->requestsSince() ?? 0;
    }

    private function tabCall(string $operation, array $masked, callable $fn)
    {
        return $this->tabConnection()->call($operation, $masked, $fn);
    }

    /**
     * A posted action. Its errors go beside the fields and to Blesta's message area (in words a
     * customer may see, on the client side) and stay for the rest of the page. Returns the
     * form values to show again, or what $fn returned.
     */
    private function tabAction(callable $fn, ?array $post)
    {
        $before = $this->Input->errors() ?: [];
        $result = $this->guard($fn);
        $errors = $this->Input->errors() ?: [];
        if ($errors && !$this->tabAdmin && $this->lastFailure !== null) {
            $errors = $this->customerErrors($this->lastFailure, $errors);
        }
        if ($errors) {
            $this->setMessage('error', implode(' ', array_merge(...array_map('array_values', array_values($errors)))));
        }
        $this->Input->setErrors($before + $errors);
        return $result ?? ($errors ? $post : null) ?? [];
    }

    /**
     * A page's data. When it cannot be read, $unavailable is the one sentence the page shows
     * instead: for customers without server names, ports or codes; for admins with the cause.
     * The module log has the detail either way.
     */
    private function tabData(callable $fn, ?string &$unavailable)
    {
        $before = $this->Input->errors() ?: [];
        $result = $this->guard($fn);
        if ($result === null && ($errors = $this->Input->errors())) {
            $failure = $this->lastFailure;
            $down = $failure instanceof Zimbra\TransportException || $failure instanceof Zimbra\ResponseException;
            if ($this->tabAdmin) {
                $cause = $failure ? $failure->getMessage() : implode(' ', array_merge(...array_map('array_values', array_values($errors))));
                $unavailable = Language::_($down ? 'Zimbra.tab.admin_unreachable' : 'Zimbra.tab.admin_unreadable', true, $cause);
            } else {
                $unavailable = Language::_($down ? 'Zimbra.tab.client_unreachable' : 'Zimbra.tab.client_unreadable', true);
            }
        }
        $this->Input->setErrors($before);
        return $result;
    }

    /** What a customer is told of a failed action: what they can act on, nothing of the server. */
    private function customerErrors(\Throwable $failure, array $errors): array
    {
        if ($failure instanceof Zimbra\TransportException || $failure instanceof Zimbra\ResponseException) {
            return ['api' => ['unavailable' => Language::_('Zimbra.tab.client_unreachable', true)]];
        }
        if ($failure instanceof Zimbra\FaultException) {
            $code = $failure->getFaultCode();
            if (in_array($code, ['account.ACCOUNT_EXISTS', 'account.DISTRIBUTION_LIST_EXISTS', 'account.DOMAIN_EXISTS'], true)) {
                return $errors;  // names only the address the customer typed
            }
            $known = ['account.TOO_MANY_ACCOUNTS' => 'limit', 'account.INVALID_PASSWORD' => 'password',
                'account.PASSWORD_RECENTLY_USED' => 'password', 'account.PASSWORD_CHANGE_TOO_SOON' => 'password'];
            return ['api' => [($known[$code] ?? 'refused') => Language::_('Zimbra.tab.client_fault.' . ($known[$code] ?? 'refused'), true)]];
        }
        return ['api' => ['internal' => Language::_('Zimbra.tab.client_fault.refused', true)]];
    }

    /**
     * Zimbra refuses a search of more than 5,000 entries, even for one page (reference §5): the
     * page then asks for a narrower search instead of failing.
     */
    private function tooManyToList($item): bool
    {
        return $item instanceof Zimbra\FaultException && $item->getFaultCode() === 'account.TOO_MANY_SEARCH_RESULTS';
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
