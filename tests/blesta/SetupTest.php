<?php
/**
 * The customer's first day: "Set up your domain" lists the DNS records from the server's settings,
 * with copy buttons, and asks nothing of Zimbra or of DNS. The settings are checked on the server form.
 */
final class SetupTest extends SimulatorCase
{
    private const SETUP = ['mx_host' => 'Mail.Host.Example.', 'spf_include' => 'spf.host.example', 'autodiscover_host' => '',
        'webmail_host' => 'webmail.host.example'];

    /** @return array<string, array{string, string, string, string}> purpose => [name, type, priority, value] as the page shows them */
    private function records(): array
    {
        $out = [];
        foreach ($this->browser->all('tr.record') as $tr) {
            $cells = [];
            foreach (['name', 'type', 'priority', 'value'] as $class) {
                $cells[] = trim((new DOMXPath($tr->ownerDocument))->query(".//td[@class='$class']", $tr)->item(0)->textContent);
            }
            $out[$tr->getAttribute('data-purpose')] = $cells;
        }
        return $out;
    }

    public function testTheRecordsComeFromTheServerSettingsWithACopyButtonEach(): void
    {
        $row = $this->addServer($this->serverVars(null, self::SETUP));
        $meta = $this->blesta->ModuleManager->getRowMeta($row);
        $this->assertSame(['mail.host.example', 'spf.host.example', '', 'webmail.host.example'],
            [$meta->mx_host, $meta->spf_include, $meta->autodiscover_host, $meta->webmail_host], 'stored lower case, without the root dot');
        $service = $this->ordered($this->domainPackage(), ['zimbra_domain' => 'first.example']);

        $before = $this->requests();
        $this->browser->get("/client/services/manage/$service/tabClientSetup/");
        $this->assertSame($before, $this->requests(), 'nothing asked of Zimbra');
        $this->assertSame([
            'mx' => ['first.example', 'MX', '10', 'mail.host.example.'],
            'spf' => ['first.example', 'TXT', '', 'v=spf1 mx include:spf.host.example ~all'],
            'dmarc' => ['_dmarc.first.example', 'TXT', '', 'v=DMARC1; p=none; rua=mailto:postmaster@first.example'],
            'autodiscover' => ['autodiscover.first.example', 'CNAME', '', 'mail.host.example.'],
            'autodiscover_srv' => ['_autodiscover._tcp.first.example', 'SRV', '', '0 0 443 mail.host.example.'],
            'webmail' => ['webmail.first.example', 'CNAME', '', 'webmail.host.example.'],
        ], $this->records());
        foreach ($this->browser->all('tr.record') as $tr) {
            $value = trim((new DOMXPath($tr->ownerDocument))->query(".//td[@class='value']", $tr)->item(0)->textContent);
            $button = (new DOMXPath($tr->ownerDocument))->query('.//button', $tr)->item(0);
            $this->assertInstanceOf(DOMElement::class, $button);
            $this->assertSame($value, $button->getAttribute('data-copy'), 'the button copies the value shown');
        }
        $this->assertStringContainsString('first.example', $this->browser->text('.zimbra-setup p'));
        $this->assertFalse($this->browser->has('.no-mail-host'));

        // Zimbra down: the page is the same.
        $this->setRowMeta($row, 'port', (string) self::closedPort());
        $this->browser->get("/client/services/manage/$service/tabClientSetup/");
        $this->assertCount(6, $this->records());
    }

    public function testWithoutSettingsTheHostnameServesAndAnAddressIsNeverAnMx(): void
    {
        // The test server's hostname is 127.0.0.1: no name to point an MX or a CNAME at.
        $row = $this->addServer();
        $service = $this->ordered($this->domainPackage(), ['zimbra_domain' => 'bare.example']);
        $this->browser->get("/client/services/manage/$service/tabClientSetup/");
        $this->assertSame(['spf' => ['bare.example', 'TXT', '', 'v=spf1 mx ~all'],
            'dmarc' => ['_dmarc.bare.example', 'TXT', '', 'v=DMARC1; p=none; rua=mailto:postmaster@bare.example']], $this->records());
        $this->assertStringContainsString('has not named its mail server yet', $this->browser->text('.no-mail-host'));

        // A hostname that is a name is the mail host and the autodiscover host; no webmail record.
        $this->setRowMeta($row, 'host_name', 'zimbra.provider.example');
        $this->browser->get("/client/services/manage/$service/tabClientSetup/");
        $records = $this->records();
        $this->assertSame('zimbra.provider.example.', $records['mx'][3]);
        $this->assertSame('0 0 443 zimbra.provider.example.', $records['autodiscover_srv'][3]);
        $this->assertArrayNotHasKey('webmail', $records);
    }

    public function testTheServerFormRefusesAnAddressOrANonName(): void
    {
        foreach (['mx_host' => '192.0.2.7', 'spf_include' => 'not a name', 'autodiscover_host' => 'localhost', 'webmail_host' => '::1'] as $key => $bad) {
            $this->browser->get('/admin/settings/company/modules/addrow/1/');
            $this->browser->submit('form', ['use_ssl' => true] + $this->serverVars(null, [$key => $bad]));
            $this->assertNotSame(self::MANAGE, $this->browser->url, "$key=$bad refused");
            $this->assertArrayHasKey($key, $this->blesta->lastModule?->errors() ?: $this->blesta->ModuleManager->errors(), $key);
        }
        $this->assertSame([], $this->blesta->db['rows']);
    }

    /**
     * Issue 23, 9: a server reached as "localhost" (no mail host set) never gives customers an MX
     * to localhost.; the manage page tells the admin what to fill in instead.
     */
    public function testALocalhostServerGivesNoMxAndTheAdminIsTold(): void
    {
        $row = $this->addServer();
        $service = $this->ordered($this->domainPackage(), ['zimbra_domain' => 'local.example']);
        foreach (['localhost', 'mailhost', 'LOCALHOST'] as $host) {
            $this->setRowMeta($row, 'host_name', $host);
            $this->browser->get("/client/services/manage/$service/tabClientSetup/");
            $this->assertSame(['spf', 'dmarc'], array_keys($this->records()), "$host is no mail host");
            $this->assertStringNotContainsString($host . '.', $this->browser->html());
            $this->assertTrue($this->browser->has('.no-mail-host'));
        }
        $this->browser->get(self::MANAGE);
        $this->assertStringContainsString('fill in "Mail host for MX records"', $this->browser->text('tr.server .no-mail-host'));
        $this->setRowMeta($row, 'mx_host', 'mx.provider.example');
        $this->browser->get(self::MANAGE);
        $this->assertFalse($this->browser->has('tr.server .no-mail-host'));
    }

    /** Issue 23, 15: an SPF include is a domain name, and SPF names often start with an underscore. */
    public function testTheSpfIncludeTakesUnderscores(): void
    {
        $row = $this->addServer($this->serverVars(null, ['spf_include' => '_spf.google.com']));
        $this->assertSame('_spf.google.com', $this->blesta->ModuleManager->getRowMeta($row)->spf_include);
        $service = $this->ordered($this->domainPackage(), ['zimbra_domain' => 'spf.example']);
        $this->browser->get("/client/services/manage/$service/tabClientSetup/");
        $this->assertSame('v=spf1 mx include:_spf.google.com ~all', $this->records()['spf'][3]);
        foreach (['_spf', 'a b.example', '192.0.2.1', 'under_score'] as $bad) {
            $this->browser->get('/admin/settings/company/modules/addrow/1/');
            $this->browser->submit('form', ['use_ssl' => true] + $this->serverVars(null, ['spf_include' => $bad]));
            $this->assertNotSame(self::MANAGE, $this->browser->url, "$bad refused");
        }
    }

    public function testOnlyDomainServicesHaveThePage(): void
    {
        $module = $this->module(null);
        $this->assertArrayHasKey('tabClientSetup', $module->getClientTabs((object) ['meta' => (object) ['package_type' => 'domain']]));
        $this->assertArrayNotHasKey('tabClientSetup', $module->getClientTabs((object) ['meta' => (object) ['package_type' => 'mailbox']]));
        $this->assertArrayNotHasKey('tabClientSetup', $module->getAdminTabs((object) ['meta' => (object) ['package_type' => 'domain']]));
    }
}
