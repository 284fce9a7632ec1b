--TEST--
getPreauthKey() and ensurePreauthKey(): a domain key read, made once, and never shown
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$key = '6b7ead4bd425836e8cf0079cd6c1a05acc127acd07c8ee4b61023e19250e929c';
$p = new Zimbra\Preauth($key);

$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('sso.example');
var_dump($z->getPreauthKey('sso.example'));
$k = $z->ensurePreauthKey('sso.example');
var_dump(strlen($k), (bool) preg_match("/^[0-9a-f]{64}$/", $k), $z->ensurePreauthKey('sso.example') === $k, $z->getPreauthKey('sso.example') === $k);
var_dump($z->getDomain('sso.example')->get('zimbraPreAuthKey'));
try {
    $z->getPreauthKey('missing.example');
} catch (Zimbra\FaultException $e) {
    echo $e->getFaultCode(), "\n";
}
--EXPECTF--
NULL
int(64)
bool(true)
bool(true)
bool(true)
string(13) "VALUE-BLOCKED"
account.NO_SUCH_DOMAIN
