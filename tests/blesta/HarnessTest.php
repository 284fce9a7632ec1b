<?php
use PHPUnit\Framework\TestCase;

/** The stand-ins themselves: Input's rule semantics and selectModuleRow, as Blesta has them. */
final class HarnessTest extends TestCase
{
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

        $vars = ['name' => 'abcdef', 'meta' => ['quota' => 'x'], 'confirm' => 'nope', 'password' => 'ab'];
        $this->assertFalse($input->validates($vars));
        $this->assertSame(['long', 'num', 'match', 'cb'], array_merge(...array_map('array_keys', array_values($input->errors()))));

        $input->setRules([
            'a' => ['x' => ['rule' => false, 'message' => 'a', 'final' => true]],
            'b' => ['y' => ['rule' => false, 'message' => 'b']],
        ]);
        $vars = [];
        $this->assertFalse($input->validates($vars));
        $this->assertSame(['a' => ['x' => 'a']], $input->errors());  // final stops everything
    }

    public function suffix($value, $suffix)
    {
        return $value . $suffix;
    }

    public function testSelectModuleRowFirstAndRoundRobin(): void
    {
        ModuleManagerStub::reset();
        $mm = ModuleManagerStub::instance();
        $module = new Zimbra();
        $meta = fn ($count, $limit) => [['key' => 'account_count', 'value' => (string) $count, 'encrypted' => 0],
            ['key' => 'account_limit', 'value' => $limit, 'encrypted' => 0]];
        $mm->addRow($meta(5, '5'), 1);
        $mm->addRow($meta(3, ''), 1);
        $mm->addRow($meta(1, '10'), 1);
        $mm->addGroup(1, 'first', true);
        $this->assertSame(2, $module->selectModuleRow(1));  // row 1 is full
        $mm->addGroup(1, 'roundrobin', true);
        $this->assertSame(3, $module->selectModuleRow(1));  // the fewest accounts
        $mm->addGroup(1, 'first', false);
        $this->assertSame(1, $module->selectModuleRow(1));  // limits not forced
    }
}
