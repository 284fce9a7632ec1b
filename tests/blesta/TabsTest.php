<?php
/** The service tabs through the harness: data, actions, validation, faults, authorization, requests per page. */
final class TabsTest extends SimulatorCase
{
    private Zimbra\Client $z;
    private object $domainPackage;
    private object $domainService;

    protected function setUp(): void
    {
        parent::setUp();
        $this->addServer();
        $this->z = $this->zimbra();
        $this->domainPackage = self::package(['package_type' => 'domain', 'aggregate_quota' => '5', 'max_accounts' => '4',
            'default_cos' => '', 'suspend_mode' => 'closed', 'mailbox_quota' => '512']);
        $fields = self::fields($this->module->addService($this->domainPackage, ['zimbra_domain' => 'tabs.example', 'use_module' => 'true']));
        $this->domainService = self::service($fields);
        $this->z->createDomain('other.example');
        $this->z->createAccount('stranger@other.example', null);
    }

    private function mailboxes(array $post = [], array $get = [], bool $admin = true): string
    {
        $this->module->setModuleRow(ModuleManagerStub::instance()->getRow(1));
        return $admin ? $this->module->tabMailboxes($this->domainPackage, $this->domainService, $get, $post)
            : $this->module->tabClientMailboxes($this->domainPackage, $this->domainService, $get, $post);
    }

    /** What a new worker would have: no kept session for the module's server and credentials. */
    private function forgetKeptSession(): void
    {
        $c = new Zimbra\Client('https://127.0.0.1:' . self::$sim['port'], ['timeout' => 30, 'persistent' => true,
            'pinned_public_key' => self::pinOf(self::$sim)]);
        $c->login(self::ADMIN, self::PASSWORD);
        $c->logout();
    }

    private function requestsShown(string $html): int
    {
        $this->assertSame(1, preg_match('/Zimbra requests for this page: (\d+)/', $html, $m));
        return (int) $m[1];
    }

    public function testTabsPerProduct(): void
    {
        $mailbox = self::package(['package_type' => 'mailbox']);
        $this->assertSame(['tabStats', 'tabMailboxes', 'tabLists'], array_keys($this->module->getAdminTabs($this->domainPackage)));
        $this->assertSame(['tabClientStats', 'tabClientMailboxes', 'tabClientLists'], array_keys($this->module->getClientTabs($this->domainPackage)));
        $this->assertSame(['tabStats'], array_keys($this->module->getAdminTabs($mailbox)));
        $this->assertSame(['tabClientStats', 'tabClientSettings'], array_keys($this->module->getClientTabs($mailbox)));
    }

    public function testDomainStatisticsInOneRoundTrip(): void
    {
        $a = $this->z->createAccount('u1@tabs.example', null);
        $this->z->createAccount('u2@tabs.example', null);
        self::control(self::$sim, '/usage', ['account' => 'u1@tabs.example', 'bytes' => 1073741824]);
        $html = $this->module->tabStats($this->domainPackage, $this->domainService, [], []);
        $this->assertStringContainsString('<td class="aggregate">5.00 GB</td>', $html);
        $this->assertStringContainsString('<td class="used">1.00 GB</td>', $html);
        $this->assertStringContainsString('<td class="max">4</td>', $html);
        $this->assertStringContainsString('<td class="accounts">2</td>', $html);
        $this->assertStringContainsString('<td class="status">active</td>', $html);
        // The module keeps its session in the worker: a warm page is one BatchRequest.
        $this->assertSame(1, $this->requestsShown($html));
        // A cold worker logs in first: two requests.
        $this->forgetKeptSession();
        $fresh = new Zimbra();
        $fresh->setModuleRow(ModuleManagerStub::instance()->getRow(1));
        $cold = $fresh->tabClientStats($this->domainPackage, $this->domainService, [], []);
        $this->assertSame(2, $this->requestsShown($cold));
    }

    public function testMailboxStatisticsAndWebmail(): void
    {
        $package = self::package(['package_type' => 'mailbox', 'mailbox_domain' => 'tabs.example', 'cos_id' => '',
            'mailbox_quota' => '300', 'suspend_mode' => 'closed'], 2);
        $f = self::fields($this->module->addService($package, ['zimbra_email_local' => 'me', 'zimbra_display_name' => 'Me <Myself>',
            'use_module' => 'true']));
        self::control(self::$sim, '/usage', ['account' => 'me@tabs.example', 'bytes' => 50 * 1048576]);
        $service = self::service($f);
        $html = $this->module->tabClientStats($package, $service, [], []);
        $this->assertStringContainsString('<td class="display-name">Me &lt;Myself&gt;</td>', $html);
        $this->assertStringContainsString('<td class="quota">300 MB</td>', $html);
        $this->assertStringContainsString('<td class="used">50 MB</td>', $html);
        $this->assertStringContainsString('<td class="cos">default</td>', $html);
        $this->assertStringContainsString('Log in to webmail', $html);

        $this->module->tabClientStats($package, $service, [0 => 'x', 1 => 'tabClientStats', 2 => 'webmail'], []);
        $url = $this->module->redirectedTo;
        $this->assertStringStartsWith('https://127.0.0.1/service/preauth?account=me%40tabs.example&by=name&timestamp=', $url);
        parse_str(parse_url($url, PHP_URL_QUERY), $q);
        $key = $this->z->getPreauthKey('tabs.example');
        $this->assertSame(hash_hmac('sha1', "me@tabs.example|name|0|{$q['timestamp']}", $key), $q['preauth']);

        // A locked mailbox gets a message, not a dead link.
        $this->z->setAccountStatus($f['zimbra_account_id'], 'locked');
        $this->module->redirectedTo = null;
        $html = $this->module->tabStats($package, $service, [0 => 'c', 1 => 's', 2 => 't', 3 => 'webmail'], []);
        $this->assertNull($this->module->redirectedTo);
        $this->assertStringContainsString('the mailbox is locked', $html);
    }

    public function testMailboxesTableHeadingAndLimit(): void
    {
        $a = $this->z->createAccount('alice@tabs.example', null, ['displayName' => '<b>Alice</b>', 'zimbraMailQuota' => 100 * 1048576]);
        $this->z->addAccountAlias($a->id, 'al@tabs.example');
        self::control(self::$sim, '/usage', ['account' => 'alice@tabs.example', 'bytes' => 25 * 1048576]);
        $html = $this->mailboxes();
        $this->assertStringContainsString('Mailboxes (1 / 4)', $html);
        $this->assertStringContainsString('All mailboxes of this domain share 5 GB', $html);
        $this->assertStringContainsString('&lt;b&gt;Alice&lt;/b&gt;', $html);
        $this->assertStringContainsString('25 / 100 MB', $html);
        $this->assertStringContainsString('<span class="badge bg-info alias-count">1</span>', $html);
        $this->assertStringContainsString('name="action" value="add_mailbox"', $html);
        $this->assertSame(1, $this->requestsShown($html));  // one batch (the session is kept)
        for ($i = 0; $i < 3; $i++) {
            $this->z->createAccount("x$i@tabs.example", null);
        }
        $html = $this->mailboxes();
        $this->assertStringContainsString('Mailboxes (4 / 4)', $html);
        $this->assertStringNotContainsString('value="add_mailbox"', $html);
        $this->assertStringContainsString('reached its limit of 4 mailboxes', $html);
    }

    public function testMailboxActions(): void
    {
        $this->mailboxes(['action' => 'add_mailbox', 'local' => 'Bob', 'display_name' => '', 'password' => 'Good-pass-1', 'quota' => '200']);
        $this->assertSame(['success' => 'The mailbox bob@tabs.example was created.'], $this->module->getMessages());
        $bob = $this->z->getAccount('bob@tabs.example');
        $this->assertSame(200 * 1048576, $bob->getQuota());
        $this->assertSame('bob', $bob->getDisplayName());

        $this->mailboxes(['action' => 'set_quota', 'account_id' => $bob->id, 'quota' => '0']);
        $this->assertSame(0, $this->z->getAccount($bob->id)->getQuota());
        $this->mailboxes(['action' => 'reset_password', 'account_id' => $bob->id, 'password' => 'Brand-new-9']);
        $this->assertStringContainsString('password of bob@tabs.example was changed', $this->module->getMessages()['success']);
        $this->mailboxes(['action' => 'add_alias', 'account_id' => $bob->id, 'alias_local' => 'Robert']);
        $this->assertSame(['robert@tabs.example'], $this->z->getAccount($bob->id)->getAliases());
        $this->mailboxes(['action' => 'remove_alias', 'account_id' => $bob->id, 'alias' => 'robert@tabs.example']);
        $this->assertSame([], $this->z->getAccount($bob->id)->getAliases());
        $html = $this->mailboxes(['action' => 'delete_mailbox', 'account_id' => $bob->id]);  // no confirmation
        $this->assertNotNull($this->z->getAccount($bob->id));
        $this->mailboxes(['action' => 'delete_mailbox', 'account_id' => $bob->id, 'confirm' => '1']);
        $this->assertNull($this->z->getAccount($bob->id));
    }

    public function testValidationKeepsInputAndShowsErrors(): void
    {
        $html = $this->mailboxes(['action' => 'add_mailbox', 'local' => 'bad name', 'display_name' => 'Typed <Name>',
            'password' => 'short', 'quota' => 'lots']);
        $errors = $this->module->errors();
        $this->assertArrayHasKey('local', $errors);
        $this->assertArrayHasKey('password', $errors);
        $this->assertArrayHasKey('quota', $errors);
        $this->assertStringContainsString('value="bad name"', $html);
        $this->assertStringContainsString('value="Typed &lt;Name&gt;"', $html);
        $this->assertStringContainsString('only contain a-z', $this->module->getMessages()['error']);
        // ...and beside each field.
        foreach (['local', 'password', 'quota'] as $field) {
            $this->assertMatchesRegularExpression('~name="' . $field . '".*?class="invalid-feedback d-block field-error" data-field="' . $field . '"~s', $html);
        }
        $this->assertNull($this->z->getAccount('bad.name@tabs.example'));
    }

    public function testZimbraFaultsBecomeMessages(): void
    {
        $this->z->createAccount('taken@tabs.example', null);
        $this->mailboxes(['action' => 'add_mailbox', 'local' => 'taken', 'password' => 'Good-pass-1', 'quota' => '1']);
        $this->assertStringStartsWith('Email address already exists', $this->module->getMessages()['error']);
    }

    /** @dataProvider forged */
    public function testForgedTargetsAreRefusedAndLogged(array $post): void
    {
        $stranger = $this->z->getAccount('stranger@other.example');
        $post = array_map(fn ($v) => $v === 'STRANGER' ? $stranger->id : $v, $post);
        $before = json_encode($this->z->getAccount($stranger->id)->attrs);
        $this->mailboxes($post, [], false);
        $this->assertSame(['authorization' => ['denied' => 'That mailbox, alias or list does not belong to this service.']],
            $this->module->errors());
        $this->assertSame($before, json_encode($this->z->getAccount($stranger->id)->attrs));
        $this->assertNotNull($this->z->getAccount($stranger->id));
        $this->assertContains('127.0.0.1|refused', array_column(Module::$logs, 0));
    }

    public static function forged(): array
    {
        return [
            'quota on another domain' => [['action' => 'set_quota', 'account_id' => 'STRANGER', 'quota' => '1']],
            'password on another domain' => [['action' => 'reset_password', 'account_id' => 'STRANGER', 'password' => 'Hijack-pass-1']],
            'delete another domain' => [['action' => 'delete_mailbox', 'account_id' => 'STRANGER', 'confirm' => '1']],
            'alias on another domain' => [['action' => 'add_alias', 'account_id' => 'STRANGER', 'alias_local' => 'x']],
            'made-up id' => [['action' => 'delete_mailbox', 'account_id' => '00000000-0000-0000-0000-000000000000', 'confirm' => '1']],
            'not an id' => [['action' => 'delete_mailbox', 'account_id' => 'stranger@other.example', 'confirm' => '1']],
        ];
    }

    public function testAdminWebmailAsAnyMailboxOfTheDomain(): void
    {
        $a = $this->z->createAccount('anyone@tabs.example', null);
        $html = $this->mailboxes([], []);
        $this->assertStringContainsString('?webmail=' . $a->id, $html);
        $this->assertStringNotContainsString('?webmail=', $this->mailboxes([], [], false));  // not for clients
        $this->mailboxes([], ['webmail' => $a->id]);
        $this->assertStringContainsString('account=anyone%40tabs.example', (string) $this->module->redirectedTo);
        $this->module->redirectedTo = null;
        $this->mailboxes([], ['webmail' => $this->z->getAccount('stranger@other.example')->id]);
        $this->assertNull($this->module->redirectedTo);
        $this->assertArrayHasKey('authorization', $this->module->errors());
    }

    public function testForgedAliasRemoval(): void
    {
        $mine = $this->z->createAccount('mine@tabs.example', null);
        $stranger = $this->z->getAccount('stranger@other.example');
        $this->z->addAccountAlias($stranger->id, 'theirs@other.example');
        // An alias that is not this account's, even though the account is ours.
        $this->mailboxes(['action' => 'remove_alias', 'account_id' => $mine->id, 'alias' => 'theirs@other.example']);
        $this->assertArrayHasKey('authorization', $this->module->errors());
        $this->assertSame(['theirs@other.example'], $this->z->getAccount($stranger->id)->getAliases());
    }

    public function testSearchAndPagingOnALargeDomain(): void
    {
        self::control(self::$sim, '/populate', ['domain' => 'tabs.example', 'count' => 2000]);
        $this->z->modifyDomain($this->z->getDomain('tabs.example')->id, ['zimbraDomainMaxAccounts' => '']);
        $html = $this->mailboxes([], ['page' => 3]);
        $this->assertSame(25, substr_count($html, '<tr class="mailbox"'));
        $this->assertStringContainsString('user00050@tabs.example', $html);
        $this->assertStringContainsString('class="next"', $html);
        $this->assertStringContainsString('class="prev"', $html);
        $this->assertSame(1, $this->requestsShown($html));
        $html = $this->mailboxes([], ['q' => 'user0199']);
        $this->assertSame(10, substr_count($html, '<tr class="mailbox"'));
        $this->assertStringContainsString('user01999@tabs.example', $html);
    }

    public function testListsTab(): void
    {
        $html = $this->module->tabLists($this->domainPackage, $this->domainService, [], ['action' => 'create_list', 'local' => 'Team',
            'display_name' => 'The Team', 'description' => 'Everyone']);
        $list = $this->z->getDistributionList('team@tabs.example');
        $this->assertSame('The Team', $list->getDisplayName());
        $this->assertStringContainsString('team@tabs.example', $html);
        $this->module->tabLists($this->domainPackage, $this->domainService, [], ['action' => 'add_members', 'list_id' => $list->id,
            'members' => "a@tabs.example, b@elsewhere.example\nc@tabs.example"]);
        $this->assertSame(['a@tabs.example', 'b@elsewhere.example', 'c@tabs.example'], $this->z->getDistributionList($list->id)->members);
        $html = $this->module->tabLists($this->domainPackage, $this->domainService, ['list' => $list->id], ['action' => 'add_members',
            'list_id' => $list->id, 'members' => "ok@tabs.example\nnot an address"]);
        $this->assertStringContainsString('not an address', $this->module->errors()['members']['format']);
        $this->assertStringContainsString("ok@tabs.example\nnot an address", html_entity_decode($html));
        $this->assertCount(3, $this->z->getDistributionList($list->id)->members);
        $this->module->tabLists($this->domainPackage, $this->domainService, [], ['action' => 'remove_member', 'list_id' => $list->id,
            'member' => 'b@elsewhere.example']);
        $this->assertSame(['a@tabs.example', 'c@tabs.example'], $this->z->getDistributionList($list->id)->members);
        // Validation and Zimbra's faults.
        $this->module->tabLists($this->domainPackage, $this->domainService, [], ['action' => 'create_list', 'local' => 'bad list']);
        $this->assertArrayHasKey('local', $this->module->errors());
        $this->module->tabLists($this->domainPackage, $this->domainService, [], ['action' => 'create_list', 'local' => 'team']);
        $this->assertStringStartsWith('Email address already exists', $this->module->getMessages()['error']);
        $this->module->tabLists($this->domainPackage, $this->domainService, [], ['action' => 'remove_member', 'list_id' => $list->id,
            'member' => 'never@tabs.example']);
        $this->assertArrayHasKey('authorization', $this->module->errors());
        // Search.
        $this->z->createDistributionList('sales@tabs.example', ['displayName' => 'Sales']);
        $found = $this->module->tabLists($this->domainPackage, $this->domainService, ['q' => 'sal'], []);
        $this->assertStringContainsString('sales@tabs.example', $found);
        $this->assertStringNotContainsString('team@tabs.example', $found);
        // Forged: a list of another domain.
        $foreign = $this->z->createDistributionList('foreign@other.example');
        $this->module->tabClientLists($this->domainPackage, $this->domainService, [], ['action' => 'delete_list', 'list_id' => $foreign->id,
            'confirm' => '1']);
        $this->assertArrayHasKey('authorization', $this->module->errors());
        $this->assertNotNull($this->z->getDistributionList($foreign->id));
        $html = $this->module->tabClientLists($this->domainPackage, $this->domainService, ['list' => $foreign->id], []);
        $this->assertStringNotContainsString('foreign@other.example', $html);
        $this->module->tabLists($this->domainPackage, $this->domainService, [], ['action' => 'delete_list', 'list_id' => $list->id, 'confirm' => '1']);
        $this->assertNull($this->z->getDistributionList($list->id));
    }

    public function testClientMailboxSettings(): void
    {
        $package = self::package(['package_type' => 'mailbox', 'mailbox_domain' => 'tabs.example', 'cos_id' => '',
            'mailbox_quota' => '300', 'suspend_mode' => 'closed'], 2);
        $f = self::fields($this->module->addService($package, ['zimbra_email_local' => 'self', 'use_module' => 'true']));
        $service = self::service($f, 77);
        Loader::$models['Services']->records[77] = [$service, $package];

        $html = $this->module->tabClientSettings($package, $service, [], ['action' => 'change_password', 'password' => 'New-pass-123',
            'confirm_password' => 'Other-pass-123']);
        $this->assertArrayHasKey('confirm_password', $this->module->errors());
        $this->assertStringContainsString('data-field="confirm_password">The passwords do not match.</div>', $html);
        $this->module->tabClientSettings($package, $service, [], ['action' => 'change_password', 'password' => 'short',
            'confirm_password' => 'short']);
        $this->assertArrayHasKey('password', $this->module->errors());
        $this->module->tabClientSettings($package, $service, [], ['action' => 'change_password', 'password' => 'New-pass-123',
            'confirm_password' => 'New-pass-123']);
        $this->assertFalse($this->module->errors());
        $stored = self::fields(array_map(fn ($o) => (array) $o, $service->fields));
        $this->assertSame('New-pass-123', $stored['zimbra_password']);  // Blesta's record follows
        $this->z->modifyAccount($f['zimbra_account_id'], ['zimbraIsAdminAccount' => true]);
        $login = new Zimbra\Client(self::$sim['listening'], ['ca_file' => self::$sim['certificate']]);
        $login->login('self@tabs.example', 'New-pass-123');
        $this->assertTrue($login->isLoggedIn());

        $html = $this->module->tabClientSettings($package, $service, [], ['action' => 'add_alias', 'alias_local' => 'me']);
        $this->assertStringContainsString('me@tabs.example', $html);
        $this->module->tabClientSettings($package, $service, [], ['action' => 'remove_alias', 'alias' => 'stranger@other.example']);
        $this->assertArrayHasKey('authorization', $this->module->errors());
        $this->module->tabClientSettings($package, $service, [], ['action' => 'remove_alias', 'alias' => 'me@tabs.example']);
        $this->assertSame([], $this->z->getAccount($f['zimbra_account_id'])->getAliases());
    }

    /**
     * Every action a client can post, aimed at another customer's domain (an account, alias, list
     * or member there, or a name that would land there). Each is refused (by authorization or by
     * validation) and the other domain is exactly as it was.
     */
    public static function forgedEverywhere(): array
    {
        return [
            'add_mailbox into another domain' => ['mailboxes', ['action' => 'add_mailbox', 'local' => 'evil@other.example',
                'password' => 'Evil-pass-123', 'confirm_password' => 'Evil-pass-123', 'quota' => '1']],
            'set_quota of a stranger' => ['mailboxes', ['action' => 'set_quota', 'account_id' => 'STRANGER', 'quota' => '1']],
            'reset_password of a stranger' => ['mailboxes', ['action' => 'reset_password', 'account_id' => 'STRANGER',
                'password' => 'Hijack-pass-1', 'confirm_password' => 'Hijack-pass-1']],
            'add_alias to a stranger' => ['mailboxes', ['action' => 'add_alias', 'account_id' => 'STRANGER', 'alias_local' => 'x']],
            'add_alias in another domain' => ['mailboxes', ['action' => 'add_alias', 'account_id' => 'MINE', 'alias_local' => 'x@other.example']],
            'remove_alias of a stranger' => ['mailboxes', ['action' => 'remove_alias', 'account_id' => 'STRANGER', 'alias' => 'theirs@other.example']],
            'remove_alias held by a stranger' => ['mailboxes', ['action' => 'remove_alias', 'account_id' => 'MINE', 'alias' => 'theirs@other.example']],
            'delete_mailbox of a stranger' => ['mailboxes', ['action' => 'delete_mailbox', 'account_id' => 'STRANGER', 'confirm' => '1']],
            'create_list in another domain' => ['lists', ['action' => 'create_list', 'local' => 'evil@other.example']],
            'add_members to a foreign list' => ['lists', ['action' => 'add_members', 'list_id' => 'FOREIGN', 'members' => 'me@tabs.example']],
            'remove_member of a foreign list' => ['lists', ['action' => 'remove_member', 'list_id' => 'FOREIGN', 'member' => 'stranger@other.example']],
            'delete_list of a foreign list' => ['lists', ['action' => 'delete_list', 'list_id' => 'FOREIGN', 'confirm' => '1']],
            'change_password naming a stranger' => ['settings', ['action' => 'change_password', 'account_id' => 'STRANGER',
                'password' => 'Hijack-pass-1', 'confirm_password' => 'Hijack-pass-1']],
            'settings add_alias in another domain' => ['settings', ['action' => 'add_alias', 'account_id' => 'STRANGER', 'alias_local' => 'y@other.example']],
            'settings remove_alias of a stranger' => ['settings', ['action' => 'remove_alias', 'account_id' => 'STRANGER', 'alias' => 'theirs@other.example']],
        ];
    }

    /** @dataProvider forgedEverywhere */
    public function testEveryClientActionRefusesAnotherCustomersTarget(string $tab, array $post): void
    {
        $stranger = $this->z->getAccount('stranger@other.example');
        $this->z->addAccountAlias($stranger->id, 'theirs@other.example');
        $foreign = $this->z->createDistributionList('foreign@other.example');
        $this->z->addDistributionListMembers($foreign->id, ['stranger@other.example']);
        $mine = $this->z->createAccount('mine@tabs.example', null);
        $post = array_map(fn ($v) => ['STRANGER' => $stranger->id, 'MINE' => $mine->id, 'FOREIGN' => $foreign->id][$v] ?? $v, $post);
        $other = fn () => array_map(fn ($part) => array_filter($part, fn ($k) => str_contains((string) $k, 'other.example'), ARRAY_FILTER_USE_KEY),
            array_intersect_key(self::control(self::$sim, '/state', null), array_flip(['domains', 'accounts', 'aliases', 'lists'])));
        // Passwords are not in the directory state: the stranger's own must still be the one that works.
        $this->z->setPassword($stranger->id, 'Stranger-pass-1');
        $this->z->modifyAccount($stranger->id, ['zimbraIsAdminAccount' => true]);
        $logsIn = function (string $password): bool {
            try {
                (new Zimbra\Client(self::$sim['listening'], ['ca_file' => self::$sim['certificate']]))->login('stranger@other.example', $password);
                return true;
            } catch (Zimbra\AuthenticationException $e) {
                return false;
            }
        };
        $before = $other();

        if ($tab === 'settings') {
            $package = self::package(['package_type' => 'mailbox', 'mailbox_domain' => 'tabs.example', 'cos_id' => '',
                'mailbox_quota' => '300', 'suspend_mode' => 'closed'], 2);
            $f = self::fields($this->module->addService($package, ['zimbra_email_local' => 'self', 'use_module' => 'true']));
            $service = self::service($f, 78);
            Loader::$models['Services']->records[78] = [$service, $package];
            $this->module->tabClientSettings($package, $service, [], $post);
        } elseif ($tab === 'lists') {
            $this->module->tabClientLists($this->domainPackage, $this->domainService, [], $post);
        } else {
            $this->mailboxes($post, [], false);
        }
        $errors = $this->module->errors();
        $this->assertTrue($logsIn('Stranger-pass-1'), 'the stranger keeps their password');
        $this->assertFalse($logsIn('Hijack-pass-1'));
        if ($post['action'] === 'change_password' || str_starts_with($post['action'], 'add_alias') && $tab === 'settings') {
            // The settings tab acts on the service's own mailbox only: a posted account id is ignored.
            $this->assertSame($before, $other(), 'the other customer is untouched');
            $this->assertSame([], array_values(array_filter($this->z->getAccount($stranger->id)->getAliases(), fn ($a) => $a !== 'theirs@other.example')));
            return;
        }
        $this->assertNotEmpty($errors, 'refused');
        $this->assertTrue(isset($errors['authorization']) || !isset($errors['api']), json_encode($errors));
        $this->assertSame($before, $other(), 'the other customer is untouched');
    }

    /** The provider above names every action the tabs handle, so a new one cannot go untested. */
    public function testEveryTabActionHasAForgeryCase(): void
    {
        $code = file_get_contents(dirname(__DIR__, 2) . '/blesta-module/zimbra/lib/zimbra_tabs.php');
        preg_match_all("/(?:\\\$action|\\\$post\\['action'\\]) === '([a-z_]+)'/", $code, $m);
        $handled = array_unique($m[1]);
        sort($handled);
        $covered = array_unique(array_map(fn ($case) => $case[1]['action'], self::forgedEverywhere()));
        sort($covered);
        $this->assertSame($handled, array_values(array_intersect($handled, $covered)), 'actions without a forgery case: '
            . implode(', ', array_diff($handled, $covered)));
        $this->assertGreaterThanOrEqual(10, count($handled));
    }
}
