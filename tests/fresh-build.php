<?php
/**
 * The suites test the build this checkout just made, never a copy installed on the machine: with
 * zimbra enabled system-wide, `-d extension=modules/zimbra.so` is refused as "already loaded" and
 * the installed copy would be tested instead. Every suite calls this first; it fails when a
 * zimbra.so other than the checkout's is loaded (read from the process's own memory map).
 */
function zimbra_assert_fresh_build(): void
{
    $build = realpath(__DIR__ . '/../modules/zimbra.so');
    $maps = @file_get_contents('/proc/self/maps');
    if ($maps === false) {
        return;  // not Linux: nothing to read it from
    }
    preg_match_all('~\s(/\S*zimbra\.so)$~m', $maps, $m);
    $loaded = array_values(array_unique(array_map(fn ($p) => realpath($p) ?: $p, $m[1])));
    if ($loaded !== [$build]) {
        throw new RuntimeException('The suites must test this checkout\'s build (' . $build . '), but PHP loaded: '
            . ($loaded ? implode(', ', $loaded) : 'no zimbra.so') . '. Disable the installed copy, or run the suites '
            . 'through scripts/test, which gives PHP an ini file without it.');
    }
}
