<?php
declare(strict_types=1);

namespace ZimbraAdmin;

/**
 * Where to connect and as whom: a config file (--config FILE, or $ZIMBRA_ADMIN_CONFIG) in INI
 * form, then the environment (ZIMBRA_URL, ZIMBRA_USER, ZIMBRA_PASSWORD or ZIMBRA_PASSWORD_FILE,
 * ZIMBRA_CA_FILE, ZIMBRA_PIN, ZIMBRA_TIMEOUT) for what the file leaves out. A password on the
 * command line would sit in the shell history and in `ps` for every user: it is refused.
 */
final class Config
{
    private const KEYS = ['url', 'user', 'password', 'password_file', 'ca_file', 'pin', 'timeout', 'insecure'];

    public static function help(): string
    {
        return <<<TXT
        Configuration (never on the command line):
          --config FILE         an INI file, e.g.
                                  url = https://mail.example.com:7071
                                  user = admin@example.com
                                  password_file = /root/.zimbra-password   (or password = "...")
                                  ca_file = /etc/ssl/zimbra-ca.pem         (or pin = sha256//...)
                                  timeout = 30                             (seconds)
                                  insecure = yes                           (no TLS check: tests only)
                                Keep it readable by its owner only (chmod 600). A ';' starts a
                                comment: put a value that has one in double quotes.
          or the environment:   ZIMBRA_URL, ZIMBRA_USER, ZIMBRA_PASSWORD or ZIMBRA_PASSWORD_FILE,
                                ZIMBRA_CA_FILE, ZIMBRA_PIN, ZIMBRA_TIMEOUT
                                (ZIMBRA_ADMIN_CONFIG names a config file)
        TXT;
    }

    /**
     * @param array<string,string|true> $options the parsed command-line options
     * @param resource|null $err where to warn about values INI cuts short
     */
    public static function load(array $options, $err = null): array
    {
        foreach (array_keys($options) as $name) {
            if (in_array($name, ['password', 'pass', 'p', 'admin-password'], true)) {
                throw new Usage('Passwords are never taken from the command line (shell history, `ps`): '
                    . 'use password_file in --config, or ZIMBRA_PASSWORD_FILE / ZIMBRA_PASSWORD.');
            }
        }
        $settings = [];
        $file = $options['config'] ?? (getenv('ZIMBRA_ADMIN_CONFIG') ?: null);
        if (is_string($file)) {
            if (!is_readable($file)) {
                throw new Usage("The config file $file does not exist or cannot be read.");
            }
            $ini = parse_ini_file($file, false, INI_SCANNER_RAW);
            if ($ini === false) {
                throw new Usage("The config file $file is not in INI form (key = value lines).");
            }
            if ($err !== null) {
                self::warnAboutCutValues($file, $err);
                if (isset($ini['password'])) {
                    self::warnIfOthersCanRead($file, 'holds a password', $err);
                }
            }
            foreach ($ini as $key => $value) {
                if (!in_array($key, self::KEYS, true)) {
                    throw new Usage("Unknown setting '$key' in $file. Known: " . implode(', ', self::KEYS) . '.');
                }
                $settings[$key] = (string) $value;
            }
        }
        foreach (['url' => 'ZIMBRA_URL', 'user' => 'ZIMBRA_USER', 'password' => 'ZIMBRA_PASSWORD',
                  'password_file' => 'ZIMBRA_PASSWORD_FILE', 'ca_file' => 'ZIMBRA_CA_FILE', 'pin' => 'ZIMBRA_PIN',
                  'timeout' => 'ZIMBRA_TIMEOUT'] as $key => $env) {
            if (!isset($settings[$key]) && ($value = getenv($env)) !== false && $value !== '') {
                $settings[$key] = $value;
            }
        }
        if (!isset($settings['password']) && isset($settings['password_file'])) {
            $read = @file_get_contents($settings['password_file']);
            if ($read === false) {
                throw new Usage("The password file {$settings['password_file']} cannot be read.");
            }
            $settings['password'] = rtrim($read, "\r\n");
            if ($err !== null) {
                self::warnIfOthersCanRead($settings['password_file'], 'is the admin password file', $err);
            }
        }
        if (isset($settings['insecure'])) {
            // INI's own words for yes and no; anything else is a mistake, not a silent "no".
            $flag = strtolower(trim($settings['insecure']));
            $yes = in_array($flag, ['yes', 'true', 'on', '1'], true);
            if (!$yes && !in_array($flag, ['no', 'false', 'off', '0', ''], true)) {
                throw new Usage("insecure = {$settings['insecure']} is neither yes nor no.");
            }
            $settings['insecure'] = $yes ? 'yes' : 'no';
        }
        foreach (['url' => 'ZIMBRA_URL or url =', 'user' => 'ZIMBRA_USER or user =', 'password' => 'ZIMBRA_PASSWORD_FILE or password_file ='] as $key => $where) {
            if (($settings[$key] ?? '') === '') {
                throw new Usage("No $key is configured: set $where (see zimbra-admin help).");
            }
        }
        return $settings;
    }

    /**
     * INI reads everything after an unquoted ';' as a comment: `password = Abc;def` gives "Abc".
     * Such a line is named, so a refused login is not a mystery.
     * @param resource $err
     */
    private static function warnAboutCutValues(string $file, $err): void
    {
        foreach (file($file, FILE_IGNORE_NEW_LINES) ?: [] as $i => $line) {
            if (preg_match('/^\s*([A-Za-z_]+)\s*=\s*([^"\'\s;][^;]*);/', $line, $m)) {
                fwrite($err, sprintf("zimbra-admin: warning: %s line %d: the value of %s stops at ';' (INI reads the rest "
                    . "as a comment); write %s = \"...\" to keep it whole.\n", $file, $i + 1, $m[1], $m[1]));
            }
        }
    }

    /**
     * A secret others on the machine can read is no secret: say so (the tool still runs, as
     * ssh does not for a key, because the admin may be fixing exactly that).
     * @param resource $err
     */
    private static function warnIfOthersCanRead(string $file, string $what, $err): void
    {
        $mode = @fileperms($file);
        if ($mode !== false && ($mode & 0o077) !== 0) {
            fwrite($err, sprintf("zimbra-admin: warning: %s %s and other users can read it (mode %o): chmod 600 %s\n",
                $file, $what, $mode & 0o777, escapeshellarg($file)));
        }
    }

    public static function client(array $settings): \Zimbra\Client
    {
        // A shorter timeout shortens the connection phase too (the extension's own default is 10 s).
        $timeout = (float) ($settings['timeout'] ?? 30);
        $options = ['timeout' => $timeout, 'connect_timeout' => min($timeout, 10.0)];
        if (isset($settings['pin'])) {
            $options['pinned_public_key'] = $settings['pin'];
        } elseif (isset($settings['ca_file'])) {
            $options['ca_file'] = $settings['ca_file'];
        } elseif (($settings['insecure'] ?? '') === 'yes') {
            $options['verify_peer'] = false;
        }
        try {
            $client = new \Zimbra\Client($settings['url'], $options);
        } catch (\ValueError $e) {
            // The extension refuses a bad setting as it refuses a bad argument: say so in the tool's words.
            throw new Usage(Hints::setting($e->getMessage()));
        }
        $client->login($settings['user'], $settings['password']);
        return $client;
    }
}
