--TEST--
An Account made in PHP (for tests) reads its aliases, quota, display name, COS, status and attribute lists
--EXTENSIONS--
zimbra
--FILE--
<?php
$a = new Zimbra\Account('8a64a712-cceb-4e03-b5ce-c131481bb455', 'jdoe@example.com', [
    'zimbraMailAlias' => ['john@example.com', 'j@example.com'],
    'zimbraMailQuota' => '2147483648',
    'displayName' => 'John Doe',
]);
var_dump($a->getAliases(), $a->getQuota(), $a->getDisplayName(), $a->getCosId(), $a->getStatus(), $a->matchedAlias);
var_dump($a->attrs['displayName'], $a->get('zimbraMailAlias'), $a->getAll('nothing'));
--EXPECT--
array(2) {
  [0]=>
  string(16) "john@example.com"
  [1]=>
  string(13) "j@example.com"
}
int(2147483648)
string(8) "John Doe"
NULL
string(6) "active"
NULL
array(1) {
  [0]=>
  string(8) "John Doe"
}
string(16) "john@example.com"
array(0) {
}
