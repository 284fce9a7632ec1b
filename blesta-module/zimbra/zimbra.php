<?php
/**
 * Zimbra mail hosting for Blesta: whole mail domains, or single mailboxes (alone or on
 * top of a domain service).
 *
 * This class is what Blesta calls, and it only translates: each method builds the plain objects
 * of lib/ it needs (made with new, given a connection to the service's server and the Blesta
 * models they use), hands them Blesta's arguments, and turns what they give back into Blesta's
 * terms: service fields, row meta, a rendered view, Input errors (guard(), the one place a
 * ZimbraFailure becomes them). Every Zimbra call is a method of the php-zimbra extension
 * (Zimbra\Client), which validates, escapes, paces and parses; nothing here builds a request.
 */
foreach (['failure', 'operation', 'connection', 'connector', 'fields', 'rules', 'limits', 'service', 'suspension', 'tagged_create',
        'settings', 'row_upkeep', 'server_form', 'package_form', 'service_form', 'provisioning', 'mail_hosts', 'tab_page', 'tab_request',
        'aliases', 'stats_tab', 'mailboxes_tab', 'lists_tab', 'mailbox_settings_tab', 'usage_record', 'usage_task', 'install'] as $file) {
    require_once __DIR__ . DIRECTORY_SEPARATOR . 'lib' . DIRECTORY_SEPARATOR . 'zimbra_' . $file . '.php';
}

/**
 * Models Blesta loads onto the module as properties (Loader::loadModels, blesta-module.md §16):
 * @property ModuleManager $ModuleManager
 * @property Services $Services
 * @property CronTasks $CronTasks
 * @property EmailGroups $EmailGroups
 * @property Emails $Emails
 * @property Languages $Languages
 * @property Clients $Clients
 * @property Companies $Companies
 * @property PackageOptions $PackageOptions
 */
class Zimbra extends Module
{
    public function __construct()
    {
        $this->loadConfig(__DIR__ . DS . 'config.json');
        Loader::loadComponents($this, ['Input']);
        Language::loadLang('zimbra', null, __DIR__ . DS . 'language' . DS);
    }

    /** Seconds a provisioning request (add, suspend, cancel...) may take; Blesta's own page timeouts are longer. */
    protected function requestTimeout(): float
    {
        return 30.0;
    }

    /** Seconds a tab page waits for Zimbra, connecting included (README, "When Zimbra is down or slow"). */
    protected function tabTimeout(): float
    {
        return 5.0;
    }

    /* ---- install, upgrade, usage task ---------------------------------------- */

    public function install()
    {
        $this->guard(function () {
            ZimbraConnector::requireExtension();
            $this->installer()->install();
        });
    }

    /**
     * Blesta calls this when config.json's version is newer than the installed one (ZimbraInstall
     * brings stored rows up). A downgrade is refused: newer rows may hold what older code misreads.
     */
    public function upgrade($current_version)
    {
        $this->guard(function () use ($current_version) {
            if (version_compare((string) $current_version, $this->getVersion(), '>')) {
                throw ZimbraFailure::of('version', 'version.downgrade', [$current_version, $this->getVersion()]);
            }
            $this->installer()->upgrade((string) $current_version);
        });
    }

    public function uninstall($module_id, $last_instance)
    {
        $this->installer()->uninstall((bool) $last_instance);
    }

    /** @return list<string> the lines Blesta writes to the cron log */
    public function cron($key)
    {
        if ($key !== ZimbraInstall::CRON_USAGE) {
            return [];
        }
        if (!extension_loaded('zimbra')) {
            return [Language::_('Zimbra.!error.extension.missing', true)];
        }
        Loader::loadModels($this, ['Services', 'Clients', 'Emails']);
        return (new ZimbraUsageTask($this->connector(), $this->Services, $this->Clients, $this->Emails))
            ->run($this->getModuleRows() ?: [], $this->getModule()->id ?? null);
    }

    private function installer(): ZimbraInstall
    {
        Loader::loadModels($this, ['ModuleManager', 'CronTasks', 'EmailGroups', 'Emails', 'Languages', 'Companies']);
        return new ZimbraInstall($this->ModuleManager, $this->CronTasks, $this->EmailGroups, $this->Emails, $this->Languages,
            $this->Companies, $this->upkeep());
    }

    /* ---- the module's settings ------------------------------------------------- */

    public function manageModule($module, array &$vars)
    {
        Loader::loadModels($this, ['ModuleManager', 'Services']);
        $loaded = extension_loaded('zimbra');
        $settings = new ZimbraSettings($this->ModuleManager, $module->id);  // getModule() is null on this page (§16)
        $posted = !empty($vars);
        $typed = $vars;
        $refused = $posted && !$this->guard(function () use ($settings, $typed) {
            $settings->apply($typed);
            return true;
        });
        $license = $loaded ? $settings->licenseState() : null;
        if ($posted) {
            $vars = $settings->meta();
        } else {
            $settings->saveChanges();  // a fresher signed answer
        }
        return $this->render('manage', ['module' => $module, 'extension_loaded' => $loaded, 'license' => $license,
            'usage' => ZimbraUsageRecord::byRow($this->Services, $module->id), 'usage_email_url' => $this->installer()->usageEmailUrl($this->base_uri),
            'no_mail_host' => array_map(fn ($row) => $row->id, array_filter($module->rows ?? [], fn ($row) => (new ZimbraMailHosts($row->meta))->mailHost() === '')),
            'reserved' => $settings->get('reserved_local_parts'), 'role_local_parts' => ZimbraSettings::ROLE_LOCAL_PARTS,
            'form' => (object) ($refused ? $typed : [])], true);
    }

    private function settings(): ZimbraSettings
    {
        Loader::loadModels($this, ['ModuleManager']);
        return ZimbraSettings::of($this->ModuleManager, $this->getModule());
    }

    /* ---- servers (module rows) ------------------------------------------------------ */

    public function getGroupOrderOptions()
    {
        return ['first' => Language::_('Zimbra.order_options.first', true), 'roundrobin' => Language::_('Zimbra.order_options.roundrobin', true)];
    }

    public function manageAddRow(array &$vars)
    {
        [$vars, $kept] = $this->serverForm()->addFormValues($vars);
        return $this->render('add_row', ['vars' => (object) $vars, 'extension_loaded' => extension_loaded('zimbra'),
            'errors' => $this->Input->errors() ?: [], 'kept_password' => $kept], true);
    }

    public function manageEditRow($module_row, array &$vars)
    {
        if (empty($vars)) {
            $vars = (array) $module_row->meta;
        }
        unset($vars['admin_password']);  // never sent back to the browser
        return $this->render('edit_row', ['vars' => (object) $vars, 'extension_loaded' => extension_loaded('zimbra'),
            'row' => $module_row, 'errors' => $this->Input->errors() ?: []], true);
    }

    public function addModuleRow(array &$vars)
    {
        return $this->saveRow($vars, null);
    }

    /**
     * Blesta's ModuleManager::editRow() runs this for every row change, the module's own upkeep
     * included (§16): upkeep (ZimbraRowUpkeep) is stored as it is, with no form rules, no login.
     */
    public function editModuleRow($module_row, array &$vars)
    {
        return ZimbraRowUpkeep::take($vars) ? ZimbraServerForm::rowMeta($vars) : $this->saveRow($vars, $module_row);
    }

    public function deleteModuleRow($module_row)
    {
    }

    private function saveRow(array &$vars, $existing)
    {
        return $this->guard(function () use (&$vars, $existing) {
            ZimbraConnector::requireExtension();
            return $this->serverForm()->save($vars, $existing);
        });
    }

    private function serverForm(): ZimbraServerForm
    {
        Loader::loadModels($this, ['ModuleManager']);
        return new ZimbraServerForm($this->ModuleManager, $this->connector());
    }

    private function upkeep(): ZimbraRowUpkeep
    {
        Loader::loadModels($this, ['ModuleManager']);
        return new ZimbraRowUpkeep($this->ModuleManager, $this->connector());
    }

    /* ---- packages ------------------------------------------------------------ */

    public function getPackageFields($vars = null)
    {
        return ZimbraPackageForm::fields((object) ($vars ?? []), $this->packageServers((array) ($vars ?? []))[0] ?? null);
    }

    public function addPackage(?array $vars = null)
    {
        return $this->packageMeta($vars ?? [], null);
    }

    public function editPackage($package, ?array $vars = null)
    {
        return $this->packageMeta($vars ?? [], $package);
    }

    /** The package meta; the Mailbox Domain is looked up on the package's server, or each of its group's. */
    private function packageMeta(array $vars, ?object $package)
    {
        return $this->guard(fn () => ZimbraPackageForm::meta($vars, $package, $this->packageServers($vars)));
    }

    /** The package's server, or else its group's servers. */
    private function packageServers(array $vars): array
    {
        $rows = array_filter([!empty($vars['module_row']) ? $this->getModuleRow($vars['module_row']) : null])
            ?: (!empty($vars['module_group']) ? (array) $this->getModuleRows($vars['module_group']) : []);
        $connector = $this->connector();
        return array_map(fn ($row) => $connector->connect($row), array_values($rows));
    }

    /* ---- service fields ------------------------------------------------------ */

    public function getAdminAddFields($package, $vars = null)
    {
        return ZimbraServiceForm::fields($package, (object) ($vars ?? []), true);
    }

    public function getClientAddFields($package, $vars = null)
    {
        return ZimbraServiceForm::fields($package, (object) ($vars ?? []), false);
    }

    public function getAdminEditFields($package, $vars = null)
    {
        return ZimbraServiceForm::fields($package, (object) ($vars ?? []), true);
    }

    public function getServiceName($service)
    {
        return ZimbraServiceForm::name($service);
    }

    public function getPackageServiceName($package, ?array $vars = null)
    {
        $parent = null;
        if (!empty($vars['parent_service_id'])) {
            Loader::loadModels($this, ['Services']);
            $parent = $this->Services->get($vars['parent_service_id']) ?: null;
        }
        return ZimbraServiceForm::orderName($package, $vars ?? [], $parent);
    }

    public function validateService($package, ?array $vars = null)
    {
        return $this->guard(function () use ($package, $vars) {
            ZimbraServiceForm::validate($package, $vars, false);
            return true;
        }) ?? false;
    }

    /** The options of an edit are whole numbers (the limits against use are checked by editService(), with Zimbra). */
    public function validateServiceEdit($service, ?array $vars = null)
    {
        $vars = ZimbraServiceForm::withoutUnchanged($vars ?? [], (array) ZimbraFields::of($service));
        return $this->guard(function () use ($service, $vars) {
            ZimbraServiceForm::validate($service->package ?? null, $vars, true);
            ZimbraLimits::extras((array) ($vars['configoptions'] ?? []), ZimbraServiceForm::isDomainType($service->package ?? null));
            return true;
        }) ?? false;
    }

    /* ---- service lifecycle --------------------------------------------------- */

    public function addService($package, ?array $vars = null, $parent_package = null, $parent_service = null, $status = 'pending')
    {
        return $this->guard(fn () => $this->provisioning()->add($package, $vars ?? [], $parent_service,
            $this->serviceRow(null, $parent_service) ?: null));
    }

    public function editService($package, $service, array $vars = [], $parent_package = null, $parent_service = null)
    {
        return $this->guard(fn () => $this->provisioning()->edit($package, $service, $vars, $this->serviceRow($service) ?: null));
    }

    public function cancelService($package, $service, $parent_package = null, $parent_service = null)
    {
        return $this->onService($service, function (ZimbraService $zimbra, object $row) use ($package) {
            if ($zimbra->cancel(ZimbraServiceForm::isDomainType($package))) {
                $this->upkeep()->adjustAccountCount($row, -1);
            }
            return null;
        });
    }

    public function suspendService($package, $service, $parent_package = null, $parent_service = null)
    {
        return $this->setStatus($package, $service, $package->meta->suspend_mode ?? 'closed');
    }

    public function unsuspendService($package, $service, $parent_package = null, $parent_service = null)
    {
        return $this->setStatus($package, $service, 'active');
    }

    /** Suspension in the package's mode, and its undoing (ZimbraSuspension); a mailbox's fields are stored again. */
    private function setStatus($package, $service, string $status)
    {
        return $this->onService($service, function (ZimbraService $zimbra) use ($package, $status) {
            $fields = (new ZimbraSuspension($zimbra))->setStatus(ZimbraServiceForm::isDomainType($package), $status);
            return $fields === null ? null : ZimbraServiceForm::fieldList(false, $fields);
        });
    }

    /**
     * Blesta 5 follows a package change with editService() on the new package, with the options of
     * the same change (Services::edit(), read 2026-11-28): the new limits are applied there, once,
     * and checked against use. Applied here first, they would go with the old options, and stay
     * when the edit that follows is refused.
     */
    public function changeServicePackage($package_from, $package_to, $service, $parent_package = null, $parent_service = null)
    {
        $this->Input->setErrors([]);
        return null;
    }

    private function provisioning(): ZimbraProvisioning
    {
        return new ZimbraProvisioning($this->connector(), $this->settings(), $this->upkeep());
    }

    /** Run $fn with the service as it is on its server, and that server's row, inside guard(). */
    private function onService($service, callable $fn)
    {
        return $this->guard(function () use ($service, $fn) {
            $row = $this->serviceRow($service) ?: throw ZimbraFailure::of('module_row', 'module_row.missing');
            return $fn(new ZimbraService($this->connector()->connect($row), ZimbraFields::of($service)), $row);
        });
    }

    /**
     * The server a service lives on. A mailbox ordered on a domain service lives on the domain's
     * server, whatever its own package names: the row is taken from the parent at order time and
     * kept in the service's zimbra_module_row field, since Blesta hands later calls the row of
     * the mailbox's own package.
     */
    private function serviceRow($service, $parent_service = null)
    {
        if (ZimbraFields::isDomainService($parent_service) && !empty($parent_service->module_row_id)
                && ($row = $this->getModuleRow($parent_service->module_row_id))) {
            return $row;
        }
        $f = ZimbraFields::of($service);
        if (!empty($f->zimbra_module_row) && ($row = $this->getModuleRow($f->zimbra_module_row))) {
            return $row;
        }
        return $this->getModuleRow();
    }

    public function getAdminServiceInfo($service, $package)
    {
        return $this->render('admin_service_info', ['fields' => ZimbraFields::of($service)]);
    }

    public function getClientServiceInfo($service, $package)
    {
        return $this->render('client_service_info', ['fields' => ZimbraFields::of($service)]);
    }

    /* ---- service tabs ---------------------------------------------------------- */

    /** A domain service has its mailboxes and lists; a mailbox service only its statistics (and, for clients, its settings). */
    public function getAdminTabs($package)
    {
        return self::tabNames(ZimbraServiceForm::isDomainType($package) ? ['tabStats', 'tabMailboxes', 'tabLists'] : ['tabStats']);
    }

    public function getClientTabs($package)
    {
        return self::tabNames(ZimbraServiceForm::isDomainType($package)
            ? ['tabClientStats', 'tabClientMailboxes', 'tabClientLists', 'tabClientSetup'] : ['tabClientStats', 'tabClientSettings']);
    }

    /** Each tab method with its title (Zimbra.tab_stats for tabStats and tabClientStats alike). */
    private static function tabNames(array $methods): array
    {
        return array_combine($methods, array_map(fn ($m) => Language::_('Zimbra.tab_' . strtolower(preg_replace('/^tab(Client)?/', '', $m)),
            true), $methods));
    }

    public function tabStats($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        return $this->tab(__FUNCTION__, $package, $service, fn (ZimbraTabRequest $r) => (new ZimbraStatsTab($r))->show($get ?? []));
    }

    public function tabClientStats($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        return $this->tab(__FUNCTION__, $package, $service, fn (ZimbraTabRequest $r) => (new ZimbraStatsTab($r))->show($get ?? []));
    }

    public function tabMailboxes($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        return $this->tab(__FUNCTION__, $package, $service, fn (ZimbraTabRequest $r) => (new ZimbraMailboxesTab($r))->show($get ?? [], $post ?? []));
    }

    public function tabClientMailboxes($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        return $this->tab(__FUNCTION__, $package, $service, fn (ZimbraTabRequest $r) => (new ZimbraMailboxesTab($r))->show($get ?? [], $post ?? []));
    }

    public function tabLists($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        return $this->tab(__FUNCTION__, $package, $service, fn (ZimbraTabRequest $r) => (new ZimbraListsTab($r))->show($get ?? [], $post ?? []));
    }

    public function tabClientLists($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        return $this->tab(__FUNCTION__, $package, $service, fn (ZimbraTabRequest $r) => (new ZimbraListsTab($r))->show($get ?? [], $post ?? []));
    }

    public function tabClientSettings($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        Loader::loadModels($this, ['Services']);
        return $this->tab(__FUNCTION__, $package, $service,
            fn (ZimbraTabRequest $r) => (new ZimbraMailboxSettingsTab($r, $this->settings(), $this->Services))->show($post ?? []));
    }

    /** The DNS records a customer adds for a domain service, from the server row alone (ZimbraMailHosts). */
    public function tabClientSetup($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        return $this->tab(__FUNCTION__, $package, $service, fn (ZimbraTabRequest $r) => $r->page('tab_setup', [], [
            'records' => (new ZimbraMailHosts($r->row->meta ?? (object) []))->records((string) ($r->fields->zimbra_domain ?? '')),
            'fields' => $r->fields]));
    }

    /**
     * A tab page: a request for this service's server and side (admin tabs are named tabX,
     * client ones tabClientX), the page $show builds, its messages to Blesta, its view rendered.
     */
    private function tab(string $tab, $package, $service, callable $show): string
    {
        $this->Input->setErrors([]);
        Loader::loadModels($this, ['PackageOptions']);
        $request = new ZimbraTabRequest($tab, $package, $service, $this->serviceRow($service) ?: null, !str_starts_with($tab, 'tabClient'),
            (string) $this->base_uri, $this->connector(), $this->PackageOptions);
        $page = $show($request);
        foreach ($request->messages as [$type, $text]) {
            $this->setMessage($type, $text);
        }
        if ($page->redirect !== null && !headers_sent()) {
            header('Location: ' . $page->redirect);
        }
        return $this->render($page->view, $page->vars);
    }

    /* ---- shared ---------------------------------------------------------------- */

    private function render(string $view, array $vars, bool $admin = false): string
    {
        $this->view = new View($view, 'default');
        $this->view->base_uri = $this->base_uri;
        $this->view->setDefaultView('components' . DS . 'modules' . DS . 'zimbra' . DS);
        Loader::loadHelpers($this, $admin ? ['Form', 'Html', 'Widget'] : ['Form', 'Html']);
        $this->view->set($vars);
        return $this->view->fetch();
    }

    /** How the module's classes reach a server row: this module's log, its timeouts. */
    private function connector(): ZimbraConnector
    {
        return new ZimbraConnector(fn (string $url, string $data, string $direction, bool $success)
            => $this->log($url, $data, $direction, $success), $this->requestTimeout(), $this->tabTimeout());
    }

    /**
     * Run an entry point; whatever it throws becomes Blesta's Input errors, here and nowhere else.
     * Blesta's ModuleManager catches only Exception, and the extension may throw Error. A failure
     * that did not come through a connection's call() goes to the module log too, with its detail.
     */
    private function guard(callable $fn)
    {
        $this->Input->setErrors([]);  // errors of an earlier call on this object are not this call's
        try {
            return $fn();
        } catch (\Throwable $e) {
            $this->Input->setErrors($this->connector()->failure($this->getModuleRow() ?: null, $e)->errors);
            return null;
        }
    }
}
