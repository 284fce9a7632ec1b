--TEST--
Cos tells the default class apart and reads its quota; QuotaUsage gives the percentage used
--EXTENSIONS--
zimbra
--FILE--
<?php
$c = new Zimbra\Cos('e00428a1-0c00-11d9-836a-000d93afea2a', 'default', ['zimbraMailQuota' => 1024]);
var_dump($c->isDefault(), $c->getMailQuota());

var_dump((new Zimbra\QuotaUsage('i', 'n@example.com', 50, 200))->getPercentUsed());
--EXPECT--
bool(true)
int(1024)
float(25)
