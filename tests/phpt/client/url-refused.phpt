--TEST--
A server URL that is plain http (without allow_http), not https, carries credentials, a query, a NUL or nothing is refused before anything is sent
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';

show_throw(fn() => new Zimbra\Client('http://mail.example.com'));
show_throw(fn() => new Zimbra\Client('ftp://mail.example.com'));
show_throw(fn() => new Zimbra\Client('https://admin:hunter2@mail.example.com'));
show_throw(fn() => new Zimbra\Client('https://mail.example.com/?debug=1'));
show_throw(fn() => new Zimbra\Client(''));
show_throw(fn() => new Zimbra\Client("https://mail.example.com\0evil"));
--EXPECT--
Zimbra\ValidationException: The server URL uses plain http, which would send the admin password unencrypted; use https (or set allow_http for a trusted local link)
Zimbra\ValidationException: The server URL must start with https://
Zimbra\ValidationException: The server URL must not contain a user name or password; pass them to login()
Zimbra\ValidationException: The server URL must not contain a query (?) or fragment (#)
Zimbra\ValidationException: The server URL is empty; expected https://host[:port]
ValueError: Zimbra\Client::__construct(): Argument #1 ($url) must not contain any null bytes
