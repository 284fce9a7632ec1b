<?php
/**
 * The Blesta controllers that show the module, with Blesta's URLs:
 *
 *   admin/settings/company/modules/manage/{module}/           manageModule(), then setMeta
 *   admin/settings/company/modules/{addrow,editrow,deleterow}  the module's row forms and methods
 *   admin/settings/company/modules/{addgroup,editgroup,deletegroup}  Blesta's own group forms
 *   admin/packages/{add,edit}                                  getPackageFields(), addPackage()
 *   admin/clients/servicetab/{client}/{service}/{tab}/{action}/ a service tab, admin side
 *   client/services/manage/{service}/{tab}/{action}/           a service tab, client side
 *
 * Facts copied (../shared/reference/blesta-module.md): AppController::preAction() checks
 * _csrf_token on every POST and, when it is missing or wrong, empties the post and shows an
 * error (§16); the manage page calls manageModule($module, $this->post) on a module made with
 * Modules->create() (no setModule()), then on a POST without module errors setMeta($id,
 * $this->post) (§16); tab URLs and $get indexes as §4 gives them.
 */
final class BlestaControllers
{
    private array $get = [];
    private array $post = [];
    private bool $isPost = false;
    /** @var array<int, array{0: string, 1: string}> */
    private array $messages = [];

    public function __construct(private Blesta $app)
    {
    }

    public function dispatch(string $method, string $uri, array $post): BlestaResponse
    {
        // A new request: nothing of the last one lives on (its Zimbra client included), as when a
        // PHP-FPM request ends; views hold closures bound to their module, hence the collection.
        $this->app->lastModule = null;
        gc_collect_cycles();
        $parts = parse_url($uri);
        parse_str($parts['query'] ?? '', $query);
        $segments = array_values(array_filter(explode('/', $parts['path'] ?? ''), fn ($s) => $s !== ''));
        $this->isPost = $method === 'POST';
        $this->post = $this->isPost ? $post : [];
        foreach ($this->app->db['session']['flash'] as $m) {
            $this->messages[] = $m;
        }
        $this->app->db['session']['flash'] = [];
        if ($this->isPost && !$this->csrfValid($post)) {
            // AppController::verifyCsrfToken(): the post is dropped and the page says why (§16).
            $this->post = [];
            $this->messages[] = ['error', 'Invalid CSRF token. Please reload the page and try again.'];
        }
        $area = $segments[0] ?? '';
        $path = implode('/', array_slice($segments, 1, 4));
        $args = array_slice($segments, 1);
        try {
            if ($area === 'admin' && str_starts_with($path, 'settings/company/modules/')) {
                return $this->modules($segments[4] ?? '', array_slice($segments, 5));
            }
            if ($area === 'admin' && ($args[0] ?? '') === 'packages') {
                return $this->packages($args[1] ?? '', array_slice($args, 2));
            }
            if ($area === 'admin' && ($args[0] ?? '') === 'clients' && ($args[1] ?? '') === 'servicetab') {
                $this->get = array_slice($args, 2) + $query;  // client, service, tab, action
                return $this->serviceTab(true, (int) ($this->get[1] ?? 0), (string) ($this->get[2] ?? ''));
            }
            if ($area === 'client' && ($args[0] ?? '') === 'services' && ($args[1] ?? '') === 'manage') {
                $this->get = array_slice($args, 2) + $query;  // service, tab, action
                if (!isset($this->get[1])) {
                    return $this->servicePage((int) ($this->get[0] ?? 0));
                }
                return $this->serviceTab(false, (int) ($this->get[0] ?? 0), (string) $this->get[1]);
            }
        } finally {
            $this->app->save();
            // The request is over: its module (and Zimbra client) are freed, as at the end of a PHP-FPM request.
            $this->app->lastModule = null;
            gc_collect_cycles();
        }
        return new BlestaResponse(404, 'not found');
    }

    private function csrfValid(array $post): bool
    {
        return is_string($post['_csrf_token'] ?? null) && hash_equals($this->app->csrfToken(), $post['_csrf_token']);
    }

    /* ---- settings/company/modules -------------------------------------------- */

    private function modules(string $action, array $args): BlestaResponse
    {
        $mm = $this->app->ModuleManager;
        $manage = '/admin/settings/company/modules/manage/' . Blesta::MODULE_ID . '/';
        $module = $this->app->newModule();  // Modules->create(): no setModule() (§16)
        switch ($action) {
            case 'manage':
                $info = $mm->get($args[0] ?? 0);
                if (!$info) {
                    break;
                }
                $vars = $this->post;
                $content = $module->manageModule($info, $vars);
                if ($this->post) {
                    if (($errors = $module->errors())) {
                        $this->error($errors);
                    } else {
                        $mm->setMeta($info->id, $vars);  // every meta row deleted, $vars stored (§16)
                        $this->messages[] = ['success', 'The module was successfully updated.'];
                    }
                }
                return $this->page('Manage Zimbra', $content);
            case 'addrow':
                if ($this->post) {
                    $vars = $this->post;
                    $mm->addRow(Blesta::MODULE_ID, $vars);
                    if (!($errors = $mm->errors())) {
                        return $this->redirect($manage, 'The server was successfully added.');
                    }
                    $this->error($errors);
                }
                $vars = $this->post;
                return $this->page('Add Server', $module->manageAddRow($vars));
            case 'editrow':
                $row = $mm->getRow($args[1] ?? 0);
                if (!$row) {
                    break;
                }
                if ($this->post) {
                    $mm->editRow($row->id, $this->post);
                    if (!($errors = $mm->errors())) {
                        return $this->redirect($manage, 'The server was successfully updated.');
                    }
                    $this->error($errors);
                }
                $vars = $this->post;
                return $this->page('Edit Server', $module->manageEditRow($row, $vars));
            case 'deleterow':
                if ($this->post && $mm->getRow($this->post['row_id'] ?? 0)) {
                    $mm->deleteRow($this->post['row_id']);
                    if (($errors = $mm->errors())) {
                        $this->error($errors);
                        return $this->redirect($manage);
                    }
                    return $this->redirect($manage, 'The server was successfully deleted.');
                }
                return $this->redirect($manage);
            case 'addgroup':
            case 'editgroup':
                $group = $action === 'editgroup' ? $mm->getGroup($args[1] ?? 0) : null;
                if ($action === 'editgroup' && !$group) {
                    break;
                }
                if ($this->post) {
                    $group ? $mm->editGroup($group->id, $this->post) : $mm->addGroup(Blesta::MODULE_ID, $this->post);
                    if (!($errors = $mm->errors())) {
                        return $this->redirect($manage, 'The group was successfully saved.');
                    }
                    $this->error($errors);
                }
                return $this->page($group ? 'Edit Group' : 'Add Group', $this->groupForm($module, $group));
            case 'deletegroup':
                if ($this->post && $mm->getGroup($this->post['group_id'] ?? 0)) {
                    $mm->deleteGroup($this->post['group_id']);
                    return $this->redirect($manage, 'The group was successfully deleted.');
                }
                return $this->redirect($manage);
        }
        return new BlestaResponse(404, 'not found');
    }

    /** Blesta's own group form: a name, the module's order options, strict limits and the servers. */
    private function groupForm(Zimbra $module, $group): string
    {
        $rows = [];
        foreach ($this->app->ModuleManager->getRows(Blesta::MODULE_ID) as $row) {
            $rows[$row->id] = $row->meta->server_label ?? ('#' . $row->id);
        }
        $v = $this->post ?: ($group ? ['name' => $group->name, 'add_order' => $group->add_order,
            'force_limits' => $group->force_limits ? '1' : '0', 'module_rows' => array_map(fn ($r) => $r->id, $group->rows)] : []);
        $form = new Form();
        ob_start();
        $form->create('', ['class' => 'group-form']);
        echo '<div class="mb-3"><label for="group_name">Name</label>';
        $form->fieldText('name', $v['name'] ?? '', ['id' => 'group_name', 'class' => 'form-control']);
        echo '</div><div class="mb-3"><label for="group_order">Add Order</label>';
        $form->fieldSelect('add_order', (array) $module->getGroupOrderOptions(), $v['add_order'] ?? 'first',
            ['id' => 'group_order', 'class' => 'form-select']);
        echo '</div><div class="mb-3">';
        $form->fieldCheckbox('force_limits', '1', ($v['force_limits'] ?? '0') === '1', ['id' => 'group_force']);
        echo ' <label for="group_force">Enforce limits</label></div><div class="mb-3"><label for="group_rows">Servers</label>';
        $form->fieldMultiSelect('module_rows[]', $rows, $v['module_rows'] ?? [], ['id' => 'group_rows', 'class' => 'form-select']);
        echo '</div><button type="submit" class="btn btn-primary">Save Group</button>';
        $form->end();
        return ob_get_clean();
    }

    /* ---- packages ---------------------------------------------------------- */

    private function packages(string $action, array $args): BlestaResponse
    {
        $packages = $this->app->Packages;
        $package = $action === 'edit' ? $packages->get($args[0] ?? 0) : null;
        if (!in_array($action, ['add', 'edit'], true) || ($action === 'edit' && !$package)) {
            return new BlestaResponse(404, 'not found');
        }
        if ($this->post) {
            $package ? $packages->edit($package->id, $this->post) : $packages->add($this->post);
            if (!($errors = $packages->errors())) {
                return $this->redirect('/admin/packages/', 'The package was successfully saved.');
            }
            $this->error($errors);
        }
        $vars = $this->post ?: ($package ? ['name' => $package->name, 'module_row' => $package->module_row,
            'module_group' => $package->module_group, 'meta' => (array) $package->meta] : []);
        // The server select starts on the first server, and the module's fields are made for it.
        $vars['module_row'] ??= array_key_first($this->app->db['rows']);
        $module = $this->app->ModuleManager->initModule(Blesta::MODULE_ID);  // AdminPackages: initModule()
        $fields = $module->getPackageFields((object) $vars);
        $form = new Form();
        ob_start();
        $form->create('', ['class' => 'package-form']);
        echo '<div class="mb-3"><label for="package_name">Name</label>';
        $form->fieldText('name', $vars['name'] ?? '', ['id' => 'package_name', 'class' => 'form-control']);
        echo '</div><div class="mb-3"><label for="package_row">Server</label>';
        $rows = ['' => '-'];
        foreach ($this->app->ModuleManager->getRows(Blesta::MODULE_ID) as $row) {
            $rows[$row->id] = $row->meta->server_label ?? ('#' . $row->id);
        }
        $form->fieldSelect('module_row', $rows, $vars['module_row'] ?? '', ['id' => 'package_row', 'class' => 'form-select']);
        echo '</div><fieldset class="module-fields">';
        echo self::renderModuleFields($fields);
        echo '</fieldset><button type="submit" class="btn btn-primary">Save Package</button>';
        $form->end();
        return $this->page($package ? 'Edit Package' : 'Add Package', ob_get_clean());
    }

    /** How Blesta's package page shows a module's ModuleFields: each label with what is attached to it, then the HTML. */
    public static function renderModuleFields(ModuleFields $fields): string
    {
        $form = new Form();
        ob_start();
        foreach ($fields->getFields() as $label) {
            echo '<div class="form-group mb-3 module-field">';
            $inputs = $label->type === 'label' ? $label->fields : [$label];
            if ($label->type === 'label') {
                $form->label($label->params['name'], $label->params['for'], $label->params['attributes'] ?? []);
            }
            foreach ($inputs as $f) {
                $p = $f->params;
                $attrs = ($p['attributes'] ?? []) + ['class' => $f->type === 'fieldSelect' ? 'form-select' : 'form-control'];
                match ($f->type) {
                    'fieldText' => $form->fieldText($p['name'], $p['value'] ?? null, $attrs),
                    'fieldPassword' => $form->fieldPassword($p['name'], $attrs),
                    'fieldHidden' => $form->fieldHidden($p['name'], $p['value'] ?? null, $attrs),
                    'fieldTextarea' => $form->fieldTextarea($p['name'], $p['value'] ?? null, $attrs),
                    'fieldSelect' => $form->fieldSelect($p['name'], $p['options'] ?? [], $p['value'] ?? null, $attrs),
                    'fieldCheckbox' => $form->fieldCheckbox($p['name'], $p['value'] ?? null, $p['checked'] ?? false, $p['attributes'] ?? []),
                    'tooltip' => print('<small class="form-text text-muted">' . htmlspecialchars((string) $p['message'], ENT_QUOTES) . '</small>'),
                    default => null,
                };
            }
            echo '</div>';
        }
        echo (string) $fields->getHtml();
        return ob_get_clean();
    }

    /* ---- service tabs ---------------------------------------------------------- */

    /**
     * A module tab of a service, as ClientServices::manage() and processModuleTab() show it
     * (app/controllers/client_services.php, hosterpk/whmcs_blesta 95344ce, read 2026-12-06;
     * blesta-module.md §17): a client tab of a service that is not active is refused with the flash
     * error "That section is not accessible while the service is in a %s state." and a redirect to
     * the service; the tabs come from getClientServiceTabs($service) (getAdminServiceTabs on the
     * admin side); the module is made by initModule() with setModuleRow() of the service's row;
     * after the call setServiceTabMessages() shows errors() first and alone, else the module's
     * messages, else after a POST "The data was successfully updated." The admin side is given
     * the same order (AdminClients was not read).
     */
    private function serviceTab(bool $admin, int $serviceId, string $tab): BlestaResponse
    {
        $service = $this->app->Services->get($serviceId);
        if (!$service || (!$admin && $service->client_id !== $this->app->clientId)
                || ($admin && (int) ($this->get[0] ?? 0) !== $service->client_id)) {
            return new BlestaResponse(404, 'no such service');
        }
        if (!$admin && $service->status !== 'active') {
            $this->messages[] = ['error', sprintf('That section is not accessible while the service is in a %s state.',
                ucfirst(str_replace('_', ' ', $service->status)))];
            return $this->redirect('/client/services/manage/' . $service->id . '/');
        }
        $module = $this->app->ModuleManager->initModule($service->package->module_id);
        $module->base_uri = $admin ? '/admin/' : '/client/';
        $this->app->lastModule = $module;
        $package = $service->package;
        $tabs = $admin ? $module->getAdminServiceTabs($service) : $module->getClientServiceTabs($service);
        if (!array_key_exists(strtolower($tab), array_change_key_case($tabs, CASE_LOWER)) || !is_callable([$module, $tab])) {
            return new BlestaResponse(404, 'no such tab');
        }
        $module->setModuleRow($module->getModuleRow($service->module_row_id));
        // A tab that redirects (webmail) calls header('Location: ...') itself, as cpanel's
        // tabClientLogin does (blesta-module.md §12); Blesta sends that header and the 302 it
        // implies with its page. Start each request with neither, as a new PHP request has.
        header_remove('Location');
        http_response_code(200);
        $content = $module->$tab($package, $service, $this->get, $this->post, []);
        $location = self::locationSent($content);
        if (($errors = $module->errors())) {
            $this->error($errors);
        } elseif (($messages = $module->getMessages())) {
            foreach ($messages as $type => $set) {
                foreach (self::flatten($set['message'] ?? []) as $text) {
                    $this->messages[] = [$type, $text];
                }
            }
        } elseif ($this->post) {
            $this->messages[] = ['success', 'The data was successfully updated.'];
        }
        $headers = $location !== null ? ['Location' => $location] : [];
        $base = $admin ? '/admin/clients/servicetab/' . $service->client_id . '/' . $service->id . '/'
            : '/client/services/manage/' . $service->id . '/';
        $nav = '<ul class="nav nav-tabs mb-3">';
        foreach ($tabs as $method => $title) {
            $title = is_array($title) ? $title['name'] : $title;
            $nav .= '<li class="nav-item"><a class="nav-link' . ($method === $tab ? ' active' : '') . '" href="'
                . htmlspecialchars($base . $method . '/', ENT_QUOTES) . '">' . htmlspecialchars($title, ENT_QUOTES) . '</a></li>';
        }
        $title = ($admin ? 'Clients › Service #' : 'My Services › #') . $service->id;
        return $this->page($title, $nav . '</ul><div class="card"><div class="card-body">' . $content . '</div></div>',
            $headers ? 302 : 200, $headers);
    }

    /** The service's own page (what a refused tab redirects to): its status, nothing of the module. */
    private function servicePage(int $serviceId): BlestaResponse
    {
        $service = $this->app->Services->get($serviceId);
        if (!$service || $service->client_id !== $this->app->clientId) {
            return new BlestaResponse(404, 'no such service');
        }
        return $this->page('My Services › #' . $service->id, '<p class="service-status">' . htmlspecialchars($service->status) . '</p>');
    }

    /* ---- page ------------------------------------------------------------------ */

    private function error($errors): void
    {
        foreach (self::flatten((array) $errors) as $text) {
            $this->messages[] = ['error', $text];
        }
    }

    private static function flatten(array $messages): array
    {
        $out = [];
        array_walk_recursive($messages, function ($m) use (&$out) {
            if ($m !== null && $m !== '') {
                $out[] = (string) $m;
            }
        });
        return $out;
    }

    private function redirect(string $to, ?string $success = null): BlestaResponse
    {
        $this->app->db['session']['flash'] = array_merge($this->messages, $success ? [['success', $success]] : []);
        return new BlestaResponse(302, '', ['Location' => $to]);
    }

    /**
     * The Location the module's header() call set, or null. A web server's SAPI lists it
     * (headers_list(), under php -S for the browser tests); the CLI SAPI keeps only the status
     * it implies (302), so there the address is the one the page offers to follow instead, as
     * a browser that did not follow the redirect would show.
     */
    private static function locationSent(string $content): ?string
    {
        foreach (headers_list() as $header) {
            if (stripos($header, 'Location:') === 0) {
                return trim(substr($header, strlen('Location:')));
            }
        }
        if (PHP_SAPI === 'cli' && http_response_code() === 302
                && preg_match('/<a href="([^"]+)" rel="noopener">/', $content, $m)) {
            return html_entity_decode($m[1], ENT_QUOTES);
        }
        return null;
    }

    private function page(string $title, string $content, int $status = 200, array $headers = []): BlestaResponse
    {
        $e = fn ($s) => htmlspecialchars((string) $s, ENT_QUOTES);
        $alerts = '';
        foreach ($this->messages as [$type, $text]) {
            $alerts .= '<div class="alert alert-' . ($type === 'error' ? 'danger' : ($type === 'success' ? 'success' : 'info'))
                . '" role="alert">' . $e($text) . '</div>';
        }
        $body = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>' . $e($title) . '</title>'
            . '<link rel="stylesheet" href="/static/bootstrap.min.css"></head><body class="bg-light"><div class="container py-3">'
            . '<h1 class="h4">' . $e($title) . '</h1><div id="messages">' . $alerts . '</div>' . $content . '</div></body></html>';
        return new BlestaResponse($status, $body, $headers, $this->messages);
    }
}

/**
 * The client area's upgrade and downgrade of a service, as ClientServices::review() makes it
 * (app/controllers/client_services.php, hosterpk/whmcs_blesta 95344ce, read 2026-12-06;
 * blesta-module.md §17): the vars are the service's qty and every stored service field, decrypted
 * (so a stored password comes back in clear), then pricing_id, the options and use_module 'true'.
 * The options are those of the form the client submits, which is filled with the service's current
 * values: each option of the (new) package that the service has, at its value, with the client's
 * changes over them; an option the new package does not offer is not on the form and so is not
 * posted. Services::validateServiceEdit() runs first, then Services::edit(); on errors the page
 * shows them and nothing is changed.
 */
final class ClientServices
{
    public function __construct(private Blesta $app)
    {
    }

    /**
     * @param array<int, string|int> $changes option id => the value the client sets (0 removes a quantity)
     * @return array|true the errors shown, or true when the change went through
     */
    public function review(int $serviceId, array $changes = [], ?int $packageId = null): array|bool
    {
        $services = $this->app->Services;
        $service = $services->get($serviceId);
        $package = $this->app->Packages->get($packageId ?? $service->package_id);
        $current = [];
        foreach ($service->options as $o) {
            $current[$o->option_id] = $o->option_type === 'quantity' ? (string) $o->qty : (string) $o->value;
        }
        $options = [];
        foreach ($this->app->PackageOptions->getByPackageId($package->id) as $o) {
            if (array_key_exists($o->id, $changes)) {
                $options[$o->id] = (string) $changes[$o->id];
            } elseif (array_key_exists($o->id, $current)) {
                $options[$o->id] = $current[$o->id];
            }
        }
        $vars = ['qty' => 1];
        foreach ($service->fields as $field) {
            $vars[$field->key] = $field->value;
        }
        $vars = array_merge($vars, ['pricing_id' => $package->id, 'configoptions' => $options, 'use_module' => 'true']);
        $services->validateServiceEdit($service->id, $vars);
        if (($errors = $services->errors())) {
            return $errors;
        }
        $services->edit($service->id, $vars);
        return $services->errors() ?: true;
    }
}
