--TEST--
request(): children keep their own namespace (_jsns), as in a raw BatchRequest of admin requests
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);

$c->request('CreateDomainRequest', ['name' => 'example.com']);
$a = $c->request('CreateAccountRequest', [
    'name' => 'jdoe@example.com',
    'password' => 'S3cret!pass',
    'a' => [['n' => 'displayName', '_content' => "Jürgen \u{1F600} O'Neil"], ['n' => 'zimbraMailQuota', '_content' => 1 << 30]],
]);
$id = $a['account'][0]['id'];

// Namespaces of children: a raw BatchRequest in urn:zimbra with admin requests inside.
$b = $c->request('BatchRequest', [
    'onerror' => 'continue',
    'GetAccountRequest' => [
        ['_jsns' => 'urn:zimbraAdmin', 'requestId' => 'r1', 'account' => ['by' => 'name', '_content' => 'jdoe@example.com']],
        ['_jsns' => 'urn:zimbraAdmin', 'requestId' => 'r2', 'account' => ['by' => 'name', '_content' => 'ghost@example.com']],
    ],
], 'urn:zimbra');
var_dump($b['_jsns']);
echo $b['GetAccountResponse'][0]['requestId'], ' ', $b['GetAccountResponse'][0]['_jsns'], ' ', $b['GetAccountResponse'][0]['account'][0]['name'], "\n";
$fault = $b['Fault'][0];
echo $fault['requestId'], ' ', $fault['Detail'][0]['Error'][0]['Code'][0]['_content'], "\n";
--EXPECT--
string(10) "urn:zimbra"
r1 urn:zimbraAdmin jdoe@example.com
r2 account.NO_SUCH_ACCOUNT
