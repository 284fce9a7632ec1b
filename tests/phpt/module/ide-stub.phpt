--TEST--
IDE stub: stubs/zimbra.stub.php is valid PHP and declares exactly the classes, methods, parameters, properties and constants the extension registers
--EXTENSIONS--
zimbra
--FILE--
<?php
/*
 * The stub is the file PhpStorm, Psalm and PHPStan read. Loaded by a PHP without the extension,
 * Reflection over it must describe the same API as Reflection over the extension itself.
 */
$stub = realpath(__DIR__ . '/../../../stubs/zimbra.stub.php');

$describe = <<<'PHP'
function zimbra_api(): array
{
    // PHP 8.2 shows an internal function's iterable as Traversable|array.
    $type = fn (?ReflectionType $t) => $t === null ? '' : str_replace(['?Traversable|array', 'Traversable|array'], ['?iterable', 'iterable'], (string) $t);
    $api = ['constants' => array_filter(get_defined_constants(true)['user'] ?? [] + get_defined_constants(), fn ($k) => str_starts_with($k, 'Zimbra\\'), ARRAY_FILTER_USE_KEY)];
    foreach (array_merge(get_declared_classes(), get_declared_interfaces()) as $name) {
        if (!str_starts_with($name, 'Zimbra\\')) {
            continue;
        }
        $c = new ReflectionClass($name);
        $entry = [
            'kind' => ($c->isInterface() ? 'interface' : ($c->isAbstract() ? 'abstract ' : '') . ($c->isFinal() ? 'final ' : '') . 'class'),
            'parent' => $c->getParentClass() ? $c->getParentClass()->getName() : null,
            'interfaces' => $c->getInterfaceNames(),
            'constants' => $c->getConstants(),
            'properties' => [],
            'methods' => [],
        ];
        sort($entry['interfaces']);
        foreach ($c->getProperties() as $p) {
            if ($p->getDeclaringClass()->getName() !== $name) {
                continue;
            }
            $entry['properties'][$p->getName()] = implode(' ', array_filter([
                $p->isPublic() ? 'public' : ($p->isProtected() ? 'protected' : 'private'),
                $p->isStatic() ? 'static' : '', $p->isReadOnly() ? 'readonly' : '', $type($p->getType())]));
        }
        foreach ($c->getMethods() as $m) {
            if ($m->getDeclaringClass()->getName() !== $name) {
                continue;
            }
            $params = [];
            foreach ($m->getParameters() as $p) {
                $params[] = trim(implode(' ', array_filter([
                    $p->getAttributes(SensitiveParameter::class) ? '#[SensitiveParameter]' : '',
                    $type($p->getType()), ($p->isPassedByReference() ? '&' : '') . ($p->isVariadic() ? '...' : '') . '$' . $p->getName(),
                    $p->isDefaultValueAvailable() ? '= ' . var_export($p->getDefaultValue(), true) : ($p->isOptional() ? '(optional)' : ''),
                ])));
            }
            $entry['methods'][$m->getName()] = implode(' ', array_filter([
                $m->isAbstract() ? 'abstract' : '', $m->isFinal() ? 'final' : '',
                $m->isPublic() ? 'public' : ($m->isProtected() ? 'protected' : 'private'), $m->isStatic() ? 'static' : '',
            ])) . '(' . implode(', ', $params) . ')' . ($m->hasReturnType() ? ': ' . $type($m->getReturnType()) : '');
        }
        ksort($entry['properties']);
        ksort($entry['methods']);
        $api['classes'][$name] = $entry;
    }
    ksort($api['classes']);
    return $api;
}
PHP;

// php -l accepts it.
exec(escapeshellarg(PHP_BINARY) . ' -n -l ' . escapeshellarg($stub), $lint, $rc);
echo 'lint: ', $rc === 0 ? 'ok' : implode("\n", $lint), "\n";

// The API as the stub declares it, in a PHP without the extension.
$code = $describe . ' require ' . var_export($stub, true) . '; echo json_encode(zimbra_api());';
$fromStub = json_decode(shell_exec(escapeshellarg(PHP_BINARY) . ' -n -r ' . escapeshellarg($code)), true);
eval($describe);
$fromExtension = json_decode(json_encode(zimbra_api()), true);

echo 'classes in the stub: ', count($fromStub['classes'] ?? []), "\n";
echo 'classes the extension registers: ', count($fromExtension['classes']), "\n";
$differences = 0;
foreach (array_unique(array_merge(array_keys($fromStub['classes'] ?? []), array_keys($fromExtension['classes']))) as $class) {
    $a = $fromStub['classes'][$class] ?? null;
    $b = $fromExtension['classes'][$class] ?? null;
    if ($a !== $b) {
        $differences++;
        echo "$class differs:\n  stub:      ", json_encode($a), "\n  extension: ", json_encode($b), "\n";
    }
}
if ($fromStub['constants'] !== $fromExtension['constants']) {
    $differences++;
    echo "constants differ: ", json_encode($fromStub['constants']), ' vs ', json_encode($fromExtension['constants']), "\n";
}
echo "differences: $differences\n";
echo 'methods compared: ', array_sum(array_map(fn ($c) => count($c['methods']), $fromExtension['classes'])) > 100 ? 'over 100' : 'too few', "\n";
?>
--EXPECT--
lint: ok
classes in the stub: 25
classes the extension registers: 25
differences: 0
methods compared: over 100
