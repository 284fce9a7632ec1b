<?php
/** Packages and the service lifecycle of both products, through Blesta's models, against the simulator. */
final class ServiceLifecycleTest extends SimulatorCase
{
    public function testPackageRules(): void
    {
        $packages = $this->blesta->Packages;
        $id = $packages->add(['meta' => ['package_type' => 'mailbox', 'mailbox_domain' => 'Mail.Example.COM', 'mailbox_quota' => '512']]);
        $this->assertNotNull($id, json_encode($packages->errors()));
        $meta = $packages->get($id)->meta;
        $this->assertSame('mail.example.com', $meta->mailbox_domain);
        $this->assertSame('10', $meta->aggregate_quota);
        $this->assertSame('closed', $meta->suspend_mode);
        $this->assertSame('1', $meta->allow_aliases);
        $cases = [
            [['package_type' => 'server'], 'meta[package_type]'],
            [['aggregate_quota' => '-1'], 'meta[aggregate_quota]'],
            [['max_accounts' => 'many'], 'meta[max_accounts]'],
            [['default_cos' => 'gold'], 'meta[default_cos]'],
            [['mailbox_domain' => 'not a domain'], 'meta[mailbox_domain]'],
            [['mailbox_quota' => '1.5'], 'meta[mailbox_quota]'],
            [['allow_aliases' => 'maybe'], 'meta[allow_aliases]'],
            [['suspend_mode' => 'delete'], 'meta[suspend_mode]'],
        ];
        foreach ($cases as [$meta, $field]) {
            $this->assertNull($packages->add(['meta' => $meta]));
            $this->assertArrayHasKey($field, $packages->errors());
        }
        $this->assertCount(1, $this->blesta->db['packages']);
    }

    public function testPackageFieldsListTheServersCos(): void
    {
        $row = $this->addServer();
        $fields = $this->module(null)->getPackageFields((object) ['module_row' => $row]);
        $cos = $fields->find('meta[default_cos]')->params['options'];
        $this->assertContains('default', $cos);
        $this->assertArrayHasKey('e00428a1-0c00-11d9-836a-000d93afea2a', $cos);
        $this->assertSame('1024', $fields->find('meta[mailbox_quota]')->params['value']);
        $this->assertSame('mailbox', $fields->find('meta[mailbox_quota]')->params['attributes']['data-zimbra-type']);
    }

    public function testDomainLifecycle(): void
    {
        $row = $this->addServer();
        $z = $this->zimbra();
        $package = $this->domainPackage(['aggregate_quota' => '2.5', 'default_cos' => 'e00428a1-0c00-11d9-836a-000d93afea2a']);
        $services = $this->blesta->Services;

        $service = $this->ordered($package, ['zimbra_domain' => 'Shop.Example']);
        $fields = $this->fieldsOf($service);
        $this->assertSame('shop.example', $fields['zimbra_domain']);
        $domain = $z->getDomain('shop.example');
        $this->assertSame($domain->id, $fields['zimbra_domain_id']);
        $this->assertSame((int) (2.5 * 1073741824), $domain->getAggregateQuota());
        $this->assertSame(5, $domain->getMaxAccounts());
        $this->assertSame('e00428a1-0c00-11d9-836a-000d93afea2a', $domain->getDefaultCosId());
        $this->assertSame('1', $this->blesta->ModuleManager->getRowMeta($row)->account_count);

        // The same domain again: the manual's error, nothing created.
        $this->assertNull($this->order($package, ['zimbra_domain' => 'shop.example']));
        $this->assertStringStartsWith('Domain already exists', $services->errors()['zimbra_domain']['exists']);

        $this->done('suspend', $service);
        $this->assertSame('closed', $z->getDomain('shop.example')->getStatus());
        $this->done('unsuspend', $service);
        $this->assertSame('active', $z->getDomain('shop.example')->getStatus());
        $locked = $this->domainPackage(['suspend_mode' => 'locked']);
        $this->assertDone($services->changePackage($service, $locked));
        $this->done('suspend', $service);
        $this->assertSame('locked', $z->getDomain('shop.example')->getStatus());
        $this->done('unsuspend', $service);

        // Package change applies the new limits.
        $this->assertDone($services->changePackage($service, $this->domainPackage(['aggregate_quota' => '50', 'max_accounts' => ''])));
        $domain = $z->getDomain('shop.example');
        $this->assertSame(50 * 1073741824, $domain->getAggregateQuota());
        $this->assertNull($domain->getMaxAccounts());

        // Cancel a populated domain: purged, then deleted.
        $a = $z->createAccount('one@shop.example', null);
        $z->addAccountAlias($a->id, 'alias@shop.example');
        $z->createDistributionList('list@shop.example');
        $this->done('cancel', $service, json_encode($services->errors()));
        $this->assertNull($z->getDomain('shop.example'));
        $this->assertSame('0', $this->blesta->ModuleManager->getRowMeta($row)->account_count);
    }

    public function testCancelIsRetriedAfterAFailure(): void
    {
        $this->addServer();
        $z = $this->zimbra();
        $service = $this->ordered($this->domainPackage(), ['zimbra_domain' => 'retry.example']);
        for ($i = 0; $i < 5; $i++) {
            $z->createAccount("u$i@retry.example", null);
        }
        self::control(self::$sim, '/fault', ['kind' => 'html', 'status' => 503, 'skip' => 4, 'count' => 100]);
        $this->refused('cancel', $service);
        $this->assertStringStartsWith('Cancelling retry.example stopped part-way', $this->blesta->Services->errors()['api']['partial']);
        self::control(self::$sim, '/reset-faults');
        $this->assertNotNull($z->getDomain('retry.example'));  // Blesta keeps the service: nothing claims it is gone
        $this->assertSame('active', $this->blesta->db['services'][$service]['status']);

        $this->done('cancel', $service);
        $this->assertNull($z->getDomain('retry.example'));
    }

    public function testMailboxLifecycle(): void
    {
        $this->addServer();
        $z = $this->zimbra();
        $z->createDomain('mail.example');
        $package = $this->mailboxPackage(['mailbox_domain' => 'mail.example', 'mailbox_quota' => '256']);
        $services = $this->blesta->Services;

        $service = $this->ordered($package, ['zimbra_email_local' => 'John.Smith', 'zimbra_display_name' => 'John Smith']);
        $f = $this->fieldsOf($service);
        $this->assertSame('john.smith@mail.example', $f['zimbra_email']);
        $this->assertGreaterThanOrEqual(12, strlen($f['zimbra_password']));  // generated when blank
        $stored = array_column($this->blesta->db['services'][$service]['fields'], null, 'key');
        $this->assertSame(1, $stored['zimbra_password']['encrypted']);
        $this->assertSame('', $f['zimbra_module_row'], 'on a shared domain: the package\'s server');
        $account = $z->getAccount('john.smith@mail.example');
        $this->assertSame($account->id, $f['zimbra_account_id']);
        $this->assertSame('John Smith', $account->getDisplayName());
        $this->assertSame(256 * 1048576, $account->getQuota());
        $login = new Zimbra\Client(self::$sim['listening'], ['ca_file' => self::$sim['certificate']]);
        $z->modifyAccount($account->id, ['zimbraIsAdminAccount' => true]);
        $login->login('john.smith@mail.example', $f['zimbra_password']);  // the stored password is the real one
        $z->modifyAccount($account->id, ['zimbraIsAdminAccount' => false]);

        $this->assertNull($this->order($package, ['zimbra_email_local' => 'john.smith']));
        $this->assertStringStartsWith('Email address already exists', $services->errors()['zimbra_email']['exists']);

        $this->done('suspend', $service);
        $this->assertSame('closed', $z->getAccount($account->id)->getStatus());
        $this->done('unsuspend', $service);
        $this->assertSame('active', $z->getAccount($account->id)->getStatus());

        $this->assertDone($services->edit($service, ['zimbra_display_name' => 'J. Smith', 'zimbra_password' => 'New-password-1',
            'zimbra_email_local' => 'ignored', 'use_module' => 'true']));
        $this->assertSame('J. Smith', $z->getAccount($account->id)->getDisplayName());
        $this->assertSame('J. Smith', $z->getAccount($account->id)->get('cn'));
        $edited = $this->fieldsOf($service);
        $this->assertSame('john.smith@mail.example', $edited['zimbra_email']);  // no rename
        $this->assertSame('New-password-1', $edited['zimbra_password']);

        $gold = $z->getCos('defaultExternal')->id;
        $this->assertDone($services->changePackage($service, $this->mailboxPackage(['mailbox_domain' => 'mail.example',
            'cos_id' => $gold, 'mailbox_quota' => '2048', 'suspend_mode' => 'locked'])));
        $this->assertSame($gold, $z->getAccount($account->id)->getCosId());
        $this->assertSame(2048 * 1048576, $z->getAccount($account->id)->getQuota());
        $this->done('suspend', $service);
        $this->assertSame('locked', $z->getAccount($account->id)->getStatus());

        $this->done('cancel', $service);
        $this->assertNull($z->getAccount('john.smith@mail.example'));
        // Cancelling again finds nothing to delete, and is not an error.
        $this->done('cancel', $service);
    }

    public function testAMailboxOnADomainServiceLivesOnTheDomainsServer(): void
    {
        $second = self::startSimulator();
        try {
            $first = $this->addServer();
            $other = $this->addServer($this->serverVars($second, ['server_label' => 'Other']));
            $z = $this->zimbra();
            $z->createDomain('package.example');
            $domain = $this->ordered($this->domainPackage([], $other), ['zimbra_domain' => 'parent.example']);
            // The mailbox package names the first server, and a shared domain there.
            $package = $this->mailboxPackage(['mailbox_domain' => 'package.example'], $first);
            $onParent = $this->ordered($package, ['zimbra_email_local' => 'a'], $domain);
            $f = $this->fieldsOf($onParent);
            $this->assertSame('a@parent.example', $f['zimbra_email']);
            $this->assertNotNull($this->zimbra($second)->getAccount('a@parent.example'), 'made on the domain\'s server');
            $this->assertNull($z->getAccount('a@parent.example'));
            $this->assertSame((string) $other, $f['zimbra_module_row']);
            $this->assertSame('a@parent.example', $this->module()->getPackageServiceName($this->blesta->Packages->get($package),
                ['zimbra_email_local' => 'A', 'parent_service_id' => $domain]));
            // Blesta hands later calls the mailbox package's row; the module still goes to the domain's server.
            $this->assertSame($first, $this->blesta->Services->get($onParent)->module_row_id);
            $this->done('suspend', $onParent, json_encode($this->blesta->Services->errors()));
            $this->assertSame('closed', $this->zimbra($second)->getAccount('a@parent.example')->getStatus());
            // Blesta opens no client tab of a suspended service.
            $this->browser->get("/client/services/manage/$onParent/tabClientSettings/");
            $this->assertSame(["/client/services/manage/$onParent/"], [$this->browser->url]);
            $this->assertSame(['That section is not accessible while the service is in a Suspended state.'],
                $this->browser->response->messages('error'));
            $this->done('unsuspend', $onParent);
            $this->assertSame('active', $this->zimbra($second)->getAccount('a@parent.example')->getStatus());
            $this->browser->get("/client/services/manage/$onParent/tabClientSettings/");
            $this->assertTrue($this->browser->has('form.change-password'), 'the tab reads the domain\'s server');

            // Without a parent, the package's Mailbox Domain on the package's server.
            $f = $this->fieldsOf($this->ordered($package, ['zimbra_email_local' => 'b']));
            $this->assertSame('b@package.example', $f['zimbra_email']);
            $this->assertNotNull($z->getAccount('b@package.example'));
            $this->assertNull($this->order($this->mailboxPackage(), ['zimbra_email_local' => 'c']));
            $this->assertArrayHasKey('required', $this->blesta->Services->errors()['parent_service']);
        } finally {
            self::stopSimulator($second);
        }
    }

    /**
     * The client area's upgrade hands back every stored field (§17): one the module would refuse if
     * typed now (a password an older version stored, 6 characters) does not stop an upgrade that
     * does not change it, and is not sent to Zimbra.
     */
    public function testAnUpgradeIsNotRefusedForAFieldItDoesNotChange(): void
    {
        $this->addServer();
        $this->zimbra()->createDomain('old.example');
        $package = $this->mailboxPackage(['mailbox_domain' => 'old.example', 'mailbox_quota' => '100']);
        $more = $this->mailboxPackage(['mailbox_domain' => 'old.example', 'mailbox_quota' => '200']);
        $service = $this->ordered($package, ['zimbra_email_local' => 'old', 'zimbra_password' => 'Long-enough-1']);
        $fields = $this->blesta->Services->get($service)->fields;
        foreach ($fields as $f) {
            $f->value = $f->key === 'zimbra_password' ? 'abc123' : $f->value;
        }
        $this->blesta->Services->setFields($service, array_map(fn ($f) => (array) $f, $fields));
        $passwords = $this->requests('SetPasswordRequest');
        $this->assertTrue((new ClientServices($this->blesta))->review($service, [], $more), self::messages($this->blesta->Services->errors()));
        $this->assertSame(200 * 1048576, $this->zimbra()->getAccount('old@old.example')->getQuota());
        $this->assertSame($passwords, $this->requests('SetPasswordRequest'));
        $this->assertTrue(self::logsIn('old@old.example', 'Long-enough-1'));
    }

    public function testRoleAddressesAreRefusedOnASharedDomainOnly(): void
    {
        $this->addServer();
        $z = $this->zimbra();
        $z->createDomain('shared.example');
        $package = $this->mailboxPackage(['mailbox_domain' => 'shared.example']);
        $before = $this->requests();
        foreach (['postmaster', 'Abuse', 'hostmaster', 'webmaster', 'admin', 'administrator', 'root'] as $local) {
            $this->assertNull($this->order($package, ['zimbra_email_local' => $local]), $local);
            $this->assertStringContainsString('is reserved', $this->blesta->Services->errors()['zimbra_email_local']['reserved']);
        }
        $this->assertSame($before, $this->requests(), 'nothing sent');
        // The admin's own list, from the manage page.
        $this->browser->get(self::MANAGE);
        $this->browser->submit('form.reserved-form', ['reserved_local_parts' => 'billing']);
        $this->assertNull($this->order($package, ['zimbra_email_local' => 'billing']));
        $this->assertNotNull($this->order($package, ['zimbra_email_local' => 'billy']));
        // On the customer's own domain service, postmaster@ is theirs to make.
        $domain = $this->ordered($this->domainPackage(), ['zimbra_domain' => 'own.example']);
        $this->assertNotNull($this->order($package, ['zimbra_email_local' => 'postmaster'], $domain));
        $this->assertNotNull($z->getAccount('postmaster@own.example'));
    }

    public function testAMailboxPackageIsSavedOnlyWithAMailboxDomainZimbraHas(): void
    {
        $this->addServer();
        $packages = $this->blesta->Packages;
        $meta = ['package_type' => 'mailbox', 'mailbox_domain' => 'later.example', 'mailbox_quota' => '100'];
        $this->assertNull($packages->add(['name' => 'Box', 'module_row' => 1, 'meta' => $meta]));
        $this->assertStringContainsString('later.example does not exist on the Zimbra server Test mail server',
            $packages->errors()['meta[mailbox_domain]']['exists']);
        $this->zimbra()->createDomain('later.example');
        $id = $packages->add(['name' => 'Box', 'module_row' => 1, 'meta' => $meta]);
        $this->assertNotNull($id, json_encode($packages->errors()));

        // An edit that keeps the domain and the server asks Zimbra nothing, so it works while Zimbra is down;
        // one that moves the package to a missing domain is refused, the package unchanged.
        $this->setRowMeta(1, 'port', (string) self::closedPort());
        $this->assertTrue($packages->edit($id, ['module_row' => 1, 'meta' => ['mailbox_quota' => '200'] + $meta]) !== false
            && !$packages->errors(), json_encode($packages->errors()));
        $this->assertSame('200', $packages->get($id)->meta->mailbox_quota);
        $this->assertFalse((bool) $packages->edit($id, ['module_row' => 1, 'meta' => ['mailbox_domain' => 'other.example'] + $meta]));
        $this->assertStringStartsWith('The Zimbra server could not be reached', $packages->errors()['api']['connection']);
        $this->setRowMeta(1, 'port', (string) self::$sim['port']);
        $this->assertFalse((bool) $packages->edit($id, ['module_row' => 1, 'meta' => ['mailbox_domain' => 'other.example'] + $meta]));
        $this->assertArrayHasKey('meta[mailbox_domain]', $packages->errors());
        $this->assertSame('later.example', $packages->get($id)->meta->mailbox_domain);
        // A domain package names no mailbox domain: nothing to check.
        $this->assertNotNull($packages->add(['name' => 'Dom', 'module_row' => 1, 'meta' => ['package_type' => 'domain']]));
    }

    public function testValidationAndManualProvisioning(): void
    {
        $this->addServer();
        $this->zimbra()->createDomain('mail.example');
        $mailbox = $this->mailboxPackage(['mailbox_domain' => 'mail.example']);
        $before = $this->requests();
        foreach (['bad local', 'x+y', '.dot', str_repeat('a', 65), ''] as $local) {
            $this->assertNull($this->order($mailbox, ['zimbra_email_local' => $local]));
            $this->assertArrayHasKey('format', $this->blesta->Services->errors()['zimbra_email_local'], $local);
        }
        $this->assertNull($this->order($mailbox, ['zimbra_email_local' => 'ok', 'zimbra_password' => 'short']));
        $this->assertArrayHasKey('length', $this->blesta->Services->errors()['zimbra_password']);
        $this->assertNull($this->order($this->domainPackage(), ['zimbra_domain' => 'localhost']));
        $this->assertArrayHasKey('format', $this->blesta->Services->errors()['zimbra_domain']);
        $this->assertSame($before, $this->requests(), 'nothing may be sent for bad input');
        $this->assertSame([], $this->blesta->db['services']);

        // use_module false: the fields are kept, no API call.
        $id = $this->order($this->domainPackage(), ['zimbra_domain' => 'Import.Example', 'use_module' => 'false']);
        $this->assertSame('import.example', $this->fieldsOf($id)['zimbra_domain']);
        $this->assertSame($before, $this->requests());
    }

    public function testLogsMaskSecrets(): void
    {
        $this->addServer();
        $this->zimbra()->createDomain('logs.example');
        $service = $this->ordered($this->mailboxPackage(['mailbox_domain' => 'logs.example']),
            ['zimbra_email_local' => 'sec', 'zimbra_password' => 'Marker-Pass-9876']);
        $this->blesta->Services->edit($service, ['zimbra_password' => 'Marker-Pass-5432', 'use_module' => 'true']);
        $logged = json_encode($this->blesta->db['logs']);
        $this->assertStringContainsString('createAccount', $logged);
        $this->assertStringContainsString('setPassword', $logged);
        foreach (['Marker-Pass-9876', 'Marker-Pass-5432', self::PASSWORD] as $secret) {
            $this->assertStringNotContainsString($secret, $logged);
        }
    }

    public function testEmailTagsAndWelcomeEmail(): void
    {
        $tags = $this->module(null)->getEmailTags();
        $this->assertSame(['zimbra_domain', 'zimbra_email', 'zimbra_password', 'zimbra_display_name'], $tags['service']);
        $this->assertContains('package_type', $tags['package']);
        Configure::load('zimbra', BLESTA_ROOT . '/components/modules/zimbra/config');
        $mail = Configure::get('Zimbra.email_templates')['en_us'];
        foreach ($tags['service'] as $tag) {
            if ($tag !== 'zimbra_display_name') {
                $this->assertStringContainsString('{service.' . $tag . '}', $mail['text']);
            }
        }
        // Webmail in the welcome mail is where customers log in: the webmail host, else the mail
        // host, else the admin Hostname. Rendered as Blesta's H2o renders {% if %}/{% else %} and
        // {group.tag} (an empty value is false), for each way a server form may be filled in.
        $render = function (string $template, array $module): string {
            $vars = ['module' => $module, 'service' => ['zimbra_domain' => 'd.example', 'zimbra_email' => '']];
            $innermost = '/\{% if ([\w.]+) %\}((?:(?!\{% if ).)*?)(?:\{% else %\}((?:(?!\{% if ).)*?))?\{% endif %\}/s';
            $value = fn (string $path) => array_reduce(explode('.', $path), fn ($v, $k) => is_array($v) ? ($v[$k] ?? '') : '', $vars);
            do {
                $template = preg_replace_callback($innermost, fn ($m) => $value($m[1]) !== '' ? $m[2] : ($m[3] ?? ''), $template, -1, $n);
            } while ($n);
            return preg_replace_callback('/\{([\w]+\.[\w]+)\}/', fn ($m) => $value($m[1]), $template);
        };
        foreach ([
            [['host_name' => 'admin.internal.example'], 'https://admin.internal.example/'],
            [['host_name' => 'admin.internal.example', 'mx_host' => 'mail.provider.example'], 'https://mail.provider.example/'],
            [['host_name' => 'admin.internal.example', 'mx_host' => 'mail.provider.example', 'webmail_host' => 'webmail.provider.example'],
                'https://webmail.provider.example/'],
        ] as [$module, $url]) {
            $this->assertStringContainsString("Webmail: $url\n", $render($mail['text'], $module));
            $this->assertStringContainsString("<a href=\"$url\">$url</a>", $render($mail['html'], $module));
            $this->assertSame(1, substr_count($render($mail['html'], $module), 'Webmail:'));
            $this->assertStringNotContainsString('{', $render($mail['text'], $module));
        }
        foreach (['host_name', 'webmail_host', 'mx_host'] as $tag) {
            $this->assertContains($tag, $tags['module'], 'each module tag the mail uses is listed for the admin');
        }
        // Every service tag is a field addService stores.
        $this->addServer();
        $this->zimbra()->createDomain('tags.example');
        $f = $this->fieldsOf($this->ordered($this->mailboxPackage(['mailbox_domain' => 'tags.example']), ['zimbra_email_local' => 'tag']));
        foreach ($tags['service'] as $tag) {
            $this->assertArrayHasKey($tag, $f);
        }
    }

    public function testServiceFieldsNamesAndInfo(): void
    {
        $module = $this->module(null);
        $mailbox = $this->blesta->Packages->get($this->mailboxPackage(['mailbox_domain' => 'names.example']));
        $domain = $this->blesta->Packages->get($this->domainPackage());
        $this->assertNotNull($module->getAdminAddFields($mailbox)->find('zimbra_password'));
        $client = $module->getClientAddFields($mailbox);
        $this->assertNull($client->find('zimbra_password'));  // clients set passwords in the self-service tab
        $this->assertNotNull($client->find('zimbra_email_local'));
        $this->assertNotNull($module->getClientAddFields($domain)->find('zimbra_domain'));
        // The name Blesta shows for an order and for a service: the domain, or the mailbox's address.
        $this->assertSame('new.example', $module->getPackageServiceName($domain, ['zimbra_domain' => 'New.Example']));
        $this->assertSame('jo@names.example', $module->getPackageServiceName($mailbox, ['zimbra_email_local' => 'Jo']));
        $this->assertNull($module->getPackageServiceName($mailbox, []));
        $service = (object) ['fields' => [(object) ['key' => 'zimbra_domain', 'value' => '<b>x</b>.example']]];
        $this->assertStringContainsString('&lt;b&gt;x&lt;/b&gt;.example', $module->getAdminServiceInfo($service, $domain));
        $service->fields[] = (object) ['key' => 'zimbra_email', 'value' => 'a@b.example'];
        $this->assertSame('a@b.example', $module->getServiceName($service));
    }
}
