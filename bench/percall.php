<?php
/**
 * Client CPU per call (getrusage user+sys of this PHP process), as ratios to the
 * floor: a raw ext/curl POST of a prebuilt body on a reused handle, no parsing.
 *
 * Usage: php -d extension=modules/zimbra.so bench/percall.php [N]
 */
require __DIR__ . '/lib.php';

$n = (int) ($argv[1] ?? 1000);
$sim = bench_sim();
$zimbra = new Zimbra\Client($sim['listening'], ['ca_file' => $sim['certificate'], 'max_requests_per_second' => 0]);
$zimbra->login('admin@zimbra.test', 'test-Admin-Pass1');
$zimbra->createDomain('bench.example');
$zimbra->createAccount('probe@bench.example', 'Probe-pass-1', ['displayName' => 'Probe']);
bench_control($sim, '/populate', ['domain' => 'list.example', 'count' => 5000]);

$careful = new CarefulClient($sim);
$get = '<GetAccountRequest xmlns="urn:zimbraAdmin" applyCos="1"><account by="name">probe@bench.example</account></GetAccountRequest>';
$floorHandle = curl_handle($sim);
$floorBody = envelope($get, $careful->token());
curl_setopt($floorHandle, CURLOPT_POSTFIELDS, $floorBody);

$soap = class_exists('SoapClient') ? new SoapClient(null, ['location' => $sim['listening'] . '/service/admin/soap/',
    'uri' => 'urn:zimbraAdmin', 'soap_version' => SOAP_1_2, 'exceptions' => true, 'keep_alive' => true,
    'stream_context' => stream_context_create(['ssl' => ['cafile' => $sim['certificate']]])]) : null;
if ($soap) {
    $soap->__setSoapHeaders([new SoapHeader('urn:zimbra', 'context', new SoapVar('<context xmlns="urn:zimbra"><authToken>'
        . htmlspecialchars($careful->token(), ENT_XML1) . '</authToken></context>', XSD_ANYXML))]);
}

$rows = [];
// The floor plus the least a client must do to read a reply: one libxml2 SAX pass with no handlers
// (ext/xml is libxml2's SAX parser in Debian's PHP).
$tokenize = function (string $xml): void {
    $p = xml_parser_create_ns();
    xml_parse($p, $xml, true);
    xml_parser_free($p);
};
$rows['getAccount'] = [
    'floor' => measure($n, fn () => curl_exec($floorHandle)),
    'floor + SAX pass' => measure($n, fn () => $tokenize(curl_exec($floorHandle))),
    'php-zimbra' => measure($n, fn () => $zimbra->getAccount('probe@bench.example')),
    '(a) typical' => measure(intdiv($n, 3), fn () => typical_call($sim, $get)),
    '(b) careful' => measure($n, fn () => $careful->call($get)),
    '(c) SoapClient' => $soap ? measure($n, fn () => $soap->__soapCall('GetAccountRequest',
        [new SoapVar('<account by="name">probe@bench.example</account>', XSD_ANYXML)])) : null,
];
$create = fn ($prefix, $i) => '<CreateAccountRequest xmlns="urn:zimbraAdmin" name="' . $prefix . $i . '@bench.example" password="Bench-pass-1"/>';
$floorCreate = curl_handle($sim);
$rows['createAccount'] = [
    'floor' => measure($n, function ($i) use ($floorCreate, $create, $careful) {
        curl_setopt($floorCreate, CURLOPT_POSTFIELDS, envelope($create('floor', $i), $careful->token()));
        curl_exec($floorCreate);
    }),
    'floor + SAX pass' => measure($n, function ($i) use ($floorCreate, $create, $careful, $tokenize) {
        curl_setopt($floorCreate, CURLOPT_POSTFIELDS, envelope($create('sax', $i), $careful->token()));
        $tokenize(curl_exec($floorCreate));
    }),
    'php-zimbra' => measure($n, fn ($i) => $zimbra->createAccount("ext$i@bench.example", 'Bench-pass-1')),
    '(a) typical' => measure(intdiv($n, 3), fn ($i) => typical_call($sim, $create('typ', $i))),
    '(b) careful' => measure($n, fn ($i) => $careful->call($create('care', $i))),
];
$search = '<SearchDirectoryRequest xmlns="urn:zimbraAdmin" domain="list.example" types="accounts" attrs="displayName" maxResults="0"/>';
$floorList = curl_handle($sim);
curl_setopt($floorList, CURLOPT_POSTFIELDS, envelope($search, $careful->token()));
$listing = function (callable $fn) {
    gc_collect_cycles();
    memory_reset_peak_usage();
    $base = memory_get_usage();
    $r = measure(20, $fn, 20);
    $r['mem'] = memory_get_peak_usage() - $base;
    return $r;
};
$rows['5,000-account listing'] = [
    'floor' => $listing(fn () => strlen(curl_exec($floorList))),
    'floor + SAX pass' => $listing(fn () => $tokenize(curl_exec($floorList))),
    'php-zimbra' => $listing(function () use ($zimbra) {
        $k = 0;
        foreach ($zimbra->listAccounts('list.example', ['displayName']) as $a) {
            $k++;
        }
        return $k;
    }),
    '(a) typical' => $listing(fn () => count(typical_call($sim, $search)->xpath('//*[local-name()="account"]'))),
    '(b) careful' => $listing(fn () => $careful->call($search)->getElementsByTagNameNS('urn:zimbraAdmin', 'account')->length),
];

printf("%-22s %-16s %12s %9s %12s\n", 'call', 'client', 'CPU/call', 'x floor', 'peak memory');
foreach ($rows as $call => $impls) {
    $floor = $impls['floor']['cpu'];
    foreach ($impls as $name => $r) {
        if ($r === null) {
            printf("%-22s %-16s %12s\n", $call, $name, 'n/a (no ext/soap)');
            continue;
        }
        printf("%-22s %-16s %10.1fus %8.2fx %12s\n", $call, $name, $r['cpu'] * 1e6, $r['cpu'] / $floor,
            isset($r['mem']) ? number_format($r['mem'] / 1048576, 1) . ' MiB' : '');
    }
}
