<?php
/**
 * The usage figures the usage task records in a service's zimbra_usage field (ZimbraUsageTask),
 * read back for the pages: a service's, and each server's totals on the manage page. Nothing
 * here asks Zimbra.
 */
final class ZimbraUsageRecord
{
    /** Percent of a limit from which a service counts as near it, and its customer is warned. */
    public const WARN_PERCENT = 90;

    /**
     * The figures recorded in a service field, as the pages show them: whole numbers of 0 or more,
     * a percent, a time; [] when the field holds anything else (a field written before 0.3.0
     * stored what an order posted).
     *
     * @return array{mailboxes?: int, max_mailboxes?: ?int, used?: int, limit?: int, percent?: ?float, time?: string, partial?: bool, unreachable?: list<string>, warned?: bool}
     */
    public static function read(string $json): array
    {
        $u = json_decode($json, true);
        $count = fn ($v) => is_int($v) && $v >= 0;
        if (!is_array($u) || !$count($u['mailboxes'] ?? null) || !$count($u['used'] ?? null) || !$count($u['limit'] ?? null)
                || !(($u['max_mailboxes'] ?? null) === null || $count($u['max_mailboxes']))
                || !(($u['percent'] ?? null) === null || is_int($u['percent']) || is_float($u['percent']))
                || !is_string($u['time'] ?? null)) {
            return [];
        }
        $u['unreachable'] = array_values(array_filter((array) ($u['unreachable'] ?? []), 'is_string'));
        return $u;
    }

    /**
     * Per server: domains, mailboxes, storage used and services near a limit, from the figures
     * recorded for the module's services, and the time of the oldest.
     *
     * @return array<int, array{domains: int, mailboxes: int, used: int, near: int, recorded: int, time: ?string, unreachable: list<string>}>
     */
    public static function byRow(Services $services, $moduleId): array
    {
        $rows = [];
        foreach ($services->getAll(['date_added' => 'ASC'], true, ['module_id' => $moduleId, 'status' => 'all']) as $service) {
            $f = ZimbraFields::of($service);
            $usage = self::read((string) ($f->zimbra_usage ?? ''));
            if (!$usage || !in_array($service->status, ['active', 'suspended'], true)) {
                continue;
            }
            $id = ZimbraFields::rowId($service);
            $r = $rows[$id] ?? ['domains' => 0, 'mailboxes' => 0, 'used' => 0, 'near' => 0, 'recorded' => 0, 'time' => null,
                'unreachable' => []];
            $r['recorded']++;
            $r['unreachable'] = array_values(array_unique(array_merge($r['unreachable'], $usage['unreachable'])));
            $r['near'] += (int) (($usage['percent'] ?? 0) >= self::WARN_PERCENT);
            // A mailbox ordered on a domain service is inside that domain's figures already.
            if (empty($f->zimbra_email) || empty($f->zimbra_module_row)) {
                $r['domains'] += (int) empty($f->zimbra_email);
                $r['mailboxes'] += (int) $usage['mailboxes'];
                $r['used'] = ZimbraLimits::addBytes($r['used'], max(0, (int) ($usage['used'] ?? 0)));
            }
            $r['time'] = $r['time'] === null ? $usage['time'] : min($r['time'], $usage['time']);
            $rows[$id] = $r;
        }
        return $rows;
    }
}
