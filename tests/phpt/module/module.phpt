--TEST--
The extension loads, registers its classes and constant, and has a phpinfo() section
--EXTENSIONS--
zimbra
--FILE--
<?php
var_dump(extension_loaded('zimbra'));
var_dump(Zimbra\VERSION === phpversion('zimbra'));
var_dump((bool) preg_match('/^\d+\.\d+\.\d+$/', Zimbra\VERSION));
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
$r = new ReflectionClass('Zimbra\Client');
var_dump($r->isFinal());
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
var_dump(str_contains($info, 'Zimbra Admin SOAP client => enabled'));
var_dump(str_contains($info, 'Version => ' . Zimbra\VERSION));
var_dump((bool) preg_match('/libcurl => \d/', $info));
var_dump((bool) preg_match('/OpenSSL => OpenSSL \d/', $info));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
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
bool(true)
bool(true)
bool(true)
bool(true)
