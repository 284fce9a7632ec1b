<?php
/**
 * Interrupted operations: addService failing at each step, and a domain cancel killed half-way.
 * Afterwards Zimbra and Blesta agree (both have the service, or neither), or the admin's error
 * names exactly what was left in Zimbra.
 */
final class InterruptionTest extends SimulatorCase
{
    private const NOTE = '/"(Provisioned by Blesta: attempt [0-9a-f]{12} at [0-9: -]+ UTC)"/';

    /** A Blesta whose module gives up on a request after one second, so a slow reply is a timeout. */
    private function impatient(): void
    {
        $this->blesta->moduleClass = get_class(new class extends Zimbra {
            protected function requestTimeout(): float
            {
                return 1.0;
            }
        });
    }

    /**
     * Each way a step of addService can fail, with what must follow:
     * made    = the service is added and Zimbra has it (only the reply was lost, or a retry worked);
     * nothing = no service, Zimbra has nothing, and the error says it is safe to try again;
     * told    = no service, Zimbra has it, and the error names it and its notes.
     */
    public static function failures(): array
    {
        return [
            'connection refused' => [null, 'nothing', 'could not be reached'],
            'HTTP 503 before Zimbra ran it' => [[['kind' => 'html', 'status' => 503]], 'nothing', 'safe to try again'],
            'HTTP 429 from the DoS filter' => [[['kind' => 'html', 'status' => 429]], 'nothing', 'safe to try again'],
            'malformed reply, not run' => [[['kind' => 'malformed']], 'nothing', 'safe to try again'],
            'oversized reply, not run' => [[['kind' => 'oversized', 'bytes' => 70 * 1048576]], 'nothing', 'safe to try again'],
            'reset after Zimbra ran it' => [[['kind' => 'reset']], 'made', null],
            'reply cut short after Zimbra ran it' => [[['kind' => 'truncate']], 'made', null],
            'token expired at the create' => [[['kind' => 'expire-tokens']], 'made', null],
            'reply lost, and the check fails too' => [[['kind' => 'reset'], ['kind' => 'html', 'status' => 503, 'on' => 'Get', 'count' => 5]],
                'told', 'cannot be asked now'],
            'slower than the timeout' => [[['kind' => 'delay', 'ms' => 2500]], 'told', 'may still make it'],
        ];
    }

    /** @dataProvider failures */
    public function testAddServiceFailingAtEachStep(?array $faults, string $expect, ?string $message): void
    {
        $this->addServer();
        if ($message === 'may still make it') {
            // Only the timeout case waits less than the module's own 30 s: with one second for every
            // case, a 70 MB oversized reply on a loaded machine became a timeout before it became too big.
            $this->impatient();
        }
        $domainPackage = $this->domainPackage(['aggregate_quota' => '0', 'max_accounts' => '']);
        $z = $this->zimbra();
        $z->createDomain('box.example');
        $mailboxPackage = $this->mailboxPackage(['mailbox_domain' => 'box.example', 'mailbox_quota' => '0']);
        foreach (['domain', 'mailbox'] as $type) {
            $this->setRowMeta(1, 'port', (string) ($faults === null ? self::closedPort() : self::$sim['port']));
            [$package, $vars, $name] = $type === 'domain'
                ? [$domainPackage, ['zimbra_domain' => 'new.example'], 'new.example']
                : [$mailboxPackage, ['zimbra_email_local' => 'new'], 'new@box.example'];
            if ($faults !== null) {
                // A warm worker: its kept session (maybe an earlier test's, whose token the simulator's
                // reset forgot) is logged in again by a harmless call before the faults are placed.
                $this->module()->getPackageFields((object) ['module_row' => 1]);
            }
            foreach ($faults ?? [] as $fault) {
                // Aimed at the create (a session kept from an earlier test may skip the login).
                self::control(self::$sim, '/fault', $fault + ['on' => $type === 'domain' ? 'CreateDomainRequest' : 'CreateAccountRequest']);
            }
            $service = $this->order($package, $vars);
            self::control(self::$sim, '/reset-faults');
            if ($message === 'may still make it') {
                // Zimbra finishes what it was doing after we stopped waiting: wait for that, not for a clock.
                $this->assertTrue(self::control(self::$sim, '/idle', ['timeout' => 120])['idle'], 'the late create finished');
            }
            $entry = $type === 'domain' ? $z->getDomain($name, ['zimbraNotes']) : $z->getAccount($name, ['zimbraNotes']);
            $errors = self::messages($this->blesta->Services->errors());

            if ($expect === 'made') {
                $this->assertNotNull($service, "$type: $errors");
                $this->assertNotNull($entry, "$type: Blesta has the service, Zimbra must too");
                $id = $this->fieldsOf($service)[$type === 'domain' ? 'zimbra_domain_id' : 'zimbra_account_id'];
                $this->assertSame($entry->id, $id, "$type: the stored id is Zimbra's");
                continue;
            }
            $this->assertNull($service, "$type: no service in Blesta");
            $this->assertStringContainsString($message, $errors, "$type: the error says what happened");
            if ($expect === 'nothing') {
                $this->assertNull($entry, "$type: nothing in Zimbra either");
            } else {
                $this->assertNotNull($entry, "$type: Zimbra has it, and the admin is told");
                $this->assertStringContainsString($name, $errors);
                $this->assertMatchesRegularExpression(self::NOTE, $errors);
                preg_match(self::NOTE, $errors, $m);
                $this->assertSame($entry->get('zimbraNotes'), $m[1], "$type: the notes named are the leftover's");

                // Trying again later: the leftover is recognised as Blesta's, with its notes.
                $this->assertNull($this->order($package, $vars));
                $again = self::messages($this->blesta->Services->errors());
                $this->assertStringContainsString('made by Blesta', $again);
                $this->assertStringContainsString($m[1], $again);
            }
        }
    }

    public function testKilledDomainCancelIsFinishedByARetry(): void
    {
        $row = $this->addServer();
        $z = $this->zimbra();
        $service = $this->ordered($this->domainPackage(), ['zimbra_domain' => 'doomed.example']);
        $this->assertSame('1', $this->blesta->ModuleManager->getRowMeta($row)->account_count);
        // More mailboxes than one purge page (200), so the deletions take several BatchRequests.
        self::control(self::$sim, '/populate', ['domain' => 'doomed.example', 'count' => 450]);
        $list = $z->createDistributionList('all@doomed.example');
        $z->addDistributionListMembers($list->id, ['user00001@doomed.example']);
        $z->addAccountAlias($z->getAccount('user00002@doomed.example')->id, 'boss@doomed.example');

        // Every request now takes 100 ms, so the cancel is caught in the middle, in a worker of its own.
        self::control(self::$sim, '/fault', ['kind' => 'delay', 'ms' => 100, 'count' => 100000]);
        $state = tempnam(sys_get_temp_dir(), 'blesta-state-');
        $this->blesta->saveTo($state);
        $driver = proc_open([PHP_BINARY, '-d', 'extension=' . realpath(__DIR__ . '/../../modules/zimbra.so'),
            __DIR__ . '/cancel-driver.php', $state, (string) $service], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        // Killed once the deletions have begun (an event, not a time).
        do {
            usleep(50_000);
            $status = proc_get_status($driver);
        } while ($this->requests('DeleteAccountRequest') === 0 && $status['running']);
        proc_terminate($driver, 9);  // SIGKILL: the worker dies mid-cancel
        proc_close($driver);
        @unlink($state);
        self::control(self::$sim, '/reset-faults');

        $state = self::control(self::$sim, '/state', null);
        $left = array_filter(array_keys($state['accounts']), fn ($a) => str_ends_with($a, '@doomed.example'));
        $this->assertArrayHasKey('doomed.example', $state['domains'], 'killed before the end: the domain is still there');
        $this->assertNotEmpty($left, 'killed half-way: some mailboxes are still there');
        $this->assertLessThan(451, count($left), 'killed half-way: some mailboxes are gone');

        // Blesta never heard back, so the service is still active; the admin cancels again.
        $this->assertSame('active', $this->blesta->db['services'][$service]['status']);
        $this->done('cancel', $service, json_encode($this->blesta->Services->errors()));
        $state = self::control(self::$sim, '/state', null);
        $this->assertArrayNotHasKey('doomed.example', $state['domains']);
        foreach (['accounts', 'aliases', 'lists'] as $kind) {
            $this->assertSame([], array_values(array_filter(array_keys($state[$kind]), fn ($n) => str_ends_with($n, '@doomed.example'))),
                "no $kind left behind");
        }
        $this->assertSame('0', $this->blesta->ModuleManager->getRowMeta($row)->account_count, 'counted down once');
    }
}
