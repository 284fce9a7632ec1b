--TEST--
A Zimbra\Batch kept past its callback takes no more items, and none can be made with new
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('b.example');
$jane = $z->createAccount('jane@b.example', 'Long-enough-1');
$kept = null;
$z->batch(function (Zimbra\Batch $b) use (&$kept) { $kept = $b; $b->getAccount('jane@b.example'); });
show_throw(fn() => $kept->getAccount('jane@b.example'));
show_throw(fn() => new Zimbra\Batch());
?>
--EXPECT--
Error: This Zimbra\Batch was already sent; queue requests inside the batch() callback
Error: Call to private Zimbra\Batch::__construct() from global scope
