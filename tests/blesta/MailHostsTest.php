<?php
/** ZimbraMailHosts, a plain object: what customers point at, from a server row's settings alone. */
use PHPUnit\Framework\TestCase;

require_once dirname(__DIR__, 2) . '/blesta-module/zimbra/lib/zimbra_mail_hosts.php';

final class MailHostsTest extends TestCase
{
    public function testTheRecordsFollowTheRowsSettings(): void
    {
        $hosts = new ZimbraMailHosts((object) ['host_name' => '10.0.0.5', 'mx_host' => 'mail.host.example',
            'spf_include' => '_spf.host.example', 'autodiscover_host' => '', 'webmail_host' => 'webmail.host.example']);
        $byPurpose = array_column($hosts->records('shop.example'), null, 'purpose');
        $this->assertSame(['mx', 'spf', 'dmarc', 'autodiscover', 'autodiscover_srv', 'webmail'], array_keys($byPurpose));
        $this->assertSame(['shop.example', 'MX', 'mail.host.example.', 10],
            [$byPurpose['mx']['name'], $byPurpose['mx']['type'], $byPurpose['mx']['value'], $byPurpose['mx']['priority']]);
        $this->assertSame('v=spf1 mx include:_spf.host.example ~all', $byPurpose['spf']['value']);
        $this->assertSame('v=DMARC1; p=none; rua=mailto:postmaster@shop.example', $byPurpose['dmarc']['value']);
        $this->assertSame('0 0 443 mail.host.example.', $byPurpose['autodiscover_srv']['value'], 'the mail host, with no autodiscover host');
        $this->assertSame('webmail.host.example', $hosts->webmailHost());
    }

    public function testAnAddressOrABareNameIsNeverAHostCustomersPointAt(): void
    {
        foreach (['127.0.0.1', '::1', 'localhost', 'mailhost'] as $host) {
            $hosts = new ZimbraMailHosts((object) ['host_name' => $host]);
            $this->assertSame('', $hosts->mailHost(), $host);
            $this->assertSame(['spf', 'dmarc'], array_column($hosts->records('x.example'), 'purpose'), $host);
            $this->assertSame($host, $hosts->webmailHost(), 'webmail falls back to the admin Hostname, as the welcome mail does');
        }
        $this->assertSame('zimbra.provider.example', (new ZimbraMailHosts((object) ['host_name' => 'zimbra.provider.example']))->mailHost());
    }

    public function testTheServerFormsRules(): void
    {
        $this->assertTrue(ZimbraMailHosts::isOptionalHostName(''));
        $this->assertTrue(ZimbraMailHosts::isOptionalHostName('mail.example.com'));
        foreach (['192.0.2.7', 'localhost', 'not a name', '_spf.example.com'] as $bad) {
            $this->assertFalse(ZimbraMailHosts::isOptionalHostName($bad), $bad);
        }
        $this->assertTrue(ZimbraMailHosts::isOptionalSpfDomain('_spf.google.com'));
        $this->assertFalse(ZimbraMailHosts::isOptionalSpfDomain('192.0.2.7'));
    }
}
