--TEST--
request(): scalars become attributes, booleans 1/0, and a single child is an associative array
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
--EXPECT--
string(15) "urn:zimbraAdmin"
string(16) "jdoe@example.com"
bool(true)
displayName = Jürgen 😀 O'Neil
zimbraMailQuota = 1073741824
zimbraAccountStatus = active
