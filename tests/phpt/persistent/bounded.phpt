--TEST--
Persistent sessions are bounded by zimbra.persistent_max: the least recently used free one is dropped; none is dropped while in use
--EXTENSIONS--
zimbra
--INI--
zimbra.persistent_max=2
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$seed = zimbra_client($sim);
foreach (['a', 'b', 'c'] as $who) {
    $seed->request('CreateAccountRequest', ['name' => "admin-$who@zimbra.test", 'password' => "Admin-$who-Pass1",
        'a' => [['n' => 'zimbraIsAdminAccount', '_content' => 'TRUE']]]);
}
unset($seed);

function kept(): string
{
    ob_start();
    phpinfo(INFO_MODULES);
    preg_match('/Kept sessions \(this process\) => (\d+)/', ob_get_clean(), $m);
    return $m[1] ?? '?';
}

function page(array $sim, string $who): string
{
    $c = zimbra_client($sim, ['persistent' => true], false);
    $c->login("admin-$who@zimbra.test", "Admin-$who-Pass1");
    $c->request('NoOpRequest');
    return $who . ($c->getStats()['reused'] ? ' reused' : ' new');
}

echo implode(', ', [page($sim, 'a'), page($sim, 'b'), page($sim, 'c')]), "; kept: ", kept(), "\n";
// a was the least recently used: it went when c came.
echo implode(', ', [page($sim, 'c'), page($sim, 'a'), page($sim, 'c')]), "; kept: ", kept(), "\n";
// b went when a came back.
echo page($sim, 'b'), "; kept: ", kept(), "\n";

// Sessions in use are never dropped: with both held, a third one lives for its object only.
$x = zimbra_client($sim, ['persistent' => true], false);
$x->login('admin-a@zimbra.test', 'Admin-a-Pass1');
$y = zimbra_client($sim, ['persistent' => true], false);
$y->login('admin-b@zimbra.test', 'Admin-b-Pass1');
$z = zimbra_client($sim, ['persistent' => true], false);
$z->login('admin-c@zimbra.test', 'Admin-c-Pass1');
echo "all three work: ", var_export(is_array($x->request('NoOpRequest')) && is_array($y->request('NoOpRequest'))
    && is_array($z->request('NoOpRequest')), true), "; kept: ", kept(), "\n";
unset($z);
echo "held ones stay: ", page($sim, 'c'), "; kept: ", kept(), "\n";
echo "ini: ", ini_get('zimbra.persistent_max'), ", scripts cannot change it: ", var_export(ini_set('zimbra.persistent_max', '5'), true), "\n";
?>
--EXPECT--
a new, b new, c new; kept: 2
c reused, a new, c reused; kept: 2
b new; kept: 2
all three work: true; kept: 2
held ones stay: c new; kept: 2
ini: 2, scripts cannot change it: false
