<?php
/**
 * A service's whole life as Blesta 5 runs it (blesta-module.md §17), one test per product: a
 * customer's pending order, its activation, a client-area upgrade with options, an admin's edit,
 * a package change that drops an option, a suspension in each mode and its undoing, a downgrade
 * refused below what is used, and the cancellation. Others act meanwhile: the customer in webmail,
 * a second admin working in Zimbra directly, the usage cron.
 *
 * After every step two things are checked. What changed in Zimbra's directory (the simulator's
 * whole state, before and after, diffed) is exactly what the step names: nothing else moved. And
 * Zimbra agrees with what Blesta stored and bills: the service's limits are its package plus the
 * options Blesta keeps, its status follows Blesta's, its display name is the stored one; which
 * password logs in is checked where a step touches it.
 */
final class ServiceLifeTest extends SimulatorCase
{
    private const GB = 1073741824;
    private const MB = 1048576;

    /** @var list<int> the services whose agreement is checked after each step */
    private array $lives = [];

    protected function setUp(): void
    {
        parent::setUp();
        $this->assertSame(Blesta::MODULE_ID, $this->blesta->ModuleManager->add(['class' => 'zimbra']));
        $this->addServer();
    }

    /* ---- the two sides -------------------------------------------------------------------- */

    /** Zimbra's directory as flat paths: domains/NAME/ATTR, accounts/NAME/ATTR, aliases/NAME, lists/NAME/ATTR|members. */
    private function directory(): array
    {
        $s = self::control(self::$sim, '/state', null);
        $flat = [];
        foreach (['domains', 'accounts'] as $kind) {
            foreach ($s[$kind] as $name => $attrs) {
                foreach ($attrs as $attr => $values) {
                    $flat["$kind/$name/$attr"] = implode("\n", (array) $values);
                }
            }
        }
        foreach ($s['aliases'] as $alias => $target) {
            $flat["aliases/$alias"] = $target;
        }
        foreach ($s['lists'] as $name => $list) {
            foreach ($list['attrs'] as $attr => $values) {
                $flat["lists/$name/$attr"] = implode("\n", (array) $values);
            }
            $members = $list['members'];
            sort($members);
            $flat["lists/$name/members"] = implode(' ', $members);
        }
        return $flat;
    }

    /**
     * One step: $action runs; the paths of the directory that changed must each match one of
     * $expect (regular expressions), and each of $expect must match a change. Then Blesta and
     * Zimbra must agree on every service of the test.
     */
    private function step(string $label, callable $action, array $expect = []): void
    {
        $before = $this->directory();
        $action();
        $after = $this->directory();
        $changed = [];
        foreach (array_unique(array_merge(array_keys($before), array_keys($after))) as $path) {
            if (($before[$path] ?? null) !== ($after[$path] ?? null)) {
                $changed[$path] = [$before[$path] ?? '(none)', $after[$path] ?? '(none)'];
            }
        }
        foreach ($changed as $path => [$was, $is]) {
            $this->assertTrue((bool) array_filter($expect, fn ($p) => preg_match($p, $path)),
                "$label: nothing should have changed $path ($was -> $is)");
        }
        foreach ($expect as $pattern) {
            $this->assertNotEmpty(array_filter(array_keys($changed), fn ($path) => preg_match($pattern, $path)),
                "$label: Zimbra should have changed $pattern");
        }
        foreach ($this->lives as $service) {
            $this->agree($service, $label);
        }
    }

    /** What Blesta stored and bills, and what Zimbra has for it, agree. */
    private function agree(int $id, string $label): void
    {
        $s = $this->blesta->Services->get($id);
        $f = $this->fieldsOf($id);
        $meta = $s->package->meta;
        $options = [];
        foreach ($s->options as $o) {
            $options[$o->option_name] = (int) ($o->option_type === 'quantity' ? $o->qty : $o->value);
        }
        $state = self::control(self::$sim, '/state', null);
        $label = "$label, service #$id ({$s->status})";
        $want = $s->status === 'suspended' ? $meta->suspend_mode : 'active';
        if ($meta->package_type === 'domain') {
            $d = $state['domains'][$f['zimbra_domain']] ?? null;
            if (in_array($s->status, ['pending', 'canceled'], true)) {
                $this->assertNull($d, "$label: no domain in Zimbra");
                return;
            }
            $this->assertNotNull($d, "$label: the domain is in Zimbra");
            $this->assertSame($f['zimbra_domain_id'], $d['zimbraId'][0], "$label: the stored id");
            $max = $meta->max_accounts === '' ? null : (string) ((int) $meta->max_accounts + ($options['zimbra_extra_mailboxes'] ?? 0));
            $this->assertSame($max, $d['zimbraDomainMaxAccounts'][0] ?? null, "$label: mailboxes = package + option");
            $this->assertSame((string) (((int) $meta->aggregate_quota + ($options['zimbra_extra_storage_gb'] ?? 0)) * self::GB),
                $d['zimbraDomainAggregateQuota'][0] ?? null, "$label: storage = package + option");
            $this->assertSame($want, $d['zimbraDomainStatus'][0] ?? 'active', "$label: status");
            $this->assertSame($want === 'closed' ? 'disabled' : 'enabled', $d['zimbraMailStatus'][0] ?? 'enabled', "$label: mail status");
            return;
        }
        $a = $state['accounts'][$f['zimbra_email']] ?? null;
        if (in_array($s->status, ['pending', 'canceled'], true)) {
            $this->assertNull($a, "$label: no mailbox in Zimbra");
            return;
        }
        $this->assertNotNull($a, "$label: the mailbox is in Zimbra");
        $this->assertSame($f['zimbra_account_id'], $a['zimbraId'][0], "$label: the stored id");
        $this->assertSame((string) (((int) $meta->mailbox_quota + ($options['zimbra_extra_quota_mb'] ?? 0)) * self::MB),
            $a['zimbraMailQuota'][0], "$label: quota = package + option");
        $this->assertSame($want, $a['zimbraAccountStatus'][0], "$label: status");
        $this->assertSame($want === 'closed' ? 'disabled' : 'enabled', $a['zimbraMailStatus'][0], "$label: mail status");
        $this->assertSame($f['zimbra_display_name'] !== '' ? $f['zimbra_display_name'] : $f['zimbra_email_local'],
            $a['displayName'][0], "$label: display name");
        $this->assertSame($want === 'closed', ($f['zimbra_lists_kept'] ?? '') !== '', "$label: list memberships kept only while closed");
    }

    /** Blesta's own record of the service: status, package, options by name. */
    private function assertBlesta(int $id, string $status, int $package, array $options): void
    {
        $s = $this->blesta->Services->get($id);
        $this->assertSame([$status, $package], [$s->status, $s->package_id]);
        $kept = [];
        foreach ($s->options as $o) {
            $kept[$o->option_name] = $o->option_type === 'quantity' ? $o->qty : $o->value;
        }
        $this->assertEquals($options, $kept, 'the options Blesta bills');
    }

    private function review(int $service, array $changes = [], ?int $package = null): void
    {
        $result = (new ClientServices($this->blesta))->review($service, $changes, $package);
        $this->assertTrue($result, self::messages(is_array($result) ? $result : []));
    }

    private function cron(): void
    {
        $this->blesta->CronTasks->runDue(time() + 7 * 86400 * count($this->blesta->db['cron_log'] ?? []) + 1);
    }

    private function members(string $list): array
    {
        $members = $this->zimbra()->getDistributionList($list)?->getMembers() ?? [];
        sort($members);
        return $members;
    }

    /* ---- a whole mail domain -------------------------------------------------------------- */

    public function testADomainsLife(): void
    {
        $o = $this->blesta->PackageOptions;
        $small = $this->domainPackage(['max_accounts' => '5', 'aggregate_quota' => '2', 'suspend_mode' => 'locked']);
        $plain = $this->domainPackage(['max_accounts' => '10', 'aggregate_quota' => '2', 'suspend_mode' => 'closed']);
        $mailboxes = $o->add(['name' => 'zimbra_extra_mailboxes', 'type' => 'quantity', 'min' => 0, 'max' => 50, 'package_ids' => [$small, $plain]]);
        $storage = $o->add(['name' => 'zimbra_extra_storage_gb', 'type' => 'quantity', 'min' => 0, 'max' => 50, 'package_ids' => [$small]]);
        $z = $this->zimbra();

        $this->step('a pending order', function () use ($small, $mailboxes, $storage, &$id) {
            $id = $this->pending($small, ['zimbra_domain' => 'Life.Example', 'configoptions' => [$mailboxes => '1', $storage => '1']]);
            $this->assertNotNull($id, self::messages($this->blesta->Services->errors()));
            $this->lives[] = $id;
        });
        $this->assertBlesta($id, 'pending', $small, ['zimbra_extra_mailboxes' => 1, 'zimbra_extra_storage_gb' => 1]);
        $this->assertSame(['life.example', ''], [$this->fieldsOf($id)['zimbra_domain'], $this->fieldsOf($id)['zimbra_domain_id']]);

        $this->step('activation', fn () => $this->assertFalse($this->activate($id)), ['~^domains/life\.example/~']);
        $this->assertBlesta($id, 'active', $small, ['zimbra_extra_mailboxes' => 1, 'zimbra_extra_storage_gb' => 1]);

        $this->step('the customer adds two mailboxes in the client area; a second admin adds a list', function () use ($id, $z) {
            foreach (['ann', 'bob'] as $local) {
                $this->browser->get("/client/services/manage/$id/tabClientMailboxes/");
                $this->browser->submit('form.add-mailbox', ['local' => $local, 'password' => 'Good-pass-1']);
                $this->assertSame([], $this->browser->response->messages('error'));
            }
            $team = $z->createDistributionList('team@life.example');
            $z->addDistributionListMembers($team->id, ['ann@life.example', 'bob@life.example']);
        }, ['~^accounts/(ann|bob)@life\.example/~', '~^lists/team@life\.example/~']);

        $this->step('the usage cron', fn () => $this->cron());
        $this->assertSame(2, json_decode($this->fieldsOf($id)['zimbra_usage'], true)['mailboxes']);

        $this->step('a client-area upgrade: 3 more mailboxes', fn () => $this->review($id, [$mailboxes => '4']),
            ['~^domains/life\.example/zimbraDomainMaxAccounts$~']);
        $this->assertBlesta($id, 'active', $small, ['zimbra_extra_mailboxes' => 4, 'zimbra_extra_storage_gb' => 1]);

        $this->step('an admin edit that changes nothing', function () use ($id, $mailboxes, $storage) {
            $this->assertDone($this->blesta->Services->edit($id, ['configoptions' => [$mailboxes => '4', $storage => '1']]));
        });

        $this->step('a package change whose package has no storage option', fn () => $this->review($id, [], $plain),
            ['~^domains/life\.example/zimbraDomainMaxAccounts$~', '~^domains/life\.example/zimbraDomainAggregateQuota$~']);
        $this->assertBlesta($id, 'active', $plain, ['zimbra_extra_mailboxes' => 4]);

        $this->step('a suspension (closed)', fn () => $this->done('suspend', $id),
            ['~^domains/life\.example/zimbra(DomainStatus|MailStatus)$~']);
        $this->step('its undoing', fn () => $this->done('unsuspend', $id),
            ['~^domains/life\.example/zimbra(DomainStatus|MailStatus)$~']);
        $this->assertSame(['ann@life.example', 'bob@life.example'], $this->members('team@life.example'), 'a closed domain keeps its lists');

        $this->step('back to the first package (its suspension locks)', fn () => $this->review($id, [], $small),
            ['~^domains/life\.example/zimbraDomainMaxAccounts$~']);
        $this->step('a suspension (locked)', fn () => $this->done('suspend', $id),
            ['~^domains/life\.example/zimbraDomainStatus$~']);
        $this->step('its undoing', fn () => $this->done('unsuspend', $id),
            ['~^domains/life\.example/zimbraDomainStatus$~']);

        $stored = $this->blesta->db['services'][$id];
        $this->step('a downgrade below what is used', function () use ($id, $mailboxes) {
            $errors = (new ClientServices($this->blesta))->review($id, [$mailboxes => '0'], $this->domainPackage(['max_accounts' => '1']));
            $this->assertStringStartsWith('life.example already has 2 mailboxes, more than the new limit of 1.', self::messages($errors));
        });
        $this->assertSame($stored, $this->blesta->db['services'][$id], 'Blesta changed nothing either');

        $this->step('the cancellation', fn () => $this->done('cancel', $id),
            ['~^domains/life\.example/~', '~^accounts/(ann|bob)@life\.example/~', '~^lists/team@life\.example/~']);
        $this->assertSame('canceled', $this->blesta->Services->get($id)->status);
    }

    /* ---- a mailbox alone, on a shared domain ---------------------------------------------- */

    public function testAMailboxsLife(): void
    {
        $z = $this->zimbra();
        $z->createDomain('shared.example');
        $staff = $z->createDistributionList('staff@shared.example');
        $all = $z->createDistributionList('all@shared.example');
        $box = $this->mailboxPackage(['mailbox_domain' => 'shared.example', 'mailbox_quota' => '100', 'suspend_mode' => 'closed']);
        $locking = $this->mailboxPackage(['mailbox_domain' => 'shared.example', 'mailbox_quota' => '100', 'suspend_mode' => 'locked']);
        $quota = $this->blesta->PackageOptions->add(['name' => 'zimbra_extra_quota_mb', 'type' => 'select',
            'values' => ['0', '512', '1024'], 'package_ids' => [$box]]);

        // The customer leaves the optional display name blank, as the order form allows.
        $this->step('a pending order', function () use ($box, $quota, &$id) {
            $id = $this->pending($box, ['zimbra_email_local' => 'Jo', 'zimbra_display_name' => '', 'configoptions' => [$quota => '512']]);
            $this->assertNotNull($id, self::messages($this->blesta->Services->errors()));
            $this->lives[] = $id;
        });
        $ordered = $this->fieldsOf($id)['zimbra_password'];
        $this->assertGreaterThanOrEqual(12, strlen($ordered), 'a password is made for the welcome mail');

        $this->step('activation', fn () => $this->assertFalse($this->activate($id)), ['~^accounts/jo@shared\.example/~']);
        $this->assertTrue(self::logsIn('jo@shared.example', $ordered), 'the welcome mail\'s password logs in');

        $this->step('others act: the customer adds an alias and changes the password in webmail; a second admin puts the mailbox in lists',
            function () use ($id, $z, $staff, $all, $ordered) {
                $this->browser->get("/client/services/manage/$id/tabClientSettings/");
                $this->browser->submit('form.add-alias', ['alias_local' => 'jo.alias']);
                $this->assertSame([], $this->browser->response->messages('error'));
                $this->assertTrue(self::changePasswordInWebmail('jo@shared.example', $ordered, 'Webmail-pass-7'));
                $z->addDistributionListMembers($staff->id, ['jo@shared.example', 'jo.alias@shared.example', 'x@other.example']);
                $z->addDistributionListMembers($all->id, ['jo@shared.example']);
            }, ['~^accounts/jo@shared\.example/(zimbraMailAlias|mail)$~', '~^aliases/jo\.alias@shared\.example$~', '~^lists/(staff|all)@~']);

        $this->step('a client-area upgrade: more space', fn () => $this->review($id, [$quota => '1024']),
            ['~^accounts/jo@shared\.example/zimbraMailQuota$~']);
        $this->assertBlesta($id, 'active', $box, ['zimbra_extra_quota_mb' => '1024']);
        $this->assertTrue(self::logsIn('jo@shared.example', 'Webmail-pass-7'), 'the upgrade left the customer\'s password alone');
        $this->assertFalse(self::logsIn('jo@shared.example', $ordered));

        $this->step('an admin edits the display name and the password', function () use ($id, $quota) {
            $this->assertDone($this->blesta->Services->edit($id, ['zimbra_email_local' => 'jo', 'zimbra_display_name' => 'Jo Smith',
                'zimbra_password' => 'Admin-set-pass-3', 'configoptions' => [$quota => '1024']]));
        }, ['~^accounts/jo@shared\.example/(displayName|cn)$~']);
        $this->assertTrue(self::logsIn('jo@shared.example', 'Admin-set-pass-3'));
        $this->assertSame('Admin-set-pass-3', $this->fieldsOf($id)['zimbra_password']);

        $this->step('the usage cron', fn () => $this->cron());

        $this->step('a package change whose package has no quota option', fn () => $this->review($id, [], $locking),
            ['~^accounts/jo@shared\.example/zimbraMailQuota$~']);
        $this->assertBlesta($id, 'active', $locking, []);

        $this->step('a suspension (locked)', fn () => $this->done('suspend', $id),
            ['~^accounts/jo@shared\.example/zimbraAccountStatus$~']);
        $this->assertFalse(self::logsIn('jo@shared.example', 'Admin-set-pass-3'), 'no login while locked');
        $this->assertSame(['jo.alias@shared.example', 'jo@shared.example', 'x@other.example'], $this->members('staff@shared.example'));
        $this->step('its undoing', fn () => $this->done('unsuspend', $id),
            ['~^accounts/jo@shared\.example/zimbraAccountStatus$~']);

        $this->step('back to the first package, whose suspension closes', fn () => $this->review($id, [], $box));
        $this->step('a suspension (closed): Zimbra takes the mailbox out of its lists', fn () => $this->done('suspend', $id),
            ['~^accounts/jo@shared\.example/zimbra(AccountStatus|MailStatus)$~', '~^lists/(staff|all)@shared\.example/members$~']);
        $this->assertSame(['x@other.example'], $this->members('staff@shared.example'));
        $this->step('the usage cron, while suspended', fn () => $this->cron());
        $this->step('a second admin deletes a list meanwhile', fn () => $z->deleteDistributionList($all->id), ['~^lists/all@~']);
        $this->step('its undoing: back in the lists that still exist', fn () => $this->done('unsuspend', $id),
            ['~^accounts/jo@shared\.example/zimbra(AccountStatus|MailStatus)$~', '~^lists/staff@shared\.example/members$~']);
        $this->assertSame(['jo.alias@shared.example', 'jo@shared.example', 'x@other.example'], $this->members('staff@shared.example'));
        $this->assertStringContainsString('all@shared.example', json_encode(array_filter($this->blesta->logs(),
            fn ($l) => str_contains($l[0], 'restore-lists'))), 'the deleted list is named in the module log');
        $this->assertTrue(self::logsIn('jo@shared.example', 'Admin-set-pass-3'));

        $stored = $this->blesta->db['services'][$id];
        $this->step('a downgrade below what is used', function () use ($id) {
            self::control(self::$sim, '/usage', ['account' => 'jo@shared.example', 'bytes' => 80 * self::MB]);
            $small = $this->mailboxPackage(['mailbox_domain' => 'shared.example', 'mailbox_quota' => '50']);
            $errors = (new ClientServices($this->blesta))->review($id, [], $small);
            $this->assertStringStartsWith('jo@shared.example already holds 80 MB, more than the new quota of 50 MB.', self::messages($errors));
        });
        $this->assertSame($stored, $this->blesta->db['services'][$id]);

        $this->step('the cancellation', fn () => $this->done('cancel', $id),
            ['~^accounts/jo@shared\.example/~', '~^aliases/jo\.alias@~', '~^lists/staff@shared\.example/members$~']);
        $this->assertSame(['x@other.example'], $this->members('staff@shared.example'));
    }

    /* ---- a mailbox on a domain service --------------------------------------------------- */

    public function testAMailboxOnADomainServicesLife(): void
    {
        $domain = $this->ordered($this->domainPackage(['max_accounts' => '10']), ['zimbra_domain' => 'team.example']);
        $this->lives[] = $domain;
        $box = $this->mailboxPackage(['mailbox_quota' => '200', 'suspend_mode' => 'closed']);
        $locking = $this->mailboxPackage(['mailbox_quota' => '200', 'suspend_mode' => 'locked']);
        $quota = $this->blesta->PackageOptions->add(['name' => 'zimbra_extra_quota_mb', 'type' => 'quantity', 'min' => 0, 'max' => 4096,
            'package_ids' => [$box]]);
        $z = $this->zimbra();

        $this->step('a pending add-on order', function () use ($box, $quota, $domain, &$id) {
            $id = $this->pending($box, ['zimbra_email_local' => 'ann', 'zimbra_display_name' => 'Ann', 'configoptions' => [$quota => '100']],
                $domain);
            $this->assertNotNull($id, self::messages($this->blesta->Services->errors()));
            $this->lives[] = $id;
        });
        $this->step('activation', fn () => $this->assertFalse($this->activate($id)), ['~^accounts/ann@team\.example/~']);
        $password = $this->fieldsOf($id)['zimbra_password'];

        $this->step('the domain\'s owner makes a list with her; she changes her password in webmail', function () use ($domain, $password) {
            $this->browser->get("/client/services/manage/$domain/tabClientLists/");
            $this->browser->submit('form.create-list', ['local' => 'sales']);
            $this->browser->click('tr.list a.members-link');
            $this->browser->submit('form.add-members', ['members' => 'ann@team.example']);
            $this->assertSame([], $this->browser->response->messages('error'));
            $this->assertTrue(self::changePasswordInWebmail('ann@team.example', $password, 'Her-own-pass-5'));
        }, ['~^lists/sales@team\.example/~']);

        $this->step('a client-area upgrade', fn () => $this->review($id, [$quota => '300']), ['~^accounts/ann@team\.example/zimbraMailQuota$~']);
        $this->assertTrue(self::logsIn('ann@team.example', 'Her-own-pass-5'));

        $this->step('an admin edits the display name and the password', function () use ($id, $quota) {
            $this->assertDone($this->blesta->Services->edit($id, ['zimbra_display_name' => 'Ann Lee', 'zimbra_password' => 'Admin-pass-44',
                'configoptions' => [$quota => '300']]));
        }, ['~^accounts/ann@team\.example/(displayName|cn)$~']);
        $this->assertTrue(self::logsIn('ann@team.example', 'Admin-pass-44'));

        $this->step('a suspension (closed)', fn () => $this->done('suspend', $id),
            ['~^accounts/ann@team\.example/zimbra(AccountStatus|MailStatus)$~', '~^lists/sales@team\.example/members$~']);
        $this->step('its undoing', fn () => $this->done('unsuspend', $id),
            ['~^accounts/ann@team\.example/zimbra(AccountStatus|MailStatus)$~', '~^lists/sales@team\.example/members$~']);
        $this->assertSame(['ann@team.example'], $this->members('sales@team.example'));

        $this->step('a package change whose package has no quota option', fn () => $this->review($id, [], $locking),
            ['~^accounts/ann@team\.example/zimbraMailQuota$~']);
        $this->step('a suspension (locked)', fn () => $this->done('suspend', $id),
            ['~^accounts/ann@team\.example/zimbraAccountStatus$~']);
        $this->step('its undoing', fn () => $this->done('unsuspend', $id),
            ['~^accounts/ann@team\.example/zimbraAccountStatus$~']);

        $stored = $this->blesta->db['services'][$id];
        $this->step('a downgrade below what is used', function () use ($id) {
            self::control(self::$sim, '/usage', ['account' => 'ann@team.example', 'bytes' => 150 * self::MB]);
            $errors = (new ClientServices($this->blesta))->review($id, [], $this->mailboxPackage(['mailbox_quota' => '100']));
            $this->assertStringStartsWith('ann@team.example already holds 150 MB, more than the new quota of 100 MB.', self::messages($errors));
        });
        $this->assertSame($stored, $this->blesta->db['services'][$id]);

        // Blesta cancels the add-on first, then the domain (Services::cancel()).
        $this->step('the domain service is canceled, and its mailbox with it', function () use ($domain) {
            $this->done('cancel', $domain);
        }, ['~^domains/team\.example/~', '~^accounts/ann@team\.example/~', '~^lists/sales@team\.example/~']);
        $this->assertSame(['canceled', 'canceled'], [$this->blesta->Services->get($id)->status, $this->blesta->Services->get($domain)->status]);
        $this->assertNull($z->getDomain('team.example'));
    }
}
