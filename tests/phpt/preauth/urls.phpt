--TEST--
Preauth: Zimbra's known answer, URLs with the address and redirect escaped, the key never shown, bad input refused
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
// '+' must survive the query string; the HMAC covers the raw address.
$url = $p->url('https://mail.example.com', 'a+b@example.com', 1700000000000, 3600000, 'https://mail.example.com/#1');
echo $url, "\n";
parse_str(parse_url($url, PHP_URL_QUERY), $q);
var_dump($q['account'], $q['preauth'] === hash_hmac('sha1', 'a+b@example.com|name|3600000|1700000000000', $key));
// Without a timestamp, "now" is used: Zimbra accepts it within 5 minutes.
// Read between two readings of the clock (milliseconds, rounded outwards): no window to miss.
$before = (int) floor(microtime(true) * 1000);
parse_str(parse_url($p->url('https://mail.example.com', 'x@example.com'), PHP_URL_QUERY), $q);
$after = (int) ceil(microtime(true) * 1000);
var_dump($before <= (int) $q['timestamp'] && (int) $q['timestamp'] <= $after);
// The key is never shown.
$dump = print_r($p, true) . var_export($p, true) . json_encode($p);
var_dump(str_contains($dump, $key));
var_dump($p);
show_throw(fn() => serialize($p));
show_throw(fn() => new Zimbra\Preauth('not-hex'));
show_throw(fn() => new Zimbra\Preauth('abcd'));
show_throw(fn() => $p->compute('a|b@example.com', 1));
show_throw(fn() => $p->url('javascript:alert(1)', 'a@example.com'));
show_throw(fn() => $p->url('https://mail.example.com?x=1', 'a@example.com'));
--EXPECTF--
string(40) "b248f6cfd027edd45c5369f8490125204772f844"
bool(true)
https://mail.example.com/service/preauth?account=john.doe%40domain.com&by=name&timestamp=1135280708088&expires=0&preauth=b248f6cfd027edd45c5369f8490125204772f844
https://mail.example.com/service/preauth?account=a%2Bb%40example.com&by=name&timestamp=1700000000000&expires=3600000&preauth=%s&redirectURL=https%3A%2F%2Fmail.example.com%2F%231
string(15) "a+b@example.com"
bool(true)
bool(true)
bool(false)
object(Zimbra\Preauth)#%d (1) {
  ["hasKey"]=>
  bool(true)
}
Exception: Serialization of 'Zimbra\Preauth' is not allowed
Zimbra\ValidationException: A preauth key is 32 to 128 hexadecimal characters (zimbraPreAuthKey; Zimbra makes 64)
Zimbra\ValidationException: A preauth key is 32 to 128 hexadecimal characters (zimbraPreAuthKey; Zimbra makes 64)
Zimbra\ValidationException: The account for preauth must be an address or id: UTF-8, 1 to 1024 characters, no '|' or control characters
Zimbra\ValidationException: The webmail URL must be an http(s) URL without query or fragment, e.g. https://mail.example.com
Zimbra\ValidationException: The webmail URL must be an http(s) URL without query or fragment, e.g. https://mail.example.com
