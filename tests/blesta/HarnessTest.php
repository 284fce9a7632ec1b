<?php
use PHPUnit\Framework\TestCase;

/**
 * The Blesta stand-in itself, one test per row of ../shared/reference/blesta-module.md §16 (and
 * the Input rules of §7): if the harness drifted from Blesta, the module's tests would prove
 * nothing. None of these needs Zimbra.
 */
final class HarnessTest extends TestCase
{
    private Blesta $blesta;

    protected function setUp(): void
    {
        $this->blesta = Blesta::boot();
    }

    /** Blesta's Services model says whether an action went through by errors(), not by what it returns. */
    private function assertDone($returned): void
    {
        $this->assertFalse($this->blesta->Services->errors());
    }

    private function assertRefused($returned): void
    {
        $this->assertNotEmpty($this->blesta->Services->errors());
    }

    /** §16: a POST without a valid _csrf_token reaches the page as an empty post, with an error shown. */
    public function testCsrfTokenIsCheckedOnEveryPost(): void
    {
        $browser = new Browser($this->blesta);
        $post = ['zimbra_action' => 'reserved_save', 'reserved_local_parts' => 'sales2'];
        foreach ([null => 'no token', 'forged' => 'a wrong token'] as $token => $what) {
            $response = $browser->post(SimulatorCase::MANAGE, $post, $token === '' ? null : (string) $token);
            $this->assertSame(['Invalid CSRF token. Please reload the page and try again.'], $response->messages('error'), $what);
            $this->assertSame([], $this->blesta->db['module_meta'], "$what: nothing stored");
        }
        $browser->post(SimulatorCase::MANAGE, $post);
        $this->assertSame('sales2', $this->blesta->ModuleManager->getMeta(1)->reserved_local_parts, 'with the token it goes through');
        // Form::create() writes the session's token into every form it makes.
        $browser->get(SimulatorCase::MANAGE);
        $this->assertSame($this->blesta->csrfToken(), $browser->attr('form.reserved-form input[name=_csrf_token]', 'value'));
    }

    /** §16: after manageModule() the controller deletes all module meta and stores $vars. */
    public function testManagePageStoresVarsAsTheWholeModuleMeta(): void
    {
        $this->blesta->moduleClass = get_class(new class extends Zimbra {
            public static $seen = [];

            public function manageModule($module, array &$vars)
            {
                self::$seen[] = $this->getModule();  // §16: never set on the manage page
                $vars = $vars ? [['key' => 'kept', 'value' => 'by the module', 'encrypted' => 0]] : $vars;
                return 'page';
            }
        });
        $class = $this->blesta->moduleClass;
        $this->blesta->ModuleManager->setMeta(1, [['key' => 'license_key', 'value' => 'K', 'encrypted' => 1]]);
        $browser = new Browser($this->blesta);
        $browser->get(SimulatorCase::MANAGE);
        $this->assertSame('K', $this->blesta->ModuleManager->getMeta(1)->license_key, 'a GET stores nothing');
        $browser->post(SimulatorCase::MANAGE, ['anything' => '1']);
        $this->assertEquals((object) ['kept' => 'by the module'], $this->blesta->ModuleManager->getMeta(1),
            'the meta written before is gone; $vars is what is stored');
        $this->assertSame([null, null], $class::$seen);

        // A module that leaves the post in $vars gets the post stored, token and all.
        $this->blesta->moduleClass = get_class(new class extends Zimbra {
            public function manageModule($module, array &$vars)
            {
                return 'page';
            }
        });
        $browser->post(SimulatorCase::MANAGE, ['license_action' => 'save']);
        $this->assertEqualsCanonicalizing(['_csrf_token', 'license_action'], array_keys((array) $this->blesta->ModuleManager->getMeta(1)));
    }

    /** §16: addRow()/editRow() run the module's addModuleRow()/editModuleRow(); errors land on the ModuleManager. */
    public function testRowChangesRunTheModulesOwnMethods(): void
    {
        $mm = $this->blesta->ModuleManager;
        $this->blesta->db['rows'][1] = ['id' => 1, 'module_id' => 1, 'meta' => [['key' => 'server_label', 'value' => 'A', 'encrypted' => 0]]];
        $this->blesta->db['ids']['rows'] = 1;
        $mm->editRow(1, ['server_label' => 'B', 'host_name' => 'not a host!', 'admin_username' => 'a', 'admin_password' => 'p']);
        $this->assertArrayHasKey('host_name', $mm->errors(), 'the module validated the edit');
        $this->assertSame('A', $mm->getRowMeta(1)->server_label, 'nothing stored on error');
        $this->assertNull($mm->addRow(1, ['server_label' => '']));
        $this->assertArrayHasKey('server_label', $mm->errors());
        $this->assertCount(1, $this->blesta->db['rows']);
    }

    /** §4/§16: FirstAvailable always skips full rows; round robin only when limits are forced; none left is 0. */
    public function testSelectModuleRow(): void
    {
        $mm = $this->blesta->ModuleManager;
        foreach ([[5, '5'], [3, ''], [1, '10']] as $i => [$count, $limit]) {
            $this->blesta->db['rows'][$i + 1] = ['id' => $i + 1, 'module_id' => 1, 'meta' => [
                ['key' => 'account_count', 'value' => (string) $count, 'encrypted' => 0],
                ['key' => 'account_limit', 'value' => $limit, 'encrypted' => 0]]];
        }
        $group = fn (string $order, bool $force, array $rows = [1, 2, 3]) => $mm->addGroup(1, ['name' => 'g', 'add_order' => $order,
            'force_limits' => $force ? '1' : '0', 'module_rows' => $rows]);
        $module = $this->blesta->newModule();
        $this->assertSame(2, $module->selectModuleRow($group('first', false)), 'row 1 is full, even without forced limits');
        $this->assertSame(2, $module->selectModuleRow($group('first', true)));
        $this->assertSame(3, $module->selectModuleRow($group('roundrobin', true)), 'the fewest accounts');
        $this->assertSame(3, $module->selectModuleRow($group('roundrobin', false)));
        $this->assertSame(1, $module->selectModuleRow($group('roundrobin', false, [1])), 'a full row, limits not forced');
        $this->assertSame(0, $module->selectModuleRow($group('roundrobin', true, [1])), 'nothing available: 0');
        $this->assertSame(0, $module->selectModuleRow($group('first', false, [1])));
        $this->assertSame(0, $module->selectModuleRow(99), 'no such group');
    }

    /** §16: setMessage() is final protected, getMessages() nested by type. */
    public function testMessages(): void
    {
        $m = new ReflectionMethod(Module::class, 'setMessage');
        $this->assertTrue($m->isFinal() && $m->isProtected());
        $module = new class extends Zimbra {
            public function say(): void
            {
                $this->setMessage('error', 'one');
                $this->setMessage('error', 'two');
                $this->setMessage('success', 'ok');
            }
        };
        $module->say();
        $this->assertSame(['error' => ['message' => ['one', 'two']], 'success' => ['message' => ['ok']]], $module->getMessages());
    }

    /** §7/§16: minphp Input. */
    public function testInputRuleSemantics(): void
    {
        $input = new Input();
        $input->setRules([
            'name' => [
                'empty' => ['rule' => 'isEmpty', 'negate' => true, 'message' => 'empty', 'last' => true],
                'long' => ['rule' => ['betweenLength', 1, 3], 'message' => 'long'],
            ],
            'meta[quota]' => ['num' => ['rule' => 'is_numeric', 'message' => 'num', 'if_set' => true]],
            'confirm' => ['match' => ['rule' => ['compares', '==', ['_linked' => 'password']], 'message' => 'match']],
            'password' => ['cb' => ['rule' => fn ($v) => strlen((string) $v) >= 4, 'message' => 'cb']],
            'host' => ['fmt' => ['rule' => true, 'pre_format' => 'strtolower', 'post_format' => [[$this, 'suffix'], '!']]],
        ]);
        $vars = ['name' => '', 'confirm' => 'abcd', 'password' => 'abcd', 'host' => 'MAIL'];
        $this->assertFalse($input->validates($vars));
        $this->assertSame(['name' => ['empty' => 'empty']], $input->errors());  // last: "long" was not tried
        $this->assertSame('mail!', $vars['host']);  // pre_format then post_format wrote back

        // validates() keeps earlier errors; only setRules() empties them.
        $vars = ['name' => 'ab', 'confirm' => 'abcd', 'password' => 'abcd', 'host' => 'x'];
        $this->assertFalse($input->validates($vars), 'the errors of the run before are still there');
        $input->setErrors(['x' => ['y' => 'set by hand']]);
        $this->assertFalse($input->validates($vars));
        $this->assertSame(['x' => ['y' => 'set by hand']], $input->errors());
        $input->setRules(['name' => ['e' => ['rule' => 'isEmpty', 'negate' => true, 'message' => 'e']]]);
        $this->assertFalse($input->errors(), 'setRules() empties the errors');
        $this->assertTrue($input->validates($vars));

        // if_set is isset(): a null value counts as not set; isEmpty() does not trim.
        $input->setRules(['a' => ['r' => ['rule' => false, 'message' => 'a', 'if_set' => true]],
            'b' => ['r' => ['rule' => 'isEmpty', 'message' => 'b']]]);
        $vars = ['a' => null, 'b' => ' '];
        $this->assertFalse($input->validates($vars));
        $this->assertSame(['b' => ['r' => 'b']], $input->errors(), 'a skipped (null); " " is not empty');

        // An array rule is always [callable, args...]: a bare [$object, 'method'] is not a callable there.
        $input->setRules(['c' => ['r' => ['rule' => [[$this, 'suffix'], 'x'], 'message' => 'c']]]);
        $vars = ['c' => 'v'];
        $this->assertTrue($input->validates($vars));

        $input->setRules([
            'a' => ['x' => ['rule' => false, 'message' => 'a', 'final' => true]],
            'b' => ['y' => ['rule' => false, 'message' => 'b']],
        ]);
        $vars = [];
        $this->assertFalse($input->validates($vars));
        $this->assertSame(['a' => ['x' => 'a']], $input->errors());  // final stops everything

        $input->setRules(['meta[a]' => ['x' => ['rule' => 'is_numeric', 'message' => 'n']], 'one' => ['rule' => false, 'message' => 'o']]);
        $vars = ['meta' => ['a' => 'z']];
        $this->assertFalse($input->validates($vars));
        $this->assertSame(['meta[a]' => ['x' => 'n'], 'one' => [0 => 'o']], $input->errors(), 'one rule given bare is rule 0');
    }

    public function suffix($value, $suffix)
    {
        return $value . $suffix;
    }

    /** Blesta 5 Services::edit(): a new pricing runs changeServicePackage() then editService(), options stored after both. */
    public function testServiceEditOrderAndOptions(): void
    {
        $this->blesta->moduleClass = get_class(new class extends Zimbra {
            public static array $calls = [];
            public static bool $refuse = false;

            public function changeServicePackage($package_from, $package_to, $service, $parent_package = null, $parent_service = null)
            {
                self::$calls[] = ['change', $package_from->id, $package_to->id];
                return null;
            }

            public function editService($package, $service, array $vars = [], $parent_package = null, $parent_service = null)
            {
                self::$calls[] = ['edit', $package->id, $vars['configoptions'], array_map(fn ($o) => $o->qty, $service->options)];
                if (self::$refuse) {
                    $this->Input->setErrors(['x' => ['refused' => 'refused']]);
                }
                return null;
            }
        });
        $class = $this->blesta->moduleClass;
        $db = &$this->blesta->db;
        $db['packages'][1] = ['id' => 1, 'name' => 'a', 'module_id' => 1, 'module_row' => 0, 'module_group' => 0, 'meta' => []];
        $db['packages'][2] = ['id' => 2, 'name' => 'b', 'module_id' => 1, 'module_row' => 0, 'module_group' => 0, 'meta' => []];
        $option = $this->blesta->PackageOptions->add(['name' => 'extra', 'type' => 'quantity', 'min' => 0, 'max' => 10, 'step' => 2,
            'package_ids' => [1, 2]]);
        $db['services'][1] = ['id' => 1, 'client_id' => 1, 'package_id' => 1, 'parent_service_id' => null, 'module_row_id' => 0,
            'status' => 'active', 'fields' => [], 'options' => [$option => '4']];
        $services = $this->blesta->Services;

        $this->assertDone($services->edit(1, ['pricing_id' => 2, 'configoptions' => [$option => '6']]));
        $this->assertSame([['change', 1, 2], ['edit', 2, ['extra' => '6'], [4]]], $class::$calls, 'change, then edit on the new package');
        $this->assertSame([6], array_map(fn ($o) => $o->qty, $services->getOptions(1)));
        $this->assertSame(2, $db['services'][1]['package_id']);

        // Nothing posted: the stored options, by name; a refusal stores nothing.
        $class::$calls = [];
        $class::$refuse = true;
        $this->assertRefused($services->edit(1, ['configoptions' => [$option => '8']]));
        $this->assertSame([6], array_map(fn ($o) => $o->qty, $services->getOptions(1)), 'the refused value is not stored');
        $class::$refuse = false;
        $this->assertDone($services->edit(1, []));
        $this->assertSame(['extra' => 6], $class::$calls[1][2]);

        // Values the option does not offer never reach the module: off the step, out of range, unknown option.
        $class::$calls = [];
        foreach ([[$option => '5'], [$option => '12'], [999 => '1']] as $posted) {
            $this->assertRefused($services->edit(1, ['configoptions' => $posted]));
            $this->assertArrayHasKey('configoptions', $services->errors());
        }
        $this->assertSame([], $class::$calls);
    }

    /** A module that records what Blesta calls, and can refuse one method. */
    private function recorder(): string
    {
        $this->blesta->moduleClass = get_class(new class extends Zimbra {
            public static array $calls = [];
            public static ?string $refuse = null;

            private function note(string $method, ...$args)
            {
                self::$calls[] = [$method, ...$args];
                if (self::$refuse === $method) {
                    $this->Input->setErrors(['x' => ['refused' => "$method refused"]]);
                }
            }

            public function validateService($package, ?array $vars = null)
            {
                $this->Input->setErrors([]);
                $this->note('validateService', $vars);
                return !$this->errors();
            }

            public function validateServiceEdit($service, ?array $vars = null)
            {
                $this->Input->setErrors([]);
                $this->note('validateServiceEdit', $vars);
                return !$this->errors();
            }

            public function addService($package, ?array $vars = null, $parent_package = null, $parent_service = null, $status = 'pending')
            {
                $this->note('addService', $vars, $status);
                return [['key' => 'k', 'value' => (string) ($vars['k'] ?? ''), 'encrypted' => 0],
                    ['key' => 'secret', 'value' => 'order-secret', 'encrypted' => 1]];
            }

            public function editService($package, $service, array $vars = [], $parent_package = null, $parent_service = null)
            {
                $this->note('editService', $vars);
                return null;
            }

            public function suspendService($package, $service, $parent_package = null, $parent_service = null)
            {
                $this->note('suspendService', $service->id);
                return null;
            }

            public function unsuspendService($package, $service, $parent_package = null, $parent_service = null)
            {
                $this->note('unsuspendService', $service->id);
                return null;
            }

            public function cancelService($package, $service, $parent_package = null, $parent_service = null)
            {
                $this->note('cancelService', $service->id);
                return null;
            }
        });
        $db = &$this->blesta->db;
        $db['packages'][1] = ['id' => 1, 'name' => 'a', 'module_id' => 1, 'module_row' => 0, 'module_group' => 0, 'meta' => []];
        $db['packages'][2] = ['id' => 2, 'name' => 'b', 'module_id' => 1, 'module_row' => 0, 'module_group' => 0, 'meta' => []];
        return $this->blesta->moduleClass;
    }

    /** §17: a pending order provisions nothing; activation is an edit that runs addService(), not editService(). */
    public function testAPendingOrderIsProvisionedByItsActivation(): void
    {
        $class = $this->recorder();
        $services = $this->blesta->Services;
        $id = $services->add(['package_id' => 1, 'client_id' => 1, 'status' => 'pending', 'use_module' => 'true', 'k' => 'v']);
        $this->assertNotNull($id);
        [$validate, $add] = $class::$calls;
        $this->assertSame('validateService', $validate[0]);
        $this->assertSame(['addService', 'false', 'pending'], [$add[0], $add[1]['use_module'], $add[2]], 'use_module forced to false');
        $this->assertSame('pending', $services->get($id)->status);
        $this->assertSame(Blesta::encrypt('order-secret'), $this->blesta->db['services'][$id]['fields'][1]['value'], 'stored encrypted');

        // The provision task: Services::edit() with every stored field and status active.
        $class::$calls = [];
        $fields = array_column(array_map(fn ($f) => (array) $f, $services->get($id)->fields), 'value', 'key');
        $services->edit($id, $fields + ['status' => 'active'], false, true);
        $this->assertFalse($services->errors());
        $this->assertSame(['addService'], array_column($class::$calls, 0), 'no validateServiceEdit(), no editService()');
        [, $vars, $status] = $class::$calls[0];
        $this->assertSame(['v', 'order-secret', 1, 1, 'true', 'active'], [$vars['k'], $vars['secret'], $vars['pricing_id'],
            $vars['client_id'], $vars['use_module'], $status]);
        $this->assertSame('active', $services->get($id)->status);

        // An in_review order is held the same; an active one added by an admin provisions at once.
        $class::$calls = [];
        $services->add(['package_id' => 1, 'client_id' => 1, 'status' => 'in_review', 'use_module' => 'true']);
        $services->add(['package_id' => 1, 'client_id' => 1, 'status' => 'active', 'use_module' => 'true']);
        $this->assertSame(['false', 'true'], [$class::$calls[1][1]['use_module'], $class::$calls[3][1]['use_module']]);
    }

    /** §17 (Services l.1682-1697): an activation may take its server from a module_row_group option. */
    public function testAnActivationTakesItsRowFromAGroupOption(): void
    {
        $class = $this->recorder();
        foreach ([1, 2] as $id) {
            $this->blesta->db['rows'][$id] = ['id' => $id, 'module_id' => 1, 'meta' => []];
        }
        $group = $this->blesta->ModuleManager->addGroup(1, ['name' => 'g', 'add_order' => 'first', 'module_rows' => [2]]);
        $option = $this->blesta->PackageOptions->add(['name' => 'module_row_group', 'type' => 'select', 'values' => [(string) $group],
            'package_ids' => [1]]);
        $this->blesta->db['packages'][1]['module_row'] = 1;
        $services = $this->blesta->Services;
        $id = $services->add(['package_id' => 1, 'client_id' => 1, 'status' => 'pending']);
        $this->assertSame(1, $services->get($id)->module_row_id, 'the package\'s row at order time');
        $services->edit($id, ['status' => 'active', 'configoptions' => [$option => (string) $group]]);
        $this->assertFalse($services->errors());
        $this->assertSame(2, $services->get($id)->module_row_id, 'the group\'s row when it is provisioned');
        $this->assertSame('addService', $class::$calls[count($class::$calls) - 1][0]);
    }

    /** §17: an edit validates through the module first; the options it hands are always the complete set. */
    public function testAnEditIsValidatedFirstAndCarriesTheWholeOptionSet(): void
    {
        $class = $this->recorder();
        $services = $this->blesta->Services;
        $options = $this->blesta->PackageOptions;
        $a = $options->add(['name' => 'a', 'type' => 'quantity', 'min' => 0, 'max' => 10, 'package_ids' => [1]]);
        $b = $options->add(['name' => 'b', 'type' => 'quantity', 'min' => 0, 'max' => 10, 'package_ids' => [1]]);
        $id = $services->add(['package_id' => 1, 'client_id' => 1, 'status' => 'active', 'configoptions' => [$a => '2', $b => '3']]);

        $class::$calls = [];
        $class::$refuse = 'validateServiceEdit';
        $this->assertNull($services->edit($id, ['configoptions' => [$a => '5']]));
        $this->assertSame(['validateServiceEdit'], array_column($class::$calls, 0), 'refused before anything else');
        $this->assertSame(['a' => '5'], $class::$calls[0][1]['configoptions'], 'by name');
        $this->assertSame([2, 3], array_map(fn ($o) => $o->qty, $services->getOptions($id)), 'nothing stored');

        $class::$refuse = null;
        $class::$calls = [];
        $services->edit($id, []);
        $this->assertSame(['validateServiceEdit', 'editService'], array_column($class::$calls, 0));
        $this->assertSame(['a' => 2, 'b' => 3], $class::$calls[1][1]['configoptions'], 'none posted: the stored ones');
        $services->edit($id, ['configoptions' => [$a => '5']]);
        $this->assertSame(['a' => '5'], $class::$calls[3][1]['configoptions'], 'posted: exactly those');
        $this->assertSame([[$a, 5]], array_map(fn ($o) => [$o->option_id, $o->qty], $services->getOptions($id)), 'b is deleted');
    }

    /** §17: the client area's upgrade hands every stored field back, the encrypted ones in clear. */
    public function testTheClientUpgradeReplaysEveryStoredField(): void
    {
        $class = $this->recorder();
        $option = $this->blesta->PackageOptions->add(['name' => 'extra', 'type' => 'quantity', 'min' => 0, 'max' => 10,
            'package_ids' => [1, 2]]);
        $id = $this->blesta->Services->add(['package_id' => 1, 'client_id' => 1, 'status' => 'active', 'k' => 'v',
            'configoptions' => [$option => '1']]);
        $class::$calls = [];
        $this->assertTrue((new ClientServices($this->blesta))->review($id, [$option => '4'], 2));
        $this->assertSame(['validateServiceEdit', 'validateServiceEdit', 'editService'], array_column($class::$calls, 0));
        $vars = $class::$calls[2][1];
        $this->assertSame(['v', 'order-secret', 2, 'true', ['extra' => '4'], 1], [$vars['k'], $vars['secret'], $vars['pricing_id'],
            $vars['use_module'], $vars['configoptions'], $vars['qty']]);
        $this->assertSame(2, $this->blesta->db['services'][$id]['package_id']);
    }

    /** §17 (Services::cancel, suspend, unsuspend): add-ons first; a pending service without the module; use_module 'false' skips it. */
    public function testCancelSuspendAndUnsuspend(): void
    {
        $class = $this->recorder();
        $services = $this->blesta->Services;
        $parent = $services->add(['package_id' => 1, 'client_id' => 1, 'status' => 'active']);
        $child = $services->add(['package_id' => 2, 'client_id' => 1, 'status' => 'active', 'parent_service_id' => $parent]);
        $pending = $services->add(['package_id' => 1, 'client_id' => 1, 'status' => 'pending']);
        $class::$calls = [];
        $services->suspend($parent, ['use_module' => 'false']);
        $this->assertSame([], $class::$calls);
        $this->assertSame('suspended', $services->get($parent)->status);
        $services->unsuspend($parent);
        $this->assertSame([['unsuspendService', $parent]], $class::$calls);
        $class::$calls = [];
        $services->cancel($parent);
        $this->assertSame([['cancelService', $child], ['cancelService', $parent]], $class::$calls, 'the add-on first');
        $this->assertSame(['canceled', 'canceled'], [$services->get($child)->status, $services->get($parent)->status]);
        $class::$calls = [];
        $services->cancel($pending);
        $this->assertSame([], $class::$calls, 'a pending service is canceled without the module');
        $this->assertSame('canceled', $services->get($pending)->status);
    }

    /** §17 (module.php): getModuleRow(), getModuleRows() and log() are no kinder than Blesta's. */
    public function testTheModuleBaseIsAsStrictAsBlestas(): void
    {
        $this->blesta->db['rows'][1] = ['id' => 1, 'module_id' => 1, 'meta' => []];
        $this->blesta->db['rows'][2] = ['id' => 2, 'module_id' => 7, 'meta' => []];
        $logger = new class extends Zimbra {
            public function write(string $url): void
            {
                $this->log($url, 'data', 'input', true);
            }
        };
        $row = (object) ['id' => 1];
        $logger->setModuleRow($row);
        $this->assertFalse(@$logger->getModuleRow(1), 'no module set: false');
        $this->assertSame($row, $logger->getModuleRow(0), '0 is no id: the row of the call');
        $this->assertFalse($logger->getModuleRows());
        try {
            @$logger->write('host|x');
            $this->fail('log() without a module');
        } catch (Exception $e) {
            $this->assertStringContainsString('module_id', $e->getMessage());
        }
        $logger->setModule($this->blesta->ModuleManager->get(1));
        $this->assertSame(1, $logger->getModuleRow(1)->id);
        $this->assertFalse($logger->getModuleRow(2), 'another module\'s row');
        $this->assertFalse($logger->getModuleRow(99));
        $this->assertCount(1, $logger->getModuleRows());
        $this->expectException(Exception::class);
        $logger->write('');
    }

    /** §17 (ModuleManager::upgrade): runs once, for the install asked; every company's install gets the version. */
    public function testAnUpgradeRunsOnceForTheCurrentCompany(): void
    {
        $this->blesta->moduleClass = get_class(new class extends Zimbra {
            public static array $ran = [];

            public function upgrade($current_version)
            {
                self::$ran[] = [$current_version, Configure::get('Blesta.company_id'), $this->getModule()->id];
            }
        });
        $class = $this->blesta->moduleClass;
        $this->blesta->db['companies'][2] = ['id' => 2, 'name' => 'Second', 'hostname' => 'second.example'];
        $this->blesta->db['modules'][1]['version'] = '0.1.0';
        $this->blesta->db['modules'][5] = ['id' => 5, 'class' => 'zimbra', 'company_id' => 2, 'version' => '0.1.0'];
        $this->blesta->ModuleManager->upgrade(1);
        $this->assertSame([['0.1.0', 1, 1]], $class::$ran);
        $this->assertSame([(new $class())->getVersion()], array_values(array_unique(array_column($this->blesta->db['modules'], 'version'))));
    }

    /** §17 (ClientServices::manage, setServiceTabMessages): errors first and alone; client tabs of active services only. */
    public function testTabPages(): void
    {
        $this->blesta->moduleClass = get_class(new class extends Zimbra {
            public static string $mode = 'error';

            public function getClientTabs($package)
            {
                return ['tabClientTest' => 'Test'];
            }

            public function tabClientTest($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
            {
                if (self::$mode !== 'none') {
                    $this->setMessage('success', 'the module says done');
                }
                if (self::$mode === 'error') {
                    $this->Input->setErrors(['x' => ['y' => 'it failed']]);
                }
                return 'tab';
            }
        });
        $class = $this->blesta->moduleClass;
        $this->blesta->db['packages'][1] = ['id' => 1, 'name' => 'a', 'module_id' => 1, 'module_row' => 0, 'module_group' => 0, 'meta' => []];
        $this->blesta->db['services'][1] = ['id' => 1, 'client_id' => 1, 'package_id' => 1, 'parent_service_id' => null,
            'module_row_id' => 0, 'status' => 'active', 'fields' => [], 'options' => []];
        $browser = new Browser($this->blesta);
        $url = '/client/services/manage/1/tabClientTest/';
        $response = $browser->post($url, ['a' => '1']);
        $this->assertSame([['error', 'it failed']], $response->messages, 'errors first, and alone');
        $class::$mode = 'message';
        $this->assertSame([['success', 'the module says done']], $browser->post($url, ['a' => '1'])->messages);
        $class::$mode = 'none';
        $this->assertSame([['success', 'The data was successfully updated.']], $browser->post($url, ['a' => '1'])->messages);
        $this->assertSame([], $browser->get($url)->messages, 'no default message without a POST');
        foreach (['pending' => 'Pending', 'suspended' => 'Suspended', 'canceled' => 'Canceled'] as $status => $name) {
            $this->blesta->db['services'][1]['status'] = $status;
            $browser->get($url);
            $this->assertSame('/client/services/manage/1/', $browser->url);
            $this->assertSame(["That section is not accessible while the service is in a $name state."], $browser->response->messages('error'));
        }
    }

    /** §17 (admin_company_emails.php templates()): a core group is named by Blesta's own language key; a module's has none. */
    public function testTheEmailTemplatesPage(): void
    {
        $groups = $this->blesta->EmailGroups;
        foreach (['service_creation' => null, 'Zimbra.usage_warning' => null, 'Plugin.mail' => 'some_plugin'] as $action => $dir) {
            $id = $groups->add(['action' => $action, 'type' => 'client', 'plugin_dir' => $dir, 'tags' => '']);
            $this->blesta->Emails->add(['email_group_id' => $id, 'company_id' => 1, 'lang' => 'en_us', 'from' => 'a@b.example',
                'subject' => 's']);
        }
        $rows = EmailTemplatesPage::coreRows($this->blesta);
        $this->assertSame([['service_creation', 'Service Creation'], ['Zimbra.usage_warning', '']],
            array_map(fn ($r) => [$r['action'], $r['name']], $rows), 'the module\'s group is listed without a name; no plugin installed: no plugin group');
    }

    /** CronTasks::add(): unique key per task_type and dir, at most 64 characters; an interval run needs a number. */
    public function testCronTaskRules(): void
    {
        $tasks = $this->blesta->CronTasks;
        $task = ['key' => 'k', 'task_type' => 'module', 'dir' => 'zimbra', 'name' => 'K', 'type' => 'interval'];
        $id = $tasks->add($task);
        $this->assertNotNull($id);
        $this->assertNull($tasks->add($task), 'the same key again');
        $this->assertNotNull($tasks->add(['dir' => 'other'] + $task), 'another dir may use it');
        $this->assertNull($tasks->add(['key' => str_repeat('k', 65)] + $task));
        $this->assertNull($tasks->add(['task_type' => 'cronjob', 'key' => 'k2'] + $task));
        $this->assertNull($tasks->add(['name' => '', 'key' => 'k3'] + $task));
        $this->assertNull($tasks->addTaskRun($id, ['interval' => 'often']));
        $this->assertNotNull($tasks->addTaskRun($id, ['interval' => '15']));
        $tasks->deleteTask($id, 'system', 'zimbra');
        $this->assertNotFalse($tasks->getByKey('k', 'zimbra', 'module'), 'deleteTask deletes only a module or plugin task of its dir');
        $tasks->deleteTask($id, 'module', 'zimbra');
        $this->assertFalse($tasks->getByKey('k', 'zimbra', 'module'));
        $this->assertSame([], $this->blesta->db['cron_task_runs'], 'with its runs');
    }
}
