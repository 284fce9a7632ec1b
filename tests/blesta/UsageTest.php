<?php
/**
 * Usage for admins: the cron task install() registers, run as Blesta's automation runs module
 * tasks (CronTasks::runDue), against the simulator; the figures it records, the server list and
 * the admin's domain tab that show them, and the warning mail through Blesta's editable template.
 */
final class UsageTest extends SimulatorCase
{
    private const GB = 1073741824;
    private const MB = 1048576;

    /** A hosting company's Zimbra: one admin endpoint in front of three mailbox servers (§14). */
    public static function setUpBeforeClass(): void
    {
        self::$sim = self::startSimulator(['--mailbox-servers', '3']);
    }

    /** The mailbox server an account lives on. */
    private function home(string $account): string
    {
        return self::control(self::$sim, '/state', null)['accounts'][$account]['zimbraMailHost'][0];
    }

    private function setServer(string $name, bool $up): void
    {
        self::control(self::$sim, '/server', ['name' => $name, 'up' => $up]);
    }

    private function install(): void
    {
        $this->assertSame(Blesta::MODULE_ID, $this->blesta->ModuleManager->add(['class' => 'zimbra']),
            self::messages($this->blesta->ModuleManager->errors()));
    }

    /** Two domain services and a mailbox on a shared domain, with usage set in the simulator. */
    private function services(): array
    {
        $this->addServer();
        $z = $this->zimbra();
        $package = $this->domainPackage(['max_accounts' => '10', 'aggregate_quota' => '1']);
        $shop = $this->ordered($package, ['zimbra_domain' => 'shop.example']);
        $quiet = $this->ordered($package, ['zimbra_domain' => 'quiet.example']);
        foreach (['a', 'b', 'c'] as $u) {
            $z->createAccount("$u@shop.example", 'Long-enough-1');
        }
        self::control(self::$sim, '/usage', ['account' => 'a@shop.example', 'bytes' => (int) (0.5 * self::GB)]);
        self::control(self::$sim, '/usage', ['account' => 'b@shop.example', 'bytes' => (int) (0.25 * self::GB)]);
        $z->createDomain('shared.example');
        $box = $this->ordered($this->mailboxPackage(['mailbox_domain' => 'shared.example', 'mailbox_quota' => '100']),
            ['zimbra_email_local' => 'kim']);
        self::control(self::$sim, '/usage', ['account' => 'kim@shared.example', 'bytes' => 95 * self::MB]);
        return [$shop, $quiet, $box];
    }

    private function recorded(int $service): ?array
    {
        return json_decode($this->fieldsOf($service)['zimbra_usage'] ?? 'null', true);
    }

    public function testInstallRegistersTheTaskAndTheMailOnceAndUninstallRemovesThem(): void
    {
        $this->install();
        $run = $this->blesta->CronTasks->getTaskRunByKey('zimbra_usage', 'zimbra', false, 'module');
        $this->assertNotFalse($run);
        $this->assertSame(['interval', '360', 1], ['interval', $run->interval, $run->enabled]);
        $this->assertSame('Zimbra usage', $run->name);
        $group = $this->blesta->EmailGroups->getByAction('Zimbra.usage_warning');
        $this->assertSame('client', $group->type);
        $this->assertStringContainsString('{usage.percent}', $group->tags);
        $this->assertNotFalse($this->blesta->Emails->getByGroupId($group->id, 'en_us'));

        // Installed again (another company, or a reinstall): nothing doubled.
        $this->install();
        $this->assertCount(1, $this->blesta->db['cron_tasks']);
        $this->assertCount(1, $this->blesta->db['cron_task_runs']);
        $this->assertCount(1, $this->blesta->db['emails']);

        // An install older than the task gets it from Blesta's upgrade (ModuleManager::upgrade()).
        $this->blesta->ModuleManager->delete(Blesta::MODULE_ID);
        $this->assertSame([], $this->blesta->db['cron_tasks']);
        $this->assertSame([], $this->blesta->db['email_groups']);
        $this->assertSame([], $this->blesta->db['emails']);
        $this->blesta->db['modules'][Blesta::MODULE_ID] = ['id' => Blesta::MODULE_ID, 'class' => 'zimbra', 'company_id' => 1,
            'version' => '0.1.0'];
        $this->blesta->ModuleManager->upgrade(Blesta::MODULE_ID);
        $this->assertFalse($this->blesta->ModuleManager->errors());
        $this->assertSame($this->module()->getVersion(), $this->blesta->ModuleManager->get(Blesta::MODULE_ID)->version);
        $this->assertNotFalse($this->blesta->CronTasks->getTaskRunByKey('zimbra_usage', 'zimbra', false, 'module'));
        $this->assertNotFalse($this->blesta->EmailGroups->getByAction('Zimbra.usage_warning'));
    }

    public function testOnePassPerServerRecordsEveryServiceAndRunsAtTheAdminsInterval(): void
    {
        $this->install();
        [$shop, $quiet, $box] = $this->services();
        $quotaRequests = $this->requests('GetQuotaUsageRequest');

        $log = $this->blesta->CronTasks->runDue(1_000_000);
        $this->assertSame(3, $this->requests('GetQuotaUsageRequest') - $quotaRequests, 'one request for each mailbox server');
        $this->assertStringContainsString('Server Test mail server: 3 services recorded', implode("\n", $log));
        $this->assertStringNotContainsString('not read', implode("\n", $log));

        $s = $this->recorded($shop);
        $this->assertSame([3, 10, (int) (0.75 * self::GB), self::GB, 75.0], [$s['mailboxes'], $s['max_mailboxes'], $s['used'], $s['limit'], (float) $s['percent']]);
        $this->assertMatchesRegularExpression('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/', $s['time']);
        $q = $this->recorded($quiet);
        $this->assertSame([0, 0, 0.0], [$q['mailboxes'], $q['used'], (float) $q['percent']]);
        $b = $this->recorded($box);
        $this->assertSame([1, 95 * self::MB, 100 * self::MB, 95.0], [$b['mailboxes'], $b['used'], $b['limit'], (float) $b['percent']]);
        // The other fields are kept as they were, secrets encrypted.
        $this->assertNotSame('', $this->fieldsOf($box)['zimbra_password']);
        $stored = array_column($this->blesta->db['services'][$box]['fields'], null, 'key');
        $this->assertStringStartsWith('ENC:', $stored['zimbra_password']['value']);

        // Not due again before the interval the admin set; due after it.
        $before = $this->requests('GetQuotaUsageRequest');
        $this->assertSame([], $this->blesta->CronTasks->runDue(1_000_000 + 359 * 60));
        $run = $this->blesta->CronTasks->getTaskRunByKey('zimbra_usage', 'zimbra', false, 'module');
        $this->blesta->CronTasks->editTaskRun($run->task_run_id, ['interval' => '30']);
        $this->assertNotSame([], $this->blesta->CronTasks->runDue(1_000_000 + 30 * 60));
        $this->assertSame(3, $this->requests('GetQuotaUsageRequest') - $before);

        // An edit of the service keeps the recorded figures.
        $this->assertDone($this->blesta->Services->edit($box, ['zimbra_display_name' => 'Kim']));
        $this->assertEquals(95.0, $this->recorded($box)['percent']);
    }

    public function testACustomerPassing90PercentIsMailedOnceThroughTheEditableTemplate(): void
    {
        $this->install();
        [$shop, , $box] = $this->services();
        $this->blesta->CronTasks->runDue(1_000_000);
        $sent = $this->blesta->db['sent_emails'];
        $this->assertCount(1, $sent, 'only the mailbox is over 90 %');
        $this->assertSame('jane@customer.example', $sent[0]['to']);
        $this->assertSame('Your mail service kim@shared.example is nearly full', $sent[0]['subject']);
        $this->assertSame('support@billing.hosting.example', $sent[0]['from'], 'from the company\'s own domain');
        $this->assertStringContainsString('Hello Jane,', $sent[0]['text']);
        $this->assertStringContainsString('has reached 95% of a limit', $sent[0]['text']);
        // A single mailbox's figures in words: its storage only, no "mailboxes 1 of Unlimited".
        $this->assertMatchesRegularExpression('/of a limit:\n[0-9.]+ GB of [0-9.]+ GB of storage\.\n/', $sent[0]['text']);
        $this->assertStringNotContainsString('Unlimited', $sent[0]['text']);
        $this->assertStringNotContainsString('mailboxes 1 of', $sent[0]['text']);

        // Still over: no second mail. The admin edits the template meanwhile.
        $group = $this->blesta->EmailGroups->getByAction('Zimbra.usage_warning');
        $email = $this->blesta->Emails->getByGroupId($group->id, 'en_us');
        $this->blesta->Emails->edit($email->id, ['subject' => '{service_name}: {usage.percent}% used']);
        $this->blesta->CronTasks->runDue(2_000_000);
        $this->assertCount(1, $this->blesta->db['sent_emails']);

        // Below 90 %, then over again: mailed again, with the admin's subject. The domain too now.
        self::control(self::$sim, '/usage', ['account' => 'kim@shared.example', 'bytes' => 10 * self::MB]);
        $this->blesta->CronTasks->runDue(3_000_000);
        $this->assertFalse($this->recorded($box)['warned']);
        self::control(self::$sim, '/usage', ['account' => 'kim@shared.example', 'bytes' => 99 * self::MB]);
        self::control(self::$sim, '/usage', ['account' => 'c@shop.example', 'bytes' => (int) (0.2 * self::GB)]);
        $this->blesta->CronTasks->runDue(4_000_000);
        $subjects = array_column(array_slice($this->blesta->db['sent_emails'], 1), 'subject');
        sort($subjects);
        $this->assertSame(['kim@shared.example: 99% used', 'shop.example: 95% used'], $subjects);
        $domainMail = array_values(array_filter($this->blesta->db['sent_emails'], fn ($m) => str_starts_with($m['subject'], 'shop.example')))[0];
        $this->assertMatchesRegularExpression('/GB of [0-9.]+ GB of storage, \d+ of \d+ mailboxes\./', $domainMail['text']);

        // A template the admin switched off sends nothing.
        $this->blesta->Emails->edit($email->id, ['status' => 'inactive']);
        self::control(self::$sim, '/usage', ['account' => 'kim@shared.example', 'bytes' => 0]);
        $this->blesta->CronTasks->runDue(5_000_000);
        self::control(self::$sim, '/usage', ['account' => 'kim@shared.example', 'bytes' => 99 * self::MB]);
        $this->blesta->CronTasks->runDue(6_000_000);
        $this->assertCount(3, $this->blesta->db['sent_emails']);
    }

    /**
     * Blesta's Emails page names a module's template by nothing (blesta-module.md §17): the module's
     * page names it and links to Blesta's editor of that very template.
     */
    public function testTheWarningMailIsFoundByNameFromTheModulesPage(): void
    {
        $this->install();
        $group = $this->blesta->EmailGroups->getByAction('Zimbra.usage_warning');
        $row = array_values(array_filter(EmailTemplatesPage::coreRows($this->blesta), fn ($r) => $r['group_id'] === $group->id))[0];
        $this->assertSame('', $row['name'], 'what Blesta\'s own list shows');
        $this->browser->get(self::MANAGE);
        $this->assertSame('Edit the usage warning email', $this->browser->text('a.edit-usage-email'));
        $this->assertSame($row['edit'], $this->browser->attr('a.edit-usage-email', 'href'));
    }

    /**
     * Blesta runs upgrade() once, as the company of the admin who runs it (§17): the step adds the
     * task run and the templates for every company that has the module, each sent from its own
     * domain, and moves the 0.2.0 placeholder sender to it; a sender the admin chose is kept.
     */
    public function testTheUpgradeServesEveryCompany(): void
    {
        $db = &$this->blesta->db;
        $db['companies'][2] = ['id' => 2, 'name' => 'Second Host', 'hostname' => 'second.example'];
        $db['companies'][3] = ['id' => 3, 'name' => 'No Zimbra', 'hostname' => 'third.example'];
        $this->install();
        $this->blesta->setCompany(2);
        $second = $this->blesta->ModuleManager->add(['class' => 'zimbra']);
        $this->blesta->setCompany(1);
        // What 0.2.0 left: company 1 only had its run, with the placeholder sender; company 2 had neither.
        $group = $this->blesta->EmailGroups->getByAction('Zimbra.usage_warning');
        // Company 1's text is 0.2.0's default, as 0.2.0 made it; its group listed 0.2.0's tags.
        $db['email_groups'][$group->id]['tags'] = '{client.first_name},{client.last_name},{service_name},{usage.percent},'
            . '{usage.used_gb},{usage.limit_gb},{usage.mailboxes},{usage.max_mailboxes}';
        $old = ['text' => "Hello {client.first_name},\n\nYour mail service {service_name} has reached {usage.percent}% of a limit:\n"
            . "storage {usage.used_gb} GB of {usage.limit_gb} GB, mailboxes {usage.mailboxes} of {usage.max_mailboxes}.\n\n"
            . "When a limit is reached, new mail or new mailboxes are refused. You can add storage or mailboxes\n"
            . "to your plan from your client area, or free some space.",
            'html' => "<p>Hello {client.first_name},</p>\n<p>Your mail service {service_name} has reached {usage.percent}% of a limit:<br>\n"
            . "storage {usage.used_gb} GB of {usage.limit_gb} GB, mailboxes {usage.mailboxes} of {usage.max_mailboxes}.</p>\n"
            . "<p>When a limit is reached, new mail or new mailboxes are refused. You can add storage or mailboxes\n"
            . "to your plan from your client area, or free some space.</p>"];
        foreach ($db['emails'] as $i => $e) {
            if ($e['company_id'] === 1) {
                $db['emails'][$i] = ['from' => 'support@mydomain.com'] + $old + $e;
            } else {
                unset($db['emails'][$i]);
            }
        }
        $db['cron_task_runs'] = array_filter($db['cron_task_runs'], fn ($r) => $r['company_id'] === 1);
        $db['languages'] = ['en_us', 'fr_fr'];
        foreach ($db['modules'] as $id => $m) {
            $db['modules'][$id]['version'] = '0.2.0';
        }

        $this->blesta->ModuleManager->upgrade(Blesta::MODULE_ID);
        $this->assertFalse($this->blesta->ModuleManager->errors());
        $this->assertSame([1, 2], array_values(array_unique(array_column($db['cron_task_runs'], 'company_id'))));
        $from = [];
        foreach ($db['emails'] as $e) {
            $from[$e['company_id'] . '/' . $e['lang']] = $e['from'];
        }
        ksort($from);
        $this->assertSame(['1/en_us' => 'support@billing.hosting.example', '1/fr_fr' => 'support@billing.hosting.example',
            '2/en_us' => 'support@second.example', '2/fr_fr' => 'support@second.example'], $from);
        $this->assertSame(1, Configure::get('Blesta.company_id'), 'the upgrading company is the current one again');
        $this->assertCount(1, $db['cron_tasks']);
        $this->assertSame($group->id, $this->blesta->EmailGroups->getByAction('Zimbra.usage_warning')->id);
        // 0.2.0's untouched text follows the new default, which says the figures in words; the editor lists the new tag.
        foreach ($db['emails'] as $e) {
            $this->assertStringContainsString('{usage.summary}', $e['text']);
            $this->assertStringNotContainsString('{usage.max_mailboxes}', $e['html']);
        }
        $this->assertStringContainsString('{usage.summary}', $this->blesta->EmailGroups->getByAction('Zimbra.usage_warning')->tags);

        // Again (an upgrade run twice): nothing doubled; a sender the admin set is left alone, and so is a text the admin wrote.
        $email = $this->blesta->Emails->getByGroupId($group->id, 'en_us');
        $this->blesta->Emails->edit($email->id, ['from' => 'mail@brand.example', 'text' => $old['text'] . "\n\nYour host"]);
        $this->module(null)->upgrade('0.2.0');
        $this->assertCount(4, $db['emails']);
        $this->assertCount(2, $db['cron_task_runs']);
        $this->assertSame('mail@brand.example', $this->blesta->Emails->getByGroupId($group->id, 'en_us')->from);
        $this->assertSame($old['text'] . "\n\nYour host", $this->blesta->Emails->getByGroupId($group->id, 'en_us')->text);
        $this->assertNotNull($second);
    }

    /**
     * Issue 23, 1-2: two mailboxes of PHP_INT_MAX bytes each. The domain's figure stops at
     * PHP_INT_MAX (it wrapped to -2, or became a float that stopped the run); the next server in the
     * same run is read all the same, and lowering the domain's storage is still refused.
     */
    public function testHugeFiguresNeitherWrapNorStopTheRun(): void
    {
        $this->install();
        $this->addServer();
        $second = self::startSimulator();
        try {
            $other = $this->addServer($this->serverVars($second, ['server_label' => 'Second']));
            $z = $this->zimbra();
            $big = $this->ordered($this->domainPackage(['max_accounts' => '10', 'aggregate_quota' => '1']), ['zimbra_domain' => 'big.example']);
            foreach (['a', 'b'] as $u) {
                $z->createAccount("$u@big.example", 'Long-enough-1');
                self::control(self::$sim, '/usage', ['account' => "$u@big.example", 'bytes' => PHP_INT_MAX]);
            }
            $small = $this->ordered($this->domainPackage([], $other), ['zimbra_domain' => 'small.example']);
            $log = implode("\n", $this->blesta->CronTasks->runDue(1_000_000));
            $this->assertSame(PHP_INT_MAX, $this->recorded($big)['used'], $log);
            $this->assertSame(0, $this->recorded($small)['used'], 'the second server is read too');
            $this->browser->get(self::MANAGE);
            $this->assertStringContainsString('8589934592', $this->browser->text('tr.server td.usage'));
            $this->assertRefused($this->blesta->Services->changePackage($big, $this->domainPackage(['max_accounts' => '10',
                'aggregate_quota' => '0.5'])));
            $this->assertStringStartsWith('big.example already uses 8589934592 GB', self::messages($this->blesta->Services->errors()));
        } finally {
            self::stopSimulator($second);
        }
    }

    public function testTheServerListAndTheAdminTabShowTheLastFigures(): void
    {
        $this->install();
        [$shop] = $this->services();
        $this->browser->get(self::MANAGE);
        $this->assertSame('not recorded yet', trim($this->browser->text('tr.server td.usage')));
        $this->browser->get("/admin/clients/servicetab/1/$shop/tabStats/");
        $this->assertStringContainsString('has not run since this service was added', $this->browser->text('.recorded-none'));

        $this->blesta->CronTasks->runDue(1_000_000);
        $this->browser->get(self::MANAGE);
        $this->assertSame('2 domains, 4 mailboxes, 0.84 GB', $this->browser->text('tr.server td.usage .figures'));
        $this->assertSame('1 near a limit', $this->browser->text('tr.server td.usage .near'));
        $this->assertMatchesRegularExpression('/^as of \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/', $this->browser->text('tr.server td.usage .time'));

        $this->browser->get("/admin/clients/servicetab/1/$shop/tabStats/");
        $this->assertSame('3 / 10', $this->browser->text('.recorded-mailboxes'));
        $this->assertSame('0.75 GB / 1.00 GB', $this->browser->text('.recorded-storage'));
        $this->assertSame('75 %', $this->browser->text('.recorded-percent'));
        $this->assertMatchesRegularExpression('/^Recorded at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(UTC\)/', $this->browser->text('.recorded-time'));
        // Kept when Zimbra cannot be reached: the live figures are not, the recorded ones are.
        $this->setRowMeta(1, 'port', (string) self::closedPort());
        $this->browser->get("/admin/clients/servicetab/1/$shop/tabStats/");
        $this->assertSame('3 / 10', $this->browser->text('.recorded-mailboxes'));
        // The client's tab does not show them.
        $this->setRowMeta(1, 'port', (string) self::$sim['port']);
        $this->browser->get("/client/services/manage/$shop/tabClientStats/");
        $this->assertSame('3', $this->browser->text('td.accounts'), 'the live figures');
        $this->assertFalse($this->browser->has('.recorded-mailboxes'));
    }

    /**
     * Issue 24: every mailbox server is read (GetQuotaUsage without a domain lists the answering
     * server's mailboxes only), and a GAL sync account inside a customer's domain is not one of
     * the customer's mailboxes: 8 mailboxes and a GAL sync account under a limit of 10 is 80 %.
     */
    public function testEveryMailboxServerIsReadAndSystemAccountsAreNotTheCustomers(): void
    {
        $this->install();
        $this->addServer();
        $z = $this->zimbra();
        $shop = $this->ordered($this->domainPackage(['max_accounts' => '10', 'aggregate_quota' => '1']), ['zimbra_domain' => 'many.example']);
        for ($i = 0; $i < 8; $i++) {
            $z->createAccount("u$i@many.example", 'Long-enough-1');
        }
        $z->createAccount('galsync@many.example', 'Long-enough-1', ['zimbraIsSystemResource' => 'TRUE', 'zimbraIsSystemAccount' => 'TRUE']);
        $homes = array_unique(array_map(fn ($i) => $this->home("u$i@many.example"), range(0, 7)));
        $this->assertGreaterThan(1, count($homes), 'the mailboxes are spread over the servers');
        $log = implode("\n", $this->blesta->CronTasks->runDue(1_000_000));
        $u = $this->recorded($shop);
        $this->assertSame([8, false, [], 80.0], [$u['mailboxes'], $u['partial'], $u['unreachable'], (float) $u['percent']], $log);
        $this->assertSame([], $this->blesta->db['emails_sent'] ?? [], 'under 90 %: no warning mail');
    }

    /**
     * Issue 24: a mailbox server that is down leaves its mailboxes out; the others are recorded,
     * marked partial, and the cron log, the server list and the admin's tab name the server. A
     * mailbox service homed there keeps its last figures. Back up, the next pass is whole again.
     */
    public function testAServerDownMakesTheFiguresPartialAndIsNamed(): void
    {
        $this->install();
        [$shop, , $box] = $this->services();
        $this->blesta->CronTasks->runDue(1_000_000);
        $this->assertFalse($this->recorded($shop)['partial']);
        $boxBefore = $this->recorded($box);
        $down = $this->home('kim@shared.example');
        $onDown = count(array_filter(['a', 'b', 'c'], fn ($u) => $this->home("$u@shop.example") === $down));
        $this->setServer($down, false);
        try {
            $log = implode("\n", $this->blesta->CronTasks->runDue(2_000_000));
        } finally {
            $this->setServer($down, true);
        }
        $this->assertStringContainsString("Mailbox server $down was not read", $log);
        $this->assertStringContainsString('service.PROXY_ERROR', $log);
        $this->assertStringContainsString('1 service(s) not in this server\'s list', $log, 'kim lives on the server that is down');
        $shopUsage = $this->recorded($shop);
        $this->assertSame([3 - $onDown, true, [$down]], [$shopUsage['mailboxes'], $shopUsage['partial'], $shopUsage['unreachable']]);
        $this->assertSame($boxBefore, $this->recorded($box), 'its last figures are kept');
        $this->browser->get(self::MANAGE);
        $this->assertStringContainsString("Partial: $down could not be read in the last pass", $this->browser->text('tr.server .unreachable'));
        $this->browser->get("/admin/clients/servicetab/1/$shop/tabStats/");
        $this->assertStringContainsString("Partial: mailbox server $down could not be read then", $this->browser->text('.recorded-partial'));

        $this->blesta->CronTasks->runDue(3_000_000);
        $this->assertSame([3, false, []], [$this->recorded($shop)['mailboxes'], $this->recorded($shop)['partial'], $this->recorded($shop)['unreachable']]);
        $this->browser->get(self::MANAGE);
        $this->assertFalse($this->browser->has('tr.server .unreachable'));
    }

    public function testAnUnreachableServerIsLoggedAndTheLastFiguresKept(): void
    {
        $this->install();
        [$shop] = $this->services();
        $this->blesta->CronTasks->runDue(1_000_000);
        $before = $this->recorded($shop);
        $this->setRowMeta(1, 'port', (string) self::closedPort());
        $log = implode("\n", $this->blesta->CronTasks->runDue(2_000_000));
        $this->assertStringContainsString('Server Test mail server: nothing recorded, the server could not be read', $log);
        $this->assertStringContainsString('has completed', $log, 'the task ends normally');
        $this->assertSame($before, $this->recorded($shop));
    }

    /** Issue 23, 8: a negative size from the server is never recorded ("-5 GB used"): that server's figures are unusable. */
    public function testANegativeSizeIsNeverRecorded(): void
    {
        $this->install();
        [$shop] = $this->services();
        $this->blesta->CronTasks->runDue(1_000_000);
        $before = $this->recorded($shop);
        self::control(self::$sim, '/usage', ['account' => 'a@shop.example', 'bytes' => -5 * self::GB]);
        $log = implode("\n", $this->blesta->CronTasks->runDue(2_000_000));
        // That server's list is unusable: its mailboxes are left out, the others' recorded, partial.
        $server = $this->home('a@shop.example');
        $this->assertStringContainsString("Mailbox server $server was not read", $log);
        $this->assertStringContainsString('not a whole number of bytes for a@shop.example', $log);
        $this->assertSame([true, [$server]], [$this->recorded($shop)['partial'], $this->recorded($shop)['unreachable']]);
        $this->assertLessThan($before['mailboxes'], $this->recorded($shop)['mailboxes']);
        foreach (array_keys($this->blesta->db['services']) as $service) {
            $this->assertGreaterThanOrEqual(0, $this->recorded($service)['used']);
        }
    }

    /** Issue 23, 5: the task writes only its own field, so an edit made while it runs stays. */
    public function testAnEditMadeWhileTheTaskRunsIsKept(): void
    {
        $this->install();
        [, , $box] = $this->services();
        // Another request edits the service after the task read it, just before the task writes.
        Services::$beforeNextFieldWrite = function () use ($box) {
            $this->blesta->Services->edit($box, ['zimbra_display_name' => 'Changed meanwhile', 'zimbra_password' => 'Changed-pass-8']);
            $this->assertFalse($this->blesta->Services->errors());
        };
        try {
            $this->blesta->CronTasks->runDue(1_000_000);
            $this->assertNull(Services::$beforeNextFieldWrite, 'the edit ran during the pass');
        } finally {
            Services::$beforeNextFieldWrite = null;
        }
        $f = $this->fieldsOf($box);
        $this->assertSame(['Changed meanwhile', 'Changed-pass-8'], [$f['zimbra_display_name'], $f['zimbra_password']]);
        $this->assertSame(95 * self::MB, $this->recorded($box)['used']);
    }

    /** Issue 23, 6: figures posted with an order (or any field the module records itself) are not stored. */
    public function testAnOrderCannotPlantFigures(): void
    {
        $this->install();
        $this->addServer();
        $planted = json_encode(['mailboxes' => 'lots', 'used' => 'x', 'limit' => 1, 'percent' => 1, 'time' => 'now', 'warned' => true]);
        $domain = $this->ordered($this->domainPackage(), ['zimbra_domain' => 'plant.example', 'zimbra_usage' => $planted,
            'zimbra_domain_id' => 'forged']);
        $box = $this->ordered($this->mailboxPackage(['mailbox_domain' => 'plant.example']), ['zimbra_email_local' => 'p',
            'zimbra_usage' => $planted, 'zimbra_account_id' => 'forged', 'zimbra_lists_kept' => '[{"id":"x"}]']);
        foreach ([$domain, $box] as $service) {
            $f = $this->fieldsOf($service);
            $this->assertSame(['', ''], [$f['zimbra_usage'], $f['zimbra_lists_kept'] ?? '']);
            $this->assertNotSame('forged', $f['zimbra_domain_id'] ?? $f['zimbra_account_id']);
        }
        // A field 0.2.0 let an order write: the pages show no figures, and neither throws.
        $this->blesta->Services->editField($domain, ['key' => 'zimbra_usage', 'value' => $planted]);
        $this->browser->get("/admin/clients/servicetab/1/$domain/tabStats/");
        $this->assertSame([], $this->browser->response->messages('error'));
        $this->assertTrue($this->browser->has('.recorded-none'));
        $this->browser->get(self::MANAGE);
        $this->assertSame(200, $this->browser->response->status);
    }

    /**
     * Issue 23, 11: a server whose pages do not add up (one entry per page under a huge total, or
     * the same page again and again) costs a few requests, not billions: the pass stops reading
     * it, says so in the cron log and marks the figures partial; the other servers are read.
     */
    public function testAServerWhosePagesDoNotAddUpCostsAFewRequests(): void
    {
        $this->install();
        [$shop] = $this->services();
        $entry = fn (string $name, int $used) => sprintf('<account name="%s" id="%s" used="%d" limit="0"/>', $name,
            '11111111-1111-1111-1111-' . substr(md5($name), 0, 12), $used);
        $head = '<GetQuotaUsageResponse xmlns="urn:zimbraAdmin" more="1" searchTotal="2147483647">';
        // A full page (20,000 mailboxes) that comes back whatever the offset; a short page under a huge total.
        $full = $head . implode('', array_map(fn ($i) => $entry(sprintf('x%05d@shop.example', $i), 1), range(0, 19999))) . '</GetQuotaUsageResponse>';
        $short = $head . $entry('a@shop.example', 5) . '</GetQuotaUsageResponse>';
        foreach (['the same page again' => [$full, 100000], 'a short page' => [$short, 1]] as $what => [$reply, $times]) {
            self::control(self::$sim, '/reset-faults');
            // mbx1 answers so; the others as Zimbra does.
            self::control(self::$sim, '/fault', ['kind' => 'reply', 'on' => 'GetQuotaUsageRequest', 'server' => 'mbx1.zimbra.test',
                'count' => $times, 'body' => $reply]);
            $before = self::control(self::$sim, '/stats', null)['requests'];
            $log = implode("\n", $this->blesta->CronTasks->runDue(1_000_000 * (2 + count($this->blesta->db['cron_log']))));
            $requests = self::control(self::$sim, '/stats', null)['requests'] - $before;
            self::control(self::$sim, '/reset-faults');
            $this->assertStringContainsString('pages did not add up', $log, $what);
            $this->assertTrue($this->recorded($shop)['partial'], "$what: the figures say they are partial");
            $this->assertSame(['mbx1.zimbra.test'], $this->recorded($shop)['unreachable'], $what);
            // A login, the servers and system accounts, at most two pages of mbx1 and one of each other server.
            $this->assertLessThanOrEqual(6, $requests, "$what: a few requests");
        }
    }
}
