<?php
/**
 * Each admin flow the way Blesta's controllers run it, through its pages and models: servers
 * (add, edit, delete), server groups (add, edit, delete), the module's settings, packages of
 * each kind from the package page, then order, suspend, unsuspend, change package and cancel.
 */
final class AdminFlowTest extends SimulatorCase
{
    /**
     * A first save refused because the certificate did not verify: the form comes back with the
     * password as typed and the server's key in the pin field (the mode left as chosen), so
     * choosing "pinned" and saving again is all it takes.
     */
    public function testARefusedServerFormKeepsThePasswordAndOffersThePin(): void
    {
        $b = $this->browser;
        $b->get('/admin/settings/company/modules/addrow/1/');
        $fields = $this->serverVars(null, ['tls_mode' => 'verify', 'tls_pin' => '']);
        $fields['use_ssl'] = true;
        $b->submit('form', $fields);
        $this->assertStringContainsString('could not be verified', implode(' ', $b->response->messages('error')));
        $this->assertSame('', (string) $b->attr('input[name=admin_password]', 'value'), 'a password is never sent back as text');
        $this->assertStringNotContainsString(self::PASSWORD, $b->html());
        $this->assertTrue($b->has('.zimbra-password-kept'), 'the admin is told the password is kept');
        $this->assertSame(self::PASSWORD, Blesta::decrypt((string) $b->attr('input[name=admin_password_kept]', 'value')),
            'kept sealed with the system key');
        $this->assertSame(self::pinOf(self::$sim), $b->attr('input[name=tls_pin]', 'value'), 'the key is in the pin field');
        $this->assertSame('verify', $b->attr('select[name=tls_mode] option[selected]', 'value'), 'pinning stays the admin\'s choice');
        $this->assertSame([], $this->blesta->db['rows'], 'nothing saved');
        $b->submit('form', ['tls_mode' => 'pin']);
        $this->assertSame(self::MANAGE, $b->url, json_encode($this->blesta->ModuleManager->errors()));
        $this->assertSame(self::pinOf(self::$sim), $this->blesta->ModuleManager->getRowMeta(1)->tls_pin);
        // An edit never sends the stored password back, refused or not.
        $b->click('tr.server a.edit-server');
        $b->submit('form', ['port' => (string) self::closedPort()]);
        $this->assertNotEmpty($b->response->messages('error'));
        $this->assertSame('', (string) $b->attr('input[name=admin_password]', 'value'));
        $this->assertStringNotContainsString(self::PASSWORD, $b->html());
    }

    public function testServersAndGroupsFromTheManagePage(): void
    {
        $b = $this->browser;
        $b->get(self::MANAGE);
        $this->assertTrue($b->has('.first-server'), 'with no server, the page prompts to add the first');
        $this->assertFalse($b->has('table.servers'));
        $b->click('a.add-first-server');
        $this->assertStringEndsWith('/addrow/1', $b->url);
        $fields = $this->serverVars();
        $fields['use_ssl'] = true;
        $b->submit('form', $fields);
        $this->assertSame(self::MANAGE, $b->url);
        $this->assertSame(['The server was successfully added.'], $b->response->messages('success'));
        $this->assertSame(1, $b->count('tr.server'));
        $this->assertSame('Test mail server', $b->text('tr.server .server-label'));
        // Reached as 127.0.0.1 with no mail host: customers' setup tab could show no MX record, and the list says so.
        $this->assertStringContainsString('Mail host for MX records', $b->text('tr.server .no-mail-host'));
        $this->assertSame('0 / unlimited', $b->text('tr.server td.count'), 'Zimbra\'s own domain zimbra.test is no service');

        // Edit: the password is not sent to the browser, and a blank one keeps the stored one.
        $b->click('tr.server a.edit-server');
        $this->assertSame('', $b->attr('input[name=admin_password]', 'value'));
        $this->assertStringNotContainsString(self::PASSWORD, $b->html());
        $b->submit('form', ['server_label' => 'Renamed', 'account_limit' => '50']);
        $this->assertSame(self::MANAGE, $b->url, json_encode($this->blesta->ModuleManager->errors()));
        $meta = $this->blesta->ModuleManager->getRowMeta(1);
        $this->assertSame('Renamed', $meta->server_label);
        $this->assertSame(self::PASSWORD, $meta->admin_password);
        $this->assertSame('0 / 50', $b->text('tr.server td.count'));
        // An edit that fails its connection test changes nothing and says why.
        $b->click('tr.server a.edit-server');
        $b->submit('form', ['admin_password' => 'wrong-password']);
        $this->assertStringEndsWith('/editrow/1/1/', $b->url);
        $this->assertStringContainsString('Authentication failed', implode(' ', $b->response->messages('error')));
        $this->assertSame(self::PASSWORD, $this->blesta->ModuleManager->getRowMeta(1)->admin_password);

        // A second server, then a group of both for round robin.
        $second = $this->addServer($this->serverVars(null, ['server_label' => 'Second']));
        $b->get(self::MANAGE);
        $this->assertTrue($b->has('p.no-groups'));
        $b->click('a.add-group');
        $this->assertSame(['first', 'roundrobin'], array_map(fn ($o) => $o->getAttribute('value'),
            $b->all('select[name=add_order] option')), 'the order options are the module\'s');
        $b->submit('form.group-form', ['name' => 'Mail pool', 'add_order' => 'roundrobin', 'force_limits' => true,
            'module_rows[]' => ['1', (string) $second]]);
        $this->assertSame(self::MANAGE, $b->url, json_encode($this->blesta->ModuleManager->errors()));
        $this->assertSame('Mail pool', $b->text('tr.group td.name'));
        $group = $this->blesta->ModuleManager->getGroup(1);
        $this->assertSame('roundrobin', $group->add_order);
        $this->assertTrue($group->force_limits);
        $this->assertCount(2, $group->rows);
        $b->click('tr.group a.edit-group');
        $b->submit('form.group-form', ['name' => 'Pool A', 'module_rows[]' => ['1']]);
        $this->assertSame('Pool A', $b->text('tr.group td.name'));
        $this->assertCount(1, $this->blesta->ModuleManager->getGroup(1)->rows);
        $b->submit('tr.group form.deletegroup');
        $this->assertSame(['The group was successfully deleted.'], $b->response->messages('success'));
        $this->assertFalse($b->has('tr.group'));

        // Delete the second server.
        $b->submit("tr.server[data-id=$second] form.deleterow");
        $this->assertSame(1, $b->count('tr.server'));
        $this->assertArrayNotHasKey($second, $this->blesta->db['rows']);
        // Every form of the page carried the token; none was refused.
        $this->assertSame([], $b->response->messages('error'));
    }

    public function testSettingsSurviveSavingTheManagePage(): void
    {
        // Meta written earlier (a licence key, on an enforced build) must survive any save of the page.
        $this->blesta->ModuleManager->setMeta(1, [['key' => 'license_key', 'value' => 'KEY-kept', 'encrypted' => 1],
            ['key' => 'license_answer', 'value' => '', 'encrypted' => 0]]);
        $b = $this->browser;
        foreach (['billing, Sales2', "noreply\nbilling"] as $typed) {
            $b->get(self::MANAGE);
            $b->submit('form.reserved-form', ['reserved_local_parts' => $typed]);
            $this->assertSame([], $b->response->messages('error'));
        }
        $meta = $this->blesta->ModuleManager->getMeta(1);
        $this->assertSame('KEY-kept', $meta->license_key, 'saved twice, the key stays');
        $this->assertSame("noreply\nbilling", $meta->reserved_local_parts);
        $stored = array_column($this->blesta->db['module_meta'], null, 'key');
        $this->assertSame(1, $stored['license_key']['encrypted']);
        // A bad entry is refused and nothing changes.
        $b->get(self::MANAGE);
        $b->submit('form.reserved-form', ['reserved_local_parts' => 'ok, not valid!']);
        $this->assertStringContainsString('not valid address local parts: valid!', implode(' ', $b->response->messages('error')));
        $this->assertSame('ok, not valid!', $b->one('textarea[name=reserved_local_parts]')->textContent, 'what was typed is kept');
        $this->assertSame("noreply\nbilling", $this->blesta->ModuleManager->getMeta(1)->reserved_local_parts);
        $this->assertSame('KEY-kept', $this->blesta->ModuleManager->getMeta(1)->license_key);
    }

    public function testPackagesFromThePackagePageAndTheServiceLifecycle(): void
    {
        $this->addServer();
        $z = $this->zimbra();
        $b = $this->browser;

        $b->get('/admin/packages/add/');
        $this->assertSame('domain', $b->attr('select[name="meta[package_type]"] option[selected]', 'value'));
        $types = [];
        foreach ($b->all('[data-zimbra-type]') as $input) {
            $types[$input->getAttribute('data-zimbra-type')][] = $input->getAttribute('name');
        }
        $this->assertSame(['meta[aggregate_quota]', 'meta[max_accounts]', 'meta[default_cos]'], $types['domain']);
        $this->assertSame(['meta[mailbox_domain]', 'meta[cos_id]', 'meta[mailbox_quota]', 'meta[allow_aliases]'], $types['mailbox']);
        $this->assertStringContainsString("getElementById('zimbra_package_type')", $b->html(), 'the script that switches them');
        $this->assertTrue($b->has('select[name="meta[default_cos]"] option[value=e00428a1-0c00-11d9-836a-000d93afea2a]'),
            'the server\'s classes of service are offered');
        $b->submit('form.package-form', ['name' => 'Domain S', 'module_row' => '1', 'meta[aggregate_quota]' => 'lots']);
        $this->assertStringContainsString('aggregate quota', implode(' ', $b->response->messages('error')));
        $b->submit('form.package-form', ['name' => 'Domain S', 'module_row' => '1', 'meta[aggregate_quota]' => '2',
            'meta[max_accounts]' => '3']);
        $this->assertSame('/admin/packages/', $b->url);
        $b->get('/admin/packages/add/');
        $mailboxForm = ['name' => 'Mailbox', 'module_row' => '1', 'meta[package_type]' => 'mailbox',
            'meta[mailbox_domain]' => 'Shared.Example', 'meta[mailbox_quota]' => '300', 'meta[allow_aliases]' => '0'];
        // A mailbox domain Zimbra does not have is refused when the package is saved, not at the first order.
        $b->submit('form.package-form', $mailboxForm);
        $this->assertStringContainsString('The mailbox domain shared.example does not exist on the Zimbra server',
            implode(' ', $b->response->messages('error')));
        $this->assertCount(1, $this->blesta->db['packages'], 'nothing saved');
        $this->assertSame('Shared.Example', $b->attr('input[name="meta[mailbox_domain]"]', 'value'), 'what was typed is kept');
        $z->createDomain('shared.example');
        $b->submit('form.package-form', $mailboxForm);
        [$domainPackage, $mailboxPackage] = [1, 2];
        $this->assertSame('shared.example', $this->blesta->Packages->get($mailboxPackage)->meta->mailbox_domain);
        $this->assertSame('0', $this->blesta->Packages->get($mailboxPackage)->meta->allow_aliases);
        $b->get('/admin/packages/edit/2/');
        $this->assertSame('mailbox', $b->attr('select[name="meta[package_type]"] option[selected]', 'value'));

        // Order a domain, then a mailbox on the shared domain.
        $logins = $this->requests('AuthRequest');
        $searches = $this->requests('SearchDirectoryRequest');
        $domain = $this->ordered($domainPackage, ['zimbra_domain' => 'Flow.Example']);
        $this->assertSame('flow.example', $this->module()->getServiceName($this->blesta->Services->get($domain)));
        $this->assertSame('1', $this->blesta->ModuleManager->getRowMeta(1)->account_count, 'the domain service is counted');
        $this->assertLessThanOrEqual(1, $this->requests('AuthRequest') - $logins, 'the count is kept without a login of its own');
        $this->assertSame($searches, $this->requests('SearchDirectoryRequest'), 'nor a connection test');
        $mailbox = $this->ordered($mailboxPackage, ['zimbra_email_local' => 'Ann', 'zimbra_display_name' => 'Ann']);
        $this->assertSame('ann@shared.example', $this->module()->getServiceName($this->blesta->Services->get($mailbox)));

        // Suspend, unsuspend, change package, cancel.
        $services = $this->blesta->Services;
        $this->done('suspend', $domain);
        $this->assertSame('closed', $z->getDomain('flow.example')->getStatus());
        $this->done('unsuspend', $domain);
        $this->assertSame('active', $z->getDomain('flow.example')->getStatus());
        $bigger = $this->domainPackage(['aggregate_quota' => '20', 'max_accounts' => '']);
        $this->assertDone($services->changePackage($domain, $bigger));
        $this->assertSame(20 * 1073741824, $z->getDomain('flow.example')->getAggregateQuota());
        $this->assertNull($z->getDomain('flow.example')->getMaxAccounts());
        $this->done('cancel', $domain);
        $this->assertNull($z->getDomain('flow.example'));
        $this->assertSame('0', $this->blesta->ModuleManager->getRowMeta(1)->account_count);
        $this->assertSame('canceled', $this->blesta->db['services'][$domain]['status']);
        $this->done('cancel', $mailbox);
        $this->assertNull($z->getAccount('ann@shared.example'));
    }

    public function testAFailedCountIsLoggedAndTheOrderStands(): void
    {
        $this->addServer();
        // A Blesta whose row edits fail (a database error, say): the order goes through, the log says so.
        $this->blesta->moduleClass = get_class(new class extends Zimbra {
            public function editModuleRow($module_row, array &$vars)
            {
                $this->Input->setErrors(['db' => ['down' => 'the database refused the write']]);
            }
        });
        $service = $this->ordered($this->domainPackage(), ['zimbra_domain' => 'counted.example']);
        $this->assertNotNull($this->zimbra()->getDomain('counted.example'));
        $this->assertSame('0', $this->blesta->ModuleManager->getRowMeta(1)->account_count, 'not counted');
        $upkeep = array_values(array_filter($this->blesta->logs(), fn ($l) => $l[0] === '127.0.0.1|row-upkeep'));
        $this->assertCount(1, $upkeep);
        $this->assertStringContainsString('the database refused the write', $upkeep[0][1]);
        $this->assertFalse($upkeep[0][3]);
        $this->assertNotNull($this->blesta->Services->get($service));
    }

    public function testUpkeepCannotBeForgedFromTheServerForm(): void
    {
        $this->addServer();
        $this->browser->get('/admin/settings/company/modules/editrow/1/1/');
        // A crafted edit claiming to be upkeep is an ordinary edit: validated, and refused here.
        $this->browser->post('/admin/settings/company/modules/editrow/1/1/', ['server_label' => 'X', 'host_name' => 'bad host!',
            'zimbra_upkeep' => 'guess']);
        $this->assertArrayHasKey('host_name', $this->blesta->ModuleManager->errors());
        $this->assertSame('Test mail server', $this->blesta->ModuleManager->getRowMeta(1)->server_label);
    }

    public function testRoundRobinAndLimitsAcrossTwoServers(): void
    {
        $second = self::startSimulator();
        try {
            $a = $this->addServer($this->serverVars(null, ['account_limit' => '3']));
            $b = $this->addServer($this->serverVars($second, ['account_limit' => '2']));
            $group = $this->blesta->ModuleManager->addGroup(1, ['name' => 'pool', 'add_order' => 'roundrobin', 'force_limits' => '1',
                'module_rows' => [$a, $b]]);
            $package = $this->domainPackage([], null, $group);
            $placed = [];
            // Zimbra's own domain on each (zimbra.test) is no service: both start at 0.
            for ($i = 0; $i < 5; $i++) {
                $placed[] = $this->blesta->Services->get($this->ordered($package, ['zimbra_domain' => "d$i.example"]))->module_row_id;
            }
            // Round robin alternates by count.
            $this->assertSame([$a, $b, $a, $b, $a], $placed);
            $this->assertNotNull($this->zimbra($second)->getDomain('d1.example'));
            // Now a has 3 (full), b has 2 (full): selectModuleRow() gives 0, Blesta hands the module no
            // row, and the module says so.
            $this->assertNull($this->order($package, ['zimbra_domain' => 'd5.example']));
            $this->assertArrayHasKey('module_row', $this->blesta->Services->errors());
        } finally {
            self::stopSimulator($second);
        }
    }
}
