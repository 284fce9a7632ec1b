<?php
declare(strict_types=1);

namespace ZimbraAdmin;

use Zimbra\Client;

/**
 * Every command: its arguments, options, help text, what it does, and for what cannot be undone
 * the question asked first ('confirm': a terminal asks it, a script gives --yes).
 */
final class Commands
{
    private const MB = 1048576;
    private const GB = 1073741824;

    /**
     * @return array<string, array{args: list<string>, options: array<string,string>, help: string, run: callable,
     *     confirm?: callable, prepare?: callable}> prepare reads and checks local input before the login
     */
    public static function all(Terminal $terminal): array
    {
        return [
            'domain:list' => ['args' => [], 'options' => [], 'help' => 'List the domains.',
                'run' => function (Client $z, Output $o) {
                    $rows = [];
                    foreach ($z->searchDirectory('', [], ['types' => 'domains', 'sortBy' => 'name']) as $d) {
                        $rows[] = ['domain' => $d->name, 'status' => $d->getStatus(), 'max_accounts' => $d->getMaxAccounts(),
                            'quota_gb' => $d->getAggregateQuota() ? round($d->getAggregateQuota() / 1073741824, 1) : null];
                    }
                    $o->rows(['domain', 'status', 'max_accounts', 'quota_gb'], $rows);
                }],
            'domain:create' => ['args' => ['domain'], 'options' => ['max-accounts' => 'most mailboxes the domain may have',
                'quota-gb' => "the domain's aggregate quota in GB"], 'help' => 'Create a domain.',
                'run' => function (Client $z, Output $o, array $a, array $opt) {
                    $attrs = [];
                    if (isset($opt['max-accounts'])) {
                        $attrs['zimbraDomainMaxAccounts'] = self::whole($opt['max-accounts'], '--max-accounts');
                    }
                    if (isset($opt['quota-gb'])) {
                        $attrs['zimbraDomainAggregateQuota'] = (int) round(self::number($opt['quota-gb'], '--quota-gb') * 1073741824);
                    }
                    $d = $z->createDomain($a['domain'], $attrs);
                    $o->record(['created' => $d->name, 'id' => $d->id]);
                }],
            'domain:show' => ['args' => ['domain'], 'options' => [],
                'help' => 'Show a domain: its status, its mailboxes per class of service, the storage they use and its limits.',
                'run' => function (Client $z, Output $o, array $a) {
                    [$d, $counts] = $z->batch(function (\Zimbra\Batch $b) use ($a) {
                        $b->getDomain($a['domain']);
                        $b->countAccounts($a['domain']);
                    });
                    if ($d === null) {
                        throw new NotFound("There is no domain {$a['domain']}.");
                    }
                    foreach ([$d, $counts] as $r) {
                        if ($r instanceof \Throwable) {
                            throw $r;
                        }
                    }
                    $usage = self::usage($z, $a['domain']);
                    $spread = [];
                    foreach ($counts as $cos) {
                        $spread[] = "{$cos['name']}: {$cos['count']}";
                    }
                    $quota = $d->getAggregateQuota();
                    $o->record(['domain' => $d->name, 'id' => $d->id, 'status' => $d->getStatus(),
                        'mailboxes' => array_sum(array_column($counts, 'count')) . ' of ' . ($d->getMaxAccounts() ?? 'unlimited'),
                        'per COS' => $spread ? implode(', ', $spread) : 'none',
                        'storage used' => self::size($usage['totalUsed']) . ' of ' . ($quota ? self::size($quota) : 'unlimited')
                            . ($quota ? sprintf(' (%.1f%%)', 100 * $usage['totalUsed'] / $quota) : ''),
                        'mailbox quota' => $d->getMailboxQuota() ? self::size($d->getMailboxQuota()) : 'none (each mailbox\'s own)']
                        + self::unread($usage));
                }],
            'domain:status' => ['args' => ['domain', 'status'], 'options' => [],
                'help' => 'Set a domain\'s status: active, maintenance, locked, closed or suspended.',
                'run' => function (Client $z, Output $o, array $a) {
                    $d = self::domain($z, $a['domain']);
                    $o->record(['domain' => $d->name, 'status' => $z->setDomainStatus($d->id, $a['status'])->getStatus()]);
                }],
            'domain:delete' => ['args' => ['domain'], 'options' => ['purge' => 'first delete every mailbox, alias and list in it (flag)'],
                'help' => 'Delete a domain. Zimbra deletes only empty domains: --purge empties it first, and a purge that stops is finished by running it again.',
                'confirm' => function (array $a, array $opt, Client $z) {
                    if (isset($opt['purge'])) {
                        return "Delete the domain {$a['domain']} with every mailbox, alias and list in it?";
                    }
                    self::refuseNotEmpty($z, self::domain($z, $a['domain'])->name);
                    return "Delete the domain {$a['domain']}?";
                },
                'run' => function (Client $z, Output $o, array $a, array $opt) {
                    if (isset($opt['purge'])) {
                        $o->record(['purged' => $a['domain']] + $z->purgeDomain($a['domain']));
                        return;
                    }
                    try {
                        $z->deleteDomain(self::domain($z, $a['domain'])->id);
                    } catch (\Zimbra\FaultException $e) {
                        if ($e->getFaultCode() !== 'account.DOMAIN_NOT_EMPTY') {
                            throw $e;
                        }
                        throw new Refused("The domain {$a['domain']} still has mailboxes, aliases or lists: "
                            . "`zimbra-admin domain:delete {$a['domain']} --purge` deletes them first.");
                    }
                    $o->record(['deleted' => $a['domain']]);
                }],
            'mailbox:list' => ['args' => ['domain'], 'options' => [], 'help' => 'List the mailboxes of a domain.',
                'run' => function (Client $z, Output $o, array $a) {
                    $rows = [];
                    foreach ($z->listAccounts($a['domain'], ['displayName', 'zimbraAccountStatus', 'zimbraMailQuota']) as $acc) {
                        $rows[] = ['email' => $acc->name, 'name' => $acc->getDisplayName(), 'status' => $acc->getStatus(),
                            'quota_mb' => $acc->getQuota() ? intdiv($acc->getQuota(), self::MB) : null];
                    }
                    $o->rows(['email', 'name', 'status', 'quota_mb'], $rows);
                }],
            'mailbox:create' => ['args' => ['email'], 'options' => ['name' => 'display name', 'quota-mb' => 'quota in MB',
                'password-stdin' => 'read the password from standard input, typed twice without echo on a terminal (flag); '
                    . 'otherwise one is generated and shown once'],
                'help' => 'Create a mailbox.',
                'run' => function (Client $z, Output $o, array $a, array $opt) use ($terminal) {
                    $attrs = isset($opt['name']) ? ['displayName' => $opt['name'], 'cn' => $opt['name']] : [];
                    if (isset($opt['quota-mb'])) {
                        $attrs['zimbraMailQuota'] = self::whole($opt['quota-mb'], '--quota-mb') * self::MB;
                    }
                    $password = isset($opt['password-stdin']) ? self::longEnough($terminal->password("Password for {$a['email']}")) : null;
                    $acc = $z->createAccount($a['email'], $password, $attrs);
                    $o->record(['created' => $acc->name, 'id' => $acc->id] + (($g = $acc->takeGeneratedPassword()) !== null ? ['password' => $g] : []));
                }],
            'mailbox:password' => ['args' => ['email'], 'options' => [],
                'help' => 'Set a mailbox\'s password, read from standard input (typed twice without echo on a terminal).',
                'run' => function (Client $z, Output $o, array $a) use ($terminal) {
                    $id = self::account($z, $a['email'])->id;
                    $message = $z->setPassword($id, self::longEnough($terminal->password("New password for {$a['email']}")));
                    $o->record(['password set' => $a['email']] + ($message ? ['note' => $message] : []));
                }],
            'mailbox:status' => ['args' => ['email', 'status'], 'options' => [],
                'help' => 'Set a mailbox\'s status: active, maintenance, locked, closed, lockout or pending.',
                'run' => function (Client $z, Output $o, array $a) {
                    $o->record(['mailbox' => $a['email'], 'status' => $z->setAccountStatus(self::account($z, $a['email'])->id, $a['status'])->getStatus()]);
                }],
            'mailbox:delete' => ['args' => ['email'], 'options' => [], 'help' => 'Delete a mailbox and everything in it.',
                'confirm' => fn (array $a) => "Delete the mailbox {$a['email']} and all its mail?",
                'run' => function (Client $z, Output $o, array $a) {
                    $z->deleteAccount(self::account($z, $a['email'])->id);
                    $o->record(['deleted' => $a['email']]);
                }],
            'alias:list' => ['args' => ['email'], 'options' => [], 'help' => 'List the aliases of a mailbox.',
                'run' => function (Client $z, Output $o, array $a) {
                    $o->rows(['alias'], array_map(fn ($x) => ['alias' => $x], self::account($z, $a['email'])->getAliases()));
                }],
            'alias:add' => ['args' => ['email', 'alias'], 'options' => [], 'help' => 'Add an alias to a mailbox.',
                'run' => function (Client $z, Output $o, array $a) {
                    $z->addAccountAlias(self::account($z, $a['email'])->id, $a['alias']);
                    $o->record(['alias added' => $a['alias'], 'mailbox' => $a['email']]);
                }],
            'alias:remove' => ['args' => ['email', 'alias'], 'options' => [], 'help' => 'Remove an alias from a mailbox.',
                'confirm' => fn (array $a) => "Remove the alias {$a['alias']} (mail to it will bounce)?",
                'run' => function (Client $z, Output $o, array $a) {
                    $z->removeAccountAlias(self::account($z, $a['email'])->id, $a['alias']);
                    $o->record(['alias removed' => $a['alias'], 'mailbox' => $a['email']]);
                }],
            'list:list' => ['args' => ['domain'], 'options' => [], 'help' => 'List the distribution lists of a domain, with how many members each has.',
                'run' => function (Client $z, Output $o, array $a) {
                    $lists = $z->listDistributionLists($a['domain']);
                    // A listing carries no members: each list is read, all in one round trip.
                    $full = $lists ? $z->batch(function (\Zimbra\Batch $b) use ($lists) {
                        foreach ($lists as $l) {
                            $b->getDistributionList($l->id);
                        }
                    }) : [];
                    $rows = [];
                    foreach ($lists as $i => $l) {
                        $rows[] = ['list' => $l->name, 'members' => $full[$i] instanceof \Zimbra\DistributionList ? count($full[$i]->getMembers()) : null];
                    }
                    $o->rows(['list', 'members'], $rows);
                }],
            'list:create' => ['args' => ['email'], 'options' => ['name' => 'display name'], 'help' => 'Create a distribution list.',
                'run' => function (Client $z, Output $o, array $a, array $opt) {
                    $l = $z->createDistributionList($a['email'], isset($opt['name']) ? ['displayName' => $opt['name']] : []);
                    $o->record(['created' => $l->name, 'id' => $l->id]);
                }],
            'list:members' => ['args' => ['email'], 'options' => [], 'help' => 'List the members of a distribution list.',
                'run' => function (Client $z, Output $o, array $a) {
                    $o->rows(['member'], array_map(fn ($m) => ['member' => $m], self::dl($z, $a['email'])->getMembers()));
                }],
            'list:add' => ['args' => ['email', 'member...'], 'options' => [], 'help' => 'Add members (addresses) to a distribution list.',
                'run' => function (Client $z, Output $o, array $a) {
                    $z->addDistributionListMembers(self::dl($z, $a['email'])->id, $a['member...']);
                    $o->record(['members added' => $a['member...'], 'list' => $a['email']]);
                }],
            'list:remove' => ['args' => ['email', 'member...'], 'options' => [], 'help' => 'Remove members from a distribution list.',
                'confirm' => fn (array $a) => 'Remove ' . implode(', ', $a['member...']) . " from {$a['email']}?",
                'run' => function (Client $z, Output $o, array $a) {
                    $z->removeDistributionListMembers(self::dl($z, $a['email'])->id, $a['member...']);
                    $o->record(['members removed' => $a['member...'], 'list' => $a['email']]);
                }],
            'list:delete' => ['args' => ['email'], 'options' => [], 'help' => 'Delete a distribution list.',
                'confirm' => fn (array $a) => "Delete the distribution list {$a['email']}?",
                'run' => function (Client $z, Output $o, array $a) {
                    $z->deleteDistributionList(self::dl($z, $a['email'])->id);
                    $o->record(['deleted' => $a['email']]);
                }],
            'quota:report' => ['args' => ['domain'], 'options' => ['over' => 'only mailboxes at or above this percentage of their quota'],
                'help' => 'Mailbox usage of a domain against each quota, largest share first. --format csv or json for spreadsheets and scripts.',
                'run' => function (Client $z, Output $o, array $a, array $opt) {
                    $usage = self::usage($z, $a['domain']);
                    $over = isset($opt['over']) ? self::number($opt['over'], '--over') : null;
                    $rows = [];
                    foreach ($usage['mailboxes'] as $q) {
                        $pct = $q->getPercentUsed();
                        if ($over !== null && ($pct === null || $pct < $over)) {
                            continue;
                        }
                        $rows[] = ['email' => $q->name, 'used_mb' => round($q->used / self::MB, 1),
                            'quota_mb' => $q->limit ? intdiv($q->limit, self::MB) : null, 'percent' => $pct === null ? null : round($pct, 1)];
                    }
                    usort($rows, fn ($x, $y) => [$y['percent'] ?? -1, $x['email']] <=> [$x['percent'] ?? -1, $y['email']]);
                    $o->rows(['email', 'used_mb', 'quota_mb', 'percent'], $rows,
                        ['domain' => $a['domain'], 'mailboxes' => $usage['count'], 'total_used_mb' => round($usage['totalUsed'] / self::MB, 1)]
                        + self::unread($usage));
                }],
            'import' => ['args' => ['csv'], 'options' => [
                    'dry-run' => 'check every row and say what would happen; nothing is changed (flag)',
                    'verbose' => 'with --dry-run, every row, not only the bad ones (flag)',
                    'log' => 'the resumable log (default: CSV.log); rows logged ok are skipped when run again',
                    'passwords' => 'file that receives generated passwords (mode 600); needed when rows have none',
                    'delimiter' => "',' (the default), ';' or tab; a header that plainly uses ';' or tabs is read so",
                    'batch' => 'rows per BatchRequest (default 100)',
                    'quiet' => 'no progress bar (flag)'],
                'help' => "Create mailboxes from a CSV file with a header row: email, and optionally display_name, password, quota_mb.\n"
                    . "Shows a progress bar and reports each failed row. Ctrl-C stops it after the batch in flight; running the\n"
                    . "same command again resumes, and settles with Zimbra any row whose outcome an interruption left unknown.\n"
                    . "A generated password is on record (FILE.pending beside --passwords) before its mailbox is asked for.",
                'prepare' => fn (array $a, array $opt, $err) => Import::readCsv($a['csv'],
                    isset($opt['delimiter']) ? (string) $opt['delimiter'] : null, $err),
                'run' => function (Client $z, Output $o, array $a, array $opt, $err, array $rows) {
                    $batch = isset($opt['batch']) ? self::whole($opt['batch'], '--batch') : 100;
                    if ($batch < 1 || $batch > 1000) {
                        throw new Usage('--batch must be from 1 to 1000.');
                    }
                    $resume = 'zimbra-admin import ' . escapeshellarg($a['csv']);
                    foreach (['config', 'log', 'passwords', 'delimiter', 'batch'] as $k) {
                        if (isset($opt[$k]) && is_string($opt[$k])) {
                            $resume .= " --$k " . escapeshellarg($opt[$k]);
                        }
                    }
                    $import = new Import($z, $o, $err, $opt['log'] ?? $a['csv'] . '.log', $opt['passwords'] ?? null, $batch,
                        !isset($opt['quiet']), isset($opt['verbose']), $resume . (isset($opt['quiet']) ? ' --quiet' : ''));
                    return $import->run($rows, isset($opt['dry-run']));
                }],
        ];
    }

    private static function domain(Client $z, string $name): \Zimbra\Domain
    {
        return $z->getDomain($name) ?? throw new NotFound("There is no domain $name.");
    }

    /** The tool's one password rule (import's too): Zimbra's own policy may ask for more. */
    public const MIN_PASSWORD = 8;

    private static function longEnough(string $password): string
    {
        if (strlen($password) < self::MIN_PASSWORD) {
            throw new Usage('The password is shorter than ' . self::MIN_PASSWORD . ' characters: nothing was changed.');
        }
        return $password;
    }

    /** Zimbra deletes only an empty domain: say what is in it, and how to empty it, before asking. */
    private static function refuseNotEmpty(Client $z, string $domain): void
    {
        [$accounts, $aliases, $lists] = $z->batch(function (\Zimbra\Batch $b) use ($domain) {
            foreach (['account', 'alias', 'dl'] as $type) {
                $b->countObjects($type, $domain);
            }
        });
        if ($accounts + $aliases + $lists > 0) {
            throw new Refused("The domain $domain still has $accounts " . ($accounts === 1 ? 'account' : 'accounts')
                . " (mailboxes and Zimbra's own), $aliases " . ($aliases === 1 ? 'alias' : 'aliases') . " and $lists "
                . ($lists === 1 ? 'list' : 'lists') . ", and Zimbra deletes only an empty domain: "
                . "`zimbra-admin domain:delete $domain --purge` deletes them first. Nothing was changed.");
        }
    }

    private static function account(Client $z, string $email): \Zimbra\Account
    {
        return $z->getAccount($email) ?? throw new NotFound("There is no mailbox $email.");
    }

    private static function dl(Client $z, string $email): \Zimbra\DistributionList
    {
        return $z->getDistributionList($email) ?? throw new NotFound("There is no distribution list $email.");
    }

    /** Bytes in the largest unit that keeps a number of at least 1 (MB, GB). */
    /**
     * A domain's mailbox usage on every mailbox server (Client::listQuotaUsage(): a server that is
     * down does not stop the others, and is named; system accounts are left out).
     *
     * @return array{mailboxes: list<\Zimbra\QuotaUsage>, totalUsed: int, count: int, unreachable: array<string, string>}
     */
    private static function usage(Client $z, string $domain): array
    {
        $it = $z->listQuotaUsage($domain);
        $mailboxes = [];
        $total = 0;
        foreach ($it as $q) {
            $mailboxes[] = $q;
            $total = $q->used > PHP_INT_MAX - $total ? PHP_INT_MAX : $total + $q->used;
        }
        return ['mailboxes' => $mailboxes, 'totalUsed' => $total, 'count' => count($mailboxes), 'unreachable' => $it->getUnreachableServers()];
    }

    /** A line naming the mailbox servers the figures leave out, when any. */
    private static function unread(array $usage): array
    {
        return $usage['unreachable'] ? ['incomplete' => 'mailboxes on ' . implode(', ', array_keys($usage['unreachable']))
            . ' are left out: that mailbox server could not be read (' . implode('; ', $usage['unreachable']) . ')'] : [];
    }

    private static function size(int $bytes): string
    {
        return $bytes >= self::GB ? sprintf('%.1f GB', $bytes / self::GB) : sprintf('%.1f MB', $bytes / self::MB);
    }

    private static function whole(string $value, string $what): int
    {
        if (!preg_match('/^[0-9]+$/', $value)) {
            throw new Usage("$what takes a whole number, not '$value'.");
        }
        return (int) $value;
    }

    private static function number(string $value, string $what): float
    {
        if (!is_numeric($value) || $value < 0) {
            throw new Usage("$what takes a number, not '$value'.");
        }
        return (float) $value;
    }
}
