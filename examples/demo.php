<?php
/*
 * The main job, end to end: log in, create a mail domain with a quota and an
 * account limit, create a mailbox, and show what Zimbra returned.
 *
 * Usage: php demo.php URL [CA_FILE]
 */

function attrs_of(array $entry): array
{
    $attrs = [];
    foreach ($entry['a'] ?? [] as $a) {
        $attrs[$a['n']][] = $a['_content'] ?? '';
    }
    return $attrs;
}

function show(string $title, array $entry, array $names): void
{
    $attrs = attrs_of($entry);
    printf("%s %s\n  id: %s\n", $title, $entry['name'], $entry['id']);
    foreach ($names as $n) {
        printf("  %s: %s\n", $n, implode(', ', $attrs[$n] ?? ['(not set)']));
    }
}

[$url, $caFile] = [$argv[1] ?? 'https://127.0.0.1:7071', $argv[2] ?? null];
$admin = getenv('ZIMBRA_ADMIN') ?: 'admin@zimbra.test';
$password = getenv('ZIMBRA_PASSWORD') ?: 'test-Admin-Pass1';

$zimbra = new Zimbra\Client($url, $caFile ? ['ca_file' => $caFile] : []);
echo "php-zimbra ", Zimbra\VERSION, " talking to ", $zimbra->getUrl(), "\n\n";

$zimbra->login($admin, $password);
echo "Logged in as $admin\n\n";

$domain = 'demo-' . date('His') . '.example.com';
$reply = $zimbra->request('CreateDomainRequest', [
    'name' => $domain,
    'a' => [
        ['n' => 'zimbraDomainMaxAccounts', '_content' => 25],
        ['n' => 'zimbraDomainAggregateQuota', '_content' => 50 * 1024 ** 3],
        ['n' => 'zimbraMailDomainQuota', '_content' => 2 * 1024 ** 3],
        ['n' => 'description', '_content' => 'Created by the php-zimbra demo'],
    ],
]);
show('Domain', $reply['domain'][0], ['zimbraDomainStatus', 'zimbraDomainMaxAccounts', 'zimbraDomainAggregateQuota',
    'zimbraMailDomainQuota', 'description']);

$reply = $zimbra->request('CreateAccountRequest', [
    'name' => "jane.doe@$domain",
    'password' => bin2hex(random_bytes(12)),
    'a' => [
        ['n' => 'displayName', '_content' => 'Jane Doe'],
        ['n' => 'givenName', '_content' => 'Jane'],
        ['n' => 'sn', '_content' => 'Doe'],
        ['n' => 'zimbraMailQuota', '_content' => 1024 ** 3],
    ],
]);
echo "\n";
show('Mailbox', $reply['account'][0], ['displayName', 'zimbraAccountStatus', 'zimbraMailQuota', 'zimbraMailHost',
    'zimbraCOSId', 'userPassword']);

echo "\nCreating the same mailbox again:\n";
try {
    $zimbra->request('CreateAccountRequest', ['name' => "jane.doe@$domain", 'password' => 'Another-pass-1']);
} catch (Zimbra\FaultException $e) {
    printf("  refused by Zimbra: %s\n  (%s, the %s's fault)\n", $e->getReason(), $e->getFaultCode(),
        $e->isSenderFault() ? 'sender' : 'server');
}

$stats = $zimbra->getStats();
printf("\n%d requests, %d login, %d connection (keep-alive)\n", $stats['requests'], $stats['logins'], $stats['connections']);
