--TEST--
Preauth::compute() gives the known answer of Zimbra's preauth documentation, and url() carries it
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$key = '6b7ead4bd425836e8cf0079cd6c1a05acc127acd07c8ee4b61023e19250e929c';
$p = new Zimbra\Preauth($key);

// The known answer from Zimbra's preauth documentation.
var_dump($p->compute('john.doe@domain.com', 1135280708088));
var_dump($p->compute('john.doe@domain.com', 1135280708088, 0, 'name') === hash_hmac('sha1', 'john.doe@domain.com|name|0|1135280708088', $key));
echo $p->url('https://mail.example.com/', 'john.doe@domain.com', 1135280708088), "\n";
--EXPECTF--
string(40) "b248f6cfd027edd45c5369f8490125204772f844"
bool(true)
https://mail.example.com/service/preauth?account=john.doe%40domain.com&by=name&timestamp=1135280708088&expires=0&preauth=b248f6cfd027edd45c5369f8490125204772f844
