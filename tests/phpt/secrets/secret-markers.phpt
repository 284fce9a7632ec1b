--TEST--
Secret markers: no password, token or preauth key in any message, trace, dump or serialization, whatever fails
--EXTENSIONS--
zimbra
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
/*
 * Marker secrets go through every operation that carries one, on the Client and in a Batch, both
 * when it works and when it fails in each way it can (fault, validation, transport, bad reply).
 * Everything a script or a framework could show (messages, traces, string forms, var_dump,
 * print_r, var_export, serialize, json_encode, debug_zval_dump of every exception and every
 * returned object) is gathered, then searched for the markers and for every token the
 * simulator issued.
 */
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$timeout = zimbra_seconds(2);
$z = zimbra_client($sim, ['timeout' => $timeout]);
$z->createDomain('mark.test');

$pw = 'MARKER-pw-' . bin2hex(random_bytes(6));
$key = 'feedc0de' . bin2hex(random_bytes(28));   // 64 hex digits, as Zimbra makes
$seen = '';
$shown = 0;

$show = function (mixed $value) use (&$seen, &$shown): void {
    $shown++;
    ob_start();
    var_dump($value);
    debug_zval_dump($value);
    $seen .= ob_get_clean() . print_r($value, true) . var_export($value, true) . json_encode($value);
    try {
        $seen .= serialize($value);
    } catch (Throwable $e) {
        $seen .= $e->getMessage();  // objects holding secrets refuse serialization
    }
    if ($value instanceof Throwable) {
        $seen .= $value->getMessage() . $value->getTraceAsString() . (string) $value . print_r($value->getTrace(), true);
        if ($value instanceof Zimbra\FaultException) {
            $seen .= print_r($value->getDetails(), true) . $value->getServerTrace();
        }
    }
};
// A caller's own frame holds the secret too: traces must not show it.
function with_secret(callable $fn, string $secret): mixed
{
    return $fn($secret);
}
$attempt = function (callable $fn, string $secret = '') use ($show): void {
    try {
        $show(with_secret($fn, $secret));
    } catch (Throwable $e) {
        $show($e);
    }
};
$inBatch = fn(callable $queue) => $z->batch($queue);

$admin = $z->createAccount('admin2@mark.test', $pw, ['zimbraIsAdminAccount' => 'TRUE']);
$show($admin);

echo "-- logins\n";
$attempt(fn($s) => zimbra_client($sim, [], false)->login('admin2@mark.test', $s), $pw);        // works
$attempt(fn($s) => zimbra_client($sim, [], false)->login('admin2@mark.test', $s . 'x'), $pw); // wrong password
$attempt(fn($s) => zimbra_client($sim, [], false)->login("bad\x01user", $s), $pw);             // refused before sending
$closed = zimbra_closed_port();
$attempt(fn($s) => (new Zimbra\Client("https://127.0.0.1:$closed", ['connect_timeout' => $timeout]))->login('a@b.test', $s), $pw);
foreach ([['kind' => 'html', 'status' => 503], ['kind' => 'malformed'], ['kind' => 'truncate'], ['kind' => 'reset'],
          ['kind' => 'delay', 'ms' => (int) ($timeout * 1500)]] as $fault) {
    zimbra_sim_control($sim, '/fault', $fault);
    $attempt(fn($s) => zimbra_client($sim, ['timeout' => $timeout], false)->login('admin2@mark.test', $s), $pw);
    zimbra_sim_control($sim, '/reset-faults');
}
$logged = zimbra_client($sim, [], false);
$logged->login('admin2@mark.test', $pw);
$show($logged);
$show($logged->getStats());

echo "-- passwords\n";
$attempt(fn($s) => $z->createAccount('new1@mark.test', $s), $pw);                      // works
$attempt(fn($s) => $z->createAccount('new1@mark.test', $s), $pw);                      // exists
$attempt(fn($s) => $z->createAccount('x@no-such-domain.test', $s), $pw);               // no such domain
$attempt(fn($s) => $z->createAccount('y@mark.test', "$s\0"), $pw);                     // refused before sending
$attempt(fn($s) => $z->createAccount('z@mark.test', 'short'), $pw);                    // policy
$attempt(fn($s) => $z->setPassword($admin->id, $s), $pw);                              // works
$attempt(fn($s) => $z->setPassword('00000000-0000-0000-0000-000000000000', $s), $pw);  // no such account
$attempt(fn($s) => $z->request('CreateAccountRequest', ['name' => 'r@no-such-domain.test', 'password' => $s]), $pw);
$attempt(fn($s) => $z->request('SetPasswordRequest', ['id' => $admin->id, 'newPassword' => $s]), $pw);
$generated = $z->createAccount('gen@mark.test', null);
$show($generated);
$genPassword = $generated->takeGeneratedPassword();
$show($generated);
zimbra_sim_control($sim, '/fault', ['kind' => 'malformed']);
$attempt(fn($s) => $z->setPassword($admin->id, $s), $pw);
zimbra_sim_control($sim, '/fault', ['kind' => 'delay', 'ms' => (int) ($timeout * 1500)]);
$attempt(fn($s) => $z->createAccount('slow@mark.test', $s), $pw);
zimbra_sim_control($sim, '/reset-faults');

echo "-- in a batch\n";
$attempt(fn($s) => $inBatch(function (Zimbra\Batch $b) use ($s, $admin) {
    $b->createAccount('b1@mark.test', $s);
    $b->createAccount('b2@no-such-domain.test', $s);
    $b->setPassword($admin->id, $s);
    $b->setPassword('00000000-0000-0000-0000-000000000000', $s);
    $b->createAccount('b3@mark.test', null);
    $b->request('CreateAccountRequest', ['name' => 'b4@no-such-domain.test', 'password' => $s]);
}), $pw);
$attempt(fn($s) => $inBatch(fn(Zimbra\Batch $b) => $b->createAccount('b5@mark.test', "$s\x01")), $pw);
zimbra_sim_control($sim, '/fault', ['kind' => 'truncate']);
$attempt(fn($s) => $inBatch(fn(Zimbra\Batch $b) => $b->createAccount('b6@mark.test', $s)), $pw);
zimbra_sim_control($sim, '/fault', ['kind' => 'expire-tokens']);
$attempt(fn($s) => $inBatch(fn(Zimbra\Batch $b) => $b->setPassword($admin->id, $s)), $pw);
zimbra_sim_control($sim, '/reset-faults');

echo "-- preauth keys\n";
$attempt(fn($s) => $z->modifyDomain($z->getDomain('mark.test')->id, ['zimbraPreAuthKey' => $s]), $key);
$attempt(fn() => $z->getDomain('mark.test', ['zimbraPreAuthKey', 'description']));
$attempt(fn() => $z->getDomain('mark.test'));
$attempt(fn() => $inBatch(fn(Zimbra\Batch $b) => $b->getDomain('mark.test', ['zimbraPreAuthKey'])));
$attempt(fn() => $z->searchDirectory('', [], ['types' => 'domains', 'attrs' => ['zimbraPreAuthKey']]));
$attempt(fn() => $z->request('GetDomainRequest', ['domain' => ['by' => 'name', '_content' => 'mark.test']]));
$attempt(fn($s) => new Zimbra\Preauth($s), $key);
$attempt(fn($s) => (new Zimbra\Preauth($s))->compute('a|b@mark.test', 1), $key);
$attempt(fn($s) => (new Zimbra\Preauth($s))->url('javascript:x', 'a@mark.test'), $key);
$attempt(fn($s) => new Zimbra\Preauth($s . 'g'), $key);
// Raw replies block the key as the typed Domain does; getPreauthKey() is the one way to read it.
$raw = $z->request('GetDomainRequest', ['domain' => ['by' => 'name', '_content' => 'mark.test']]);
echo 'raw reply: ', array_column($raw['domain'][0]['a'], '_content', 'n')['zimbraPreAuthKey'], "\n";
$fetched = $z->getPreauthKey('mark.test');
$made = $z->ensurePreauthKey('mark.test');
$z->createDomain('fresh.test');
$fresh = $z->ensurePreauthKey('fresh.test');   // made by the extension itself
$attempt(fn() => $z->getDomain('fresh.test', ['zimbraPreAuthKey']));

echo "-- the session's own objects\n";
$show($z);
$show(new Zimbra\Preauth($key));

// What it all amounts to.
$tokens = zimbra_sim_control($sim, '/tokens', null)['tokens'];
$markers = ['password' => [$pw, $genPassword], 'preauth key' => [$key, $fresh], 'auth token' => $tokens];
var_dump($fetched === $key, $made === $key, strlen($fresh), count($tokens) > 5, $shown > 40);
foreach ($markers as $kind => $list) {
    $leaks = array_filter($list, fn($m) => str_contains($seen, $m));
    echo "$kind: ", count($list) > 0 ? 'checked' : 'none to check', ', leaked: ', count($leaks), "\n";
}
// The markers really went through: the sweep would have seen them had they shown.
var_dump(str_contains($seen, 'admin2@mark.test'), str_contains($seen, 'VALUE-BLOCKED'));
?>
--EXPECT--
-- logins
-- passwords
-- in a batch
-- preauth keys
raw reply: VALUE-BLOCKED
-- the session's own objects
bool(true)
bool(true)
int(64)
bool(true)
bool(true)
password: checked, leaked: 0
preauth key: checked, leaked: 0
auth token: checked, leaked: 0
bool(true)
bool(true)
