<?php
/**
 * Stand-ins for Blesta's Loader and Configure (minphp; not served by this machine's Packagist
 * mirror). Components and helpers are attached to the object as properties named after them;
 * helpers also reach the object's view, as in Blesta ("Load the view into this object, so
 * helpers can be automatically added to the view", reference §8). Models are the harness
 * Blesta's (tests/blesta/blesta/Models.php).
 */
class Loader
{
    public static function loadComponents($object, array $components): void
    {
        foreach ($components as $name) {
            $object->$name = new $name();
        }
    }

    public static function loadHelpers($object, array $helpers): void
    {
        foreach ($helpers as $name) {
            $helper = new $name();
            $object->$name = $helper;
            if (isset($object->view) && $object->view instanceof View) {
                $object->view->$name = $helper;
            }
        }
    }

    public static function loadModels($object, array $models): void
    {
        foreach ($models as $name) {
            if (!in_array($name, ['ModuleManager', 'Services', 'Packages', 'PackageOptions', 'CronTasks', 'EmailGroups', 'Emails',
                'Languages', 'Clients', 'Companies'], true)) {
                throw new RuntimeException("The harness has no model $name");
            }
            $object->$name = Blesta::app()->$name;
        }
    }

    public static function load($path): bool
    {
        require_once $path;
        return true;
    }
}

class Configure
{
    private static array $values = [];

    public static function load($file, $dir = null): void
    {
        include rtrim((string) $dir, '/') . '/' . $file . '.php';
    }

    public static function set($key, $value): void
    {
        self::$values[$key] = $value;
    }

    public static function get($key)
    {
        return self::$values[$key] ?? null;
    }
}
