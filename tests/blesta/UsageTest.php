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
        $this->assertSame(1, $this->requests('GetQuotaUsageRequest') - $quotaRequests, 'one request for the whole server');
        $this->assertStringContainsString('Server Test mail server: 3 services recorded', implode("\n", $log));

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
        $this->assertSame(1, $this->requests('GetQuotaUsageRequest') - $before);

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
        foreach ($db['emails'] as $i => $e) {
            if ($e['company_id'] === 1) {
                $db['emails'][$i]['from'] = 'support@mydomain.com';
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

        // Again (an upgrade run twice): nothing doubled; a sender the admin set is left alone.
        $email = $this->blesta->Emails->getByGroupId($group->id, 'en_us');
        $this->blesta->Emails->edit($email->id, ['from' => 'mail@brand.example']);
        $this->module(null)->upgrade('0.2.0');
        $this->assertCount(4, $db['emails']);
        $this->assertCount(2, $db['cron_task_runs']);
        $this->assertSame('mail@brand.example', $this->blesta->Emails->getByGroupId($group->id, 'en_us')->from);
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

    public function testALargeServerIsReadInPagesWithTheSameFigures(): void
    {
        $this->install();
        [$shop, , $box] = $this->services();
        $this->blesta->CronTasks->runDue(1_000_000);
        $whole = [$this->recorded($shop), $this->recorded($box)];
        $this->blesta->moduleClass = get_class(new class extends Zimbra {
            protected function usagePageSize(): int
            {
                return 2;
            }
        });
        $mailboxes = count($this->zimbra()->getQuotaUsage()['mailboxes']);
        $before = $this->requests('GetQuotaUsageRequest');
        $this->blesta->CronTasks->runDue(2_000_000);
        $this->assertSame((int) ceil($mailboxes / 2), $this->requests('GetQuotaUsageRequest') - $before, "$mailboxes mailboxes, 2 a page");
        $paged = [$this->recorded($shop), $this->recorded($box)];
        foreach ([0, 1] as $i) {
            unset($whole[$i]['time'], $paged[$i]['time']);
        }
        $this->assertSame($whole, $paged);
    }

    public function testMailboxesOnAnotherMailboxServerAreSaidToBeMissing(): void
    {
        $this->install();
        [$shop, , $box] = $this->services();
        $this->blesta->CronTasks->runDue(1_000_000);
        $this->assertFalse($this->recorded($shop)['partial']);
        // A multi-server Zimbra: two mailboxes live on another mailbox server, which this server's list leaves out.
        self::control(self::$sim, '/home', ['account' => 'a@shop.example', 'server' => 'mbx2.zimbra.test']);
        self::control(self::$sim, '/home', ['account' => 'kim@shared.example', 'server' => 'mbx2.zimbra.test']);
        $log = implode("\n", $this->blesta->CronTasks->runDue(2_000_000));
        $this->assertStringContainsString('1 service(s) not in this server\'s list', $log);
        $this->assertStringContainsString('has at least 2 mailbox(es) more than this server homes', $log);
        $shopUsage = $this->recorded($shop);
        $this->assertSame([2, true], [$shopUsage['mailboxes'], $shopUsage['partial']], 'the domain\'s figures are marked partial');
        $this->browser->get("/admin/clients/servicetab/1/$shop/tabStats/");
        $this->assertStringContainsString('Partial: this Zimbra has mailboxes on other mailbox servers', $this->browser->text('.recorded-partial'));
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
        $this->assertStringContainsString('nothing recorded, the server could not be read', $log);
        $this->assertStringContainsString('not a whole number of bytes for a@shop.example', $log);
        $this->assertSame($before, $this->recorded($shop), 'the last good figures are kept');
        foreach (array_keys($this->blesta->db['services']) as $service) {
            $this->assertGreaterThanOrEqual(0, $this->recorded($service)['used']);
        }
    }

    /** Issue 23, 5: the task writes only its own field, so an edit made while it runs stays. */
    public function testAnEditMadeWhileTheTaskRunsIsKept(): void
    {
        $this->blesta->moduleClass = get_class(new class extends Zimbra {
            /** @var ?Closure what another request does while this server's pass runs */
            public static ?Closure $meanwhile = null;

            protected function usagePageSize(): int
            {
                if (self::$meanwhile) {
                    (self::$meanwhile)();
                    self::$meanwhile = null;
                }
                return parent::usagePageSize();
            }
        });
        $class = $this->blesta->moduleClass;
        $this->install();
        [, , $box] = $this->services();
        $class::$meanwhile = function () use ($box) {
            $this->blesta->Services->edit($box, ['zimbra_display_name' => 'Changed meanwhile', 'zimbra_password' => 'Changed-pass-8']);
            $this->assertFalse($this->blesta->Services->errors());
        };
        $this->blesta->CronTasks->runDue(1_000_000);
        $this->assertNull($class::$meanwhile, 'the edit ran during the pass');
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
     * the same page again and again) costs a few requests, not billions: the pass stops, says so
     * in the cron log and marks the figures partial.
     */
    public function testAServerWhosePagesDoNotAddUpCostsAFewRequests(): void
    {
        $this->blesta->moduleClass = get_class(new class extends Zimbra {
            protected function usagePageSize(): int
            {
                return 2;
            }
        });
        $this->install();
        [$shop] = $this->services();
        $entry = fn (string $name, int $used) => sprintf('<account name="%s" id="%s" used="%d" limit="0"/>', $name,
            '11111111-1111-1111-1111-' . substr(md5($name), 0, 12), $used);
        $page = '<GetQuotaUsageResponse xmlns="urn:zimbraAdmin" more="1" searchTotal="2147483647"%s>' . $entry('a@shop.example', 5)
            . $entry('b@shop.example', 7) . '</GetQuotaUsageResponse>';
        $first = '<BatchResponse xmlns="urn:zimbra">' . sprintf($page, ' requestId="0"')
            . '<CountObjectsResponse xmlns="urn:zimbraAdmin" requestId="1" num="4" type="userAccount"/></BatchResponse>';
        foreach (['the same page again' => [sprintf($page, ''), 100000], 'a short page' => [null, 0]] as $what => [$again, $times]) {
            self::control(self::$sim, '/reset-faults');
            $reply = $what === 'a short page' ? str_replace($entry('b@shop.example', 7), '', $first) : $first;
            self::control(self::$sim, '/fault', ['kind' => 'reply', 'on' => 'GetQuotaUsageRequest', 'count' => 1, 'body' => $reply]);
            if ($again !== null) {
                self::control(self::$sim, '/fault', ['kind' => 'reply', 'on' => 'GetQuotaUsageRequest', 'count' => $times, 'body' => $again]);
            }
            $before = $this->requests('GetQuotaUsageRequest');
            $log = implode("\n", $this->blesta->CronTasks->runDue(1_000_000 * (2 + count($this->blesta->db['cron_log']))));
            $this->assertLessThanOrEqual(2, $this->requests('GetQuotaUsageRequest') - $before, "$what: a few requests");
            $this->assertStringContainsString('pages did not add up', $log, $what);
            $this->assertTrue($this->recorded($shop)['partial'], "$what: the figures say they are partial");
        }
        self::control(self::$sim, '/reset-faults');
    }
}
