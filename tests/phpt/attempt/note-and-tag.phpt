--TEST--
Zimbra\Attempt: the note it leaves, tag(), and what it refuses
--EXTENSIONS--
zimbra
--FILE--
<?php
$a = new Zimbra\Attempt('zimbra-admin import');
var_dump(preg_match('/^zimbra-admin import attempt ([0-9a-f]{12}) at (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC$/', $a->note, $m) === 1,
    $m[1] === $a->id, abs(strtotime($m[2] . ' UTC') - time()) < 600);
var_dump((new Zimbra\Attempt('x'))->id !== (new Zimbra\Attempt('x'))->id);
$earlier = new Zimbra\Attempt('zimbra-admin import', '0a1b2c3d4e5f');
var_dump($earlier->note);
var_dump($a->tag(['displayName' => 'Ann', 'zimbraMailQuota' => 5]) === ['displayName' => 'Ann', 'zimbraMailQuota' => 5,
    'zimbraNotes' => $a->note]);
var_dump($a->tag([]) === ['zimbraNotes' => $a->note]);

function refused(callable $fn): void
{
    try {
        $fn();
        echo "taken\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
refused(fn () => $a->tag(['ZimbraNotes' => 'mine']));
refused(fn () => new Zimbra\Attempt(''));
refused(fn () => new Zimbra\Attempt(' padded'));
refused(fn () => new Zimbra\Attempt("two\nlines"));
refused(fn () => new Zimbra\Attempt(str_repeat('m', 65)));
refused(fn () => new Zimbra\Attempt('x', '0A1B2C3D4E5F'));
refused(fn () => new Zimbra\Attempt('x', 'attempt'));
refused(fn () => $a->__construct('other'));
refused(function () use ($a) { $a->id = '000000000000'; });
refused(function () use ($a) { $a->extra = 1; });
var_dump($a->maker, strlen((new Zimbra\Attempt(str_repeat('m', 64)))->note));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
string(40) "zimbra-admin import attempt 0a1b2c3d4e5f"
bool(true)
bool(true)
ValueError: Zimbra\Attempt::tag(): Argument #1 ($attrs) must not set zimbraNotes: the attempt's note goes there
ValueError: Zimbra\Attempt::__construct(): Argument #1 ($maker) must be 1 to 64 bytes of printable UTF-8, not starting or ending with a space
ValueError: Zimbra\Attempt::__construct(): Argument #1 ($maker) must be 1 to 64 bytes of printable UTF-8, not starting or ending with a space
ValueError: Zimbra\Attempt::__construct(): Argument #1 ($maker) must be 1 to 64 bytes of printable UTF-8, not starting or ending with a space
ValueError: Zimbra\Attempt::__construct(): Argument #1 ($maker) must be 1 to 64 bytes of printable UTF-8, not starting or ending with a space
ValueError: Zimbra\Attempt::__construct(): Argument #2 ($id) must be an attempt id: 12 lower-case hexadecimal digits
ValueError: Zimbra\Attempt::__construct(): Argument #2 ($id) must be an attempt id: 12 lower-case hexadecimal digits
Error: Zimbra\Attempt is already constructed
Error: Cannot modify readonly property Zimbra\Attempt::$id
Error: Cannot create dynamic property Zimbra\Attempt::$extra
string(19) "zimbra-admin import"
int(112)
