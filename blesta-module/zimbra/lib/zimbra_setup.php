<?php
/**
 * First-day setup for customers: the client tab "Set up your domain" of a domain service lists
 * the DNS records the customer sets at their DNS host (MX, SPF, DMARC, autodiscover, and the webmail
 * CNAME where the admin configured one), each with a copy button. Everything comes from the
 * server row's settings (README, "The customer's first day"); nothing is looked up, in DNS or in
 * Zimbra, so the page shows even while Zimbra is down.
 */
trait ZimbraSetup
{
    public function tabClientSetup($package, $service, ?array $get = null, ?array $post = null, ?array $files = null)
    {
        $f = $this->openTab($service, false);
        $meta = $this->tabRow->meta ?? (object) [];
        return $this->tabView('tab_setup', 'tabClientSetup', [], ['records' => self::dnsRecords((string) ($f->zimbra_domain ?? ''), $meta),
            'fields' => $f]);
    }

    /**
     * Where customers open webmail: the row's webmail host, else its mail host, else the admin
     * Hostname. The welcome email's default template (config/zimbra.php) follows the same order.
     */
    private static function webmailHost(object $meta): string
    {
        foreach (['webmail_host', 'mx_host', 'host_name'] as $key) {
            if (trim((string) ($meta->$key ?? '')) !== '') {
                return trim((string) $meta->$key);
            }
        }
        return '';
    }

    /**
     * The records for $domain from the row's settings. The mail host is the row's MX host, else
     * its hostname when that is a name (an MX or CNAME cannot point at an address); with neither,
     * the records that need it are left out and the page says the provider has not named it.
     *
     * @return list<array{purpose: string, name: string, type: string, value: string, priority: ?int}>
     */
    private static function dnsRecords(string $domain, object $meta): array
    {
        // The same rule as the server form's fields: a dotted host name, never an address or a bare
        // "localhost" (the server is often reached so, and no customer's MX may point there).
        $named = fn ($h) => is_string($h) && self::isDottedHostName($h);
        $mx = $named($meta->mx_host ?? '') ? $meta->mx_host : ($named($meta->host_name ?? '') ? $meta->host_name : '');
        $autodiscover = $named($meta->autodiscover_host ?? '') ? $meta->autodiscover_host : $mx;
        $spf = 'v=spf1 mx' . (($meta->spf_include ?? '') !== '' ? ' include:' . $meta->spf_include : '') . ' ~all';
        $records = [];
        if ($mx !== '') {
            $records[] = ['purpose' => 'mx', 'name' => $domain, 'type' => 'MX', 'value' => $mx . '.', 'priority' => 10];
        }
        $records[] = ['purpose' => 'spf', 'name' => $domain, 'type' => 'TXT', 'value' => $spf, 'priority' => null];
        // DMARC, monitoring only (p=none): receivers report to the domain's postmaster (RFC 2142, which
        // every domain should have) and nothing is rejected until the customer tightens the policy.
        $records[] = ['purpose' => 'dmarc', 'name' => '_dmarc.' . $domain, 'type' => 'TXT',
            'value' => 'v=DMARC1; p=none; rua=mailto:postmaster@' . $domain, 'priority' => null];
        if ($autodiscover !== '') {
            $records[] = ['purpose' => 'autodiscover', 'name' => 'autodiscover.' . $domain, 'type' => 'CNAME', 'value' => $autodiscover . '.',
                'priority' => null];
            $records[] = ['purpose' => 'autodiscover_srv', 'name' => '_autodiscover._tcp.' . $domain, 'type' => 'SRV',
                'value' => '0 0 443 ' . $autodiscover . '.', 'priority' => null];
        }
        if ($named($meta->webmail_host ?? '')) {
            $records[] = ['purpose' => 'webmail', 'name' => 'webmail.' . $domain, 'type' => 'CNAME', 'value' => $meta->webmail_host . '.',
                'priority' => null];
        }
        return $records;
    }

    /** Whether customers of a server get an MX record on their setup page; when not, the manage page says what to fill in. */
    private static function hasMailHost(object $meta): bool
    {
        return in_array('mx', array_column(self::dnsRecords('example.com', $meta), 'purpose'), true);
    }

    /** The server form's setup fields: empty, or a host name (never an address: MX and CNAME need a name). */
    public function isOptionalHostName($value): bool
    {
        $value = (string) $value;
        return $value === '' || self::isDottedHostName($value);
    }

    /** A host name of at least two labels (letters, digits, '-'), not an address. */
    private static function isDottedHostName(string $value): bool
    {
        return strlen($value) <= 253 && !filter_var($value, FILTER_VALIDATE_IP)
            && preg_match('/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i', $value) === 1;
    }

    /**
     * The SPF include field: a domain name whose labels may also hold '_' (SPF names such as
     * _spf.google.com are domain names, not host names: RFC 7208 §7.1), or empty.
     */
    public function isOptionalSpfDomain($value): bool
    {
        $value = (string) $value;
        return $value === '' || (strlen($value) <= 253 && !filter_var($value, FILTER_VALIDATE_IP)
            && preg_match('/^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)+$/i', $value) === 1);
    }
}
