--TEST--
Preauth::url() without a timestamp uses now, which Zimbra accepts for 5 minutes
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$key = '6b7ead4bd425836e8cf0079cd6c1a05acc127acd07c8ee4b61023e19250e929c';
$p = new Zimbra\Preauth($key);

// Without a timestamp, "now" is used: Zimbra accepts it within 5 minutes.
// Read between two readings of the clock (milliseconds, rounded outwards): no window to miss.
$before = (int) floor(microtime(true) * 1000);
parse_str(parse_url($p->url('https://mail.example.com', 'x@example.com'), PHP_URL_QUERY), $q);
$after = (int) ceil(microtime(true) * 1000);
var_dump($before <= (int) $q['timestamp'] && (int) $q['timestamp'] <= $after);
--EXPECTF--
bool(true)
