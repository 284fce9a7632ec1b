<?php
/** Packages and the service lifecycle of both products, against the simulator. */
final class ServiceLifecycleTest extends SimulatorCase
{
    private function domainPackage(array $meta = []): object
    {
        return self::package($meta + ['package_type' => 'domain', 'aggregate_quota' => '10', 'max_accounts' => '5',
            'default_cos' => '', 'suspend_mode' => 'closed']);
    }

    private function mailboxPackage(array $meta = []): object
    {
        return self::package($meta + ['package_type' => 'mailbox', 'mailbox_domain' => '', 'cos_id' => '',
            'mailbox_quota' => '1024', 'suspend_mode' => 'closed'], 2);
    }

    public function testPackageRules(): void
    {
        $ok = $this->module->addPackage(['meta' => ['package_type' => 'mailbox', 'mailbox_domain' => 'Mail.Example.COM',
            'mailbox_quota' => '512']]);
        $this->assertFalse($this->module->errors());
        $meta = self::fields($ok);
        $this->assertSame('mail.example.com', $meta['mailbox_domain']);
        $this->assertSame('10', $meta['aggregate_quota']);
        $this->assertSame('closed', $meta['suspend_mode']);
        $cases = [
            [['package_type' => 'server'], 'meta[package_type]'],
            [['aggregate_quota' => '-1'], 'meta[aggregate_quota]'],
            [['max_accounts' => 'many'], 'meta[max_accounts]'],
            [['default_cos' => 'gold'], 'meta[default_cos]'],
            [['mailbox_domain' => 'not a domain'], 'meta[mailbox_domain]'],
            [['mailbox_quota' => '1.5'], 'meta[mailbox_quota]'],
            [['suspend_mode' => 'delete'], 'meta[suspend_mode]'],
        ];
        foreach ($cases as [$meta, $field]) {
            $this->assertNull($this->module->addPackage(['meta' => $meta]));
            $this->assertArrayHasKey($field, $this->module->errors());
        }
    }

    public function testPackageFieldsListTheServersCos(): void
    {
        $row = $this->addServer();
        $fields = $this->module->getPackageFields((object) ['module_row' => $row->id]);
        $cos = $fields->find('meta[default_cos]')->params['options'];
        $this->assertContains('default', $cos);
        $this->assertArrayHasKey('e00428a1-0c00-11d9-836a-000d93afea2a', $cos);
        $this->assertSame('1024', $fields->find('meta[mailbox_quota]')->params['value']);
    }

    public function testDomainLifecycle(): void
    {
        $row = $this->addServer();
        $z = $this->zimbra();
        $package = $this->domainPackage(['aggregate_quota' => '2.5', 'default_cos' => 'e00428a1-0c00-11d9-836a-000d93afea2a']);

        $fields = $this->module->addService($package, ['zimbra_domain' => 'Shop.Example', 'use_module' => 'true']);
        $this->assertFalse($this->module->errors(), json_encode($this->module->errors()));
        $fields = self::fields($fields);
        $this->assertSame('shop.example', $fields['zimbra_domain']);
        $domain = $z->getDomain('shop.example');
        $this->assertSame($domain->id, $fields['zimbra_domain_id']);
        $this->assertSame((int) (2.5 * 1073741824), $domain->getAggregateQuota());
        $this->assertSame(5, $domain->getMaxAccounts());
        $this->assertSame('e00428a1-0c00-11d9-836a-000d93afea2a', $domain->getDefaultCosId());
        $this->assertSame('2', ModuleManagerStub::instance()->getRowMeta($row->id)->account_count);

        // The same domain again: the manual's error, nothing created.
        $this->assertNull($this->module->addService($package, ['zimbra_domain' => 'shop.example', 'use_module' => 'true']));
        $this->assertStringStartsWith('Domain already exists', $this->module->errors()['zimbra_domain']['exists']);

        $service = self::service($fields);
        $this->module->suspendService($package, $service);
        $this->assertSame('closed', $z->getDomain('shop.example')->getStatus());
        $this->module->unsuspendService($package, $service);
        $this->assertSame('active', $z->getDomain('shop.example')->getStatus());
        $locked = $this->domainPackage(['suspend_mode' => 'locked']);
        $this->module->suspendService($locked, $service);
        $this->assertSame('locked', $z->getDomain('shop.example')->getStatus());
        $this->module->unsuspendService($locked, $service);

        // Package change applies the new limits.
        $bigger = $this->domainPackage(['aggregate_quota' => '50', 'max_accounts' => '']);
        $this->module->changeServicePackage($package, $bigger, $service);
        $this->assertFalse($this->module->errors());
        $domain = $z->getDomain('shop.example');
        $this->assertSame(50 * 1073741824, $domain->getAggregateQuota());
        $this->assertNull($domain->getMaxAccounts());

        // Cancel a populated domain: purged, then deleted.
        $a = $z->createAccount('one@shop.example', null);
        $z->addAccountAlias($a->id, 'alias@shop.example');
        $z->createDistributionList('list@shop.example');
        $this->module->cancelService($package, $service);
        $this->assertFalse($this->module->errors(), json_encode($this->module->errors()));
        $this->assertNull($z->getDomain('shop.example'));
        $this->assertSame('1', ModuleManagerStub::instance()->getRowMeta($row->id)->account_count);
    }

    public function testCancelIsRetriedAfterAFailure(): void
    {
        $this->addServer();
        $z = $this->zimbra();
        $package = $this->domainPackage();
        $fields = self::fields($this->module->addService($package, ['zimbra_domain' => 'retry.example', 'use_module' => 'true']));
        for ($i = 0; $i < 5; $i++) {
            $z->createAccount("u$i@retry.example", null);
        }
        self::control(self::$sim, '/fault', ['kind' => 'html', 'status' => 503, 'skip' => 4, 'count' => 100]);
        $this->module->cancelService($package, self::service($fields));
        $this->assertStringStartsWith('Cancelling retry.example stopped part-way', $this->module->errors()['api']['partial']);
        self::control(self::$sim, '/reset-faults');
        $this->assertNotNull($z->getDomain('retry.example'));  // Blesta keeps the service: nothing claims it is gone

        $this->module->cancelService($package, self::service($fields));
        $this->assertFalse($this->module->errors());
        $this->assertNull($z->getDomain('retry.example'));
    }

    public function testMailboxLifecycle(): void
    {
        $this->addServer();
        $z = $this->zimbra();
        $z->createDomain('mail.example');
        $package = $this->mailboxPackage(['mailbox_domain' => 'mail.example', 'mailbox_quota' => '256']);

        $fields = $this->module->addService($package, ['zimbra_email_local' => 'John.Smith', 'zimbra_display_name' => 'John Smith',
            'use_module' => 'true']);
        $this->assertFalse($this->module->errors(), json_encode($this->module->errors()));
        $f = self::fields($fields);
        $this->assertSame('john.smith@mail.example', $f['zimbra_email']);
        $this->assertGreaterThanOrEqual(12, strlen($f['zimbra_password']));  // generated when blank
        $this->assertSame(1, array_column($fields, 'encrypted', 'key')['zimbra_password']);
        $account = $z->getAccount('john.smith@mail.example');
        $this->assertSame($account->id, $f['zimbra_account_id']);
        $this->assertSame('John Smith', $account->getDisplayName());
        $this->assertSame(256 * 1048576, $account->getQuota());
        $login = new Zimbra\Client(self::$sim['listening'], ['ca_file' => self::$sim['certificate']]);
        $z->modifyAccount($account->id, ['zimbraIsAdminAccount' => true]);
        $login->login('john.smith@mail.example', $f['zimbra_password']);  // the stored password is the real one
        $z->modifyAccount($account->id, ['zimbraIsAdminAccount' => false]);

        $this->assertNull($this->module->addService($package, ['zimbra_email_local' => 'john.smith', 'use_module' => 'true']));
        $this->assertStringStartsWith('Email address already exists', $this->module->errors()['zimbra_email']['exists']);

        $service = self::service($f);
        $this->module->suspendService($package, $service);
        $this->assertSame('closed', $z->getAccount($account->id)->getStatus());
        $this->module->unsuspendService($package, $service);
        $this->assertSame('active', $z->getAccount($account->id)->getStatus());
        $this->module->suspendService($this->mailboxPackage(['suspend_mode' => 'locked']), $service);
        $this->assertSame('locked', $z->getAccount($account->id)->getStatus());

        $edited = self::fields($this->module->editService($package, $service, ['zimbra_display_name' => 'J. Smith',
            'zimbra_password' => 'New-password-1', 'zimbra_email_local' => 'ignored', 'use_module' => 'true']));
        $this->assertFalse($this->module->errors());
        $this->assertSame('J. Smith', $z->getAccount($account->id)->getDisplayName());
        $this->assertSame('J. Smith', $z->getAccount($account->id)->get('cn'));
        $this->assertSame('john.smith@mail.example', $edited['zimbra_email']);  // no rename
        $this->assertSame('New-password-1', $edited['zimbra_password']);

        $gold = $z->getCos('defaultExternal')->id;
        $this->module->changeServicePackage($package, $this->mailboxPackage(['cos_id' => $gold, 'mailbox_quota' => '2048']), $service);
        $this->assertSame($gold, $z->getAccount($account->id)->getCosId());
        $this->assertSame(2048 * 1048576, $z->getAccount($account->id)->getQuota());

        $this->module->cancelService($package, $service);
        $this->assertFalse($this->module->errors());
        $this->assertNull($z->getAccount('john.smith@mail.example'));
        // Cancelling again finds nothing to delete, and is not an error.
        $this->module->cancelService($package, self::service(['zimbra_email' => 'john.smith@mail.example']));
        $this->assertFalse($this->module->errors());
    }

    public function testMailboxDomainComesFromTheParentServiceFirst(): void
    {
        $this->addServer();
        $z = $this->zimbra();
        $z->createDomain('parent.example');
        $z->createDomain('package.example');
        $package = $this->mailboxPackage(['mailbox_domain' => 'package.example']);
        $parent = self::service(['zimbra_domain' => 'parent.example', 'zimbra_domain_id' => 'x']);
        $f = self::fields($this->module->addService($package, ['zimbra_email_local' => 'a', 'use_module' => 'true'], null, $parent));
        $this->assertSame('a@parent.example', $f['zimbra_email']);
        $f = self::fields($this->module->addService($package, ['zimbra_email_local' => 'b', 'use_module' => 'true']));
        $this->assertSame('b@package.example', $f['zimbra_email']);
        $this->assertNull($this->module->addService($this->mailboxPackage(), ['zimbra_email_local' => 'c', 'use_module' => 'true']));
        $this->assertArrayHasKey('required', $this->module->errors()['parent_service']);
    }

    public function testValidationAndManualProvisioning(): void
    {
        $this->addServer();
        $before = self::control(self::$sim, '/stats', null)['requests'];
        $mailbox = $this->mailboxPackage(['mailbox_domain' => 'mail.example']);
        foreach (['bad local', 'x+y', '.dot', str_repeat('a', 65), ''] as $local) {
            $this->assertNull($this->module->addService($mailbox, ['zimbra_email_local' => $local, 'use_module' => 'true']));
            $this->assertArrayHasKey('format', $this->module->errors()['zimbra_email_local'], $local);
        }
        $this->assertNull($this->module->addService($mailbox, ['zimbra_email_local' => 'ok', 'zimbra_password' => 'short',
            'use_module' => 'true']));
        $this->assertArrayHasKey('length', $this->module->errors()['zimbra_password']);
        $this->assertNull($this->module->addService($this->domainPackage(), ['zimbra_domain' => 'localhost', 'use_module' => 'true']));
        $this->assertArrayHasKey('format', $this->module->errors()['zimbra_domain']);
        $this->assertSame($before, self::control(self::$sim, '/stats', null)['requests'], 'nothing may be sent for bad input');

        // use_module false: the fields are kept, no API call.
        $f = self::fields($this->module->addService($this->domainPackage(), ['zimbra_domain' => 'Import.Example', 'use_module' => 'false']));
        $this->assertSame('import.example', $f['zimbra_domain']);
        $this->assertSame($before, self::control(self::$sim, '/stats', null)['requests']);
    }

    public function testLogsMaskSecrets(): void
    {
        $this->addServer();
        $this->zimbra()->createDomain('logs.example');
        $package = $this->mailboxPackage(['mailbox_domain' => 'logs.example']);
        $f = self::fields($this->module->addService($package, ['zimbra_email_local' => 'sec', 'zimbra_password' => 'Marker-Pass-9876',
            'use_module' => 'true']));
        $this->module->editService($package, self::service($f), ['zimbra_password' => 'Marker-Pass-5432', 'use_module' => 'true']);
        $logged = json_encode(Module::$logs);
        $this->assertStringContainsString('createAccount', $logged);
        $this->assertStringContainsString('setPassword', $logged);
        foreach (['Marker-Pass-9876', 'Marker-Pass-5432', self::PASSWORD] as $secret) {
            $this->assertStringNotContainsString($secret, $logged);
        }
    }

    public function testEmailTagsAndWelcomeEmail(): void
    {
        $tags = $this->module->getEmailTags();
        $this->assertSame(['zimbra_domain', 'zimbra_email', 'zimbra_password', 'zimbra_display_name'], $tags['service']);
        $this->assertContains('package_type', $tags['package']);
        Configure::load('zimbra', BLESTA_ROOT . '/components/modules/zimbra/config');
        $mail = Configure::get('Zimbra.email_templates')['en_us'];
        foreach ($tags['service'] as $tag) {
            if ($tag !== 'zimbra_display_name') {
                $this->assertStringContainsString('{service.' . $tag . '}', $mail['text']);
            }
        }
        $this->assertStringContainsString('{module.host_name}', $mail['html']);
        // Every service tag is a field addService stores.
        $this->addServer();
        $this->zimbra()->createDomain('tags.example');
        $f = self::fields($this->module->addService($this->mailboxPackage(['mailbox_domain' => 'tags.example']),
            ['zimbra_email_local' => 'tag', 'use_module' => 'true']));
        foreach ($tags['service'] as $tag) {
            $this->assertArrayHasKey($tag, $f);
        }
    }

    public function testServiceFieldsAndInfo(): void
    {
        $admin = $this->module->getAdminAddFields($this->mailboxPackage());
        $client = $this->module->getClientAddFields($this->mailboxPackage());
        $this->assertNotNull($admin->find('zimbra_password'));
        $this->assertNull($client->find('zimbra_password'));  // clients set passwords in the self-service tab
        $this->assertNotNull($client->find('zimbra_email_local'));
        $this->assertNotNull($this->module->getClientAddFields($this->domainPackage())->find('zimbra_domain'));
        $html = $this->module->getAdminServiceInfo(self::service(['zimbra_domain' => '<b>x</b>.example']), $this->domainPackage());
        $this->assertStringContainsString('&lt;b&gt;x&lt;/b&gt;.example', $html);
        $this->assertSame('a@b.example', $this->module->getServiceName(self::service(['zimbra_domain' => 'b.example', 'zimbra_email' => 'a@b.example'])));
    }

    public function testRoundRobinAndDomainLimitAcrossTwoServers(): void
    {
        $second = self::startSimulator();
        try {
            ModuleManagerStub::instance()->addGroup(7, 'roundrobin', true);
            $a = $this->addServer($this->serverVars(null, ['account_limit' => '3']), 7);
            $b = $this->addServer($this->serverVars($second, ['account_limit' => '2']), 7);
            $package = $this->domainPackage();
            $placed = [];
            for ($i = 0; $i < 3; $i++) {
                $rowId = $this->module->selectModuleRow(7);
                $this->assertNotNull($rowId);
                $this->module->setModuleRow(ModuleManagerStub::instance()->getRow($rowId));
                $this->module->addService($package, ['zimbra_domain' => "d$i.example", 'use_module' => 'true']);
                $this->assertFalse($this->module->errors());
                $placed[] = $rowId;
            }
            // Each server starts with its admin domain (count 1); round robin alternates by count.
            $this->assertSame([$a->id, $b->id, $a->id], $placed);
            // Now a has 3 (full), b has 2 (full): nothing left.
            $this->assertNull($this->module->selectModuleRow(7));
        } finally {
            self::stopSimulator($second);
        }
    }
}
