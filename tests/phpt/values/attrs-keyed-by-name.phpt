--TEST--
Attributes of a value object must be keyed by name (ValueError otherwise), and Entry is abstract
--EXTENSIONS--
zimbra
--FILE--
<?php
try {
    new Zimbra\Account('i', 'n', [5 => 'x']);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump((new ReflectionClass(Zimbra\Entry::class))->isAbstract());
--EXPECT--
ValueError: Zimbra\Entry::__construct(): Argument #3 ($attrs) must be keyed by attribute name
bool(true)
