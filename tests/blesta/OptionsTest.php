<?php
/**
 * Configurable options (extra mailboxes and storage on a domain, extra quota on a mailbox): on
 * order, on upgrade and downgrade, on package change, through Blesta's Services model as Blesta 5
 * runs them, against the simulator. Zimbra's limits always equal package + options, and a change
 * below what is already used is refused with nothing changed, on either side.
 */
final class OptionsTest extends SimulatorCase
{
    private const GB = 1073741824;
    private const MB = 1048576;

    /** Quantity options on the packages given, as an admin sets them up; [mailboxes id, storage id]. */
    private function domainOptions(array $packages): array
    {
        $o = $this->blesta->PackageOptions;
        return [
            $o->add(['name' => 'zimbra_extra_mailboxes', 'label' => 'Extra mailboxes', 'type' => 'quantity', 'min' => 0, 'max' => 100,
                'package_ids' => $packages]),
            $o->add(['name' => 'zimbra_extra_storage_gb', 'label' => 'Extra storage (GB)', 'type' => 'quantity', 'min' => 0, 'max' => 50,
                'package_ids' => $packages]),
        ];
    }

    private function limits(string $domain): array
    {
        $d = $this->zimbra()->getDomain($domain);
        return [$d->getMaxAccounts(), $d->getAggregateQuota() / self::GB];
    }

    public function testDomainLimitsArePackagePlusOptionsOnOrderUpgradeAndPackageChange(): void
    {
        $this->addServer();
        $small = $this->domainPackage(['max_accounts' => '5', 'aggregate_quota' => '2']);
        $large = $this->domainPackage(['max_accounts' => '20', 'aggregate_quota' => '10']);
        [$mailboxes, $storage] = $this->domainOptions([$small, $large]);
        $services = $this->blesta->Services;

        $service = $this->ordered($small, ['zimbra_domain' => 'opt.example', 'configoptions' => [$mailboxes => '3', $storage => '2']]);
        $this->assertSame([8, 4], $this->limits('opt.example'));

        // The customer buys more mailboxes in the client area: the form posts every option, the others as they were.
        $this->assertTrue((new ClientServices($this->blesta))->review($service, [$mailboxes => '10']), self::messages($services->errors()));
        $this->assertSame([15, 4], $this->limits('opt.example'), 'the storage option is posted again, so kept');
        $this->assertSame([[$mailboxes, 10], [$storage, 2]], array_map(fn ($o) => [$o->option_id, $o->qty], $services->getOptions($service)));

        // An edit whose options leave storage out: Blesta deletes that option (it is no longer billed),
        // and Zimbra no longer gives the extra storage either (blesta-module.md §17).
        $this->assertDone($services->edit($service, ['configoptions' => [$mailboxes => '10']]));
        $this->assertSame([[$mailboxes, 10]], array_map(fn ($o) => [$o->option_id, $o->qty], $services->getOptions($service)));
        $this->assertSame([15, 2], $this->limits('opt.example'), 'what Blesta bills is what Zimbra gives');

        // A package change keeps the options Blesta keeps, on the new package's limits.
        $this->assertDone($services->changePackage($service, $large), self::messages($services->errors()));
        $this->assertSame([30, 10], $this->limits('opt.example'));

        // An edit that changes nothing of the limits sends no modify.
        $before = $this->requests('ModifyDomainRequest');
        $this->assertDone($services->edit($service, []));
        $this->assertSame($before, $this->requests('ModifyDomainRequest'));

        // A quantity of 0 removes the option: the package's own limit again.
        $this->assertDone($services->edit($service, ['configoptions' => [$mailboxes => '0', $storage => '0']]));
        $this->assertSame([20, 10], $this->limits('opt.example'));
        $this->assertSame([], $services->getOptions($service));
    }

    public function testAPackageChangeThatDropsAnOptionTakesItsExtrasAwayOrIsRefusedBelowUse(): void
    {
        $this->addServer();
        $offered = $this->domainPackage(['max_accounts' => '5', 'aggregate_quota' => '1']);
        $plain = $this->domainPackage(['max_accounts' => '10', 'aggregate_quota' => '1']);
        [$mailboxes] = $this->domainOptions([$offered, $plain]);
        $storage = $this->blesta->PackageOptions->add(['name' => 'zimbra_extra_storage_gb', 'label' => 'Extra storage (GB)',
            'type' => 'quantity', 'min' => 0, 'max' => 50, 'package_ids' => [$offered]]);  // not on the plain package
        $services = $this->blesta->Services;
        $service = $this->ordered($offered, ['zimbra_domain' => 'drop.example', 'configoptions' => [$mailboxes => '1', $storage => '4']]);
        $this->assertSame([6, 5], $this->limits('drop.example'));
        self::control(self::$sim, '/usage', ['account' => $this->zimbra()->createAccount('big@drop.example', 'Long-enough-1')->name,
            'bytes' => 3 * self::GB]);
        $stored = $this->blesta->db['services'][$service];
        $modifies = $this->requests('ModifyDomainRequest');

        // The plain package has no storage option: the client's form cannot post it, so 1 GB would be left for 3 GB used.
        $errors = (new ClientServices($this->blesta))->review($service, [], $plain);
        $this->assertStringStartsWith('drop.example already uses 3 GB, more than the new storage limit of 1 GB. Nothing was changed',
            self::messages($errors));
        $this->assertSame($stored, $this->blesta->db['services'][$service], 'Blesta keeps the package and the options');
        $this->assertSame($modifies, $this->requests('ModifyDomainRequest'), 'nothing sent to change Zimbra');
        $this->assertSame([6, 5], $this->limits('drop.example'));

        // Once the mailbox holds less, the same change goes through and takes the extra storage away.
        self::control(self::$sim, '/usage', ['account' => 'big@drop.example', 'bytes' => (int) (0.5 * self::GB)]);
        $this->assertTrue((new ClientServices($this->blesta))->review($service, [], $plain), self::messages($services->errors()));
        $this->assertSame([[$mailboxes, 1]], array_map(fn ($o) => [$o->option_id, $o->qty], $services->getOptions($service)));
        $this->assertSame($plain, $this->blesta->db['services'][$service]['package_id']);
        $this->assertSame([11, 1], $this->limits('drop.example'), 'Zimbra gives what Blesta bills');
    }

    public function testGoingBelowWhatTheDomainUsesIsRefusedAndNothingChanges(): void
    {
        $this->addServer();
        $package = $this->domainPackage(['max_accounts' => '2', 'aggregate_quota' => '1']);
        $tiny = $this->domainPackage(['max_accounts' => '1', 'aggregate_quota' => '1']);
        [$mailboxes, $storage] = $this->domainOptions([$package, $tiny]);
        $services = $this->blesta->Services;
        $service = $this->ordered($package, ['zimbra_domain' => 'full.example', 'configoptions' => [$mailboxes => '2', $storage => '3']]);
        $z = $this->zimbra();
        foreach (['a', 'b', 'c', 'd'] as $u) {
            $z->createAccount("$u@full.example", 'Long-enough-1');
        }
        self::control(self::$sim, '/usage', ['account' => 'a@full.example', 'bytes' => (int) (2.5 * self::GB)]);
        $stored = $this->blesta->db['services'][$service];
        $modifies = $this->requests('ModifyDomainRequest');

        // 4 mailboxes; 2 + 0 would be fewer.
        $this->assertRefused($services->edit($service, ['configoptions' => [$mailboxes => '0', $storage => '3']]));
        $this->assertSame('full.example already has 4 mailboxes, more than the new limit of 2. Nothing was changed: delete mailboxes first, '
            . 'or keep the larger plan.', self::messages($services->errors()));
        // 2.5 GB used; 1 + 1 GB would be less.
        $this->assertRefused($services->edit($service, ['configoptions' => [$mailboxes => '2', $storage => '1']]));
        $this->assertStringStartsWith('full.example already uses 2.5 GB, more than the new storage limit of 2 GB.', self::messages($services->errors()));
        // An edit that leaves an option out takes it away: refused the same.
        $this->assertRefused($services->edit($service, ['configoptions' => [$mailboxes => '2']]));
        $this->assertStringStartsWith('full.example already uses 2.5 GB, more than the new storage limit of 1 GB.', self::messages($services->errors()));
        // A smaller package, the same.
        $this->assertRefused($services->changePackage($service, $tiny));
        $this->assertStringContainsString('more than the new limit of 3', self::messages($services->errors()));

        $this->assertSame($stored, $this->blesta->db['services'][$service], 'Blesta keeps the package, options and fields');
        $this->assertSame($modifies, $this->requests('ModifyDomainRequest'), 'nothing sent to change Zimbra');
        $this->assertSame([4, 4], $this->limits('full.example'));

        // Down to no less than what is used is allowed.
        $this->assertDone($services->edit($service, ['configoptions' => [$mailboxes => '2', $storage => '2']]), self::messages($services->errors()));
        $this->assertSame([4, 3], $this->limits('full.example'));
    }

    public function testMailboxQuotaIsPackagePlusOptionAndCannotGoBelowTheMailbox(): void
    {
        $this->addServer();
        $this->zimbra()->createDomain('box.example');
        $package = $this->mailboxPackage(['mailbox_domain' => 'box.example', 'mailbox_quota' => '100']);
        $extra = $this->blesta->PackageOptions->add(['name' => 'zimbra_extra_quota_mb', 'label' => 'Extra space', 'type' => 'select',
            'values' => ['0', '512', '1024'], 'package_ids' => [$package]]);
        $services = $this->blesta->Services;
        $service = $this->ordered($package, ['zimbra_email_local' => 'sam', 'configoptions' => [$extra => '512']]);
        $this->assertSame(612 * self::MB, $this->zimbra()->getAccount('sam@box.example')->getQuota());

        $this->assertDone($services->edit($service, ['configoptions' => [$extra => '1024']]));
        $this->assertSame(1124 * self::MB, $this->zimbra()->getAccount('sam@box.example')->getQuota());

        self::control(self::$sim, '/usage', ['account' => 'sam@box.example', 'bytes' => 700 * self::MB]);
        $this->assertRefused($services->edit($service, ['configoptions' => [$extra => '512']]));
        $this->assertSame('sam@box.example already holds 700 MB, more than the new quota of 612 MB. Nothing was changed: free space first, '
            . 'or keep the larger plan.', self::messages($services->errors()));
        $this->assertSame(1124 * self::MB, $this->zimbra()->getAccount('sam@box.example')->getQuota());
        $this->assertSame('1024', $services->getOptions($service)[0]->value);
    }

    public function testValuesTheOptionDoesNotOfferNeverReachZimbra(): void
    {
        $this->addServer();
        $package = $this->domainPackage();
        [$mailboxes] = $this->domainOptions([$package]);
        $text = $this->blesta->PackageOptions->add(['name' => 'zimbra_extra_storage_gb', 'type' => 'text', 'package_ids' => [$package]]);
        $services = $this->blesta->Services;
        $before = $this->requests();

        // Blesta refuses a quantity out of the option's range before calling the module.
        $this->assertNull($this->order($package, ['zimbra_domain' => 'bad.example', 'configoptions' => [$mailboxes => '500']]));
        $this->assertArrayHasKey('configoptions', $services->errors());
        // A free-text option is the module's to check.
        $this->assertNull($this->order($package, ['zimbra_domain' => 'bad.example', 'configoptions' => [$text => 'lots']]));
        $this->assertSame('The configurable option zimbra_extra_storage_gb must be a whole number, 0 or more.',
            self::messages($services->errors()));
        $this->assertSame($before, $this->requests(), 'nothing sent');
        $this->assertNull($this->zimbra()->getDomain('bad.example'));
    }
}
