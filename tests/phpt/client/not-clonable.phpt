--TEST--
A Client cannot be cloned, serialized or given dynamic properties
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';

// Clients cannot be cloned or serialized.
$c = new Zimbra\Client('https://mail.example.com');
show_throw(fn() => clone $c);
show_throw(fn() => serialize($c));
show_throw(function () use ($c) { $c->dynamic = 1; });
--EXPECT--
Error: Trying to clone an uncloneable object of class Zimbra\Client
Exception: Serialization of 'Zimbra\Client' is not allowed
Error: Cannot create dynamic property Zimbra\Client::$dynamic
