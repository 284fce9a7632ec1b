--TEST--
What XML can carry arrives exactly, escaping included (<, &, ]]>, quotes, tabs, newlines, CR LF, U+10FFFF)
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$c = zimbra_client($sim);
$before = zimbra_sim_stats($sim)['requests'];

// What XML can carry goes through exactly, including characters that need escaping.
$c->request('CreateDomainRequest', ['name' => 'ok.test']);
$tricky = "<b>&amp;</b> ]]> \"quoted\" 'single'\ttab\nnewline\r\ncrlf \u{10FFFF}";
$a = $c->request('CreateAccountRequest', ['name' => 'x@ok.test', 'password' => $tricky, 'a' => [['n' => 'displayName', '_content' => $tricky], ['n' => 'description', '_content' => $tricky]]]);
$attrs = array_column($a['account'][0]['a'], '_content', 'n');
var_dump($attrs['displayName'] === $tricky, $attrs['description'] === $tricky);
// The password went through as an attribute with its tab, newline and carriage return intact.
$other = zimbra_client($sim, [], false);
$c->request('ModifyAccountRequest', ['id' => $a['account'][0]['id'], 'a' => [['n' => 'zimbraIsAdminAccount', '_content' => 'TRUE']]]);
$other->login('x@ok.test', $tricky);
var_dump($other->isLoggedIn());
--EXPECT--
bool(true)
bool(true)
bool(true)
