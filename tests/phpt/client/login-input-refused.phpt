--TEST--
An empty user name or password, or one with a NUL or control character, is refused before anything is sent
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim, [], false);
var_dump($c->isLoggedIn());

show_throw(fn() => $c->login('', 'x'));
show_throw(fn() => $c->login('admin', ''));
show_throw(fn() => $c->login("admin\0x", 'pw'));
show_throw(fn() => $c->login("admin\x01", 'pw'));
--EXPECT--
bool(false)
Zimbra\ValidationException: The admin user name is empty
Zimbra\ValidationException: The admin password is empty
ValueError: Zimbra\Client::login(): Argument #1 ($username) must not contain any null bytes
Zimbra\ValidationException: The value of attribute 'name' contains the character U+0001, which XML 1.0 cannot carry
