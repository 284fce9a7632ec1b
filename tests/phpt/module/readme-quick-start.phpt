--TEST--
The README's quick start runs as written, and runs again: the second run finds what the first made
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$readme = file_get_contents(__DIR__ . '/../../../README.md');
preg_match('/## Quick start\s+```php\n(.*?)\n```/s', $readme, $m);
// The example as written, pointed at this test's simulator (its URL and certificate).
$code = str_replace("new Zimbra\\Client('https://mail.example.com:7071')",
    "new Zimbra\\Client(\$sim['url'], ['ca_file' => \$sim['cert']])", $m[1]);
$code = str_replace("login('admin@example.com', \$password)", "login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD)", $code);
zimbra_client($sim)->createDomain('example.com');
$run = function () use ($code, $sim): array {
    eval($code);
    return [$jane->name, $zimbra->getAccount($jane->id)->getAliases(), $domain->name, str_starts_with($link, 'https://mail.customer.example/service/preauth?')];
};
echo json_encode($run()), "\n";
echo json_encode($run()), "\n";
$stats = zimbra_sim_stats($sim)['requests_by_name'];
echo "created: domain ", $stats['CreateDomainRequest'], ", account ", $stats['CreateAccountRequest'], "\n";
?>
--EXPECT--
jane@customer.example active
["jane@customer.example",["info@customer.example"],"customer.example",true]
jane@customer.example active
["jane@customer.example",["info@customer.example"],"customer.example",true]
created: domain 2, account 1
