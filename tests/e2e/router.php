<?php
/**
 * `php -S` router: the Blesta stand-in of tests/blesta (its pages, with Blesta's URLs, CSRF
 * checks and models) served to a real browser. Every request is a new PHP process's worth of
 * work, so the Blesta database lives in a JSON file (ZIMBRA_E2E_STATE), as Blesta keeps it in MySQL.
 */
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path === '/static/bootstrap.min.css') {
    header('Content-Type: text/css');
    readfile(__DIR__ . '/node_modules/bootstrap/dist/css/bootstrap.min.css');
    return true;
}
require_once dirname(__DIR__) . '/fresh-build.php';
zimbra_assert_fresh_build();
require dirname(__DIR__) . '/blesta/harness.php';
$state = getenv('ZIMBRA_E2E_STATE');
blesta_harness_root(dirname($state) . DS . 'blesta-root');
$blesta = Blesta::boot($state);
// In Blesta a module's pages exist once an admin has installed it (install() makes its cron task and mail).
if (empty($blesta->db['installed']) && $blesta->ModuleManager->add(['class' => 'zimbra']) !== null) {
    $blesta->save();
}
$response = $blesta->request($_SERVER['REQUEST_METHOD'], $_SERVER['REQUEST_URI'], $_POST);
http_response_code($response->status);
foreach ($response->headers as $name => $value) {
    header("$name: $value");
}
header('Content-Type: text/html; charset=utf-8');
echo $response->body;
return true;
