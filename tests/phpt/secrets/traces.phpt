--TEST--
Exception traces carry no argument values, not even the password in the caller's own frames
--EXTENSIONS--
zimbra
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$token_marker = '0_';  // every Zimbra token starts like this

// Traces carry no argument values, not even from the caller's own frames.
function provision(Zimbra\Client $client, string $secret)
{
    $client->login(ZIMBRA_TEST_ADMIN, $secret);
}
$marker = 'MARKER-pass-' . bin2hex(random_bytes(4));
try {
    provision($c, $marker);
} catch (Zimbra\AuthenticationException $e) {
    $everything = $e->getMessage() . $e->getTraceAsString() . print_r($e->getTrace(), true) . var_export($e, true) . (string) $e;
    var_dump(str_contains($everything, $marker));
    foreach (array_slice($e->getTrace(), 0, 2) as $frame) {
        echo $frame['function'], ' ', json_encode($frame['args']), "\n";
    }
}
try {
    $c->request('CreateAccountRequest', ['name' => 'nobody@no-such-domain.test', 'password' => $marker]);
} catch (Zimbra\FaultException $e) {
    var_dump(str_contains((string) $e . print_r($e->getTrace(), true), $marker));
}
// The parameters are marked #[\SensitiveParameter].
foreach ([['login', 1], ['request', 1]] as [$method, $pos]) {
    $p = (new ReflectionMethod(Zimbra\Client::class, $method))->getParameters()[$pos];
    echo $method, '($', $p->getName(), '): ', count($p->getAttributes(SensitiveParameter::class)), "\n";
}
--EXPECT--
bool(false)
login []
provision []
bool(false)
login($password): 1
request($body): 1
