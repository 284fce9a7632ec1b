--TEST--
A Domain's getters: an empty zimbraDomainMaxAccounts is no limit (null), the status as set, no aggregate quota is 0
--EXTENSIONS--
zimbra
--FILE--
<?php
$d = new Zimbra\Domain('d', 'example.com', ['zimbraDomainMaxAccounts' => '', 'zimbraDomainStatus' => 'locked']);
var_dump($d->getMaxAccounts(), $d->getStatus(), $d->getAggregateQuota());
--EXPECT--
NULL
string(6) "locked"
int(0)
