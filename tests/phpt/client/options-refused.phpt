--TEST--
An unknown option, an option of the wrong type (TypeError) or out of range, or an unreadable file (ValueError) is refused, naming the option
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';

show_throw(fn() => new Zimbra\Client('https://mail.example.com', ['verfy_peer' => false]));
show_throw(fn() => new Zimbra\Client('https://mail.example.com', ['verify_peer' => 'false']));
show_throw(fn() => new Zimbra\Client('https://mail.example.com', ['timeout' => 0]));
show_throw(fn() => new Zimbra\Client('https://mail.example.com', ['timeout' => '10']));
show_throw(fn() => new Zimbra\Client('https://mail.example.com', ['connect_timeout' => -1]));
show_throw(fn() => new Zimbra\Client('https://mail.example.com', ['ca_file' => '/nonexistent/ca.pem']));
show_throw(fn() => new Zimbra\Client('https://mail.example.com', ['pinned_public_key' => 'sha256//short']));
show_throw(fn() => new Zimbra\Client('https://mail.example.com', ['max_response_size' => 10]));
show_throw(fn() => new Zimbra\Client('https://mail.example.com', [5 => true]));
show_throw(fn() => new Zimbra\Client('https://mail.example.com', ['user_agent' => '']));
show_throw(fn() => new Zimbra\Client('https://mail.example.com', ['user_agent' => 42]));
show_throw(fn() => new Zimbra\Client('https://mail.example.com', ['max_response_size' => '1M']));
show_throw(fn() => new Zimbra\Client('https://mail.example.com', ['batch_size' => 1.5]));
--EXPECT--
ValueError: Zimbra\Client::__construct(): Argument #2 ($options) has an unknown option 'verfy_peer'. Known options: verify_peer, ca_file, pinned_public_key, timeout, connect_timeout, user_agent, max_response_size, allow_http, max_requests_per_second, batch_size, persistent
TypeError: Zimbra\Client::__construct(): Argument #2 ($options) option 'verify_peer' must be of type bool, string given
ValueError: Zimbra\Client::__construct(): Argument #2 ($options) option 'timeout' must be more than 0 and at most 86400 seconds
TypeError: Zimbra\Client::__construct(): Argument #2 ($options) option 'timeout' must be of type int|float (seconds), string given
ValueError: Zimbra\Client::__construct(): Argument #2 ($options) option 'connect_timeout' must be more than 0 and at most 86400 seconds
ValueError: Zimbra\Client::__construct(): Argument #2 ($options) option 'ca_file' must be a readable file; '/nonexistent/ca.pem' does not exist or cannot be read
ValueError: Zimbra\Client::__construct(): Argument #2 ($options) option 'pinned_public_key' must be 'sha256//' followed by the base64 SHA-256 of the server's public key (44 characters), or a readable public key file
ValueError: Zimbra\Client::__construct(): Argument #2 ($options) option 'max_response_size' must be at least 1024 (bytes)
ValueError: Zimbra\Client::__construct(): Argument #2 ($options) must name its options; found the integer key 5. Known options: verify_peer, ca_file, pinned_public_key, timeout, connect_timeout, user_agent, max_response_size, allow_http, max_requests_per_second, batch_size, persistent
ValueError: Zimbra\Client::__construct(): Argument #2 ($options) option 'user_agent' must be a non-empty string without NUL bytes
TypeError: Zimbra\Client::__construct(): Argument #2 ($options) option 'user_agent' must be of type string, int given
TypeError: Zimbra\Client::__construct(): Argument #2 ($options) option 'max_response_size' must be of type int, string given
TypeError: Zimbra\Client::__construct(): Argument #2 ($options) option 'batch_size' must be of type int, float given
