--TEST--
getQuotaUsage(): the total never wraps (it stops at PHP_INT_MAX), and a size no Zimbra writes makes the reply unusable, in a batch too
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('big.example');
foreach (['a', 'b'] as $u) {
    $z->createAccount("$u@big.example", 'Long-enough-1');
    zimbra_sim_control($sim, '/usage', ['account' => "$u@big.example", 'bytes' => PHP_INT_MAX]);
}
$u = $z->getQuotaUsage('big.example');
var_dump($u['totalUsed'] === PHP_INT_MAX, $u['mailboxes'][0]->used === PHP_INT_MAX);

$reply = fn (string $account) => zimbra_sim_control($sim, '/fault', ['kind' => 'reply', 'count' => 1,
    'body' => '<GetQuotaUsageResponse xmlns="urn:zimbraAdmin" more="0" searchTotal="2">'
        . '<account name="ok@big.example" id="11111111-1111-1111-1111-111111111111" used="5" limit="10"/>' . $account
        . '</GetQuotaUsageResponse>']);
foreach (['used="-5" limit="0"', 'used="12abc" limit="0"', 'used="1" limit=""', 'used="9223372036854775808" limit="0"', 'limit="0"'] as $sizes) {
    $reply("<account name=\"odd@big.example\" id=\"22222222-2222-2222-2222-222222222222\" $sizes/>");
    try {
        $z->getQuotaUsage('big.example');
        echo "accepted: $sizes\n";
    } catch (Zimbra\ResponseException $e) {
        echo $e->getMessage(), "\n";
    }
}
$reply('<account name="odd@big.example" id="22222222-2222-2222-2222-222222222222" used="-1" limit="0"/>');
[$item] = $z->batch(fn (Zimbra\Batch $b) => $b->getQuotaUsage('big.example'));
echo get_class($item), "\n";
var_dump($z->getQuotaUsage('big.example')['count']);  // the client is fine after
--EXPECT--
bool(true)
bool(true)
Zimbra's GetQuotaUsageResponse gives a size that is not a whole number of bytes for odd@big.example: the reply is unusable, and whether the request was done is unknown
Zimbra's GetQuotaUsageResponse gives a size that is not a whole number of bytes for odd@big.example: the reply is unusable, and whether the request was done is unknown
Zimbra's GetQuotaUsageResponse gives a size that is not a whole number of bytes for odd@big.example: the reply is unusable, and whether the request was done is unknown
Zimbra's GetQuotaUsageResponse gives a size that is not a whole number of bytes for odd@big.example: the reply is unusable, and whether the request was done is unknown
Zimbra's GetQuotaUsageResponse gives a size that is not a whole number of bytes for odd@big.example: the reply is unusable, and whether the request was done is unknown
Zimbra\ResponseException
int(2)
