--TEST--
request(): a list of scalars repeats an element with text, and null leaves an attribute out
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

// Lists of scalars repeat an element with text; null leaves an attribute out.
$m = $c->request('ModifyAccountRequest', [
    'id' => $id,
    'ignored' => null,
    'a' => [['n' => 'zimbraAccountStatus', '_content' => 'locked'], ['n' => 'displayName', '_content' => '']],
]);
$after = array_column($m['account'][0]['a'], '_content', 'n');
var_dump($after['zimbraAccountStatus'], isset($after['displayName']));
--EXPECT--
string(6) "locked"
bool(false)
