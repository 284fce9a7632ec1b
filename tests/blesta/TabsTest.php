<?php
/**
 * The service tabs through Blesta's pages: data, actions posted from the forms the pages really
 * have (CSRF token included, or left out on purpose), validation, faults, authorization, and
 * requests per page.
 */
final class TabsTest extends SimulatorCase
{
    private Zimbra\Client $z;
    private int $domainPackage;
    private int $domainService;

    protected function setUp(): void
    {
        parent::setUp();
        $this->addServer();
        $this->z = $this->zimbra();
        $this->domainPackage = $this->domainPackage(['aggregate_quota' => '5', 'max_accounts' => '4', 'mailbox_quota' => '512']);
        $this->domainService = $this->ordered($this->domainPackage, ['zimbra_domain' => 'tabs.example']);
        $this->z->createDomain('other.example');
        $this->z->createAccount('stranger@other.example', null);
    }

    private function admin(string $tab, ?int $service = null, string $rest = ''): string
    {
        return '/admin/clients/servicetab/1/' . ($service ?? $this->domainService) . "/$tab/$rest";
    }

    private function client(string $tab, ?int $service = null, string $rest = ''): string
    {
        return '/client/services/manage/' . ($service ?? $this->domainService) . "/$tab/$rest";
    }

    /** A mailbox service on tabs.example (a shared domain for it), as a client orders one. */
    private function mailboxService(string $local, array $meta = []): int
    {
        $package = $this->mailboxPackage($meta + ['mailbox_domain' => 'tabs.example', 'mailbox_quota' => '300']);
        return $this->ordered($package, ['zimbra_email_local' => $local]);
    }

    /** What a new worker would have: no kept session for the tabs' server, credentials and options. */
    private function forgetKeptSessions(): void
    {
        do {  // each login takes one kept session (earlier tests may have left several), logout ends it
            $c = new Zimbra\Client('https://127.0.0.1:' . self::$sim['port'], ['timeout' => 5.0, 'connect_timeout' => 5.0,
                'persistent' => true, 'pinned_public_key' => self::pinOf(self::$sim)]);
            $c->login(self::ADMIN, self::PASSWORD);
            $reused = $c->getStats()['reused'];
            $c->logout();
        } while ($reused);
    }

    /** What the last tab page cost Zimbra, as the module logged it (pages do not show it). */
    private function requestsShown(): int
    {
        $this->assertStringNotContainsString('requests for this page', $this->browser->html(), 'not on the page');
        $pages = array_values(array_filter($this->blesta->logs(), fn ($e) => str_ends_with($e[0], '|page')));
        $this->assertNotEmpty($pages, 'the page logged what it cost');
        return json_decode(end($pages)[1], true)['requests'];
    }

    private function success(): string
    {
        return implode(' ', $this->browser->response->messages('success'));
    }

    private function error(): string
    {
        return implode(' ', $this->browser->response->messages('error'));
    }

    public function testTabsPerProduct(): void
    {
        $module = $this->module();
        $domain = $this->blesta->Packages->get($this->domainPackage);
        $mailbox = $this->blesta->Packages->get($this->mailboxPackage());
        $this->assertSame(['tabStats', 'tabMailboxes', 'tabLists'], array_keys($module->getAdminTabs($domain)));
        $this->assertSame(['tabClientStats', 'tabClientMailboxes', 'tabClientLists', 'tabClientSetup'], array_keys($module->getClientTabs($domain)));
        $this->assertSame(['tabStats'], array_keys($module->getAdminTabs($mailbox)));
        $this->assertSame(['tabClientStats', 'tabClientSettings'], array_keys($module->getClientTabs($mailbox)));
    }

    public function testDomainStatisticsInAFewRoundTrips(): void
    {
        $this->z->createAccount('u1@tabs.example', null);
        $this->z->createAccount('u2@tabs.example', null);
        self::control(self::$sim, '/usage', ['account' => 'u1@tabs.example', 'bytes' => 1073741824]);
        $b = $this->browser;
        $b->get($this->admin('tabStats'));
        $this->assertSame('5.00 GB', $b->text('td.aggregate'));
        $this->assertSame('1.00 GB', $b->text('td.used'));
        $this->assertSame('4', $b->text('td.max'));
        $this->assertSame('2', $b->text('td.accounts'));
        $this->assertSame('active', $b->text('td.status'));
        // The module keeps its session in the worker: a warm page is one BatchRequest for the domain,
        // then the storage server by server (one BatchRequest for the mailbox servers and the system
        // accounts to leave out, one GetQuotaUsage per mailbox server: one here).
        $b->get($this->admin('tabStats'));
        $this->assertSame(3, $this->requestsShown());
        // A cold worker logs in first.
        $this->forgetKeptSessions();
        $b->get($this->admin('tabStats'));
        $this->assertSame(4, $this->requestsShown());
        // Customers are not shown the request count.
        $b->get($this->client('tabClientStats'));
        $this->assertSame('2', $b->text('td.accounts'));
        $this->assertFalse($b->has('p.requests'));
    }

    public function testMailboxStatisticsAndWebmail(): void
    {
        $package = $this->mailboxPackage(['mailbox_domain' => 'tabs.example', 'mailbox_quota' => '300']);
        $service = $this->ordered($package, ['zimbra_email_local' => 'me', 'zimbra_display_name' => 'Me <Myself>']);
        $f = $this->fieldsOf($service);
        self::control(self::$sim, '/usage', ['account' => 'me@tabs.example', 'bytes' => 50 * 1048576]);
        $b = $this->browser;
        $b->get($this->client('tabClientStats', $service));
        $this->assertSame('Me <Myself>', $b->text('td.display-name'));
        $this->assertStringContainsString('<td class="display-name">Me &lt;Myself&gt;</td>', $b->html());
        $this->assertSame('300 MB', $b->text('td.quota'));
        $this->assertSame('50 MB', $b->text('td.used'));
        $this->assertSame('default', $b->text('td.cos'));

        $response = $b->click('a.webmail');
        $this->assertSame(302, $response->status);
        $url = $response->location();
        $this->assertStringStartsWith('https://127.0.0.1/service/preauth?account=me%40tabs.example&by=name&timestamp=', $url);
        parse_str(parse_url($url, PHP_URL_QUERY), $q);
        $key = $this->z->getPreauthKey('tabs.example');
        $this->assertSame(hash_hmac('sha1', "me@tabs.example|name|0|{$q['timestamp']}", $key), $q['preauth']);
        // Customers log in where the server form says webmail is: its mail host, or its webmail host.
        $this->setRowMeta(1, 'mx_host', 'mail.provider.example');
        $this->assertStringStartsWith('https://mail.provider.example/service/preauth?', $b->get($this->client('tabClientStats', $service, 'webmail/'))->location());
        $this->setRowMeta(1, 'webmail_host', 'webmail.provider.example');
        $this->assertStringStartsWith('https://webmail.provider.example/service/preauth?', $b->get($this->client('tabClientStats', $service, 'webmail/'))->location());

        // A locked mailbox gets a message, not a dead link.
        $this->z->setAccountStatus($f['zimbra_account_id'], 'locked');
        $response = $b->get($this->admin('tabStats', $service, 'webmail/'));
        $this->assertNull($response->location());
        $this->assertStringContainsString('the mailbox is locked', $b->html());
    }

    public function testMailboxesTableHeadingAndLimit(): void
    {
        $a = $this->z->createAccount('alice@tabs.example', null, ['displayName' => '<b>Alice</b>', 'zimbraMailQuota' => 100 * 1048576]);
        $this->z->addAccountAlias($a->id, 'al@tabs.example');
        self::control(self::$sim, '/usage', ['account' => 'alice@tabs.example', 'bytes' => 25 * 1048576]);
        $b = $this->browser;
        $b->get($this->admin('tabMailboxes'));
        $b->get($this->admin('tabMailboxes'));
        $this->assertSame('Mailboxes (1 / 4)', $b->text('h4.heading'));
        $this->assertStringContainsString('All mailboxes of this domain share 5 GB', $b->html());
        $this->assertStringContainsString('&lt;b&gt;Alice&lt;/b&gt;', $b->html());
        $this->assertSame('25 / 100 MB', $b->text('tr.mailbox td.quota'));
        $this->assertSame('1', $b->text('tr.mailbox .alias-count'));
        $this->assertTrue($b->has('form.add-mailbox'));
        $this->assertSame(2, $this->requestsShown());  // the page, then its sizes from each mailbox's server (the session is kept)
        // One compact control per row: every action of a mailbox sits in its one menu.
        $this->assertSame(1, $b->count('tr.mailbox details.zimbra-menu'));
        $this->assertSame(5, $b->count('tr.mailbox details.zimbra-menu form'), 'quota, password, remove and add alias, delete');
        for ($i = 0; $i < 3; $i++) {
            $this->z->createAccount("x$i@tabs.example", null);
        }
        $b->get($this->admin('tabMailboxes'));
        $this->assertSame('Mailboxes (4 / 4)', $b->text('h4.heading'));
        $this->assertFalse($b->has('form.add-mailbox'));
        $this->assertStringContainsString('reached its limit of 4 mailboxes', $b->text('.at-limit'));
    }

    /**
     * A customer at a limit is told, and pointed at Blesta's own page for buying more
     * (services/manageoptions/{id}/) when the package offers the option; admins and packages
     * without the option get the words only.
     */
    public function testACustomerAtALimitIsShownWhereToBuyMore(): void
    {
        $b = $this->browser;
        $service = $this->mailboxService('full');  // a mailbox service on the shared domain: the domain's 1st of 4
        for ($i = 0; $i < 3; $i++) {
            $this->z->createAccount("x$i@tabs.example", null);
        }
        $b->get($this->client('tabClientMailboxes'));
        $this->assertTrue($b->has('.at-limit'));
        $this->assertFalse($b->has('.at-limit a.buy-more'), 'the package offers no extra mailboxes');
        $this->blesta->PackageOptions->add(['name' => 'zimbra_extra_mailboxes', 'type' => 'quantity', 'min' => 0, 'max' => 10,
            'package_ids' => [$this->domainPackage]]);
        $b->get($this->client('tabClientMailboxes'));
        $this->assertSame("/client/services/manageoptions/{$this->domainService}/", $b->attr('.at-limit a.buy-more', 'href'));
        $this->assertSame('Add mailboxes to your plan', $b->text('.at-limit a.buy-more'));
        $b->get($this->client('tabClientStats'));
        $this->assertSame("/client/services/manageoptions/{$this->domainService}/", $b->attr('.nearly-full[data-what=mailboxes] a.buy-more', 'href'));
        $this->assertFalse($b->has('.nearly-full[data-what=storage]'), 'storage is far from full');
        $b->get($this->admin('tabMailboxes'));
        $this->assertTrue($b->has('.at-limit'));
        $this->assertFalse($b->has('a.buy-more'), 'admins change options in the service form');

        // A mailbox at 98 % of its quota, on a package selling more space.
        $package = $this->blesta->Services->get($service)->package_id;
        self::control(self::$sim, '/usage', ['account' => 'full@tabs.example', 'bytes' => 295 * 1048576]);
        $b->get($this->client('tabClientStats', $service));
        $this->assertTrue($b->has('.nearly-full[data-what=mailbox_storage]'));
        $this->assertFalse($b->has('a.buy-more'));
        $this->blesta->PackageOptions->add(['name' => 'zimbra_extra_quota_mb', 'type' => 'quantity', 'min' => 0, 'max' => 4096,
            'step' => 512, 'package_ids' => [$package]]);
        $b->get($this->client('tabClientStats', $service));
        $this->assertSame("/client/services/manageoptions/$service/", $b->attr('.nearly-full a.buy-more', 'href'));
        self::control(self::$sim, '/usage', ['account' => 'full@tabs.example', 'bytes' => 200 * 1048576]);
        $b->get($this->client('tabClientStats', $service));
        $this->assertFalse($b->has('.nearly-full'), 'at two thirds, nothing is said');
    }

    public function testMailboxActions(): void
    {
        $b = $this->browser;
        $b->get($this->admin('tabMailboxes'));
        $b->submit('form.add-mailbox', ['local' => 'Bob', 'display_name' => '', 'password' => 'Good-pass-1', 'quota' => '200']);
        $this->assertSame('The mailbox bob@tabs.example was created.', $this->success());
        $bob = $this->z->getAccount('bob@tabs.example');
        $this->assertSame(200 * 1048576, $bob->getQuota());
        $this->assertSame('bob', $bob->getDisplayName());
        $row = "tr.mailbox[data-id={$bob->id}]";

        $b->submit("$row form.set-quota", ['quota' => '0']);
        $this->assertSame(0, $this->z->getAccount($bob->id)->getQuota());
        $b->submit("$row form.reset-password", ['password' => 'Brand-new-9']);
        $this->assertStringContainsString('password of bob@tabs.example was changed', $this->success());
        $b->submit("$row form.add-alias", ['alias_local' => 'Robert']);
        $this->assertSame(['robert@tabs.example'], $this->z->getAccount($bob->id)->getAliases());
        $b->submit("$row form.remove-alias");
        $this->assertSame([], $this->z->getAccount($bob->id)->getAliases());
        $b->submit("$row form.delete-mailbox");  // the box not ticked
        $this->assertSame('Please confirm the deletion.', $this->error());
        $this->assertNotNull($this->z->getAccount($bob->id));
        $b->submit("$row form.delete-mailbox", ['confirm' => true]);
        $this->assertNull($this->z->getAccount($bob->id));
        $this->assertFalse($b->has($row));
    }

    public function testAdminAddGeneratesAPasswordAndHandsItOutOnce(): void
    {
        $b = $this->browser;
        $b->get($this->admin('tabMailboxes'));
        $b->submit('form.add-mailbox', ['local' => 'gen', 'password' => '', 'quota' => '10']);
        $this->assertSame('The mailbox gen@tabs.example was created.', $this->success());
        $password = $b->text('output.zimbra-handout');
        $this->assertGreaterThanOrEqual(12, strlen($password));
        $account = $this->z->getAccount('gen@tabs.example');
        $this->z->modifyAccount($account->id, ['zimbraIsAdminAccount' => true]);
        (new Zimbra\Client(self::$sim['listening'], ['ca_file' => self::$sim['certificate']]))->login('gen@tabs.example', $password);
        // Shown once, in that element only: not in messages, the module log, or the next page.
        $this->assertSame(1, substr_count($b->html(), $password));
        $this->assertStringNotContainsString($password, json_encode($b->response->messages));
        $this->assertStringNotContainsString($password, json_encode($this->blesta->db));
        $b->get($this->admin('tabMailboxes'));
        $this->assertStringNotContainsString($password, $b->html());
        // A customer must choose one.
        $b->get($this->client('tabClientMailboxes'));
        $b->submit('form.add-mailbox', ['local' => 'nopass', 'password' => '', 'quota' => '10']);
        $this->assertStringContainsString('at least 8 characters', $this->error());
        $this->assertNull($this->z->getAccount('nopass@tabs.example'));
    }

    public function testValidationKeepsInputAndShowsErrors(): void
    {
        $b = $this->browser;
        $b->get($this->client('tabClientMailboxes'));
        $b->submit('form.add-mailbox', ['local' => 'bad name', 'display_name' => 'Typed <Name>', 'password' => 'short', 'quota' => 'lots']);
        $this->assertStringContainsString('only contain a-z', $this->error());
        $this->assertSame('bad name', $b->attr('form.add-mailbox input[name=local]', 'value'));
        $this->assertSame('Typed <Name>', $b->attr('form.add-mailbox input[name=display_name]', 'value'));
        // ...and beside each field.
        foreach (['local', 'password', 'quota'] as $field) {
            $this->assertTrue($b->has("form.add-mailbox .field-error[data-field=$field]"), $field);
        }
        $this->assertNull($this->z->getAccount('bad.name@tabs.example'));
    }

    public function testZimbraFaultsBecomeMessagesInWordsForEachSide(): void
    {
        $this->z->createAccount('taken@tabs.example', null);
        $b = $this->browser;
        $b->get($this->admin('tabMailboxes'));
        $b->submit('form.add-mailbox', ['local' => 'taken', 'password' => 'Good-pass-1', 'quota' => '1']);
        $this->assertStringStartsWith('Email address already exists', $this->error());
        // A fault a customer cannot act on: admins read Zimbra's reason and code, customers a plain sentence.
        self::control(self::$sim, '/fault', ['kind' => 'html', 'status' => 503, 'on' => 'CreateAccountRequest', 'count' => 4]);
        $b->get($this->client('tabClientMailboxes'));
        $b->submit('form.add-mailbox', ['local' => 'later', 'password' => 'Good-pass-1', 'quota' => '1']);
        $this->assertSame('Your mail service cannot be reached right now. Please try again in a few minutes.', $this->error());
        $this->assertStringNotContainsString('127.0.0.1', $b->html());
        $this->assertStringNotContainsString((string) self::$sim['port'], $b->html());
        $b->get($this->admin('tabMailboxes'));
        $b->submit('form.add-mailbox', ['local' => 'later', 'password' => 'Good-pass-1', 'quota' => '1']);
        $this->assertStringContainsString('503', $this->error(), 'admins see the cause');
        self::control(self::$sim, '/reset-faults');
    }

    /**
     * Every action each tab's forms can post: [tab, side, selector of the form, what to type, what
     * must be true after it ran]. The setup (testEveryTabFormCarriesTheToken) makes the targets.
     */
    public static function tabForms(): array
    {
        $row = 'tr.mailbox[data-id=BOB]';
        return [
            'add_mailbox' => ['tabMailboxes', 'form.add-mailbox', ['local' => 'new', 'password' => 'Good-pass-1', 'quota' => '5'],
                fn ($z) => $z->getAccount('new@tabs.example') !== null],
            'set_quota' => ['tabClientMailboxes', "$row form.set-quota", ['quota' => '7'],
                fn ($z) => $z->getAccount('bob@tabs.example')->getQuota() === 7 * 1048576],
            'reset_password' => ['tabMailboxes', "$row form.reset-password", ['password' => 'Reset-pass-77'],
                fn ($z, $t) => $t->logsIn('bob@tabs.example', 'Reset-pass-77')],
            'add_alias' => ['tabClientMailboxes', "$row form.add-alias", ['alias_local' => 'bobby'],
                fn ($z) => in_array('bobby@tabs.example', $z->getAccount('bob@tabs.example')->getAliases(), true)],
            'remove_alias' => ['tabMailboxes', "$row form.remove-alias", [],
                fn ($z) => !in_array('robert@tabs.example', $z->getAccount('bob@tabs.example')->getAliases(), true)],
            'delete_mailbox' => ['tabClientMailboxes', "$row form.delete-mailbox", ['confirm' => true],
                fn ($z) => $z->getAccount('bob@tabs.example') === null],
            'create_list' => ['tabLists', 'form.create-list', ['local' => 'sales2'],
                fn ($z) => $z->getDistributionList('sales2@tabs.example') !== null],
            // An outside member may have a '+' tag: any address mail can reach is a member.
            'add_members' => ['tabClientLists?list=TEAM', 'form.add-members', ['members' => "zed@tabs.example\nfriend+news@else.example"],
                fn ($z) => array_diff(['zed@tabs.example', 'friend+news@else.example'],
                    $z->getDistributionList('team@tabs.example')->getMembers()) === []],
            'remove_member' => ['tabLists?list=TEAM', 'form.remove-member', [],
                fn ($z) => $z->getDistributionList('team@tabs.example')->getMembers() === []],
            'delete_list' => ['tabClientLists', 'form.delete-list', [],
                fn ($z) => $z->getDistributionList('team@tabs.example') === null],
            'change_password' => ['tabClientSettings', 'form.change-password', ['password' => 'Self-pass-99', 'confirm_password' => 'Self-pass-99'],
                fn ($z, $t) => $t->logsIn('self@tabs.example', 'Self-pass-99')],
            'settings add_alias' => ['tabClientSettings', 'form.add-alias', ['alias_local' => 'myself'],
                fn ($z) => in_array('myself@tabs.example', $z->getAccount('self@tabs.example')->getAliases(), true)],
            'settings remove_alias' => ['tabClientSettings', 'form.remove-alias', [],
                fn ($z) => $z->getAccount('self@tabs.example')->getAliases() === []],
        ];
    }

    /** Whether $password logs in as $email (the simulator lets admins log in here; the account becomes one). */
    /**
     * Every tab form carries Blesta's CSRF token: posted without it, or with a wrong one, the action
     * does nothing (no change in Zimbra, no changing request sent) and the page says why; posted as
     * the page has it, it works.
     * @dataProvider tabForms
     */
    public function testEveryTabFormCarriesTheToken(string $tab, string $selector, array $typed, callable $done): void
    {
        $bob = $this->z->createAccount('bob@tabs.example', null);
        $this->z->addAccountAlias($bob->id, 'robert@tabs.example');
        $team = $this->z->createDistributionList('team@tabs.example');
        $this->z->addDistributionListMembers($team->id, ['bob@tabs.example']);
        $self = $this->mailboxService('self');
        $this->z->addAccountAlias($this->fieldsOf($self)['zimbra_account_id'], 'me@tabs.example');
        [$tab, $query] = array_pad(explode('?', str_replace('TEAM', $team->id, $tab)), 2, '');
        $service = $tab === 'tabClientSettings' ? $self : null;
        $url = (str_starts_with($tab, 'tabClient') ? $this->client($tab, $service) : $this->admin($tab, $service)) . ($query ? "?$query" : '');
        $selector = str_replace('BOB', $bob->id, $selector);
        $changing = fn () => array_sum(array_filter(self::control(self::$sim, '/stats', null)['requests_by_name'],
            fn ($n) => preg_match('/^(Create|Modify|Delete|Add|Remove|Set|Rename)/', $n), ARRAY_FILTER_USE_KEY));
        $state = fn () => self::control(self::$sim, '/state', null);

        foreach (['' => 'without the token', 'forged-token' => 'with a wrong token'] as $token => $how) {
            $before = [$state(), $changing()];
            $this->browser->get($url);
            $this->browser->submit($selector, $typed, (string) $token);
            $this->assertSame('Invalid CSRF token. Please reload the page and try again.', $this->error(), $how);
            $this->assertSame($before, [$state(), $changing()], "$how: nothing changed");
        }
        $this->browser->get($url);
        $this->browser->submit($selector, $typed);
        $this->assertSame('', $this->error(), 'with the page\'s own token it works');
        $this->assertTrue($done($this->z, $this));
    }

    /**
     * Every action a client can post, aimed at another customer's domain (an account, alias, list
     * or member there, or a name that would land there). Each is refused (by authorization or by
     * validation) and the other domain is exactly as it was. These posts carry a valid token: a
     * logged-in customer forging their own requests.
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
            'made-up id' => ['mailboxes', ['action' => 'delete_mailbox', 'account_id' => '00000000-0000-0000-0000-000000000000', 'confirm' => '1']],
            'not an id' => ['mailboxes', ['action' => 'delete_mailbox', 'account_id' => 'stranger@other.example', 'confirm' => '1']],
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
        $this->logsIn('stranger@other.example', 'Stranger-pass-1');
        $before = $other();

        $url = match ($tab) {
            'settings' => $this->client('tabClientSettings', $this->mailboxService('self')),
            'lists' => $this->client('tabClientLists'),
            default => $this->client('tabClientMailboxes'),
        };
        $this->browser->post($url, $post);
        $this->assertTrue($this->logsIn('stranger@other.example', 'Stranger-pass-1'), 'the stranger keeps their password');
        $this->assertFalse($this->logsIn('stranger@other.example', 'Hijack-pass-1'));
        $this->assertSame($before, $other(), 'the other customer is untouched');
        if ($tab === 'settings' && in_array($post['action'], ['change_password', 'add_alias'], true)) {
            return;  // the settings tab acts on the service's own mailbox only: a posted account id is ignored
        }
        // Refused: a target of another customer by authorization (and logged), a name that would land
        // in another domain by validation.
        $error = $this->error();
        if (str_contains(($post['local'] ?? '') . ($post['alias_local'] ?? ''), '@')) {
            $this->assertStringContainsString('may only contain', $error);
        } else {
            $this->assertSame('That mailbox, alias or list does not belong to this service.', $error);
            $this->assertContains('127.0.0.1|refused', array_column($this->blesta->logs(), 0));
        }
    }

    /** The providers above name every action the tabs handle, so a new one cannot go untested. */
    public function testEveryTabActionHasATokenCaseAndAForgeryCase(): void
    {
        // The tab classes and the alias actions they share.
        $files = array_merge(glob(dirname(__DIR__, 2) . '/blesta-module/zimbra/lib/zimbra_*_tab.php'),
            [dirname(__DIR__, 2) . '/blesta-module/zimbra/lib/zimbra_aliases.php']);
        $this->assertGreaterThanOrEqual(4, count($files));
        $code = implode("\n", array_map('file_get_contents', $files));
        preg_match_all("/(?:\\\$action|\\\$post\\['action'\\]) === '([a-z_]+)'/", $code, $m);
        $handled = array_values(array_unique($m[1]));
        sort($handled);
        $forged = array_unique(array_map(fn ($case) => $case[1]['action'], self::forgedEverywhere()));
        $tokens = array_unique(array_map(fn ($k) => preg_replace('/^settings /', '', $k), array_keys(self::tabForms())));
        $this->assertSame([], array_values(array_diff($handled, $forged)), 'actions without a forgery case');
        $this->assertSame([], array_values(array_diff($handled, $tokens)), 'actions without a token case');
        $this->assertGreaterThanOrEqual(10, count($handled));
    }

    public function testAdminWebmailAsAnyMailboxOfTheDomain(): void
    {
        $a = $this->z->createAccount('anyone@tabs.example', null);
        $b = $this->browser;
        $b->get($this->admin('tabMailboxes'));
        $response = $b->click("tr.mailbox[data-id={$a->id}] a.webmail");
        $this->assertStringContainsString('account=anyone%40tabs.example', (string) $response->location());
        $b->get($this->client('tabClientMailboxes'));
        $this->assertFalse($b->has('a.webmail'), 'not for clients');
        $response = $b->get($this->admin('tabMailboxes') . '?webmail=' . $this->z->getAccount('stranger@other.example')->id);
        $this->assertNull($response->location());
        $this->assertSame('That mailbox, alias or list does not belong to this service.', $this->error());
    }

    public function testSearchAndPagingOnALargeDomain(): void
    {
        self::control(self::$sim, '/populate', ['domain' => 'tabs.example', 'count' => 2000]);
        $this->z->modifyDomain($this->z->getDomain('tabs.example')->id, ['zimbraDomainMaxAccounts' => '']);
        $b = $this->browser;
        $b->get($this->admin('tabMailboxes'));
        // Every page can be reached in one click: the first, two either side, the last.
        $this->assertSame(1, preg_match('/\((\d+) \//', $b->text('h4.heading'), $m));
        $pages = (int) ceil((int) $m[1] / 25);
        $this->assertGreaterThan(70, $pages);
        $this->assertSame(['2', '3', (string) $pages], array_map(fn ($a) => trim($a->textContent), $b->all('nav.pager a.page')));
        $this->assertSame('1', $b->text('nav.pager .current'));
        $this->assertSame("page 1 of $pages", $b->text('nav.pager .pages'));
        $links = $b->all('nav.pager a.page');
        $b->get(html_entity_decode(end($links)->getAttribute('href')));
        $this->assertStringContainsString("page=$pages", $b->url);
        $this->assertSame((int) $m[1] - 25 * ($pages - 1), $b->count('tr.mailbox'));
        $this->assertFalse($b->has('a.next'), 'the last page');
        $this->assertSame(['1', (string) ($pages - 2), (string) ($pages - 1)], array_map(fn ($a) => trim($a->textContent), $b->all('nav.pager a.page')));
        $b->get($this->admin('tabMailboxes'));
        $b->click('a.next');
        $b->click('a.next');
        $this->assertStringContainsString('page=3', $b->url);
        $this->assertSame(25, $b->count('tr.mailbox'));
        $this->assertSame('user00050@tabs.example', $b->text('tr.mailbox td.email'));
        $this->assertTrue($b->has('a.prev'));
        $this->assertSame(2, $this->requestsShown());
        $b->click('a.prev');
        $this->assertSame('user00025@tabs.example', $b->text('tr.mailbox td.email'));
        $b->submit('form.search', ['q' => 'user0199']);
        $this->assertSame(10, $b->count('tr.mailbox'));
        $this->assertStringContainsString('user01999@tabs.example', $b->html());
        $this->assertFalse($b->has('a.next'));
        $b->submit('form.search', ['q' => 'nobody-like-this']);
        $this->assertSame('No mailbox matches your search.', $b->text('tr.empty'));
    }

    public function testADomainPastZimbrasSearchCapAsksForANarrowerSearch(): void
    {
        self::control(self::$sim, '/populate', ['domain' => 'tabs.example', 'count' => 5100]);
        $this->z->modifyDomain($this->z->getDomain('tabs.example')->id, ['zimbraDomainMaxAccounts' => '']);
        $b = $this->browser;
        $b->get($this->client('tabClientMailboxes'));
        $this->assertSame('Mailboxes (5100 / Unlimited)', $b->text('h4.heading'));
        $this->assertStringContainsString('More than 5,000 mailboxes match', $b->text('.too-many'));
        $this->assertFalse($b->has('.zimbra-unavailable'), 'not an outage');
        $this->assertTrue($b->has('form.add-mailbox'), 'mailboxes can still be added');
        $b->submit('form.search', ['q' => 'user0509']);
        $this->assertSame(10, $b->count('tr.mailbox'));
        $this->assertFalse($b->has('.too-many'));
    }

    public function testListsTab(): void
    {
        $b = $this->browser;
        $b->get($this->admin('tabLists'));
        $this->assertSame('There are no distribution lists.', $b->text('tr.empty'));
        $b->submit('form.create-list', ['local' => 'Team', 'display_name' => 'The Team', 'description' => 'Everyone']);
        $list = $this->z->getDistributionList('team@tabs.example');
        $this->assertSame('The Team', $list->getDisplayName());
        $this->assertSame('team@tabs.example', $b->text('tr.list td.address'));
        $b->click('tr.list a.members-link');
        $b->submit('form.add-members', ['members' => "a@tabs.example, b@elsewhere.example\nc@tabs.example"]);
        $this->assertSame(['a@tabs.example', 'b@elsewhere.example', 'c@tabs.example'], $this->z->getDistributionList($list->id)->members);
        $this->assertSame(3, $b->count('table.members tr'), 'the list stays open');
        $b->submit('form.add-members', ['members' => "ok@tabs.example\nnot an address"]);
        $this->assertStringContainsString('not an address', $this->error());
        $this->assertSame("ok@tabs.example\nnot an address", $b->one('form.add-members textarea')->textContent);
        $this->assertCount(3, $this->z->getDistributionList($list->id)->members);
        $b->submit('tr.members-panel tr:has-text("b@elsewhere.example") form.remove-member');
        $this->assertSame(['a@tabs.example', 'c@tabs.example'], $this->z->getDistributionList($list->id)->members);
        // Validation and Zimbra's faults.
        $b->submit('form.create-list', ['local' => 'bad list']);
        $this->assertTrue($b->has('form.create-list .field-error[data-field=local]'));
        $b->submit('form.create-list', ['local' => 'team']);
        $this->assertStringStartsWith('Email address already exists', $this->error());
        // Search.
        $this->z->createDistributionList('sales@tabs.example', ['displayName' => 'Sales']);
        $b->get($this->client('tabClientLists'));
        $b->submit('form.search', ['q' => 'sal']);
        $this->assertStringContainsString('sales@tabs.example', $b->html());
        $this->assertStringNotContainsString('team@tabs.example', $b->html());
        // A foreign list is not shown even when asked for.
        $foreign = $this->z->createDistributionList('foreign@other.example');
        $b->get($this->client('tabClientLists') . '?list=' . $foreign->id);
        $this->assertStringNotContainsString('foreign@other.example', $b->html());
        $b->get($this->admin('tabLists'));
        $b->submit('tr.list:has-text("team@tabs.example") form.delete-list');
        $this->assertNull($this->z->getDistributionList($list->id));
    }

    public function testClientMailboxSettings(): void
    {
        $service = $this->mailboxService('self');
        $f = $this->fieldsOf($service);
        $b = $this->browser;
        $b->get($this->client('tabClientSettings', $service));
        $b->submit('form.change-password', ['password' => 'New-pass-123', 'confirm_password' => 'Other-pass-123']);
        $this->assertSame('The passwords do not match.', $b->text('.field-error[data-field=confirm_password]'));
        $b->submit('form.change-password', ['password' => 'short', 'confirm_password' => 'short']);
        $this->assertTrue($b->has('.field-error[data-field=password]'));
        $b->submit('form.change-password', ['password' => 'New-pass-123', 'confirm_password' => 'New-pass-123']);
        $this->assertSame('', $this->error());
        $this->assertSame('New-pass-123', $this->fieldsOf($service)['zimbra_password'], 'Blesta\'s record follows');
        $this->assertTrue($this->logsIn('self@tabs.example', 'New-pass-123'));

        $b->submit('form.add-alias', ['alias_local' => 'me']);
        $this->assertSame('me@tabs.example', $b->text('tr.alias td'));
        $b->post($this->client('tabClientSettings', $service), ['action' => 'remove_alias', 'alias' => 'stranger@other.example']);
        $this->assertSame('That mailbox, alias or list does not belong to this service.', $this->error());
        $b->get($this->client('tabClientSettings', $service));
        $b->submit('form.remove-alias');
        $this->assertSame([], $this->z->getAccount($f['zimbra_account_id'])->getAliases());
    }

    public function testAliasesOnASharedDomainFollowThePackage(): void
    {
        $b = $this->browser;
        $service = $this->mailboxService('shared');
        $b->get($this->client('tabClientSettings', $service));
        foreach (['postmaster', 'abuse', 'webmaster', 'admin'] as $role) {
            $b->submit('form.add-alias', ['alias_local' => $role]);
            $this->assertSame("$role@tabs.example is reserved for the people who run this mail domain. Please choose another address.",
                $b->text('.field-error[data-field=alias_local]'));
        }
        $this->assertSame([], $this->z->getAccount('shared@tabs.example')->getAliases());
        // The domain's owner may add postmaster@ to any of their mailboxes.
        $b->get($this->client('tabClientMailboxes'));
        $id = $this->z->getAccount('shared@tabs.example')->id;
        $b->submit("tr.mailbox[data-id=$id] form.add-alias", ['alias_local' => 'postmaster']);
        $this->assertSame(['postmaster@tabs.example'], $this->z->getAccount($id)->getAliases());

        // A package without aliases: no form, and a forged post is refused.
        $plain = $this->mailboxService('plain', ['allow_aliases' => '0']);
        $b->get($this->client('tabClientSettings', $plain));
        $this->assertFalse($b->has('form.add-alias'));
        $b->post($this->client('tabClientSettings', $plain), ['action' => 'add_alias', 'alias_local' => 'extra']);
        $this->assertSame('Aliases are not included in this mailbox plan.', $this->error());
        $this->assertSame([], $this->z->getAccount('plain@tabs.example')->getAliases());
    }

    /** Every tab, when Zimbra answers 503 to everything: one calm sentence, no figures, no forms. */
    public function testZimbraDownShowsOneSentenceAndNothingMadeUp(): void
    {
        $mailbox = $this->mailboxService('me');
        $this->z->createAccount('someone@tabs.example', null);
        self::control(self::$sim, '/fault', ['kind' => 'html', 'status' => 503, 'count' => 1000]);
        self::control(self::$sim, '/drop-connections');
        $pages = [
            [$this->admin('tabStats'), true], [$this->admin('tabMailboxes'), true], [$this->admin('tabLists'), true],
            [$this->client('tabClientStats'), false], [$this->client('tabClientMailboxes'), false], [$this->client('tabClientLists'), false],
            [$this->client('tabClientStats', $mailbox), false], [$this->client('tabClientSettings', $mailbox), false],
        ];
        $b = $this->browser;
        foreach ($pages as [$url, $admin]) {
            $b->get($url);
            $sentence = $b->text('.zimbra-unavailable');
            $this->assertSame(1, $b->count('.zimbra-unavailable'), $url);
            $this->assertSame(0, $b->count('.card-body form'), "$url: no actions");
            $this->assertSame(0, $b->count('.card-body table'), "$url: no figures");
            $this->assertStringNotContainsString('/ Unlimited', $b->html());
            $this->assertStringNotContainsString('There are no', $b->html());
            if ($admin) {
                $this->assertStringStartsWith('Zimbra could not be reached', $sentence, $url);
                $this->assertStringContainsString('503', $sentence, "$url: the cause, for admins");
            } else {
                $this->assertSame('Your mail service cannot be reached right now. Please try again in a few minutes.', $sentence, $url);
                foreach (['127.0.0.1', (string) self::$sim['port'], '7071', '503', 'service.', 'account.', 'DoS'] as $internal) {
                    $this->assertStringNotContainsString($internal, strip_tags($b->one('.card-body')->ownerDocument->saveHTML($b->one('.card-body'))),
                        "$url: no server internals for customers");
                }
                $this->assertSame([], $b->response->messages('error'), "$url: the sentence, nothing else");
            }
        }
        self::control(self::$sim, '/reset-faults');
        $log = array_filter($this->blesta->logs(), fn ($l) => !$l[3]);
        $this->assertStringContainsString('503', json_encode(array_values($log)), 'the module log has the detail');
    }

    public function testASlowZimbraIsGivenUpOnAfterTheTabTimeout(): void
    {
        $this->browser->get($this->client('tabClientMailboxes'));  // a warm session, as a busy site has
        self::control(self::$sim, '/fault', ['kind' => 'delay', 'ms' => 60000, 'count' => 10]);
        $started = hrtime(true);
        $this->browser->get($this->client('tabClientMailboxes'));
        $seconds = (hrtime(true) - $started) / 1e9;
        self::control(self::$sim, '/reset-faults');
        self::control(self::$sim, '/drop-connections');
        $this->assertSame('Your mail service cannot be reached right now. Please try again in a few minutes.',
            $this->browser->text('.zimbra-unavailable'));
        // The tab gives up at its own limit (5 s), far sooner than Zimbra's answer (60 s) or the
        // 30-second request timeout of provisioning; the margin is for a loaded machine.
        $this->assertLessThan(25, $seconds);
        $this->assertStringContainsString('did not answer within the timeout of 5000 ms', json_encode($this->blesta->logs()),
            'the module log has the cause');
    }

    public function testLabelsNameTheirFields(): void
    {
        $this->z->createAccount('x@tabs.example', null);
        $mailbox = $this->mailboxService('me');
        foreach ([$this->admin('tabMailboxes'), $this->client('tabClientLists'), $this->client('tabClientSettings', $mailbox),
                  self::MANAGE, '/admin/packages/add/'] as $url) {
            $this->browser->get($url);
            foreach ($this->browser->all('label[for]') as $label) {
                $this->assertTrue($this->browser->has('#' . $label->getAttribute('for')), "$url: " . $label->getAttribute('for'));
            }
            foreach ($this->browser->all('form input[type=text], form input[type=password], form input[type=number], form textarea, form select') as $input) {
                $id = $input->getAttribute('id');
                $this->assertNotSame('', $id, "$url: " . $input->getAttribute('name') . ' has no id');
                $this->assertTrue($this->browser->has("label[for=$id]"), "$url: $id has no label");
            }
        }
    }
}
