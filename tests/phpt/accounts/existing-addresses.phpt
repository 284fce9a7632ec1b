--TEST--
Addresses Zimbra holds but we would not create (o'brien@, first+tag@): looked up, changed, removed, listed, preauthed; the strict rule stays for what is created
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('shop.example');

// Another admin's zmprov (an InternetAddress check only) made these; they exist, so we must reach them.
foreach (["O'Brien@shop.example", 'first+tag@shop.example'] as $name) {
    $z->request('CreateAccountRequest', ['name' => $name, 'password' => 'Long-enough-1']);
}
$obrien = $z->getAccount("o'brien@shop.example");
$tagged = $z->getAccount('First+Tag@shop.example');
var_dump($obrien->name, $tagged->name);

// Changed and looked up again by name; its membership by name; a list member outside our rule.
$z->modifyAccount($obrien->id, ['displayName' => "Seán O'Brien"]);
var_dump($z->getAccount("o'brien@shop.example", ['displayName'])->getDisplayName());
$list = $z->createDistributionList('team@shop.example');
$z->addDistributionListMembers($list->id, ["o'brien@shop.example", 'bob+news@elsewhere.example']);
var_dump(array_column($z->getAccountMembership("o'brien@shop.example"), 'name'));
var_dump($z->getDistributionList('team@shop.example')->getMembers());
$z->removeDistributionListMembers($list->id, ['bob+news@elsewhere.example']);
var_dump($z->getDistributionList($list->id)->getMembers());

// An alias with a '+' made elsewhere can be removed through us, but not added.
$z->request('AddAccountAliasRequest', ['id' => $tagged->id, 'alias' => 'first+old@shop.example']);
var_dump($z->getAccount('first+old@shop.example')->matchedAlias);
$z->removeAccountAlias($tagged->id, 'first+old@shop.example');
var_dump($z->getAccount('first+old@shop.example'));
show_throw(fn () => $z->addAccountAlias($tagged->id, 'first+new@shop.example'));
show_throw(fn () => $z->createAccount('second+tag@shop.example', 'Long-enough-1'));
show_throw(fn () => $z->renameAccount($tagged->id, "d'arcy@shop.example"));

// In a batch too, and a preauth link names it with the '+' and the quote escaped.
[$a, $b] = $z->batch(function (Zimbra\Batch $batch) {
    $batch->getAccount("o'brien@shop.example");
    $batch->getAccount('first+tag@shop.example');
});
var_dump($a->id === $obrien->id, $b->id === $tagged->id);
$url = (new Zimbra\Preauth(str_repeat('ab', 32)))->url('https://mail.shop.example', 'first+tag@shop.example');
var_dump(str_contains($url, 'account=first%2Btag%40shop.example'));

// What still is no address at all is refused before anything is sent.
$before = zimbra_sim_stats($sim)['requests'];
show_throw(fn () => $z->getAccount('first tag@shop.example'));
show_throw(fn () => $z->getAccount("o'brien@localhost"));
show_throw(fn () => $z->removeDistributionListMembers($list->id, ["tab\tin@shop.example"]));
show_throw(fn () => $z->getAccount(']]><x/>@shop.example'));
var_dump(zimbra_sim_stats($sim)['requests'] === $before);

// The rules, for forms.
var_dump(Zimbra\Validate::existingEmail("O'Brien@Shop.Example"));
show_throw(fn () => Zimbra\Validate::email("o'brien@shop.example"));

$z->deleteAccount($z->getAccount("o'brien@shop.example")->id);
var_dump($z->getAccount("o'brien@shop.example"));
?>
--EXPECT--
string(20) "o'brien@shop.example"
string(22) "first+tag@shop.example"
string(13) "Seán O'Brien"
array(1) {
  [0]=>
  string(17) "team@shop.example"
}
array(2) {
  [0]=>
  string(26) "bob+news@elsewhere.example"
  [1]=>
  string(20) "o'brien@shop.example"
}
array(1) {
  [0]=>
  string(20) "o'brien@shop.example"
}
string(22) "first+old@shop.example"
NULL
Zimbra\ValidationException: The mailbox name 'first+new' contains '+'; only letters a-z, digits, '.', '_' and '-' are allowed
Zimbra\ValidationException: The mailbox name 'second+tag' contains '+'; only letters a-z, digits, '.', '_' and '-' are allowed
Zimbra\ValidationException: The mailbox name 'd'arcy' contains '''; only letters a-z, digits, '.', '_' and '-' are allowed
bool(true)
bool(true)
bool(true)
Zimbra\ValidationException: The part of the address before '@' ('first tag') contains ' ', which no email address holds
Zimbra\ValidationException: The domain name 'localhost' needs at least two labels, like example.com
Zimbra\ValidationException: The part of the address before '@' ('tab?in') contains '?', which no email address holds
Zimbra\ValidationException: The part of the address before '@' (']]><x/>') contains ']', which no email address holds
bool(true)
string(20) "o'brien@shop.example"
Zimbra\ValidationException: The mailbox name 'o'brien' contains '''; only letters a-z, digits, '.', '_' and '-' are allowed
NULL
