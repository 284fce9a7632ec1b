--TEST--
Value objects are readonly and take no dynamic properties
--EXTENSIONS--
zimbra
--FILE--
<?php
$a = new Zimbra\Account('8a64a712-cceb-4e03-b5ce-c131481bb455', 'jdoe@example.com', [
    'zimbraMailAlias' => ['john@example.com', 'j@example.com'],
    'zimbraMailQuota' => '2147483648',
    'displayName' => 'John Doe',
]);

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
--EXPECT--
Error: Cannot modify readonly property Zimbra\Entry::$name
Error: Cannot create dynamic property Zimbra\Account::$extra
