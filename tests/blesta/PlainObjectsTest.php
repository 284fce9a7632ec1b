<?php
/**
 * The module's plain classes alone: no Blesta model, no simulator, no module object. What they
 * decide (errors, limits, which fields an edit changes, recorded figures) is checked directly;
 * the harness suites check them again inside Blesta's flows.
 */
use PHPUnit\Framework\TestCase;

foreach (['failure', 'connection', 'fields', 'rules', 'limits', 'suspension', 'service_form', 'usage_record'] as $file) {
    require_once dirname(__DIR__, 2) . '/blesta-module/zimbra/lib/zimbra_' . $file . '.php';
}

final class PlainObjectsTest extends TestCase
{
    public static function setUpBeforeClass(): void
    {
        Language::loadLang('zimbra', null, dirname(__DIR__, 2) . '/blesta-module/zimbra/language/');
    }

    public function testAFailureIsItsErrorsAndItsCause(): void
    {
        $cause = new Zimbra\TransportException('connection refused');
        $failure = ZimbraFailure::of('api', 'api.connection', ['connection refused'], $cause);
        $this->assertSame(['api' => ['connection' => 'The Zimbra server could not be reached: connection refused']], $failure->errors);
        $this->assertSame($cause, $failure->cause());
        $this->assertSame('The Zimbra server could not be reached: connection refused', $failure->getMessage());
        $told = $failure->withErrors(['zimbra_email' => ['exists' => 'taken'], 'api' => ['late' => 'later']]);
        $this->assertSame($cause, $told->cause(), 'told differently, the cause stays');
        $this->assertSame('taken later', $told->sentence());
        $this->assertNull(ZimbraFailure::of('license_key', 'license_key.empty')->cause(), 'the module stopped on its own');
    }

    public function testAnythingThrownBecomesAFailureAnAdminCanActOn(): void
    {
        $same = ZimbraFailure::of('confirm', 'confirm.required');
        $this->assertSame($same, ZimbraFailure::from($same));
        $down = ZimbraFailure::from(new Zimbra\TransportException('timed out'));
        $this->assertSame(['api' => ['connection' => 'The Zimbra server could not be reached: timed out']], $down->errors);
        $refused = ZimbraFailure::from(new Zimbra\ValidationException('bad name'));
        $this->assertSame(['api' => ['result' => 'Zimbra refused the request: bad name (Zimbra\ValidationException).']], $refused->errors);
        $bug = ZimbraFailure::from(new \TypeError('oops'));
        $this->assertSame(['api' => ['internal' => 'The Zimbra module failed unexpectedly: oops']], $bug->errors);
        $this->assertInstanceOf(\TypeError::class, $bug->cause());
        $fault = new Zimbra\FaultException('no such domain');
        (new ReflectionProperty(Zimbra\FaultException::class, 'faultCode'))->setValue($fault, 'account.DOMAIN_EXISTS');
        $this->assertTrue(ZimbraFailure::from($fault)->isFault('account.ACCOUNT_EXISTS', 'account.DOMAIN_EXISTS'));
        $this->assertFalse(ZimbraFailure::from($fault)->isFault('account.ACCOUNT_EXISTS'));
        $this->assertFalse($down->isFault('account.DOMAIN_EXISTS'), 'not a fault at all');
    }

    public function testLimitsArePackagePlusOptionsAndUnlimitedStaysUnlimited(): void
    {
        $package = (object) ['meta' => (object) ['aggregate_quota' => '2.5', 'max_accounts' => '10', 'default_cos' => 'c0s',
            'mailbox_quota' => '1024', 'cos_id' => '']];
        $extras = ZimbraLimits::extras(['zimbra_extra_mailboxes' => ' 5 ', 'zimbra_extra_storage_gb' => '1'], true);
        $this->assertSame(['zimbra_extra_mailboxes' => 5, 'zimbra_extra_storage_gb' => 1], $extras);
        $this->assertSame(['zimbraDomainAggregateQuota' => (int) (3.5 * ZimbraLimits::GB), 'zimbraDomainMaxAccounts' => 15,
            'zimbraDomainDefaultCOSId' => 'c0s'], ZimbraLimits::domainAttrs($package, $extras));
        $unlimited = (object) ['meta' => (object) ['aggregate_quota' => '0', 'max_accounts' => '', 'mailbox_quota' => '0']];
        $this->assertSame(['zimbraDomainAggregateQuota' => 0, 'zimbraDomainMaxAccounts' => '', 'zimbraDomainDefaultCOSId' => ''],
            ZimbraLimits::domainAttrs($unlimited, $extras), 'options add to a limit, never make one');
        $this->assertSame(['zimbraMailQuota' => 1124 * ZimbraLimits::MB, 'zimbraCOSId' => ''],
            ZimbraLimits::mailboxLimitAttrs($package, ZimbraLimits::extras(['zimbra_extra_quota_mb' => '100'], false)));
        foreach (['-1', '1.5', 'ten', '9999999999'] as $bad) {
            try {
                ZimbraLimits::extras(['zimbra_extra_storage_gb' => $bad], true);
                $this->fail("$bad was taken");
            } catch (ZimbraFailure $e) {
                $this->assertArrayHasKey('configoptions', $e->errors, $bad);
            }
        }
        $this->assertTrue(ZimbraLimits::lowers('', 5), 'unlimited to 5 lowers');
        $this->assertTrue(ZimbraLimits::lowers(10, 5));
        $this->assertFalse(ZimbraLimits::lowers(5, 0), '0 is unlimited');
        $this->assertSame(PHP_INT_MAX, ZimbraLimits::addBytes(PHP_INT_MAX, 2), 'a sum stops at the top, never wraps');
        $this->assertSame('1.5', ZimbraLimits::gb((int) (1.5 * ZimbraLimits::GB)));
        $this->assertSame('2', ZimbraLimits::mb(ZimbraLimits::MB + 1), 'a part of a MB is a MB');
    }

    public function testAnEditChangesOnlyWhatDiffersFromWhatIsStored(): void
    {
        $stored = ['zimbra_password' => 'order-pass', 'zimbra_display_name' => 'Ann'];
        // Blesta's upgrade review hands back every stored field: nothing to change.
        $this->assertSame([], ZimbraServiceForm::changes($stored, $stored + ['configoptions' => []]));
        $this->assertSame([], ZimbraServiceForm::withoutUnchanged($stored, $stored));
        $this->assertSame(['zimbra_password' => 'new-pass1'], ZimbraServiceForm::changes($stored, ['zimbra_password' => 'new-pass1',
            'zimbra_display_name' => '']), 'blank means unchanged');
        $fields = array_column(ZimbraServiceForm::fieldList(false, ['zimbra_email' => 'a@b.example', 'zimbra_password' => 'p']), null, 'key');
        $this->assertSame(1, $fields['zimbra_password']['encrypted']);
        $this->assertSame(0, $fields['zimbra_email']['encrypted']);
        $this->assertSame('', $fields['zimbra_account_id']['value']);
        $this->assertSame(['zimbra_domain', 'zimbra_domain_id', 'zimbra_usage'], array_keys(array_column(ZimbraServiceForm::fieldList(true, []), null, 'key')));
        $this->assertSame(['a' => 'x', 'c' => 0], ZimbraServiceForm::set(['a' => 'x', 'b' => '', 'c' => 0]));
    }

    public function testAServicesFieldsSayWhatItIs(): void
    {
        $domain = (object) ['module_row_id' => 4, 'fields' => [(object) ['key' => 'zimbra_domain', 'value' => 'Shop.example']]];
        $mailbox = (object) ['module_row_id' => 4, 'fields' => [['key' => 'zimbra_domain', 'value' => 'shop.example'],
            ['key' => 'zimbra_email', 'value' => 'ann@shop.example'], ['key' => 'zimbra_module_row', 'value' => '7']]];
        $this->assertTrue(ZimbraFields::isDomainService($domain));
        $this->assertFalse(ZimbraFields::isDomainService($mailbox));
        $this->assertFalse(ZimbraFields::isDomainService(null));
        $this->assertSame(4, ZimbraFields::rowId($domain));
        $this->assertSame(7, ZimbraFields::rowId($mailbox), 'the row recorded at order time');
        $package = (object) ['meta' => (object) ['package_type' => 'mailbox', 'mailbox_domain' => 'Shared.example']];
        $this->assertSame('shop.example', ZimbraFields::mailboxDomain($package, $domain), 'the parent domain service first');
        $this->assertSame('shared.example', ZimbraFields::mailboxDomain($package, null));
        $this->assertSame('ann@shared.example', ZimbraServiceForm::orderName($package, ['zimbra_email_local' => ' Ann '], null));
        $this->assertSame('ann@shop.example', ZimbraServiceForm::name($mailbox));
    }

    public function testRulesRunWithBlestasInputAndThrowItsErrors(): void
    {
        $vars = ['local' => ' Sales.Team '];
        ZimbraRules::check(['local' => ZimbraRules::localPart('zimbra_email_local.format')], $vars);
        $this->assertSame('sales.team', $vars['local'], 'formatted as Input formats it');
        $vars = ['local' => 'two words', 'password' => 'short'];
        try {
            ZimbraRules::check(['local' => ZimbraRules::localPart('zimbra_email_local.format')] + ZimbraRules::password(false), $vars);
            $this->fail('taken');
        } catch (ZimbraFailure $e) {
            $this->assertSame(['local', 'password'], array_keys($e->errors));
            $this->assertNull($e->cause());
        }
        foreach (['mail.example.com', '192.0.2.1', '::1', 'localhost'] as $good) {
            $this->assertTrue(ZimbraRules::isHostOrIp($good), $good);
        }
        foreach (['', 'bad host', '-x.example', str_repeat('a', 64) . '.example'] as $bad) {
            $this->assertFalse(ZimbraRules::isHostOrIp($bad), $bad);
        }
        $this->assertTrue(ZimbraRules::isOptionalId(''));
        $this->assertFalse(ZimbraRules::isOptionalId('not-an-id'));
    }

    public function testRecordedUsageIsReadOnlyWhenItIsTheTasksOwn(): void
    {
        $good = ['mailboxes' => 3, 'max_mailboxes' => null, 'used' => 10, 'limit' => 100, 'percent' => 10.0, 'time' => '2026-12-06T10:00:00Z',
            'unreachable' => ['mbox2.example', 7]];
        $this->assertSame(['mbox2.example'], ZimbraUsageRecord::read(json_encode($good))['unreachable']);
        foreach ([['used' => -5], ['mailboxes' => '3'], ['percent' => 'lots'], ['time' => null], ['max_mailboxes' => -1]] as $forged) {
            $this->assertSame([], ZimbraUsageRecord::read(json_encode($forged + $good)), json_encode($forged));
        }
        $this->assertSame([], ZimbraUsageRecord::read('{"warned":true}'), 'what an order of 0.2.0 posted');
        $this->assertSame([], ZimbraUsageRecord::read('not json'));
    }
}
