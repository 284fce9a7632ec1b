<?php
/**
 * The resend policy is declared once per operation (ZimbraOperation's table), not at each call:
 * a plain class, tested without Blesta or Zimbra.
 */
use PHPUnit\Framework\TestCase;

require_once dirname(__DIR__, 2) . '/blesta-module/zimbra/lib/zimbra_operation.php';

final class OperationTest extends TestCase
{
    /** @return array<string, list<string>> operation name => the module files that name it */
    private static function namedInTheModule(): array
    {
        $names = [];
        $dir = new RecursiveIteratorIterator(new RecursiveDirectoryIterator(dirname(__DIR__, 2) . '/blesta-module/zimbra'));
        foreach ($dir as $file) {
            if (!$file->isFile() || !preg_match('/\.(php|pdt)$/', $file->getFilename())) {
                continue;
            }
            // ZimbraConnection::call('name', ...), a tab's tabCall('name', ...), a tagged create('name', ...),
            // and the login the connection makes itself.
            preg_match_all("/(?:->call|tabCall|->create|ZimbraOperation::named)\\(\\s*'([^']*)'/", file_get_contents($file->getPathname()), $m);
            foreach ($m[1] as $name) {
                $names[$name][] = $file->getFilename();
            }
        }
        return $names;
    }

    public function testEveryCallNamesADeclaredOperationAndEveryDeclaredOneIsCalled(): void
    {
        $used = self::namedInTheModule();
        $this->assertNotEmpty($used);
        $this->assertSame([], array_values(array_diff(array_keys($used), ZimbraOperation::declared())), 'named but not declared');
        $this->assertSame([], array_values(array_diff(ZimbraOperation::declared(), array_keys($used))), 'declared but never called');
        foreach (array_keys($used) as $name) {
            $this->assertSame($name, ZimbraOperation::named($name)->name);
        }
    }

    public function testAnUndeclaredOperationStopsTheCall(): void
    {
        $this->expectException(LogicException::class);
        $this->expectExceptionMessage("No resend policy is declared for the Zimbra operation 'modifyAcount'");
        ZimbraOperation::named('modifyAcount');
    }

    public function testWhatIsResentAfterALostReply(): void
    {
        foreach (['getAccount', 'modifyAccount', 'setPassword', 'setDomainStatus', 'ensurePreauthKey', 'addDistributionListMembers'] as $again) {
            $this->assertTrue(ZimbraOperation::named($again)->safeToResend, $again);
        }
        foreach (['createDomain', 'createAccount', 'deleteAccount', 'purgeDomain', 'addAccountAlias', 'removeAccountAlias',
                'removeDistributionListMembers'] as $once) {
            $this->assertFalse(ZimbraOperation::named($once)->safeToResend, $once);
        }
    }
}
