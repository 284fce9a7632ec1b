--TEST--
Hostile values through every public string parameter: refused before sending, or carried exactly
--EXTENSIONS--
zimbra
--FILE--
<?php
/*
 * Every string parameter of every public method (and the string lists: attribute names and
 * values, members, search values) gets seven hostile values. Each outcome must be one of:
 *   V  a ValidationException with a short, printable message, and nothing was sent;
 *   A  an argument error of the engine (ValueError: a value no call may pass, such as a NUL byte,
 *      an option outside its range or a value outside a closed list), with a short, printable
 *      message, and nothing was sent;
 *   E  sent, stored and read back exactly (or, for local methods, kept exactly);
 *   S  sent exactly (the server received the very value), and the server refused it or there is
 *      nothing to read back (a raw search query);
 *   L  a local method that took the value and answered correctly.
 * Anything else is printed as a violation. A Reflection pass makes sure no string parameter of
 * the extension's classes is left out of the table.
 */
require __DIR__ . '/../inc/sim.inc';
$sim = zimbra_sim();
$z = zimbra_client($sim);
$z->createDomain('ok.test');
$admin = $z->createAccount('target@ok.test', 'Passw0rd-1', ['zimbraIsAdminAccount' => 'TRUE']);
$list = $z->createDistributionList('list@ok.test');
$domainId = $z->getDomain('ok.test')->id;
$key = str_repeat('ab', 32);

$hostile = [
    'xml' => "<a href=\"x\">&amp;'</a>\r\n\t",
    'cdata' => ']]>',
    'ctrl' => "a\x01b",
    'utf8' => "caf\xe9",
    'nul' => "a\0b",
    'mega' => str_repeat('m', 1 << 20),
    'ldap' => '*)(uid=*))(|(uid=*\\',
];

$n = 0;
$fresh = function (string $what) use (&$n): string {
    return $what . ++$n . '@ok.test';
};
$freshDomain = function () use (&$n): string {
    return 'n' . ++$n . '.test';
};
$loginWorks = function (string $user, string $password) use ($sim): bool {
    $c = zimbra_client($sim, [], false);
    $c->login($user, $password);
    return $c->isLoggedIn();
};

/*
 * 'Class::method.param' => [callable $v => [callable, args], ?check(result, args, v): bool, flags]
 * The callable is a Client method name (run on the client, and on a Batch when one exists),
 * or a closure for everything else. 'sent' is the argument the server must receive verbatim.
 */
$table = [
    'Client::__construct.url' => [fn($v) => [fn($u) => new Zimbra\Client($u), [$v]], null],
    'Client::probePublicKeyPin.url' => [fn($v) => [fn($u) => Zimbra\Client::probePublicKeyPin($u, 1.0), [$v]], null],
    'Client::__construct.options(user_agent)' => [fn($v) => [function ($ua) use ($sim) {
        zimbra_client($sim, ['user_agent' => $ua]);
    }, [$v]], fn($r, $a) => received($sim)['user_agent'] === $a[0]],
    'Client::__construct.options(ca_file)' => [fn($v) => [fn($f) => new Zimbra\Client($sim['url'], ['ca_file' => $f]), [$v]], null],
    'Client::__construct.options(pinned_public_key)' => [fn($v) => [fn($k) => new Zimbra\Client($sim['url'], ['pinned_public_key' => $k]), [$v]], null],
    'Client::login.username' => [fn($v) => [fn($u) => zimbra_client($sim, [], false)->login($u, 'x'), [$v]], null, 'sent' => 0],
    'Client::login.password' => [fn($v) => [fn($p) => zimbra_client($sim, [], false)->login('target@ok.test', $p), ["Pw-1$v"]], null, 'sent' => 0],
    'Client::request.name' => [fn($v) => ['request', [$v]], null],
    'Client::request.namespace' => [fn($v) => ['request', ['NoOpRequest', [], "urn:$v"]], null],
    'Client::createDomain.name' => [fn($v) => ['createDomain', [$v]], null],
    'Client::createDomain.attrs(name)' => [fn($v) => ['createDomain', [$freshDomain(), [$v => 'x']]], null],
    'Client::createDomain.attrs(value)' => [fn($v) => ['createDomain', [$freshDomain(), ['description' => "D$v"]]],
        fn($r, $a) => $z->getDomain($a[0])->get('description') === $a[1]['description'], 'sent' => 'attr'],
    'Client::getDomain.nameOrId' => [fn($v) => ['getDomain', [$v]], null],
    'Client::getDomain.attrs' => [fn($v) => ['getDomain', ['ok.test', [$v]]], null],
    'Client::modifyDomain.id' => [fn($v) => ['modifyDomain', [$v, []]], null],
    'Client::modifyDomain.attrs(value)' => [fn($v) => ['modifyDomain', [$domainId, ['description' => "M$v"]]],
        fn($r, $a) => $r->get('description') === $a[1]['description'] && $z->getDomain('ok.test')->get('description') === $a[1]['description'], 'sent' => 'attr'],
    'Client::setDomainStatus.id' => [fn($v) => ['setDomainStatus', [$v, 'active']], null],
    'Client::setDomainStatus.status' => [fn($v) => ['setDomainStatus', [$domainId, $v]], null],
    'Client::deleteDomain.id' => [fn($v) => ['deleteDomain', [$v]], null],
    'Client::purgeDomain.name' => [fn($v) => ['purgeDomain', [$v]], null],
    'Client::getPreauthKey.domain' => [fn($v) => ['getPreauthKey', [$v]], null],
    'Client::ensurePreauthKey.domain' => [fn($v) => ['ensurePreauthKey', [$v]], null],
    'Client::createAccount.email' => [fn($v) => ['createAccount', ["$v@ok.test", null]], null],
    'Client::createAccount.password' => [fn($v) => ['createAccount', [$fresh('p'), "Pw-1$v", ['zimbraIsAdminAccount' => 'TRUE']]],
        fn($r, $a) => $loginWorks($a[0], $a[1]), 'sent' => 1],
    'Client::createAccount.attrs(name)' => [fn($v) => ['createAccount', [$fresh('a'), null, [$v => 'x']]], null],
    'Client::createAccount.attrs(value)' => [fn($v) => ['createAccount', [$fresh('a'), null, ['displayName' => "N$v"]]],
        fn($r, $a) => $r->getDisplayName() === $a[2]['displayName'] && $z->getAccount($a[0])->getDisplayName() === $a[2]['displayName'], 'sent' => 'attr'],
    'Client::getAccount.emailOrId' => [fn($v) => ['getAccount', [$v]], null],
    'Client::getAccount.attrs' => [fn($v) => ['getAccount', ['target@ok.test', [$v]]], null],
    'Client::modifyAccount.id' => [fn($v) => ['modifyAccount', [$v, ['displayName' => 'x']]], null],
    'Client::modifyAccount.attrs(value)' => [fn($v) => ['modifyAccount', [$admin->id, ['description' => "M$v"]]],
        fn($r, $a) => $r->get('description') === $a[1]['description'] && $z->getAccount($admin->id)->get('description') === $a[1]['description'], 'sent' => 'attr'],
    'Client::deleteAccount.id' => [fn($v) => ['deleteAccount', [$v]], null],
    'Client::setPassword.id' => [fn($v) => ['setPassword', [$v, 'Passw0rd-2']], null],
    'Client::setPassword.password' => [fn($v) => ['setPassword', [$admin->id, "Pw-1$v"]],
        fn($r, $a) => $loginWorks('target@ok.test', $a[1]), 'sent' => 1],
    'Client::setAccountStatus.id' => [fn($v) => ['setAccountStatus', [$v, 'active']], null],
    'Client::setAccountStatus.status' => [fn($v) => ['setAccountStatus', [$admin->id, $v]], null],
    'Client::renameAccount.id' => [fn($v) => ['renameAccount', [$v, 'x@ok.test']], null],
    'Client::renameAccount.newEmail' => [fn($v) => ['renameAccount', [$admin->id, "$v@ok.test"]], null],
    'Client::addAccountAlias.id' => [fn($v) => ['addAccountAlias', [$v, 'al@ok.test']], null],
    'Client::addAccountAlias.alias' => [fn($v) => ['addAccountAlias', [$admin->id, "$v@ok.test"]], null],
    'Client::removeAccountAlias.id' => [fn($v) => ['removeAccountAlias', [$v, 'al@ok.test']], null],
    'Client::removeAccountAlias.alias' => [fn($v) => ['removeAccountAlias', [$admin->id, "$v@ok.test"]], null],
    'Client::listAccounts.domain' => [fn($v) => [fn($d) => iterator_to_array($z->listAccounts($d)), [$v]], null],
    'Client::listAccounts.attrs' => [fn($v) => [fn($at) => iterator_to_array($z->listAccounts('ok.test', $at)), [[$v]]], null],
    // The query itself is raw LDAP on purpose: it must reach the server exactly.
    'Client::searchDirectory.query' => [fn($v) => ['searchDirectory', ["(description=$v)"]], null, 'sent' => 0],
    // Values are escaped: the one account whose description is exactly the value is found, no other.
    'Client::searchDirectory.values' => [function ($v) use ($z, $fresh) {
        $target = $fresh('s');
        try {
            $z->createAccount($target, null, ['description' => "S-$target-$v"]);
            $z->createAccount($fresh('decoy'), null, ['description' => "S-$target-"]);
        } catch (Zimbra\ValidationException) {
        }
        return ['searchDirectory', ['(description={v})', ['v' => "S-$target-$v"], ['types' => 'accounts']], $target];
    }, fn($r, $a, $v, $spec) => array_map(fn($e) => $e->name, iterator_to_array($r)) === [$spec[2]]],
    'Client::searchDirectory.options(domain)' => [fn($v) => ['searchDirectory', ['', [], ['domain' => $v]]], null],
    'Client::searchDirectory.options(types)' => [fn($v) => ['searchDirectory', ['', [], ['types' => $v]]], null],
    'Client::searchDirectory.options(sortBy)' => [fn($v) => ['searchDirectory', ['', [], ['sortBy' => $v]]], null],
    'Client::searchDirectory.options(attrs)' => [fn($v) => ['searchDirectory', ['', [], ['attrs' => [$v]]]], null],
    'Client::countAccounts.domain' => [fn($v) => ['countAccounts', [$v]], null],
    'Client::countObjects.type' => [fn($v) => ['countObjects', [$v]], null],
    'Client::countObjects.domain' => [fn($v) => ['countObjects', ['userAccount', $v]], null],
    'Client::createDistributionList.email' => [fn($v) => ['createDistributionList', ["$v@ok.test"]], null],
    'Client::createDistributionList.attrs(value)' => [fn($v) => ['createDistributionList', [$fresh('l'), ['description' => "L$v"]]],
        fn($r, $a) => $z->getDistributionList($a[0])->get('description') === $a[1]['description'], 'sent' => 'attr'],
    'Client::getDistributionList.emailOrId' => [fn($v) => ['getDistributionList', [$v]], null],
    'Client::getAccountMembership.emailOrId' => [fn($v) => ['getAccountMembership', [$v]], null],
    'Client::listDistributionLists.domain' => [fn($v) => ['listDistributionLists', [$v]], null],
    'Client::modifyDistributionList.id' => [fn($v) => ['modifyDistributionList', [$v, []]], null],
    'Client::modifyDistributionList.attrs(value)' => [fn($v) => ['modifyDistributionList', [$list->id, ['description' => "M$v"]]],
        fn($r, $a) => $z->getDistributionList($list->id)->get('description') === $a[1]['description'], 'sent' => 'attr'],
    'Client::addDistributionListMembers.id' => [fn($v) => ['addDistributionListMembers', [$v, ['m@ok.test']]], null],
    'Client::addDistributionListMembers.members' => [fn($v) => ['addDistributionListMembers', [$list->id, ["$v@ok.test"]]], null],
    'Client::removeDistributionListMembers.id' => [fn($v) => ['removeDistributionListMembers', [$v, ['m@ok.test']]], null],
    'Client::removeDistributionListMembers.members' => [fn($v) => ['removeDistributionListMembers', [$list->id, ["$v@ok.test"]]], null],
    'Client::deleteDistributionList.id' => [fn($v) => ['deleteDistributionList', [$v]], null],
    'Client::getCos.nameOrId' => [fn($v) => ['getCos', [$v]], null],
    'Client::getMailboxSize.id' => [fn($v) => ['getMailboxSize', [$v]], null],
    'Client::getQuotaUsage.domain' => [fn($v) => ['getQuotaUsage', [$v]], null],
    'Client::listQuotaUsage.domain' => [fn($v) => [fn($d) => iterator_to_array($z->listQuotaUsage($d)), [$v]], null],
    'Client::listServers.service' => [fn($v) => ['listServers', [$v]], null],
    'Client::withServer.idOrName' => [fn($v) => ['withServer', [$v]], null],

    'Account::__construct.id' => [fn($v) => [fn($x) => new Zimbra\Account($x, 'n', []), [$v]], fn($r, $a) => $r->id === $a[0]],
    'Account::__construct.name' => [fn($v) => [fn($x) => new Zimbra\Account('i', $x, []), [$v]], fn($r, $a) => $r->name === $a[0]],
    'Account::__construct.attrs' => [fn($v) => [fn($x) => new Zimbra\Account('i', 'n', [$x => $x]), [$v]],
        fn($r, $a) => $r->getAll($a[0]) === [$a[0]] && $r->get($a[0]) === $a[0]],
    'Account::get.attr' => [fn($v) => [fn($x) => (new Zimbra\Account('i', 'n', ['x' => 'y']))->get($x), [$v]], fn($r) => $r === null],
    'Account::getAll.attr' => [fn($v) => [fn($x) => (new Zimbra\Account('i', 'n', ['x' => 'y']))->getAll($x), [$v]], fn($r) => $r === []],
    'QuotaUsage::__construct.id' => [fn($v) => [fn($x) => new Zimbra\QuotaUsage($x, 'n', 1, 2), [$v]], fn($r, $a) => $r->id === $a[0]],
    'QuotaUsage::__construct.name' => [fn($v) => [fn($x) => new Zimbra\QuotaUsage('i', $x, 1, 2), [$v]], fn($r, $a) => $r->name === $a[0]],
    'Preauth::__construct.key' => [fn($v) => [fn($x) => new Zimbra\Preauth($x), [$v]], null],
    'Preauth::compute.account' => [fn($v) => [fn($x) => (new Zimbra\Preauth($key))->compute($x, 1), ["u$v@ok.test"]],
        fn($r, $a) => $r === hash_hmac('sha1', "{$a[0]}|name|0|1", $key)],
    'Preauth::compute.by' => [fn($v) => [fn($x) => (new Zimbra\Preauth($key))->compute('u@ok.test', 1, 0, $x), [$v]], null],
    'Preauth::url.webmailUrl' => [fn($v) => [fn($x) => (new Zimbra\Preauth($key))->url($x, 'u@ok.test'), ["https://m.test/$v"]], null],
    'Preauth::url.account' => [fn($v) => [fn($x) => (new Zimbra\Preauth($key))->url('https://m.test', $x, 1), ["u$v@ok.test"]],
        function ($r, $a) use ($key) {
            parse_str(parse_url($r, PHP_URL_QUERY), $q);
            return $q['account'] === $a[0] && $q['preauth'] === hash_hmac('sha1', "{$a[0]}|name|0|1", $key);
        }],
    'Preauth::url.redirectUrl' => [fn($v) => [fn($x) => (new Zimbra\Preauth($key))->url('https://m.test', 'u@ok.test', 1, 0, $x), ["/?app=$v"]],
        function ($r, $a) {
            parse_str(parse_url($r, PHP_URL_QUERY), $q);
            return $q['redirectURL'] === $a[0];
        }],
    // This build is a community build: the key and cached answer are not used (029 covers the enforced side).
    'License::check.key' => [fn($v) => [fn($x) => Zimbra\License::check($x), [$v]], fn($r) => $r['enforced'] === false],
    'License::check.cachedAnswer' => [fn($v) => [fn($x) => Zimbra\License::check('K', $x), [$v]], fn($r) => $r['enforced'] === false],
    'Validate::domain.name' => [fn($v) => [fn($x) => Zimbra\Validate::domain($x), ["a$v.test"]], null],
    'Validate::localPart.localPart' => [fn($v) => [fn($x) => Zimbra\Validate::localPart($x), [$v]], null],
    'Validate::email.email' => [fn($v) => [fn($x) => Zimbra\Validate::email($x), ["$v@ok.test"]], null],
    'Validate::existingEmail.email' => [fn($v) => [fn($x) => Zimbra\Validate::existingEmail($x), ["$v@ok.test"]], null],
    'Validate::isId.id' => [fn($v) => [fn($x) => Zimbra\Validate::isId($x), [$v]], fn($r) => $r === false],
    'Validate::escapeFilterValue.value' => [fn($v) => [fn($x) => Zimbra\Validate::escapeFilterValue($x), [$v]],
        fn($r, $a) => !preg_match('/[*()\0]|\\\\(?![0-9a-f]{2})/', $r)
            && preg_replace_callback('/\\\\([0-9a-f]{2})/', fn($m) => chr(hexdec($m[1])), $r) === $a[0]],
];

// Every string parameter the extension declares is in the table (a new method cannot slip by).
$missing = [];
foreach (['Client', 'Batch', 'Account', 'Domain', 'DistributionList', 'Cos', 'Alias', 'CalendarResource',
          'QuotaUsage', 'SearchResult', 'AccountIterator', 'Preauth', 'License', 'Validate'] as $short) {
    foreach ((new ReflectionClass("Zimbra\\$short"))->getMethods(ReflectionMethod::IS_PUBLIC) as $m) {
        foreach ($m->getParameters() as $p) {
            if ((string) $p->getType() !== 'string' && (string) $p->getType() !== '?string') {
                continue;
            }
            // Entry's methods are tested once, on Account; Batch mirrors Client (run below).
            $owner = $m->getDeclaringClass()->getShortName() === 'Entry' ? 'Account' : ($short === 'Batch' ? 'Client' : $short);
            $name = "$owner::{$m->getName()}.{$p->getName()}";
            if (!isset($table[$name]) && !isset($missing[$name])) {
                $missing[$name] = true;
            }
        }
    }
}
echo "untested string parameters: ", $missing ? implode(', ', array_keys($missing)) : 'none', "\n";

function received(array $sim): array
{
    return zimbra_sim_control($sim, '/last-request', null);
}
// True when $value is, verbatim, an attribute value or the text of an element of the body the server parsed.
function carried(?array $el, string $value): bool
{
    if ($el === null) {
        return false;
    }
    if ($el['text'] === $value || in_array($value, $el['attrs'], true)) {
        return true;
    }
    foreach ($el['children'] as $child) {
        if (carried($child, $value)) {
            return true;
        }
    }
    return false;
}

$run = function (string $label, string $via) use ($table, $hostile, $z, $sim): string {
    [$build, $check] = $table[$label];
    $sentArg = $table[$label]['sent'] ?? null;
    $letters = '';
    foreach ($hostile as $kind => $v) {
        $spec = $build($v);
        [$callable, $args] = $spec;
        $before = received($sim)['requests'];
        $result = null;
        $error = null;
        try {
            if (is_string($callable) && $via === 'batch') {
                $result = $z->batch(fn(Zimbra\Batch $b) => $b->$callable(...$args))[0];
                if ($result instanceof Throwable) {
                    throw $result;
                }
            } elseif (is_string($callable)) {
                $result = $z->$callable(...$args);
            } else {
                $result = $callable(...$args);
            }
        } catch (Throwable $e) {
            $error = $e;
        }
        $after = received($sim);
        $sent = $after['requests'] - $before;
        if ($error instanceof Zimbra\ValidationException || $error instanceof ValueError) {
            // The message quotes the input, shortened and made printable: no log is flooded or broken.
            $m = $error->getMessage();
            $readable = strlen($m) <= 520 && preg_match('//u', $m) && !preg_match('/[\x00-\x1f\x7f]/', $m);
            $letters .= $sent === 0 && $readable ? ($error instanceof ValueError ? 'A' : 'V') : '!';
            if ($sent || !$readable) {
                echo "VIOLATION $label ($via) $kind: ", $sent ? 'refused after sending' : 'unreadable message', "\n";
            }
            continue;
        }
        if ($sent === 0 && !is_string($callable) && $error === null) {
            $ok = $check !== null && $check($result, $args, $v, $spec);
            $letters .= $ok ? 'L' : '!';
            if (!$ok) {
                echo "VIOLATION $label ($via) $kind: accepted locally with a wrong answer\n";
            }
            continue;
        }
        // It was sent: the server must have received exactly what was given.
        $exact = match (true) {
            // Nothing declared to look for: only a round-trip check can prove the value intact.
            $sentArg === null => $check !== null,
            $sentArg === 'attr' => carried($after['body'], array_values(end($args))[0]),
            default => carried($after['body'], $args[$sentArg]),
        };
        if ($error !== null) {
            $ok = $exact && $error instanceof Zimbra\FaultException && $sentArg !== null;
            $letters .= $ok ? 'S' : '!';
            if (!$ok) {
                echo "VIOLATION $label ($via) $kind: ", get_class($error), ': ', substr($error->getMessage(), 0, 120), "\n";
            }
            continue;
        }
        if ($check === null) {
            // Nothing to read back (a raw search query): arriving exactly is the whole promise.
            $letters .= $exact ? 'S' : '!';
            if (!$exact) {
                echo "VIOLATION $label ($via) $kind: sent, but not carried exactly\n";
            }
            continue;
        }
        $ok = $exact && $check($result, $args, $v, $spec);
        $letters .= $ok ? 'E' : '!';
        if (!$ok) {
            echo "VIOLATION $label ($via) $kind: sent, but not carried exactly\n";
        }
    }
    return $letters;
};

echo "values: ", implode(' ', array_keys($hostile)), "\n";
foreach (array_keys($table) as $label) {
    [$build] = $table[$label];
    $line = str_pad($label, 46) . $run($label, 'client');
    // The same call queued on a Batch, where Batch has the method.
    $probe = $build('x');
    if (is_string($probe[0]) && method_exists(Zimbra\Batch::class, $probe[0])) {
        $line .= '  batch ' . $run($label, 'batch');
    }
    echo $line, "\n";
}
?>
--EXPECT--
untested string parameters: none
values: xml cdata ctrl utf8 nul mega ldap
Client::__construct.url                       VVVVAVV
Client::probePublicKeyPin.url                 VVVVAVV
Client::__construct.options(user_agent)       AEAAAAE
Client::__construct.options(ca_file)          AAAAAAA
Client::__construct.options(pinned_public_key)AAAAAAA
Client::login.username                        SSVVASS
Client::login.password                        SSVVASS
Client::request.name                          VVVVVVV  batch VVVVVVV
Client::request.namespace                     AAAAAAA  batch AAAAAAA
Client::createDomain.name                     VVVVVVV
Client::createDomain.attrs(name)              VVVVVVV
Client::createDomain.attrs(value)             EEVVVEE
Client::getDomain.nameOrId                    VVVVVVV  batch VVVVVVV
Client::getDomain.attrs                       VVVVVVV  batch VVVVVVV
Client::modifyDomain.id                       VVVVVVV  batch VVVVVVV
Client::modifyDomain.attrs(value)             EEVVVEE  batch EEVVVEE
Client::setDomainStatus.id                    VVVVVVV  batch VVVVVVV
Client::setDomainStatus.status                VVVVVVV  batch VVVVVVV
Client::deleteDomain.id                       VVVVVVV
Client::purgeDomain.name                      VVVVVVV
Client::getPreauthKey.domain                  VVVVVVV
Client::ensurePreauthKey.domain               VVVVVVV
Client::createAccount.email                   VVVVVVV  batch VVVVVVV
Client::createAccount.password                EEVVVSE  batch EEVVVSE
Client::createAccount.attrs(name)             VVVVVVV  batch VVVVVVV
Client::createAccount.attrs(value)            EEVVVEE  batch EEVVVEE
Client::getAccount.emailOrId                  VVVVVVV  batch VVVVVVV
Client::getAccount.attrs                      VVVVVVV  batch VVVVVVV
Client::modifyAccount.id                      VVVVVVV  batch VVVVVVV
Client::modifyAccount.attrs(value)            EEVVVEE  batch EEVVVEE
Client::deleteAccount.id                      VVVVVVV  batch VVVVVVV
Client::setPassword.id                        VVVVVVV  batch VVVVVVV
Client::setPassword.password                  EEVVVEE  batch EEVVVEE
Client::setAccountStatus.id                   VVVVVVV  batch VVVVVVV
Client::setAccountStatus.status               VVVVVVV  batch VVVVVVV
Client::renameAccount.id                      VVVVVVV  batch VVVVVVV
Client::renameAccount.newEmail                VVVVVVV  batch VVVVVVV
Client::addAccountAlias.id                    VVVVVVV  batch VVVVVVV
Client::addAccountAlias.alias                 VVVVVVV  batch VVVVVVV
Client::removeAccountAlias.id                 VVVVVVV  batch VVVVVVV
Client::removeAccountAlias.alias              VVVVVVV  batch VVVVVVV
Client::listAccounts.domain                   VVVVVVV
Client::listAccounts.attrs                    VVVVVVV
Client::searchDirectory.query                 SSVVASS  batch SSVVASS
Client::searchDirectory.values                EEVVVEE  batch EEVVVEE
Client::searchDirectory.options(domain)       VVVVVVV  batch VVVVVVV
Client::searchDirectory.options(types)        AAAAAAA  batch AAAAAAA
Client::searchDirectory.options(sortBy)       AAAAAAA  batch AAAAAAA
Client::searchDirectory.options(attrs)        VVVVVVV  batch VVVVVVV
Client::countAccounts.domain                  VVVVVVV  batch VVVVVVV
Client::countObjects.type                     AAAAAAA  batch AAAAAAA
Client::countObjects.domain                   VVVVVVV  batch VVVVVVV
Client::createDistributionList.email          VVVVVVV  batch VVVVVVV
Client::createDistributionList.attrs(value)   EEVVVEE  batch EEVVVEE
Client::getDistributionList.emailOrId         VVVVVVV  batch VVVVVVV
Client::getAccountMembership.emailOrId        VVVVVVV  batch VVVVVVV
Client::listDistributionLists.domain          VVVVVVV
Client::modifyDistributionList.id             VVVVVVV  batch VVVVVVV
Client::modifyDistributionList.attrs(value)   EEVVVEE  batch EEVVVEE
Client::addDistributionListMembers.id         VVVVVVV  batch VVVVVVV
Client::addDistributionListMembers.members    VVVVVVV  batch VVVVVVV
Client::removeDistributionListMembers.id      VVVVVVV  batch VVVVVVV
Client::removeDistributionListMembers.members VVVVVVV  batch VVVVVVV
Client::deleteDistributionList.id             VVVVVVV  batch VVVVVVV
Client::getCos.nameOrId                       VVVVVVV  batch VVVVVVV
Client::getMailboxSize.id                     VVVVVVV  batch VVVVVVV
Client::getQuotaUsage.domain                  VVVVVVV  batch VVVVVVV
Client::listQuotaUsage.domain                 VVVVVVV
Client::listServers.service                   VVVVVVV  batch VVVVVVV
Client::withServer.idOrName                   VVVVVVV
Account::__construct.id                       LLLLLLL
Account::__construct.name                     LLLLLLL
Account::__construct.attrs                    LLLLLLL
Account::get.attr                             LLLLLLL
Account::getAll.attr                          LLLLLLL
QuotaUsage::__construct.id                    LLLLLLL
QuotaUsage::__construct.name                  LLLLLLL
Preauth::__construct.key                      VVVVVVV
Preauth::compute.account                      VLVVVVV
Preauth::compute.by                           AAAAAAA
Preauth::url.webmailUrl                       VVVVVVV
Preauth::url.account                          VLVVVVV
Preauth::url.redirectUrl                      VLVVVVL
License::check.key                            LLLLLLL
License::check.cachedAnswer                   LLLLLLL
Validate::domain.name                         VVVVVVV
Validate::localPart.localPart                 VVVVVVV
Validate::email.email                         VVVVVVV
Validate::existingEmail.email                 VVVVVVV
Validate::isId.id                             LLLLLLL
Validate::escapeFilterValue.value             LLLLLLL
