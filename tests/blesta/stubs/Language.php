<?php
/**
 * Stand-in for Blesta's Language (minphp Language): loadLang() includes
 * <dir>/<lang>/<file>.php defining $lang, and _() looks a key up, formats it
 * with sprintf-style arguments, and echoes or returns it. Keys that are
 * missing are recorded so tests can fail on them.
 */
class Language
{
    public static array $lang = [];
    public static array $missing = [];

    public static function loadLang($file, $language = null, $dir = null): void
    {
        $language = $language ?: 'en_us';
        foreach ((array) $file as $f) {
            $lang = [];
            include rtrim($dir, '/') . '/' . $language . '/' . $f . '.php';
            self::$lang = array_merge(self::$lang, $lang);
        }
    }

    public static function _($key, $return = false, ...$args)
    {
        if (!array_key_exists($key, self::$lang)) {
            self::$missing[$key] = true;
            $text = $key;
        } else {
            $text = $args ? vsprintf(self::$lang[$key], $args) : self::$lang[$key];
        }
        if ($return) {
            return $text;
        }
        echo $text;
        return null;
    }
}
