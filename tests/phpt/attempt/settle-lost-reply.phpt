--TEST--
Zimbra\Attempt settles a create whose reply was lost: made by this attempt, by an earlier one, or otherwise
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$c->createDomain('settle.test');

// The reply to the create is lost after Zimbra ran it: reading it back tells this attempt made it.
$attempt = new Zimbra\Attempt('php-zimbra test');
zimbra_sim_control($sim, '/fault', ['kind' => 'reset', 'on' => 'CreateAccountRequest']);
try {
    $c->createAccount('ann@settle.test', 'Secret-pass-1', $attempt->tag(['displayName' => 'Ann']));
    echo "no loss\n";
} catch (Zimbra\TransportException $e) {
    echo 'lost, sent: ', var_export($e->wasSent(), true), "\n";
}
$found = $c->getAccount('ann@settle.test', ['zimbraNotes']);
var_dump($attempt->madeIt($found), $attempt->otherAttempt($found), $found->get('zimbraNotes') === $attempt->note);

// A later run naming that attempt by its id (say, read back from a log) recognises it too.
$resumed = new Zimbra\Attempt('php-zimbra test', $attempt->id);
var_dump($resumed->madeIt($found));

// Another attempt of the same maker finds it made by the first, and says by which.
$next = new Zimbra\Attempt('php-zimbra test');
var_dump($next->madeIt($found), $next->otherAttempt($found) === $attempt->note);

// Made otherwise (by hand, or by another tool): neither.
$c->createAccount('bob@settle.test', null, ['zimbraNotes' => 'made by hand']);
$bob = $c->getAccount('bob@settle.test', ['zimbraNotes']);
var_dump($attempt->madeIt($bob), $attempt->otherAttempt($bob), (new Zimbra\Attempt('other tool'))->otherAttempt($found));

// Not there at all, or read without its notes: nothing was made by this attempt as far as can be told.
var_dump($attempt->madeIt($c->getAccount('nobody@settle.test')), $attempt->madeIt($c->getAccount('ann@settle.test', ['displayName'])));

// Domains and lists carry it the same way.
$d = new Zimbra\Attempt('php-zimbra test');
$c->createDomain('tagged.test', $d->tag([]));
var_dump($d->madeIt($c->getDomain('tagged.test', ['zimbraNotes'])));
--EXPECT--
lost, sent: true
bool(true)
NULL
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
NULL
NULL
bool(false)
bool(false)
bool(true)
