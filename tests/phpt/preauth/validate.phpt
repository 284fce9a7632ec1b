--TEST--
Zimbra\Validate normalises domains, local parts and addresses, and tells ids apart
--EXTENSIONS--
zimbra
--FILE--
<?php
require __DIR__ . '/../inc/sim.inc';
$key = '6b7ead4bd425836e8cf0079cd6c1a05acc127acd07c8ee4b61023e19250e929c';
$p = new Zimbra\Preauth($key);

var_dump(Zimbra\Validate::domain('Mail.Example.COM'), Zimbra\Validate::email('J.Doe@Example.com'), Zimbra\Validate::localPart('Info'));
var_dump(Zimbra\Validate::isId('e00428a1-0c00-11d9-836a-000d93afea2a'), Zimbra\Validate::isId('default'));
var_dump(Zimbra\Validate::escapeFilterValue("a*(b)\\c\0"));
$pw = Zimbra\Validate::generatePassword();
var_dump(strlen($pw), preg_match('/[A-Z]/', $pw) && preg_match('/[a-z]/', $pw) && preg_match('/[0-9]/', $pw) && preg_match('/[^A-Za-z0-9]/', $pw));
var_dump(strlen(Zimbra\Validate::generatePassword(40)), Zimbra\Validate::generatePassword() !== Zimbra\Validate::generatePassword());
show_throw(fn() => Zimbra\Validate::generatePassword(8));
show_throw(fn() => Zimbra\Validate::email('a@b'));
show_throw(fn() => Zimbra\Validate::localPart('.dot'));
show_throw(fn() => Zimbra\Validate::domain(str_repeat('a', 64) . '.com'));
show_throw(fn() => new Zimbra\Validate());
?>
--EXPECTF--
string(16) "mail.example.com"
string(17) "j.doe@example.com"
string(4) "info"
bool(true)
bool(false)
string(18) "a\2a\28b\29\5cc\00"
int(16)
bool(true)
int(40)
bool(true)
ValueError: Zimbra\Validate::generatePassword(): Argument #1 ($length) must be between 12 and 128
Zimbra\ValidationException: The domain name 'b' needs at least two labels, like example.com
Zimbra\ValidationException: The mailbox name '.dot' starts or ends with a dot, or has two dots in a row
Zimbra\ValidationException: The domain name '%s.com' has a label longer than 63 characters
Error: Call to private Zimbra\Validate::__construct() from global scope
