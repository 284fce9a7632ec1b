<?php
/**
 * Interrupted operations: addService failing at each step, and a domain cancel killed half-way.
 * Afterwards Zimbra and Blesta agree (both have the service, or neither), or the admin's error
 * names exactly what was left in Zimbra.
 */
final class InterruptionTest extends SimulatorCase
{
    private const NOTE = '/"(Provisioned by Blesta: attempt [0-9a-f]{12} at [0-9: -]+ UTC)"/';

    private function domainPackage(): object
    {
        return self::package(['package_type' => 'domain', 'aggregate_quota' => '', 'max_accounts' => '',
            'default_cos' => '', 'suspend_mode' => 'closed']);
    }

    private function mailboxPackage(): object
    {
        return self::package(['package_type' => 'mailbox', 'mailbox_domain' => 'box.example', 'cos_id' => '',
            'mailbox_quota' => '', 'suspend_mode' => 'closed'], 2);
    }

    /** A module whose requests give up after one second, so a slow reply is a timeout. */
    private function impatientModule(): Zimbra
    {
        $module = new class extends Zimbra {
            protected function requestTimeout(): float
            {
                return 1.0;
            }
        };
        Loader::$models['Services']->module = $module;
        return $module;
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
        foreach (['domain', 'mailbox'] as $type) {
            self::control(self::$sim, '/reset');
            $this->module = $this->impatientModule();
            $z = $this->zimbra();
            $z->createDomain('box.example');
            $row = $this->addServer();
            [$package, $vars, $name] = $type === 'domain'
                ? [$this->domainPackage(), ['zimbra_domain' => 'new.example', 'use_module' => 'true'], 'new.example']
                : [$this->mailboxPackage(), ['zimbra_email_local' => 'new', 'use_module' => 'true'], 'new@box.example'];
            if ($faults === null) {
                $row->meta->port = '1';  // nothing listens there
            }
            foreach ($faults ?? [] as $fault) {
                // Aimed at the create (a session kept from an earlier test may skip the login).
                self::control(self::$sim, '/fault', $fault + ['on' => $type === 'domain' ? 'CreateDomainRequest' : 'CreateAccountRequest']);
            }
            $fields = $this->module->addService($package, $vars);
            self::control(self::$sim, '/reset-faults');
            if ($expect === 'told' && $message === 'may still make it') {
                usleep(2_000_000);  // Zimbra finishes what it was doing after we stopped waiting
            }
            $entry = $type === 'domain' ? $z->getDomain($name, ['zimbraNotes']) : $z->getAccount($name, ['zimbraNotes']);
            $errors = self::messages($this->module->errors());

            if ($expect === 'made') {
                $this->assertNotNull($fields, "$type: $errors");
                $this->assertNotNull($entry, "$type: Blesta has the service, Zimbra must too");
                $id = self::fields($fields)[$type === 'domain' ? 'zimbra_domain_id' : 'zimbra_account_id'];
                $this->assertSame($entry->id, $id, "$type: the stored id is Zimbra's");
                continue;
            }
            $this->assertNull($fields, "$type: no service in Blesta");
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
                $this->assertNull($this->module->addService($package, $vars));
                $again = self::messages($this->module->errors());
                $this->assertStringContainsString('made by Blesta', $again);
                $this->assertStringContainsString($m[1], $again);
            }
        }
    }

    /** Every error message, as the admin reads them. */
    private static function messages($errors): string
    {
        return implode(' | ', iterator_to_array(new RecursiveIteratorIterator(new RecursiveArrayIterator($errors ?: [])), false));
    }

    public function testKilledDomainCancelIsFinishedByARetry(): void
    {
        $row = $this->addServer();
        $z = $this->zimbra();
        $package = $this->domainPackage();
        $fields = self::fields($this->module->addService($package, ['zimbra_domain' => 'doomed.example', 'use_module' => 'true']));
        $this->assertSame('2', ModuleManagerStub::instance()->getRowMeta($row->id)->account_count);
        // More mailboxes than one purge page (200), so the deletions take several BatchRequests.
        self::control(self::$sim, '/populate', ['domain' => 'doomed.example', 'count' => 450]);
        $list = $z->createDistributionList('all@doomed.example');
        $z->addDistributionListMembers($list->id, ['user00001@doomed.example']);
        $z->addAccountAlias($z->getAccount('user00002@doomed.example')->id, 'boss@doomed.example');

        // Every request now takes 100 ms, so the cancel is caught in the middle.
        self::control(self::$sim, '/fault', ['kind' => 'delay', 'ms' => 100, 'count' => 100000]);
        $driver = proc_open([PHP_BINARY, '-d', 'extension=' . realpath(__DIR__ . '/../../modules/zimbra.so'),
            __DIR__ . '/cancel-driver.php', (string) self::$sim['port'], self::pinOf(self::$sim), 'doomed.example',
            $fields['zimbra_domain_id']], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $deadline = microtime(true) + 30;
        do {
            usleep(50_000);
            $done = self::control(self::$sim, '/stats', null)['requests_by_name'];
        } while (($done['DeleteAccountRequest'] ?? 0) === 0 && microtime(true) < $deadline);
        proc_terminate($driver, 9);  // SIGKILL: the worker dies mid-cancel
        proc_close($driver);
        self::control(self::$sim, '/reset-faults');

        $state = self::control(self::$sim, '/state', null);
        $left = array_filter(array_keys($state['accounts']), fn ($a) => str_ends_with($a, '@doomed.example'));
        $this->assertArrayHasKey('doomed.example', $state['domains'], 'killed before the end: the domain is still there');
        $this->assertNotEmpty($left, 'killed half-way: some mailboxes are still there');
        $this->assertLessThan(451, count($left), 'killed half-way: some mailboxes are gone');

        // Blesta never heard back, so the service is still active; the admin cancels again.
        $this->module->cancelService($package, self::service($fields));
        $this->assertFalse($this->module->errors(), json_encode($this->module->errors()));
        $state = self::control(self::$sim, '/state', null);
        $this->assertArrayNotHasKey('doomed.example', $state['domains']);
        foreach (['accounts', 'aliases', 'lists'] as $kind) {
            $this->assertSame([], array_values(array_filter(array_keys($state[$kind]), fn ($n) => str_ends_with($n, '@doomed.example'))),
                "no $kind left behind");
        }
        $this->assertSame('1', ModuleManagerStub::instance()->getRowMeta($row->id)->account_count, 'counted down once');
    }
}
