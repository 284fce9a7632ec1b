<?php
/** upgrade(): rows from earlier versions are brought up to date; a downgrade is refused. */
final class UpgradeTest extends SimulatorCase
{
    /** A row as an earlier version stored it (Blesta's key/value/encrypted list), straight into the database. */
    private function oldRow(array $meta): int
    {
        $id = $this->blesta->nextId('rows');
        $this->blesta->db['rows'][$id] = ['id' => $id, 'module_id' => 1, 'meta' => array_map(fn ($k, $v) => ['key' => $k,
            'value' => $k === 'admin_password' ? Blesta::encrypt($v) : $v, 'encrypted' => $k === 'admin_password' ? 1 : 0],
            array_keys($meta), $meta)];
        return $id;
    }

    public function testRowsWithoutATlsModeGetTheSecureDefault(): void
    {
        $old = $this->oldRow(['server_label' => 'Old', 'host_name' => 'mail.example.com', 'port' => '7071', 'use_ssl' => '1',
            'admin_username' => 'admin@example.com', 'admin_password' => 'x', 'account_limit' => '', 'account_count' => '3']);
        $pinned = $this->addServer();
        $mm = $this->blesta->ModuleManager;
        $before = (array) $mm->getRowMeta($pinned);
        $requests = $this->requests();

        $module = $this->module(null);
        $module->upgrade('0.0.9');
        $this->assertFalse($module->errors());
        $meta = $mm->getRowMeta($old);
        $this->assertSame('verify', $meta->tls_mode);
        $this->assertSame('3', $meta->account_count, 'nothing else changes');
        $this->assertSame('x', $meta->admin_password);
        $this->assertSame($before, (array) $mm->getRowMeta($pinned), 'a row with a mode keeps it');
        // The old row's server (mail.example.com) is not reachable here: the step neither tests nor logs in.
        $this->assertSame($requests, $this->requests());
        $this->assertSame([], array_values(array_filter($this->blesta->logs(), fn ($l) => !$l[3])), 'no failure logged');

        // Again (an upgrade that stopped, run again): the same result.
        $module->upgrade('0.0.9');
        $this->assertSame('verify', $mm->getRowMeta($old)->tls_mode);
    }

    public function testTheCurrentVersionChangesNothingAndADowngradeIsRefused(): void
    {
        $old = $this->oldRow(['server_label' => 'Old', 'host_name' => 'mail.example.com']);
        $module = $this->module(null);
        $module->upgrade($module->getVersion());
        $this->assertFalse(isset($this->blesta->ModuleManager->getRowMeta($old)->tls_mode), 'no step runs');

        $module->upgrade('9.0.0');
        $this->assertStringContainsString('downgrading is not supported', $module->errors()['version']['downgrade']);
    }
}
