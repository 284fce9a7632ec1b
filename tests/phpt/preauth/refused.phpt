--TEST--
Preauth refuses serialization, a key that is not 32 to 128 hex digits, an account with '|', and a webmail URL that is not plain http(s)
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$key = '6b7ead4bd425836e8cf0079cd6c1a05acc127acd07c8ee4b61023e19250e929c';
$p = new Zimbra\Preauth($key);

show_throw(fn() => serialize($p));
show_throw(fn() => new Zimbra\Preauth('not-hex'));
show_throw(fn() => new Zimbra\Preauth('abcd'));
show_throw(fn() => $p->compute('a|b@example.com', 1));
show_throw(fn() => $p->url('javascript:alert(1)', 'a@example.com'));
show_throw(fn() => $p->url('https://mail.example.com?x=1', 'a@example.com'));
--EXPECTF--
Exception: Serialization of 'Zimbra\Preauth' is not allowed
Zimbra\ValidationException: A preauth key is 32 to 128 hexadecimal characters (zimbraPreAuthKey; Zimbra makes 64)
Zimbra\ValidationException: A preauth key is 32 to 128 hexadecimal characters (zimbraPreAuthKey; Zimbra makes 64)
Zimbra\ValidationException: The account for preauth must be an address or id: UTF-8, 1 to 1024 characters, no '|' or control characters
Zimbra\ValidationException: The webmail URL must be an http(s) URL without query or fragment, e.g. https://mail.example.com
Zimbra\ValidationException: The webmail URL must be an http(s) URL without query or fragment, e.g. https://mail.example.com
