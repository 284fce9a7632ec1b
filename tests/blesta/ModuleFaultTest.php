<?php
/**
 * Faults during each kind of module operation. Whatever happens, the admin reads a plain
 * message (no class names, traces or XML), Blesta is told "failed" (null) whenever it must not
 * store anything, and a lost reply to a request that is safe to send twice is sent again, so
 * the operation succeeds with Zimbra and Blesta agreeing.
 */
final class ModuleFaultTest extends SimulatorCase
{
    /** @return array{object, object, object} package, service, Zimbra client */
    private function mailbox(): array
    {
        $this->addServer();
        $z = $this->zimbra();
        $z->createDomain('fault.example');
        $package = self::package(['package_type' => 'mailbox', 'mailbox_domain' => 'fault.example', 'cos_id' => '',
            'mailbox_quota' => '100', 'suspend_mode' => 'closed'], 2);
        $fields = $this->module->addService($package, ['zimbra_email_local' => 'kim', 'zimbra_password' => 'First-pass-1',
            'use_module' => 'true']);
        $this->assertNotNull($fields, json_encode($this->module->errors()));
        return [$package, self::service(self::fields($fields)), $z];
    }

    /** What each operation does, and how to read its effect back from Zimbra. */
    private function operations(object $package, object $service, Zimbra\Client $z): array
    {
        $id = self::fields(array_map(fn ($f) => ['key' => $f->key, 'value' => $f->value], $service->fields))['zimbra_account_id'];
        $bigger = self::package(['package_type' => 'mailbox', 'mailbox_domain' => 'fault.example', 'cos_id' => '',
            'mailbox_quota' => '200', 'suspend_mode' => 'closed'], 2);
        return [
            'suspend' => ['SetAccountStatus', 'ModifyAccountRequest', fn () => $this->module->suspendService($package, $service),
                fn () => $z->getAccount($id)->getStatus() === 'closed'],
            'unsuspend' => ['SetAccountStatus', 'ModifyAccountRequest', fn () => $this->module->unsuspendService($package, $service),
                fn () => $z->getAccount($id)->getStatus() === 'active'],
            'edit' => ['ModifyAccount', 'ModifyAccountRequest', fn () => $this->module->editService($package, $service,
                ['zimbra_display_name' => 'Kim B', 'use_module' => 'true']), fn () => $z->getAccount($id)->getDisplayName() === 'Kim B'],
            'change package' => ['ModifyAccount', 'ModifyAccountRequest', fn () => $this->module->changeServicePackage($package, $bigger, $service),
                fn () => $z->getAccount($id)->getQuota() === 200 * 1048576],
        ];
    }

    private static function messages($errors): string
    {
        return implode(' | ', iterator_to_array(new RecursiveIteratorIterator(new RecursiveArrayIterator($errors ?: [])), false));
    }

    private function assertPlain(string $message): void
    {
        $this->assertNotSame('', $message, 'an error is shown');
        $this->assertDoesNotMatchRegularExpression('/Zimbra\\\\|#\d+ |<\?xml|<soap|Stack trace/', $message, 'no class names, traces or XML');
    }

    public function testAReplyLostOnceIsSentAgainAndBothSidesAgree(): void
    {
        [$package, $service, $z] = $this->mailbox();
        foreach ($this->operations($package, $service, $z) as $label => [, $request, $run, $done]) {
            foreach (['reset', 'truncate', 'malformed'] as $kind) {
                self::control(self::$sim, '/fault', ['kind' => $kind, 'on' => $request]);
                $before = self::control(self::$sim, '/stats', null)['requests_by_name'][$request] ?? 0;
                $run();
                $this->assertFalse($this->module->errors(), "$label/$kind: " . json_encode($this->module->errors()));
                $this->assertTrue($done(), "$label/$kind: Zimbra has the change Blesta now records");
                $sent = (self::control(self::$sim, '/stats', null)['requests_by_name'][$request] ?? 0) - $before;
                $this->assertGreaterThanOrEqual(1, $sent, "$label/$kind");
                self::control(self::$sim, '/reset-faults');
            }
        }
        $log = json_encode(Module::$logs);
        $this->assertStringContainsString('resending', $log, 'the resend is in the module log');
    }

    public function testAReplyLostTwiceIsReportedAndBlestaStoresNothing(): void
    {
        [$package, $service, $z] = $this->mailbox();
        foreach ($this->operations($package, $service, $z) as $label => [, $request, $run]) {
            foreach ([['kind' => 'reset'], ['kind' => 'html', 'status' => 503], ['kind' => 'not-soap']] as $fault) {
                self::control(self::$sim, '/fault', $fault + ['on' => $request, 'count' => 2]);
                $result = $run();
                self::control(self::$sim, '/reset-faults');
                $this->assertNull($result, "$label/{$fault['kind']}: Blesta is told it failed");
                $message = self::messages($this->module->errors());
                $this->assertPlain($message);
                $this->assertStringContainsString('trying again is safe', $message, "$label/{$fault['kind']}: $message");
            }
        }
    }

    public function testAnUnreachableServerIsSaidSoForEveryOperation(): void
    {
        [$package, $service, $z] = $this->mailbox();
        $row = $this->module->getModuleRow();
        $row->meta->port = '1';
        $ops = $this->operations($package, $service, $z) + [
            'cancel' => [null, null, fn () => $this->module->cancelService($package, $service), null],
            'add' => [null, null, fn () => $this->module->addService($package, ['zimbra_email_local' => 'new', 'use_module' => 'true']), null],
        ];
        foreach ($ops as $label => [, , $run]) {
            $this->assertNull($run(), $label);
            $message = self::messages($this->module->errors());
            $this->assertPlain($message);
            $this->assertStringStartsWith('The Zimbra server could not be reached', $message, $label);
        }
        $row->meta->port = (string) self::$sim['port'];
        $this->assertSame('active', $z->getAccount('kim@fault.example')->getStatus(), 'nothing changed');
        $this->assertNull($z->getAccount('new@fault.example'));
    }

    public function testACreateInATabWhoseReplyIsLostSaysTheOutcomeIsUnknown(): void
    {
        [$package, $service, $z] = $this->mailbox();
        // Deleting a mailbox is not safe to send twice: a lost reply is reported as such, not resent.
        self::control(self::$sim, '/fault', ['kind' => 'reset', 'on' => 'DeleteAccountRequest']);
        $this->module->cancelService($package, $service);
        $message = self::messages($this->module->errors());
        $this->assertPlain($message);
        $this->assertStringContainsString('not known whether the change was made', $message);
        $this->assertSame(1, self::control(self::$sim, '/stats', null)['requests_by_name']['DeleteAccountRequest'], 'sent once');
        // It was made (the reply was lost after): cancelling again finds nothing left, and is not an error.
        $this->module->cancelService($package, $service);
        $this->assertFalse($this->module->errors());
        $this->assertNull($z->getAccount('kim@fault.example'));
    }
}
