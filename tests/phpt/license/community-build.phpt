--TEST--
A community build enforces nothing: every key is valid, and a script cannot set the vendor key
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';

// This process is a community build: nothing is checked.
var_dump(Zimbra\License::isEnforced());
$r = Zimbra\License::check('ANY-KEY');
var_dump($r['status'], $r['enforced'], $r['message']);
ini_set('zimbra.license_public_key', 'AAAA');  // system setting: a script cannot change it
var_dump(ini_get('zimbra.license_public_key'));
--EXPECTF--
bool(false)
string(5) "valid"
bool(false)
string(33) "Community build: licensing is off"
string(0) ""
