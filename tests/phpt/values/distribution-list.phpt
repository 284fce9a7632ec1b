--TEST--
A DistributionList made without members has none and is not dynamic
--EXTENSIONS--
zimbra
--FILE--
<?php
$l = new Zimbra\DistributionList('l', 'list@example.com');
var_dump($l->members, $l->dynamic);
--EXPECT--
array(0) {
}
bool(false)
