--TEST--
Fork: a client alive across pcntl_fork() opens the child's own connection (persistent or not); no reply reaches the wrong process, and the child's exit leaves the parent's connection alone
--EXTENSIONS--
zimbra
pcntl
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$seed = zimbra_client($sim);
$seed->createDomain('fork.test');
foreach (['p0', 'p1', 'c0', 'c1'] as $who) {
    $seed->createAccount("$who@fork.test", 'Fork-Test-Pass1');
}

/** 60 lookups of this process's own two accounts; how many answers were another's, and errors. */
function lookups(Zimbra\Client $c, array $mine): array
{
    $wrong = $errors = 0;
    for ($i = 0; $i < 60; $i++) {
        $name = $mine[$i % 2] . '@fork.test';
        try {
            if ($c->getAccount($name)?->name !== $name) {
                $wrong++;
            }
        } catch (Throwable $e) {
            $errors++;
        }
    }
    return ['wrong' => $wrong, 'errors' => $errors];
}

// A kept session of the parent's, free for the taking: a child must still never take it.
$kept = zimbra_client($sim, ['persistent' => true]);
unset($kept);

foreach ([false, true] as $persistent) {
    $c = zimbra_client($sim, ['persistent' => $persistent]);
    $c->getAccount('p0@fork.test');  // the connection is open when the process forks
    $before = $c->getStats();
    $report = tempnam(sys_get_temp_dir(), 'zimbra-fork');
    $pid = pcntl_fork();
    if ($pid === 0) {
        $r = lookups($c, ['c0', 'c1']);
        $s = $c->getStats();
        $r['own_connection'] = $s['connections'] === $before['connections'] + 1;
        // A new persistent client in the child never takes the parent's kept session.
        $n = zimbra_client($sim, ['persistent' => true]);
        $r['took_parents'] = $n->getStats()['reused'];
        file_put_contents($report, json_encode($r));
        exit(0);
    }
    $mine = lookups($c, ['p0', 'p1']);
    pcntl_waitpid($pid, $status);
    $child = json_decode(file_get_contents($report), true);
    unlink($report);
    // The child has exited (and freed its copy of the client): the parent's connection is still the one it had.
    $after = lookups($c, ['p0', 'p1']);
    $s = $c->getStats();
    printf("persistent=%s parent: wrong=%d errors=%d; child: wrong=%d errors=%d own connection=%s took the parent's=%s; "
        . "after the child exited: wrong=%d errors=%d new connections=%d\n",
        var_export($persistent, true), $mine['wrong'], $mine['errors'], $child['wrong'], $child['errors'],
        var_export($child['own_connection'], true), var_export($child['took_parents'], true),
        $after['wrong'], $after['errors'], $s['connections'] - $before['connections']);
    unset($c);
}
?>
--EXPECT--
persistent=false parent: wrong=0 errors=0; child: wrong=0 errors=0 own connection=true took the parent's=false; after the child exited: wrong=0 errors=0 new connections=0
persistent=true parent: wrong=0 errors=0; child: wrong=0 errors=0 own connection=true took the parent's=false; after the child exited: wrong=0 errors=0 new connections=0
