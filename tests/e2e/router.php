<?php
/**
 * `php -S` router: the admin and client service tab pages with Blesta's URLs,
 *   /admin/clients/servicetab/{client}/{service}/{tab}/{action}/
 *   /client/services/manage/{service}/{tab}/{action}/
 * in a Bootstrap 5 page with the tab bar and Blesta's message area.
 */
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path === '/static/bootstrap.min.css') {
    header('Content-Type: text/css');
    readfile(__DIR__ . '/node_modules/bootstrap/dist/css/bootstrap.min.css');
    return true;
}
require __DIR__ . '/harness.php';
$state_file = getenv('ZIMBRA_E2E_STATE');
$state = e2e_load($state_file);

$segments = array_values(array_filter(explode('/', $path), 'strlen'));
if (($segments[0] ?? '') === 'admin' && ($segments[2] ?? '') === 'servicetab') {
    $admin = true;
    $get = array_slice($segments, 3);        // client, service, tab, action
    [$service_id, $tab] = [$get[1] ?? null, $get[2] ?? null];
} elseif (($segments[0] ?? '') === 'client' && ($segments[2] ?? '') === 'manage') {
    $admin = false;
    $get = array_slice($segments, 3);        // service, tab, action
    [$service_id, $tab] = [$get[0] ?? null, $get[1] ?? null];
} else {
    http_response_code(404);
    echo 'not found';
    return true;
}
if (!isset($state['services'][$service_id])) {
    http_response_code(404);
    echo 'no such service';
    return true;
}
$get += $_GET;
$module = e2e_module($state);
$module->base_uri = $admin ? '/admin/' : '/client/';
$package = e2e_package($state, $state['services'][$service_id]['package']);
$service = e2e_service($state, $service_id);
Loader::$models['Services']->records[$service_id] = [$service, $package];
$tabs = $admin ? $module->getAdminTabs($package) : $module->getClientTabs($package);
if (!isset($tabs[$tab])) {
    http_response_code(404);
    echo 'no such tab';
    return true;
}
$content = $module->$tab($package, $service, $get, $_SERVER['REQUEST_METHOD'] === 'POST' ? $_POST : [], []);
if ($module->redirectedTo !== null) {
    return true;  // the module sent its Location header
}
// Services::edit may have changed the service's fields (a client's new password).
$state['services'][$service_id]['fields'] = array_column(array_map(fn ($f) => (array) $f, $service->fields), 'value', 'key');
e2e_save($state_file, $state);

$base = $admin ? "/admin/clients/servicetab/1/$service_id/" : "/client/services/manage/$service_id/";
$e = fn ($s) => htmlspecialchars((string) $s, ENT_QUOTES);
?><!doctype html>
<html lang="en"><head><meta charset="utf-8"><title><?php echo $e($tabs[$tab]); ?> - <?php echo $admin ? 'Admin' : 'Client'; ?></title>
<link rel="stylesheet" href="/static/bootstrap.min.css"></head>
<body class="bg-light"><div class="container py-3">
<h1 class="h4"><?php echo $admin ? 'Clients &rsaquo; Service' : 'My Services'; ?> #<?php echo $e($service_id); ?></h1>
<ul class="nav nav-tabs mb-3"><?php foreach ($tabs as $method => $title) { ?>
<li class="nav-item"><a class="nav-link<?php echo $method === $tab ? ' active' : ''; ?>" href="<?php echo $e($base . $method . '/'); ?>"><?php echo $e($title); ?></a></li>
<?php } ?></ul>
<div id="messages"><?php foreach ($module->getMessages() as $type => $text) { ?>
<div class="alert alert-<?php echo $type === 'error' ? 'danger' : ($type === 'success' ? 'success' : 'info'); ?>" role="alert"><?php echo $e($text); ?></div>
<?php } ?></div>
<div class="card"><div class="card-body"><?php echo $content; ?></div></div>
</div></body></html>
<?php return true;
