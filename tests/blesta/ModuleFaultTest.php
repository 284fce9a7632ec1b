<?php
/**
 * Faults during each kind of module operation, through Blesta's Services model. Whatever happens,
 * the admin reads a plain message (no class names, traces or XML), Blesta is told "failed" whenever
 * it must not store anything, and a lost reply to a request that is safe to send twice is sent
 * again, so the operation succeeds with Zimbra and Blesta agreeing.
 */
final class ModuleFaultTest extends SimulatorCase
{
    /** @return array{int, Zimbra\Client} the mailbox service, and a client to look at Zimbra */
    private function mailbox(): array
    {
        $this->addServer();
        $z = $this->zimbra();
        $z->createDomain('fault.example');
        $service = $this->ordered($this->mailboxPackage(['mailbox_domain' => 'fault.example', 'mailbox_quota' => '100']),
            ['zimbra_email_local' => 'kim', 'zimbra_password' => 'First-pass-1']);
        return [$service, $z];
    }

    /** What each operation does, and how to read its effect back from Zimbra. */
    private function operations(int $service, Zimbra\Client $z): array
    {
        $id = $this->fieldsOf($service)['zimbra_account_id'];
        // Each change goes to a package with a larger quota than the last: one with the same
        // limits would rightly send nothing.
        $quota = 200;
        $bigger = function () use (&$quota) {
            $quota += 10;
            return $this->mailboxPackage(['mailbox_domain' => 'fault.example', 'mailbox_quota' => (string) $quota]);
        };
        $s = $this->blesta->Services;
        return [
            'suspend' => ['ModifyAccountRequest', fn () => $this->succeeded(fn () => $s->suspend($service)),
                fn () => $z->getAccount($id)->getStatus() === 'closed'],
            'unsuspend' => ['ModifyAccountRequest', fn () => $this->succeeded(fn () => $s->unsuspend($service)),
                fn () => $z->getAccount($id)->getStatus() === 'active'],
            'edit' => ['ModifyAccountRequest', fn ($tag = 'B') => $this->succeeded(fn () => $s->edit($service,
                ['zimbra_display_name' => "Kim $tag", 'use_module' => 'true'])),
                fn ($tag = 'B') => $z->getAccount($id)->getDisplayName() === "Kim $tag"],
            'change package' => ['ModifyAccountRequest', fn () => $this->succeeded(fn () => $s->changePackage($service, $bigger())),
                function () use ($z, $id, &$quota) {
                    return $z->getAccount($id)->getQuota() === $quota * 1048576;
                }],
        ];
    }

    private function assertPlain(string $message): void
    {
        $this->assertNotSame('', $message, 'an error is shown');
        $this->assertDoesNotMatchRegularExpression('/Zimbra\\\\|#\d+ |<\?xml|<soap|Stack trace/', $message, 'no class names, traces or XML');
    }

    public function testAReplyLostOnceIsSentAgainAndBothSidesAgree(): void
    {
        [$service, $z] = $this->mailbox();
        foreach ($this->operations($service, $z) as $label => [$request, $run, $done]) {
            foreach (['reset', 'truncate', 'malformed'] as $kind) {
                self::control(self::$sim, '/fault', ['kind' => $kind, 'on' => $request]);
                $before = $this->requests($request);
                $this->assertTrue($run($kind), "$label/$kind: " . json_encode($this->blesta->Services->errors()));
                $this->assertTrue($done($kind), "$label/$kind: Zimbra has the change Blesta now records");
                $this->assertGreaterThanOrEqual(1, $this->requests($request) - $before, "$label/$kind");
                self::control(self::$sim, '/reset-faults');
            }
        }
        $this->assertStringContainsString('resending', json_encode($this->blesta->logs()), 'the resend is in the module log');
    }

    public function testAReplyLostTwiceIsReportedAndBlestaStoresNothing(): void
    {
        [$service, $z] = $this->mailbox();
        foreach ($this->operations($service, $z) as $label => [$request, $run]) {
            foreach ([['kind' => 'reset'], ['kind' => 'html', 'status' => 503], ['kind' => 'not-soap']] as $fault) {
                $fields = $this->blesta->db['services'][$service];
                self::control(self::$sim, '/fault', $fault + ['on' => $request, 'count' => 2]);
                $result = $run($fault['kind']);
                self::control(self::$sim, '/reset-faults');
                $this->assertFalse($result, "$label/{$fault['kind']}: Blesta is told it failed");
                $this->assertSame($fields, $this->blesta->db['services'][$service], 'nothing stored');
                $message = self::messages($this->blesta->Services->errors());
                $this->assertPlain($message);
                $this->assertStringContainsString('trying again is safe', $message, "$label/{$fault['kind']}: $message");
            }
        }
    }

    public function testAnUnreachableServerIsSaidSoForEveryOperation(): void
    {
        [$service, $z] = $this->mailbox();
        $package = $this->blesta->Services->get($service)->package_id;
        // Saving a package asks Zimbra whether its mailbox domain exists: made while it answers.
        $bigger = $this->mailboxPackage(['mailbox_domain' => 'fault.example', 'mailbox_quota' => '999']);
        $this->setRowMeta(1, 'port', (string) self::closedPort());
        $ops = ['change package' => [null, fn () => $this->succeeded(fn () => $this->blesta->Services->changePackage($service, $bigger))]]
            + $this->operations($service, $z) + [
            'cancel' => [null, fn () => $this->succeeded(fn () => $this->blesta->Services->cancel($service))],
            'add' => [null, fn () => $this->order($package, ['zimbra_email_local' => 'new']) !== null],
        ];
        foreach ($ops as $label => [, $run]) {
            $this->assertFalse($run(), $label);
            $message = self::messages($this->blesta->Services->errors());
            $this->assertPlain($message);
            $this->assertStringStartsWith('The Zimbra server could not be reached', $message, $label);
        }
        $this->assertSame('active', $z->getAccount('kim@fault.example')->getStatus(), 'nothing changed');
        $this->assertNull($z->getAccount('new@fault.example'));
    }

    public function testADeleteWhoseReplyIsLostSaysTheOutcomeIsUnknown(): void
    {
        [$service, $z] = $this->mailbox();
        // Deleting a mailbox is not safe to send twice: a lost reply is reported as such, not resent.
        self::control(self::$sim, '/fault', ['kind' => 'reset', 'on' => 'DeleteAccountRequest']);
        $this->refused('cancel', $service);
        $message = self::messages($this->blesta->Services->errors());
        $this->assertPlain($message);
        $this->assertStringContainsString('not known whether the change was made', $message);
        $this->assertSame(1, $this->requests('DeleteAccountRequest'), 'sent once');
        // It was made (the reply was lost after): cancelling again finds nothing left, and is not an error.
        $this->done('cancel', $service);
        $this->assertNull($z->getAccount('kim@fault.example'));
    }

    /**
     * Issue 23, 4: a mailbox edit completes in Zimbra or leaves it as it was. Quota and display name
     * go in one ModifyAccountRequest; when the password after it fails, the modify is undone, and
     * Blesta, which keeps its old option and fields, still agrees with Zimbra.
     */
    public function testAMailboxEditIsWholeOrNothingInZimbra(): void
    {
        [$service, $z] = $this->mailbox();
        $package = $this->blesta->Services->get($service)->package_id;
        $extra = $this->blesta->PackageOptions->add(['name' => 'zimbra_extra_quota_mb', 'type' => 'quantity', 'min' => 0, 'max' => 1000,
            'package_ids' => [$package]]);
        $id = $this->fieldsOf($service)['zimbra_account_id'];
        $modifies = $this->requests('ModifyAccountRequest');
        $this->assertDone($this->blesta->Services->edit($service, ['zimbra_display_name' => 'Kim A', 'configoptions' => [$extra => '50']]));
        $this->assertSame(1, $this->requests('ModifyAccountRequest') - $modifies, 'quota and name in one request');
        $this->assertSame([150 * 1048576, 'Kim A'], [$z->getAccount($id)->getQuota(), $z->getAccount($id)->getDisplayName()]);

        $stored = $this->blesta->db['services'][$service];
        self::control(self::$sim, '/fault', ['kind' => 'html', 'status' => 503, 'on' => 'SetPasswordRequest', 'count' => 2]);
        $this->assertRefused($this->blesta->Services->edit($service, ['zimbra_display_name' => 'Kim B', 'zimbra_password' => 'Another-pass-9',
            'configoptions' => [$extra => '100']]));
        self::control(self::$sim, '/reset-faults');
        $this->assertStringContainsString('trying again is safe', self::messages($this->blesta->Services->errors()));
        $this->assertSame([150 * 1048576, 'Kim A'], [$z->getAccount($id)->getQuota(), $z->getAccount($id)->getDisplayName()],
            'what the edit changed before the password failed is put back');
        $this->assertSame($stored, $this->blesta->db['services'][$service], 'Blesta keeps the old option and fields');
        $this->assertTrue(self::logsIn('kim@fault.example', 'First-pass-1'));
    }
}
