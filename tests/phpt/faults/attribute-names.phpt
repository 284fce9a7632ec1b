--TEST--
Numeric attribute names are reachable in $attrs, and a preauth key is VALUE-BLOCKED whatever the case of its name
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

$reply('<GetDomainResponse xmlns="urn:zimbraAdmin"><domain id="d1" name="odd.test">'
    . '<a n="123">numeric</a><a n="ZIMBRAPREAUTHKEY">0123456789abcdef0123456789abcdef</a>'
    . '<a n="zimbrapreauthkey">0123456789abcdef0123456789abcdef</a></domain></GetDomainResponse>');
$d = $c->getDomain('odd.test');
echo "numeric name: ", json_encode($d->attrs['123'] ?? null), " ", json_encode($d->attrs[123] ?? null), "\n";
echo "upper-case key: ", json_encode($d->attrs['ZIMBRAPREAUTHKEY']), " lower-case: ", json_encode($d->attrs['zimbrapreauthkey']), "\n";
$reply('<GetDomainResponse xmlns="urn:zimbraAdmin"><domain id="d1" name="odd.test">'
    . '<a n="ZimbraPreAuthKey">0123456789abcdef0123456789abcdef</a></domain></GetDomainResponse>');
echo "raw: ", json_encode($c->request('GetDomainRequest', ['domain' => ['by' => 'name', '_content' => 'odd.test']])['domain'][0]['a']), "\n";
--EXPECTF--
numeric name: ["numeric"] ["numeric"]
upper-case key: ["VALUE-BLOCKED"] lower-case: ["VALUE-BLOCKED"]
raw: [{"n":"ZimbraPreAuthKey","_content":"VALUE-BLOCKED"}]
