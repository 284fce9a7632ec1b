--TEST--
Value objects: constructible for tests, readonly, attribute lists in order
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
try {
    $a->name = 'other@example.com';
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $a->extra = 1;
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$d = new Zimbra\Domain('d', 'example.com', ['zimbraDomainMaxAccounts' => '', 'zimbraDomainStatus' => 'locked']);
var_dump($d->getMaxAccounts(), $d->getStatus(), $d->getAggregateQuota());
$l = new Zimbra\DistributionList('l', 'list@example.com');
var_dump($l->members, $l->dynamic);
$c = new Zimbra\Cos('e00428a1-0c00-11d9-836a-000d93afea2a', 'default', ['zimbraMailQuota' => 1024]);
var_dump($c->isDefault(), $c->getMailQuota());
var_dump((new Zimbra\QuotaUsage('i', 'n@example.com', 50, 200))->getPercentUsed());
try {
    new Zimbra\Account('i', 'n', [5 => 'x']);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump((new ReflectionClass(Zimbra\Entry::class))->isAbstract());
?>
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
Error: Cannot modify readonly property Zimbra\Entry::$name
Error: Cannot create dynamic property Zimbra\Account::$extra
NULL
string(6) "locked"
int(0)
array(0) {
}
bool(false)
bool(true)
int(1024)
float(25)
ValueError: Zimbra\Entry::__construct(): Argument #3 ($attrs) must be keyed by attribute name
bool(true)
