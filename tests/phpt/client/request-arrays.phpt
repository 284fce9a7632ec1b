--TEST--
request(): arrays become XML attributes, children and text, and replies come back in Zimbra's JSON convention
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);

$d = $c->request('CreateDomainRequest', [
    'name' => 'Example.COM',
    'a' => [
        ['n' => 'zimbraDomainMaxAccounts', '_content' => 50],
        ['n' => 'description', '_content' => 'Customer <42> & "friends"'],
        ['n' => 'zimbraVirtualHostname', '_content' => 'mail.example.com'],
        ['n' => 'zimbraVirtualHostname', '_content' => 'webmail.example.com'],
    ],
]);
$domain = $d['domain'][0];
echo $domain['name'], "\n";
var_dump((bool) preg_match('/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/', $domain['id']));
$attrs = [];
foreach ($domain['a'] as $a) {
    $attrs[$a['n']][] = $a['_content'];
}
var_dump($attrs['description'], $attrs['zimbraVirtualHostname'], $attrs['zimbraDomainMaxAccounts']);

$a = $c->request('CreateAccountRequest', [
    'name' => 'jdoe@example.com',
    'password' => 'S3cret!pass',
    'a' => [['n' => 'displayName', '_content' => "Jürgen \u{1F600} O'Neil"], ['n' => 'zimbraMailQuota', '_content' => 1 << 30]],
]);
$id = $a['account'][0]['id'];

// Scalars as attributes, booleans as 1/0, a single child as an associative array.
$g = $c->request('GetAccountRequest', [
    'applyCos' => false,
    'attrs' => 'displayName,zimbraMailQuota,zimbraAccountStatus',
    'account' => ['by' => 'id', '_content' => $id],
]);
var_dump($g['_jsns']);
var_dump($g['account'][0]['name'], $g['account'][0]['id'] === $id);
foreach ($g['account'][0]['a'] as $attr) {
    echo $attr['n'], ' = ', $attr['_content'], "\n";
}

// Lists of scalars repeat an element with text; null leaves an attribute out.
$m = $c->request('ModifyAccountRequest', [
    'id' => $id,
    'ignored' => null,
    'a' => [['n' => 'zimbraAccountStatus', '_content' => 'locked'], ['n' => 'displayName', '_content' => '']],
]);
$after = array_column($m['account'][0]['a'], '_content', 'n');
var_dump($after['zimbraAccountStatus'], isset($after['displayName']));

// An element given as a plain string holds just text.
$g2 = $c->request('GetDomainRequest', ['applyConfig' => 0, 'attrs' => 'zimbraDomainStatus', 'domain' => ['by' => 'name', '_content' => 'example.com']]);
var_dump(count($g2['domain'][0]['a']), $g2['domain'][0]['a'][0]['_content']);

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
?>
--EXPECT--
example.com
bool(true)
array(1) {
  [0]=>
  string(25) "Customer <42> & "friends""
}
array(2) {
  [0]=>
  string(16) "mail.example.com"
  [1]=>
  string(19) "webmail.example.com"
}
array(1) {
  [0]=>
  string(2) "50"
}
string(15) "urn:zimbraAdmin"
string(16) "jdoe@example.com"
bool(true)
displayName = Jürgen 😀 O'Neil
zimbraMailQuota = 1073741824
zimbraAccountStatus = active
string(6) "locked"
bool(false)
int(1)
string(6) "active"
string(10) "urn:zimbra"
r1 urn:zimbraAdmin jdoe@example.com
r2 account.NO_SUCH_ACCOUNT
