--TEST--
A Preauth object never shows its key: not in dumps, JSON or exports
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$key = '6b7ead4bd425836e8cf0079cd6c1a05acc127acd07c8ee4b61023e19250e929c';
$p = new Zimbra\Preauth($key);

// The key is never shown.
$dump = print_r($p, true) . var_export($p, true) . json_encode($p);
var_dump(str_contains($dump, $key));
var_dump($p);
--EXPECTF--
bool(false)
object(Zimbra\Preauth)#%d (1) {
  ["hasKey"]=>
  bool(true)
}
