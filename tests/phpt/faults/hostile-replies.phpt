--TEST--
Odd and hostile replies: repeated or missing batch items, empty typed replies, numeric and upper-case attribute names, mixed content, memory per reply byte, memory_limit, a huge token lifetime
--EXTENSIONS--
zimbra
--INI--
memory_limit=64M
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$c->createDomain('odd.test');
$adminId = $c->getAccount(ZIMBRA_TEST_ADMIN)->id;
$reply = fn (string $body, array $more = []) => zimbra_sim_control($sim, '/fault', ['kind' => 'reply', 'body' => $body, 'count' => 1] + $more);
$outcome = fn ($r) => $r instanceof Throwable ? get_class($r) . ': ' . $r->getMessage() : (is_object($r) ? get_class($r) . ' ' . $r->name : var_export($r, true));

echo "-- a BatchResponse answering item 0 twice and item 1 never\n";
$reply('<BatchResponse xmlns="urn:zimbra">'
    . '<GetDomainResponse xmlns="urn:zimbraAdmin" requestId="0"><domain id="d1" name="first.test"/></GetDomainResponse>'
    . '<GetDomainResponse xmlns="urn:zimbraAdmin" requestId="0"><domain id="d2" name="second.test"/></GetDomainResponse>'
    . '</BatchResponse>');
foreach ($c->batch(function (Zimbra\Batch $b) { $b->getDomain('odd.test'); $b->getDomain('odd.test'); }) as $i => $r) {
    echo "item $i: ", $outcome($r), "\n";
}

echo "-- typed methods given an empty reply element\n";
$empty = [
    'getDomain' => ['GetDomainResponse', fn () => $c->getDomain('odd.test')],
    'createDomain' => ['CreateDomainResponse', fn () => $c->createDomain('new.test')],
    'getAccount' => ['GetAccountResponse', fn () => $c->getAccount('admin@zimbra.test')],
    'getCos' => ['GetCosResponse', fn () => $c->getCos('default')],
    'getDistributionList' => ['GetDistributionListResponse', fn () => $c->getDistributionList('list@odd.test')],
    'getMailboxSize' => ['GetMailboxResponse', fn () => $c->getMailboxSize($adminId)],
    'getPreauthKey' => ['GetDomainResponse', fn () => $c->getPreauthKey('odd.test')],
];
foreach ($empty as $method => [$element, $call]) {
    $reply("<$element xmlns=\"urn:zimbraAdmin\"/>");
    echo "$method: ";
    show_throw($call);
}
$reply('<BatchResponse xmlns="urn:zimbra"><GetDomainResponse xmlns="urn:zimbraAdmin" requestId="0"/></BatchResponse>');
echo "in a batch: ", $outcome($c->batch(fn (Zimbra\Batch $b) => $b->getDomain('odd.test'))[0]), "\n";
echo "usable after: ", $c->getDomain('odd.test')->name, "\n";

echo "-- attribute names\n";
$reply('<GetDomainResponse xmlns="urn:zimbraAdmin"><domain id="d1" name="odd.test">'
    . '<a n="123">numeric</a><a n="ZIMBRAPREAUTHKEY">0123456789abcdef0123456789abcdef</a>'
    . '<a n="zimbrapreauthkey">0123456789abcdef0123456789abcdef</a></domain></GetDomainResponse>');
$d = $c->getDomain('odd.test');
echo "numeric name: ", json_encode($d->attrs['123'] ?? null), " ", json_encode($d->attrs[123] ?? null), "\n";
echo "upper-case key: ", json_encode($d->attrs['ZIMBRAPREAUTHKEY']), " lower-case: ", json_encode($d->attrs['zimbrapreauthkey']), "\n";
$reply('<GetDomainResponse xmlns="urn:zimbraAdmin"><domain id="d1" name="odd.test">'
    . '<a n="ZimbraPreAuthKey">0123456789abcdef0123456789abcdef</a></domain></GetDomainResponse>');
echo "raw: ", json_encode($c->request('GetDomainRequest', ['domain' => ['by' => 'name', '_content' => 'odd.test']])['domain'][0]['a']), "\n";

echo "-- mixed content: text between 60,000 child elements\n";
zimbra_sim_control($sim, '/fault', ['kind' => 'stream', 'count' => 1,
    'head' => '<NoOpResponse xmlns="urn:zimbraAdmin">', 'unit' => 'some text<b/>', 'times' => 60000, 'tail' => '</NoOpResponse>']);
$r = $c->request('NoOpRequest');
echo "text length: ", strlen($r['_content']), ", children: ", count($r['b']), "\n";
unset($r);

echo "-- a stream of empty elements (tree memory per reply byte)\n";
zimbra_sim_control($sim, '/fault', ['kind' => 'stream', 'count' => 1,
    'head' => '<NoOpResponse xmlns="urn:zimbraAdmin">', 'unit' => '<a/>', 'times' => 2000000, 'tail' => '</NoOpResponse>']);
show_throw(fn () => $c->request('NoOpRequest'));
echo "usable after: ", $c->getDomain('odd.test')->name, "\n";

echo "-- a reply too large for memory_limit\n";
zimbra_sim_control($sim, '/fault', ['kind' => 'stream', 'count' => 1,
    'head' => '<NoOpResponse xmlns="urn:zimbraAdmin">', 'unit' => '<a n="zimbraMailQuota">0</a>', 'times' => 400000, 'tail' => '</NoOpResponse>']);
show_throw(fn () => $c->request('NoOpRequest'));
echo "usable after: ", $c->getDomain('odd.test')->name, "\n";

echo "-- a token lifetime past any clock\n";
$long = zimbra_sim(['--token-lifetime', '9223372036854775']);
$l = zimbra_client($long);
$l->request('NoOpRequest');
$l->request('NoOpRequest');
$l->request('NoOpRequest');
echo "logins: ", $l->getStats()['logins'], "\n";
?>
--EXPECTF--
-- a BatchResponse answering item 0 twice and item 1 never
item 0: Zimbra\Domain first.test
item 1: Zimbra\ResponseException: Zimbra's BatchResponse has no answer for item 1 (requestId 1): whether it was done is unknown
-- typed methods given an empty reply element
getDomain: Zimbra\ResponseException: Zimbra's GetDomainResponse has no <domain> element: the reply is unusable, and whether the request was done is unknown
createDomain: Zimbra\ResponseException: Zimbra's CreateDomainResponse has no <domain> element: the reply is unusable, and whether the request was done is unknown
getAccount: Zimbra\ResponseException: Zimbra's GetAccountResponse has no <account> element: the reply is unusable, and whether the request was done is unknown
getCos: Zimbra\ResponseException: Zimbra's GetCosResponse has no <cos> element: the reply is unusable, and whether the request was done is unknown
getDistributionList: Zimbra\ResponseException: Zimbra's GetDistributionListResponse has no <dl> element: the reply is unusable, and whether the request was done is unknown
getMailboxSize: Zimbra\ResponseException: Zimbra's GetMailboxResponse has no <mbox> element: the reply is unusable, and whether the request was done is unknown
getPreauthKey: Zimbra\ResponseException: Zimbra's GetDomainResponse has no <domain> element: the reply is unusable, and whether the request was done is unknown
in a batch: Zimbra\ResponseException: Zimbra's GetDomainResponse has no <domain> element: the reply is unusable, and whether the request was done is unknown
usable after: odd.test
-- attribute names
numeric name: ["numeric"] ["numeric"]
upper-case key: ["VALUE-BLOCKED"] lower-case: ["VALUE-BLOCKED"]
raw: [{"n":"ZimbraPreAuthKey","_content":"VALUE-BLOCKED"}]
-- mixed content: text between 60,000 child elements
text length: 540000, children: 60000
-- a stream of empty elements (tree memory per reply byte)
Zimbra\ResponseException: The response would take more than 8 bytes of memory per byte received (%d bytes so far): no Zimbra reply is shaped like this; refusing it
usable after: odd.test
-- a reply too large for memory_limit
Zimbra\ResponseException: The response is too large to turn into PHP values within memory_limit (it needs about %d MiB, %d MiB are left): raise memory_limit, or ask for fewer entries or attributes at a time
usable after: odd.test
-- a token lifetime past any clock
logins: 1
