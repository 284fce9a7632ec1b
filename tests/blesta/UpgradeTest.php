<?php
/** upgrade(): rows from earlier versions are brought up to date; a downgrade is refused. */
final class UpgradeTest extends SimulatorCase
{
    /** Row meta as an earlier version stored it (Blesta's key/value/encrypted list). */
    private static function stored(array $meta): array
    {
        return array_map(fn ($k, $v) => ['key' => $k, 'value' => $v, 'encrypted' => $k === 'admin_password' ? 1 : 0],
            array_keys($meta), $meta);
    }

    public function testRowsWithoutATlsModeGetTheSecureDefault(): void
    {
        $old = ModuleManagerStub::instance()->addRow(self::stored(['server_label' => 'Old', 'host_name' => 'mail.example.com',
            'port' => '7071', 'use_ssl' => '1', 'admin_username' => 'admin@example.com', 'admin_password' => 'x',
            'account_limit' => '', 'account_count' => '3']));
        $pinned = $this->addServer();
        $before = (array) ModuleManagerStub::instance()->getRowMeta($pinned->id);

        $this->module->upgrade('0.0.9');
        $this->assertFalse($this->module->errors());
        $meta = ModuleManagerStub::instance()->getRowMeta($old->id);
        $this->assertSame('verify', $meta->tls_mode);
        $this->assertSame('3', $meta->account_count, 'nothing else changes');
        $this->assertSame($before, (array) ModuleManagerStub::instance()->getRowMeta($pinned->id), 'a row with a mode keeps it');

        // Again (an upgrade that stopped, run again): the same result.
        $this->module->upgrade('0.0.9');
        $this->assertSame('verify', ModuleManagerStub::instance()->getRowMeta($old->id)->tls_mode);
    }

    public function testTheCurrentVersionChangesNothingAndADowngradeIsRefused(): void
    {
        $old = ModuleManagerStub::instance()->addRow(self::stored(['server_label' => 'Old', 'host_name' => 'mail.example.com']));
        $this->module->upgrade($this->module->getVersion());
        $this->assertFalse(isset(ModuleManagerStub::instance()->getRowMeta($old->id)->tls_mode), 'no step runs');

        $this->module->upgrade('9.0.0');
        $this->assertStringContainsString('downgrading is not supported', $this->module->errors()['version']['downgrade']);
    }
}
