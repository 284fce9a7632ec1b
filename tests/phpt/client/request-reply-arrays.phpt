--TEST--
request() sends an array as Zimbra's JSON form (attributes, <a n> lists, escaped text) and returns the reply in that form
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
