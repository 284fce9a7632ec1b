--TEST--
phpinfo() has a zimbra section: enabled, the version, the libcurl and OpenSSL it runs with
--EXTENSIONS--
zimbra
--FILE--
<?php
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
bool(true)
