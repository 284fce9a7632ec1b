--TEST--
ResponseException: malformed XML, not SOAP, truncated, oversized, and non-XML bodies
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim, ['max_response_size' => 1 << 20]);

function response(string $label, callable $fn): void
{
    try {
        $fn();
        echo "$label: no exception\n";
    } catch (Zimbra\Exception $e) {
        printf("%s: %s: %s\n", $label, get_class($e), $e->getMessage());
    }
}

foreach ([
    'malformed' => ['kind' => 'malformed'],
    'doctype' => ['kind' => 'doctype'],
    'not soap' => ['kind' => 'not-soap'],
    'truncated' => ['kind' => 'truncate'],
    'oversized' => ['kind' => 'oversized', 'bytes' => 2 << 20],
] as $label => $fault) {
    zimbra_sim_control($sim, '/fault', $fault);
    response($label, fn() => $c->request('NoOpRequest'));
}
// The entity was never expanded: the local file's content appears nowhere.
var_dump(str_contains(print_r($c->request('NoOpRequest'), true), trim(file_get_contents('/etc/hostname'))));
// A reply under the cap is fine, and the client carries on after each failure.
var_dump($c->request('NoOpRequest'));
?>
--EXPECTF--
malformed: Zimbra\ResponseException: The response is not well-formed XML (line 1: Opening and ending tag mismatch: broken line 1 and NoOpResponse)
doctype: Zimbra\ResponseException: The response contains a DOCTYPE declaration, which SOAP forbids; it was not parsed
not soap: Zimbra\ResponseException: The response is XML but not a SOAP envelope (its root element is <html>)
truncated: Zimbra\ResponseException: The connection closed before the whole response arrived (%d bytes received): the response is truncated
oversized: Zimbra\ResponseException: The response is larger than max_response_size (1048576 bytes); refusing to read it
bool(false)
array(1) {
  ["_jsns"]=>
  string(15) "urn:zimbraAdmin"
}
