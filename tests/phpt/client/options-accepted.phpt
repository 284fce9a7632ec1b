--TEST--
Valid options of every kind are accepted, and nothing is sent before login
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';

// Valid options of every kind are accepted.
$c = new Zimbra\Client('https://mail.example.com', [
    'verify_peer' => true, 'timeout' => 2.5, 'connect_timeout' => 1, 'user_agent' => 'test/1',
    'max_response_size' => 1 << 20, 'pinned_public_key' => 'sha256//' . base64_encode(str_repeat('k', 32)),
]);
var_dump($c->isLoggedIn());
--EXPECT--
bool(false)
