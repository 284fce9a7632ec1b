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
