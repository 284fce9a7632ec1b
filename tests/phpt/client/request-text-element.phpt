--TEST--
request(): an element given as a plain string holds just text
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

// An element given as a plain string holds just text.
$g2 = $c->request('GetDomainRequest', ['applyConfig' => 0, 'attrs' => 'zimbraDomainStatus', 'domain' => ['by' => 'name', '_content' => 'example.com']]);
var_dump(count($g2['domain'][0]['a']), $g2['domain'][0]['a'][0]['_content']);
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
int(1)
string(6) "active"
