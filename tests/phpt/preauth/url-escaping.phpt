--TEST--
Preauth::url() escapes the address ('+' survives) and the redirect URL, while the HMAC covers the raw address
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$key = '6b7ead4bd425836e8cf0079cd6c1a05acc127acd07c8ee4b61023e19250e929c';
$p = new Zimbra\Preauth($key);

// '+' must survive the query string; the HMAC covers the raw address.
$url = $p->url('https://mail.example.com', 'a+b@example.com', 1700000000000, 3600000, 'https://mail.example.com/#1');
echo $url, "\n";
parse_str(parse_url($url, PHP_URL_QUERY), $q);
var_dump($q['account'], $q['preauth'] === hash_hmac('sha1', 'a+b@example.com|name|3600000|1700000000000', $key));
--EXPECTF--
https://mail.example.com/service/preauth?account=a%2Bb%40example.com&by=name&timestamp=1700000000000&expires=3600000&preauth=%s&redirectURL=https%3A%2F%2Fmail.example.com%2F%231
string(15) "a+b@example.com"
bool(true)
