--TEST--
Client: URL normalisation and strict option checking, before anything is sent
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';

echo (new Zimbra\Client('https://mail.example.com'))->getUrl(), "\n";
echo (new Zimbra\Client('https://mail.example.com:9071/service/admin/soap'))->getUrl(), "\n";
echo (new Zimbra\Client('https://127.0.0.1:8443/'))->getUrl(), "\n";
echo (new Zimbra\Client('http://127.0.0.1:8080', ['allow_http' => true]))->getUrl(), "\n";

show_throw(fn() => new Zimbra\Client('http://mail.example.com'));
show_throw(fn() => new Zimbra\Client('ftp://mail.example.com'));
show_throw(fn() => new Zimbra\Client('https://admin:hunter2@mail.example.com'));
show_throw(fn() => new Zimbra\Client('https://mail.example.com/?debug=1'));
show_throw(fn() => new Zimbra\Client(''));
show_throw(fn() => new Zimbra\Client("https://mail.example.com\0evil"));
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

// Valid options of every kind are accepted.
$c = new Zimbra\Client('https://mail.example.com', [
    'verify_peer' => true, 'timeout' => 2.5, 'connect_timeout' => 1, 'user_agent' => 'test/1',
    'max_response_size' => 1 << 20, 'pinned_public_key' => 'sha256//' . base64_encode(str_repeat('k', 32)),
]);
var_dump($c->isLoggedIn());
// Clients cannot be cloned or serialized.
show_throw(fn() => clone $c);
show_throw(fn() => serialize($c));
show_throw(function () use ($c) { $c->dynamic = 1; });
?>
--EXPECT--
https://mail.example.com:7071/service/admin/soap/
https://mail.example.com:9071/service/admin/soap
https://127.0.0.1:8443/service/admin/soap/
http://127.0.0.1:8080/service/admin/soap/
Zimbra\ValidationException: The server URL uses plain http, which would send the admin password unencrypted; use https (or set allow_http for a trusted local link)
Zimbra\ValidationException: The server URL must start with https://
Zimbra\ValidationException: The server URL must not contain a user name or password; pass them to login()
Zimbra\ValidationException: The server URL must not contain a query (?) or fragment (#)
Zimbra\ValidationException: The server URL is empty; expected https://host[:port]
Zimbra\ValidationException: The server URL contains a NUL byte
Zimbra\ValidationException: Unknown option 'verfy_peer'. Known options: verify_peer, ca_file, pinned_public_key, timeout, connect_timeout, user_agent, max_response_size, allow_http, max_requests_per_second, batch_size, persistent
Zimbra\ValidationException: Option 'verify_peer' must be true or false, not string
Zimbra\ValidationException: Option 'timeout' must be more than 0 and at most 86400 seconds
Zimbra\ValidationException: Option 'timeout' must be a number of seconds, not string
Zimbra\ValidationException: Option 'connect_timeout' must be more than 0 and at most 86400 seconds
Zimbra\ValidationException: Option 'ca_file': the file '/nonexistent/ca.pem' does not exist or cannot be read
Zimbra\ValidationException: Option 'pinned_public_key' must be 'sha256//' followed by the base64 SHA-256 of the server's public key (44 characters), or a readable public key file
Zimbra\ValidationException: Option 'max_response_size' must be an integer of at least 1024 bytes
Zimbra\ValidationException: Options must be given by name; found the integer key 5. Known options: verify_peer, ca_file, pinned_public_key, timeout, connect_timeout, user_agent, max_response_size, allow_http, max_requests_per_second, batch_size, persistent
Zimbra\ValidationException: Option 'user_agent' must be a non-empty string
bool(false)
Error: Trying to clone an uncloneable object of class Zimbra\Client
Exception: Serialization of 'Zimbra\Client' is not allowed
Error: Cannot create dynamic property Zimbra\Client::$dynamic
