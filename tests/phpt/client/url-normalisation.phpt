--TEST--
A server URL without port or path gets Zimbra's admin port 7071 and /service/admin/soap/; one with them keeps them
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';

echo (new Zimbra\Client('https://mail.example.com'))->getUrl(), "\n";
echo (new Zimbra\Client('https://mail.example.com:9071/service/admin/soap'))->getUrl(), "\n";
echo (new Zimbra\Client('https://127.0.0.1:8443/'))->getUrl(), "\n";
echo (new Zimbra\Client('http://127.0.0.1:8080', ['allow_http' => true]))->getUrl(), "\n";
--EXPECT--
https://mail.example.com:7071/service/admin/soap/
https://mail.example.com:9071/service/admin/soap
https://127.0.0.1:8443/service/admin/soap/
http://127.0.0.1:8080/service/admin/soap/
