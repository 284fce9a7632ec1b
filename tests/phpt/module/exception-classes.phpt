--TEST--
The classes are registered: Client (final) and the exceptions, each a Zimbra\Exception and an SPL exception of its kind
--EXTENSIONS--
zimbra
--FILE--
<?php
foreach (['Zimbra\Client', 'Zimbra\ValidationException', 'Zimbra\TransportException', 'Zimbra\ResponseException',
          'Zimbra\FaultException', 'Zimbra\AuthenticationException'] as $class) {
    echo $class, ' ', class_exists($class) ? 'exists' : 'missing', "\n";
}
var_dump(interface_exists('Zimbra\Exception'));
var_dump(is_subclass_of('Zimbra\ValidationException', 'InvalidArgumentException'));
var_dump(is_subclass_of('Zimbra\TransportException', 'RuntimeException'));
var_dump(is_subclass_of('Zimbra\AuthenticationException', 'Zimbra\FaultException'));
foreach (['Zimbra\ValidationException', 'Zimbra\TransportException', 'Zimbra\ResponseException', 'Zimbra\FaultException'] as $c) {
    var_dump(is_subclass_of($c, 'Zimbra\Exception'));
}
var_dump((new ReflectionClass('Zimbra\Client'))->isFinal());
?>
--EXPECT--
Zimbra\Client exists
Zimbra\ValidationException exists
Zimbra\TransportException exists
Zimbra\ResponseException exists
Zimbra\FaultException exists
Zimbra\AuthenticationException exists
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
