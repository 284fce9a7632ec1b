--TEST--
The engine's TypeError and ValueError thrown by the extension's methods carry no argument values either: not an attribute's preauth key, not the caller's password
--EXTENSIONS--
zimbra
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$domain = $c->createDomain('trace.example');
$key = 'KEY' . bin2hex(random_bytes(16));
$password = 'MARKER-pass-' . bin2hex(random_bytes(4));
$leaks = fn (Throwable $e) => str_contains($e->getTraceAsString() . print_r($e->getTrace(), true) . (string) $e, $key)
    || str_contains($e->getTraceAsString() . print_r($e->getTrace(), true) . (string) $e, $password);

function provision(Zimbra\Client $client, string $secret, array $attrs)
{
    $client->createAccount('someone@trace.example', $secret, $attrs);
}
$cases = [
    'integer key beside a preauth key' => fn () => $c->modifyDomain($domain->id, ['zimbraPreAuthKey' => $key, 7 => 'x']),
    'nested list in createAccount' => fn () => provision($c, $password, ['displayName' => [['nested']]]),
    'unknown option beside a pin' => fn () => new Zimbra\Client('https://127.0.0.1:1', ['pinned_public_key' => $key, 'bogus' => 1]),
    'too many arguments' => fn () => $c->getAccountMembership($password, $key),
    'wrong type' => fn () => provision($c, $password, ['zimbraMailQuota' => new stdClass()]),
];
foreach ($cases as $what => $call) {
    try {
        $call();
        echo "$what: nothing thrown\n";
    } catch (Error $e) {
        echo "$what: ", get_class($e), ' leaks: ', var_export($leaks($e), true), "\n";
    }
}
// A userland exception thrown in a batch callback is the caller's own: its trace is left as it is.
try {
    $c->batch(function (Zimbra\Batch $b) use ($password) {
        (function (string $mine) {
            throw new LogicException('mine');
        })($password);
    });
} catch (LogicException $e) {
    echo 'a callback\'s own exception keeps its trace: ', var_export($leaks($e), true), "\n";
}
--EXPECT--
integer key beside a preauth key: ValueError leaks: false
nested list in createAccount: TypeError leaks: false
unknown option beside a pin: ValueError leaks: false
too many arguments: ArgumentCountError leaks: false
wrong type: TypeError leaks: false
a callback's own exception keeps its trace: true
