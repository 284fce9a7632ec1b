--TEST--
The extension loads and says its version: Zimbra\VERSION equals phpversion('zimbra') and is X.Y.Z
--EXTENSIONS--
zimbra
--FILE--
<?php
var_dump(extension_loaded('zimbra'));
var_dump(Zimbra\VERSION === phpversion('zimbra'));
var_dump((bool) preg_match('/^\d+\.\d+\.\d+$/', Zimbra\VERSION));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
