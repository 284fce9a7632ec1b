<?php
/**
 * The module's own changes to a stored server row (the domain count "first" and "round robin"
 * read, an upgrade step), made through Blesta's ModuleManager::editRow() as upkeep: Blesta runs
 * the module's editModuleRow() for every row change (blesta-module.md §16), and upkeep carries
 * this process's key so that it is stored as it is, without the form's rules or a login.
 */
final class ZimbraRowUpkeep
{
    /** The key of row upkeep for this process: a form post cannot carry it. */
    private static ?string $key = null;

    public function __construct(private readonly ModuleManager $modules, private readonly ZimbraConnector $connector)
    {
    }

    /** A secret of this process, also the key of ZimbraServerForm's refused-login hashes. */
    public static function key(): string
    {
        return self::$key ??= bin2hex(random_bytes(16));
    }

    /** True when $vars is the module's own upkeep; the key is taken out of $vars either way. */
    public static function take(array &$vars): bool
    {
        $key = $vars['zimbra_upkeep'] ?? null;
        unset($vars['zimbra_upkeep']);
        return is_string($key) && hash_equals(self::key(), $key);
    }

    /** Keep account_count (domains on the server) current: "first" and "round robin" read it. */
    public function adjustAccountCount(object $row, int $delta): void
    {
        $count = (int) ($this->modules->getRowMeta($row->id)->account_count ?? 0);
        $this->keep($row, ['account_count' => (string) max(0, $count + $delta)]);
    }

    /**
     * Change stored row meta. Blesta puts the errors of editRow() on the ModuleManager and
     * nowhere else (§16): a failure is logged, not lost, and never stops the service action
     * that asked for it.
     */
    public function keep(object $row, array $changes): bool
    {
        try {
            $meta = (array) $this->modules->getRowMeta($row->id);
            $this->modules->editRow($row->id, array_merge($meta, $changes, ['zimbra_upkeep' => self::key()]));
            $errors = $this->modules->errors();
        } catch (\Throwable $e) {
            $errors = ['upkeep' => ['exception' => $e->getMessage()]];
        }
        if ($errors) {
            $this->connector->log($row, 'row-upkeep', json_encode(['changes' => $changes, 'errors' => $errors]), 'output', false);
            return false;
        }
        return true;
    }
}
