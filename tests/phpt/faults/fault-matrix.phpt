--TEST--
Fault matrix: every injected fault during every kind of operation gives the right exception in time, and the client goes on working
--EXTENSIONS--
zimbra
--FILE--
<?php
/*
 * Rows: kinds of operation. Columns: faults, injected on the operation's first request.
 *   ok  the operation succeeded (the client recovered by itself: re-login, fresh connection)
 *   T   TransportException after the request went out (wasSent(): Zimbra may have run it)
 *   t   TransportException before it went out (nothing reached Zimbra: a retry is safe)
 *   R   ResponseException
 * A slow reply must end in the client's own timeout (curl 28), never in a wait for the reply, and
 * the same client must then work again (a NoOp goes through), so no fault leaves it broken.
 */
require __DIR__ . '/../inc/sim.inc';
// No pacing and no DoS filter here: every cell's time is then the fault's alone.
$sim = zimbra_sim(['--dos-limit', '0']);
$timeout = zimbra_seconds(2);
$options = ['timeout' => $timeout, 'max_response_size' => 1 << 20, 'max_requests_per_second' => 0];
$closed = zimbra_closed_port();
$c = zimbra_client($sim, $options);
$c->createDomain('matrix.test');
$c->createAccount('seed@matrix.test', null);
$n = 0;

$ops = [
    'login' => fn() => zimbra_client($sim, $options),
    'read' => fn() => $c->getAccount('seed@matrix.test'),
    'write' => fn() => $c->createAccount('w' . ++$GLOBALS['n'] . '@matrix.test', null),
    'search' => fn() => $c->searchDirectory('(uid=seed)', [], ['domain' => 'matrix.test']),
    'stream' => fn() => iterator_to_array($c->listAccounts('matrix.test')),
    'batch' => fn() => $c->batch(function (Zimbra\Batch $b) {
        $b->getAccount('seed@matrix.test');
        $b->countAccounts('matrix.test');
    }),
    'purge' => function () use ($c) {
        $d = 'p' . ++$GLOBALS['n'] . '.test';
        $c->createDomain($d);
        $c->createAccount("x@$d", null);
        return $c->purgeDomain($d);
    },
    'preauth' => function () use ($c) {
        $d = 'k' . ++$GLOBALS['n'] . '.test';
        $c->createDomain($d);
        return $c->ensurePreauthKey($d);
    },
    'raw' => fn() => $c->request('GetVersionInfoRequest'),
];
// The fault is aimed at the operation's own first request (setup requests above run untouched).
$firstRequest = ['login' => 'AuthRequest', 'read' => 'GetAccountRequest', 'write' => 'CreateAccountRequest',
    'search' => 'SearchDirectoryRequest', 'stream' => 'SearchDirectoryRequest', 'batch' => 'BatchRequest',
    'purge' => 'SearchDirectoryRequest', 'preauth' => 'GetDomainRequest', 'raw' => 'GetVersionInfoRequest'];
$faults = [
    'reset' => ['kind' => 'reset'],
    'cut' => ['kind' => 'truncate'],
    'bad-xml' => ['kind' => 'malformed'],
    'doctype' => ['kind' => 'doctype'],
    'not-soap' => ['kind' => 'not-soap'],
    '429' => ['kind' => 'html', 'status' => 429],
    '503' => ['kind' => 'html', 'status' => 503],
    'slow' => ['kind' => 'delay', 'ms' => (int) ($timeout * 1000 * 3)],
    'huge' => ['kind' => 'oversized', 'bytes' => 2 << 20],
    'expired' => ['kind' => 'expire-tokens'],
    'closed' => ['kind' => 'close'],
    'restart' => null,   // the server drops every kept connection between two requests
    'refused' => null,   // nothing listens: the same operation on a client for a closed port
];

echo str_pad('', 8);
foreach (array_keys($faults) as $f) {
    echo str_pad($f, 9);
}
echo "\n";
$slowNotTimedOut = [];
$broken = [];
foreach ($ops as $op => $fn) {
    echo str_pad($op, 8);
    foreach ($faults as $label => $fault) {
        zimbra_sim_control($sim, '/reset-faults');
        $run = $fn;
        if ($label === 'restart') {
            $c->request('NoOpRequest');  // a kept connection to drop
            zimbra_sim_control($sim, '/drop-connections');
        } elseif ($label === 'refused') {
            $run = $op === 'login'
                ? fn() => (new Zimbra\Client("https://127.0.0.1:$closed", $options))->login('a@b.test', 'x')
                : fn() => (new Zimbra\Client("https://127.0.0.1:$closed", $options))->request('NoOpRequest');
        } else {
            zimbra_sim_control($sim, '/fault', $fault + ['on' => $firstRequest[$op]]);
        }
        try {
            $run();
            $cell = 'ok';
        } catch (Zimbra\TransportException $e) {
            $cell = $e->wasSent() ? 'T' : 't';
            if ($label === 'slow' && $e->getCode() !== 28) {
                $slowNotTimedOut[] = "$op: " . $e->getMessage();
            }
        } catch (Zimbra\ResponseException $e) {
            $cell = 'R';
        } catch (Throwable $e) {
            $cell = '?' . get_class($e) . ': ' . $e->getMessage();
        }
        echo str_pad($cell, 9);
        zimbra_sim_control($sim, '/reset-faults');
        try {
            $c->request('NoOpRequest');
        } catch (Throwable $e) {
            $broken[] = "$op/$label: " . $e->getMessage();
        }
    }
    echo "\n";
}
// One client through twelve restarts in a row, each closing the kept connection as a request
// arrives: each is invisible. (libcurl before 8.11 stops resending on a dead kept connection after
// five over a handle's life; the transport makes up for it.)
$restarts = 0;
for ($i = 0; $i < 12; $i++) {
    zimbra_sim_control($sim, '/fault', ['kind' => 'close']);
    try {
        $c->request('NoOpRequest');
        $restarts++;
    } catch (Throwable $e) {
        echo "restart $i: ", $e->getMessage(), "\n";
    }
}
echo "restarts survived: $restarts of 12\n";

// Refused at TLS (an untrusted certificate, a pin that does not match): nothing was sent either.
foreach (['untrusted' => ['timeout' => $timeout], 'wrong pin' => ['pinned_public_key' => 'sha256//' . base64_encode(str_repeat('x', 32))]] as $label => $opts) {
    try {
        (new Zimbra\Client($sim['url'], $opts))->login(ZIMBRA_TEST_ADMIN, ZIMBRA_TEST_PASSWORD);
    } catch (Zimbra\TransportException $e) {
        echo "$label: sent=", var_export($e->wasSent(), true), "\n";
    }
}
echo "slow replies ended by the timeout: ", $slowNotTimedOut ? implode('; ', $slowNotTimedOut) : 'every one', "\n";
echo "client broken afterwards: ", $broken ? implode('; ', $broken) : 'never', "\n";
?>
--EXPECT--
reset    cut      bad-xml  doctype  not-soap 429      503      slow     huge     expired  closed   restart  refused  
login   T        R        R        R        R        T        T        T        R        ok       T        ok       t        
read    T        R        R        R        R        T        T        T        R        ok       ok       ok       t        
write   T        R        R        R        R        T        T        T        R        ok       ok       ok       t        
search  T        R        R        R        R        T        T        T        R        ok       ok       ok       t        
stream  T        R        R        R        R        T        T        T        R        ok       ok       ok       t        
batch   T        R        R        R        R        T        T        T        R        ok       ok       ok       t        
purge   T        R        R        R        R        T        T        T        R        ok       ok       ok       t        
preauth T        R        R        R        R        T        T        T        R        ok       ok       ok       t        
raw     T        R        R        R        R        T        T        T        R        ok       ok       ok       t        
restarts survived: 12 of 12
untrusted: sent=false
wrong pin: sent=false
slow replies ended by the timeout: every one
client broken afterwards: never
