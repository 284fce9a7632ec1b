<?php
/**
 * Issue 24: a hosting company's Zimbra with three mailbox servers behind one admin endpoint
 * (zimbra-admin-soap.md §14), one of them down now and then. The module's tabs show what they
 * can and name the server they cannot read; a limit change either completes or changes nothing;
 * a customer's list of mailboxes never shows Zimbra's own system accounts.
 */
final class MultiServerTest extends SimulatorCase
{
    private Zimbra\Client $z;
    private int $package;
    private int $service;

    public static function setUpBeforeClass(): void
    {
        self::$sim = self::startSimulator(['--mailbox-servers', '3']);
    }

    protected function setUp(): void
    {
        parent::setUp();
        $this->addServer();
        $this->z = $this->zimbra();
        $this->package = $this->domainPackage(['aggregate_quota' => '5', 'max_accounts' => '20', 'mailbox_quota' => '512']);
        $this->service = $this->ordered($this->package, ['zimbra_domain' => 'multi.example']);
        foreach (range(1, 9) as $i) {
            $this->z->createAccount("u$i@multi.example", 'Long-enough-1');
            self::control(self::$sim, '/usage', ['account' => "u$i@multi.example", 'bytes' => $i * 1048576]);
        }
        // A GAL sync account Zimbra keeps inside the customer's domain.
        $this->z->createAccount('galsync@multi.example', 'Long-enough-1', ['zimbraIsSystemResource' => 'TRUE', 'zimbraIsSystemAccount' => 'TRUE']);
    }

    protected function tearDown(): void
    {
        foreach (['mbx2.zimbra.test', 'mbx3.zimbra.test'] as $server) {
            self::control(self::$sim, '/server', ['name' => $server, 'up' => true]);
        }
        parent::tearDown();
    }

    /** The customer's mailboxes on each server: name => server. */
    private function homes(): array
    {
        $homes = [];
        foreach (self::control(self::$sim, '/state', null)['accounts'] as $name => $a) {
            if (preg_match('/^u\d@multi\.example$/', $name)) {
                $homes[$name] = $a['zimbraMailHost'][0];
            }
        }
        return $homes;
    }

    /** A server other than the endpoint's that homes some of the customer's mailboxes. */
    private function busyServer(): string
    {
        $counts = array_count_values(array_filter($this->homes(), fn ($s) => $s !== 'mbx1.zimbra.test'));
        arsort($counts);
        $this->assertNotEmpty($counts, 'the mailboxes are spread over the servers');
        return (string) array_key_first($counts);
    }

    private function tab(string $tab, bool $admin = true): void
    {
        $this->browser->get($admin ? "/admin/clients/servicetab/1/$this->service/$tab/" : "/client/services/manage/$this->service/$tab/");
        $this->assertSame(200, $this->browser->response->status);
    }

    private function down(string $server): void
    {
        self::control(self::$sim, '/server', ['name' => $server, 'up' => false]);
    }

    public function testTheStatisticsTabCountsEveryServerAndNamesOneThatIsDown(): void
    {
        $mb = fn (array $names) => array_sum(array_map(fn ($n) => (int) substr($n, 1, 1), $names));
        $this->tab('tabStats');
        $this->assertSame(sprintf('%.2f GB', 45 * 1048576 / 1073741824), $this->browser->text('td.used'), 'all nine, from three servers');
        $this->assertSame('9', $this->browser->text('td.accounts'), 'the GAL sync account is not the customer\'s');
        $this->assertFalse($this->browser->has('.unreachable'));

        $down = $this->busyServer();
        $up = array_keys(array_filter($this->homes(), fn ($s) => $s !== $down));
        $this->down($down);
        $this->tab('tabStats');
        $this->assertSame([], $this->browser->response->messages('error'), 'the tab is shown, not an error');
        $this->assertSame(sprintf('%.2f GB', $mb(array_map(fn ($n) => explode('@', $n)[0], $up)) * 1048576 / 1073741824), $this->browser->text('td.used'));
        $this->assertSame('9', $this->browser->text('td.accounts'), 'the directory answers on every server');
        $this->assertStringContainsString("leaves out the mailboxes on $down", $this->browser->text('.unreachable'));
        // The customer is told the figure is low, without the server's name.
        $this->tab('tabClientStats', false);
        $this->assertStringContainsString('lower than it is', $this->browser->text('.unreachable'));
        $this->assertStringNotContainsString($down, $this->browser->html());
    }

    public function testTheMailboxesTabListsEveryMailboxAndLeavesSizesItCannotReadUnknown(): void
    {
        $this->tab('tabMailboxes');
        $this->assertSame(9, $this->browser->count('tr.mailbox'), 'no system account in the customer\'s list');
        $this->assertStringNotContainsString('galsync', $this->browser->html());
        $this->assertStringContainsString('4 MB / Unlimited', $this->browser->text('tr.mailbox[data-id="' . $this->z->getAccount('u4@multi.example')->id . '"] td.quota'));

        $down = $this->busyServer();
        $this->down($down);
        $this->tab('tabMailboxes');
        $this->assertSame(9, $this->browser->count('tr.mailbox'), 'the list is the directory\'s');
        foreach ($this->homes() as $name => $server) {
            $id = self::control(self::$sim, '/state', null)['accounts'][$name]['zimbraId'][0];
            $quota = $this->browser->text("tr.mailbox[data-id=\"$id\"] td.quota");
            $size = (int) substr($name, 1, 1);
            $this->assertSame($server === $down ? '? MB / Unlimited' : "$size MB / Unlimited", $quota, $name);
        }
        $this->assertStringContainsString("Sizes shown as ? are on $down", $this->browser->text('.unreachable'));
    }

    public function testALimitChangeCompletesOrChangesNothing(): void
    {
        $services = $this->blesta->Services;
        $domainId = $this->z->getDomain('multi.example')->id;
        $limit = fn () => $this->z->getDomain('multi.example')->getAggregateQuota();
        $smaller = $this->domainPackage(['aggregate_quota' => '2', 'max_accounts' => '20', 'mailbox_quota' => '512']);
        $larger = $this->domainPackage(['aggregate_quota' => '9', 'max_accounts' => '20', 'mailbox_quota' => '512']);
        $down = $this->busyServer();
        $this->down($down);
        // Lowering the storage limit needs what the domain uses on every server: refused, nothing changed.
        $this->assertRefused($services->changePackage($this->service, $smaller));
        $this->assertStringContainsString("mailbox server $down cannot be read now. Nothing was changed",
            self::messages($services->errors()));
        $this->assertSame(5 * 1073741824, $limit());
        $this->assertSame($this->package, $this->blesta->db['services'][$this->service]['package_id'] ?? $this->package);
        // Raising it needs nothing of the servers.
        $this->assertDone($services->changePackage($this->service, $larger));
        $this->assertSame(9 * 1073741824, $limit());
        // Back up: lowering works, since 45 MB fit in 2 GB.
        self::control(self::$sim, '/server', ['name' => $down, 'up' => true]);
        $this->assertDone($services->changePackage($this->service, $smaller));
        $this->assertSame(2 * 1073741824, $limit());
        $this->assertNotEmpty($domainId);
    }
}
