--TEST--
An element with hundreds of thousands of attributes is refused before libxml2 sees it (whose duplicate check is quadratic); 256 still parse; quoted '=' and '>' are not counted
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim, ['timeout' => 60]);
$attrs = fn (int $n, string $value = 'x') => implode('', array_map(fn ($i) => " a$i=\"$value\"", range(1, $n)));

// 250,000 distinct attributes on one element, streamed in chunks: refused as they come.
zimbra_sim_control($sim, '/fault', ['kind' => 'stream', 'count' => 1, 'head' => '<NoOpResponse xmlns="urn:zimbraAdmin" ',
    'unit' => ' b="x"', 'times' => 250000, 'tail' => '/>']);
try {
    $c->request('NoOpRequest');
} catch (Zimbra\ResponseException $e) {
    echo $e->getMessage(), "\n";
}
zimbra_sim_control($sim, '/fault', ['kind' => 'reply', 'count' => 1, 'body' => '<NoOpResponse xmlns="urn:zimbraAdmin"' . $attrs(257) . '/>']);
try {
    $c->request('NoOpRequest');
} catch (Zimbra\ResponseException $e) {
    echo "257: refused\n";
}
// At the limit (255 and the xmlns), with '=' and '>' inside the values, it parses.
zimbra_sim_control($sim, '/fault', ['kind' => 'reply', 'count' => 1, 'body' => '<NoOpResponse xmlns="urn:zimbraAdmin"'
    . $attrs(255, 'a=b&gt;c > d') . '><x y="1"/></NoOpResponse>']);
$r = $c->request('NoOpRequest');
var_dump(count(preg_grep('/^a[0-9]+$/', array_keys($r))), $r['a255'], $r['x'][0]['y']);
var_dump($c->getAccount(ZIMBRA_TEST_ADMIN)->name);  // the client is fine after
--EXPECT--
An element of the response has more than 256 attributes: no Zimbra reply is shaped like this; refusing it
257: refused
int(255)
string(9) "a=b>c > d"
string(1) "1"
string(17) "admin@zimbra.test"
