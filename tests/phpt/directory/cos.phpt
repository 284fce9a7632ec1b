--TEST--
listCos() lists every class of service (the default marked); getCos() reads one by name or id, null when missing, a malformed name refused
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('s.example');
foreach (['alice', 'albert', 'bob', 'carol', 'dave'] as $i => $u) {
    $a = $z->createAccount("$u@s.example", 'Long-enough-1', ['displayName' => ucfirst($u), 'zimbraMailQuota' => ($i + 1) * 1000]);
    zimbra_sim_control($sim, '/usage', ['account' => "$u@s.example", 'bytes' => ($i + 1) * 100]);
}
$z->addAccountAlias($a->id, 'boss@s.example');
$z->createDistributionList('staff@s.example');

foreach ($z->listCos() as $cos) {
    echo get_class($cos), ' ', $cos->name, ' ', $cos->isDefault() ? 'default' : '-', "\n";
}
$default = $z->getCos('default');
var_dump($default->id, $default->getMailQuota(), $default->get('zimbraPasswordMinLength'));
var_dump($z->getCos('e00428a1-0c00-11d9-836a-000d93afea2a')->name, $z->getCos('gold'));
show_throw(fn() => $z->getCos('no spaces allowed'));
--EXPECTF--
Zimbra\Cos default default
Zimbra\Cos defaultExternal -
string(36) "e00428a1-0c00-11d9-836a-000d93afea2a"
int(0)
string(1) "6"
string(7) "default"
NULL
Zimbra\ValidationException: A class of service is named with letters, digits, '-', '_' and '.', or given by id
