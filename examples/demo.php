<?php
/*
 * A hosting company's day with php-zimbra: a customer buys a mail domain with
 * quota and limits, gets mailboxes, aliases and a list, the admin reads the
 * quota report, the customer clicks "log in to webmail", and later the
 * domain is cancelled.
 *
 * Usage: php demo.php URL [CA_FILE]    (ZIMBRA_ADMIN / ZIMBRA_PASSWORD override the simulator's admin)
 */

function title(string $text): void
{
    echo "\n== $text\n";
}

function gib(int $bytes): string
{
    return $bytes === 0 ? 'unlimited' : sprintf('%.1f GiB', $bytes / 1024 ** 3);
}

[$url, $caFile] = [$argv[1] ?? 'https://127.0.0.1:7071', $argv[2] ?? null];
$zimbra = new Zimbra\Client($url, $caFile ? ['ca_file' => $caFile] : []);
echo "php-zimbra ", Zimbra\VERSION, " talking to ", $zimbra->getUrl(), "\n";
$zimbra->login(getenv('ZIMBRA_ADMIN') ?: 'admin@zimbra.test', getenv('ZIMBRA_PASSWORD') ?: 'test-Admin-Pass1');

title('A customer buys a mail domain');
$name = 'demo-' . date('His') . '.example.com';
$domain = $zimbra->createDomain($name, [
    'zimbraDomainMaxAccounts' => 25,
    'zimbraDomainAggregateQuota' => 50 * 1024 ** 3,
    'zimbraMailDomainQuota' => 2 * 1024 ** 3,
    'description' => 'Customer #1042, package "Business Mail"',
]);
printf("%s  id %s\n  status %s, up to %d mailboxes, %s in total, %s per mailbox\n", $domain->name, $domain->id,
    $domain->getStatus(), $domain->getMaxAccounts(), gib($domain->getAggregateQuota()), gib($domain->getMailboxQuota()));

title('Mailboxes');
$jane = $zimbra->createAccount("jane.doe@$name", null, ['displayName' => 'Jane Doe', 'zimbraMailQuota' => 1024 ** 3]);
printf("%s (%s), quota %s, generated password %s (shown once)\n", $jane->name, $jane->getDisplayName(),
    gib($jane->getQuota()), $jane->takeGeneratedPassword());
$bob = $zimbra->createAccount("bob@$name", 'Bob-Initial-Pass1', ['displayName' => 'Bob Smith']);
printf("%s (%s), password chosen by the customer\n", $bob->name, $bob->getDisplayName());
try {
    $zimbra->createAccount("bob@$name", 'Another-Pass-1');
} catch (Zimbra\FaultException $e) {
    printf("creating %s again: %s (%s)\n", "bob@$name", $e->getReason(), $e->getFaultCode());
}
try {
    $zimbra->createAccount("bad name@$name", null);
} catch (Zimbra\ValidationException $e) {
    echo "refused before sending: ", $e->getMessage(), "\n";
}

title('Aliases and a distribution list');
$zimbra->addAccountAlias($jane->id, "jane@$name");
$zimbra->addAccountAlias($jane->id, "info@$name");
$found = $zimbra->getAccount("info@$name");
printf("info@%s is an alias of %s; aliases: %s\n", $name, $found->name, implode(', ', $found->getAliases()));
$team = $zimbra->createDistributionList("team@$name", ['displayName' => 'Everyone']);
$zimbra->addDistributionListMembers($team->id, [$jane->name, $bob->name, 'partner@elsewhere.example']);
printf("%s: %s\n", $team->name, implode(', ', $zimbra->getDistributionList($team->id)->getMembers()));

title('Quota report (one round trip for three questions)');
[$counts, $usage, $fresh] = $zimbra->batch(function (Zimbra\Batch $b) use ($name, $domain) {
    $b->countAccounts($name);
    $b->getQuotaUsage($name);
    $b->getDomain($domain->id);
});
foreach ($counts as $cos) {
    printf("%d mailboxes in class of service '%s'\n", $cos['count'], $cos['name']);
}
foreach ($usage['mailboxes'] as $box) {
    printf("  %-40s %10d bytes of %s\n", $box->name, $box->used, gib($box->limit));
}
printf("total used: %d bytes of %s\n", $usage['totalUsed'], gib($fresh->getAggregateQuota()));

title('Webmail login');
$key = $zimbra->ensurePreauthKey($name);
$link = (new Zimbra\Preauth($key))->url("https://mail.$name", $jane->name);
echo preg_replace('/preauth=[0-9a-f]{40}/', 'preauth=<hmac>', $link), "\n";

title('The customer stops paying, then cancels');
$zimbra->setAccountStatus($bob->id, 'locked');
echo "bob is ", $zimbra->getAccount($bob->id)->getStatus(), " (no login, mail still delivered)\n";
$purged = $zimbra->purgeDomain($name);
printf("purged: %d aliases, %d mailboxes, %d lists; domain deleted: %s\n", $purged['aliases'], $purged['accounts'],
    $purged['lists'], $purged['domainDeleted'] ? 'yes' : 'no');
echo "looking the domain up again: ", $zimbra->getDomain($name) === null ? 'gone' : 'still there', "\n";

$stats = $zimbra->getStats();
printf("\n%d HTTP requests, %d login, %d connection (keep-alive, TLS verified)\n", $stats['requests'], $stats['logins'],
    $stats['connections']);
