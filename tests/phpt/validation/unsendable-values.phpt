--TEST--
What XML cannot carry (NUL, control characters, invalid or overlong UTF-8, non-characters, bad names) is refused with a ValidationException naming the field
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$before = zimbra_sim_stats($sim)['requests'];

$cases = [
    'NUL in a value' => ['GetAccountRequest', ['account' => ['by' => 'name', '_content' => "a\0b@example.com"]]],
    'control char' => ['CreateDomainRequest', ['name' => "bad\x1b.test"]],
    'invalid UTF-8' => ['CreateDomainRequest', ['name' => "caf\xe9.test"]],
    'overlong UTF-8' => ['CreateDomainRequest', ['name' => "\xc0\xbc.test"]],
    'U+FFFE' => ['CreateDomainRequest', ['a' => [['n' => 'description', '_content' => "x\u{FFFE}"]]]],
    'bad element name' => ['GetAccountRequest', ['bad name' => ['x' => 1]]],
    'bad attribute name' => ['GetAccountRequest', ['1st' => 'x']],
    'bad request name' => ['Get<Account>Request', []],
    'integer key' => ['GetAccountRequest', [0 => 'x']],
    'object value' => ['GetAccountRequest', ['name' => new stdClass()]],
    'object in list' => ['GetAccountRequest', ['a' => [new stdClass()]]],
    'namespace type' => ['GetAccountRequest', ['account' => ['_jsns' => 5]]],
    'xmlns name' => ['GetAccountRequest', ['xmlns' => 'urn:evil']],
];
foreach ($cases as $label => [$name, $body]) {
    try {
        $c->request($name, $body);
        echo "$label: sent?\n";
    } catch (Zimbra\ValidationException $e) {
        echo "$label: ", $e->getMessage(), "\n";
    }
}
show_throw(fn() => $c->request('NoOpRequest', [], ''));

echo "requests sent meanwhile: ", zimbra_sim_stats($sim)['requests'] - $before, "\n";
--EXPECT--
NUL in a value: The text of element 'account' contains the character U+0000, which XML 1.0 cannot carry
control char: The value of attribute 'name' contains the character U+001B, which XML 1.0 cannot carry
invalid UTF-8: The value of attribute 'name' is not valid UTF-8
overlong UTF-8: The value of attribute 'name' is not valid UTF-8
U+FFFE: The text of element 'a' contains the character U+FFFE, which XML 1.0 cannot carry
bad element name: 'bad name' is not a valid XML element name
bad attribute name: '1st' is not a valid XML attribute name
bad request name: 'Get<Account>Request' is not a valid XML element name
integer key: Element names must be strings; found the integer key 0 (wrap repeated elements in a named list)
object value: The value of attribute 'name' must be a string, int, float, bool, null or array, not stdClass
object in list: The value of element 'a' must be a string, int, float, bool, null or array, not stdClass
namespace type: '_jsns' must be a namespace string
xmlns name: 'xmlns' is not a valid XML attribute name
ValueError: Zimbra\Client::request(): Argument #3 ($namespace) must be a URI of at most 256 characters, such as urn:zimbraAdmin or urn:zimbraAccount
requests sent meanwhile: 0
