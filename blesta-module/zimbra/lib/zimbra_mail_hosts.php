<?php
/**
 * What customers point at, from a server row's settings (README, "The customer's first day"): the
 * DNS records of "Set up your domain" (MX, SPF, DMARC, autodiscover, and the webmail CNAME where
 * the admin named one) and where webmail is. Nothing is looked up, in DNS or in Zimbra, so the
 * page shows even while Zimbra is down. A plain object: no Blesta, no Zimbra call.
 */
final class ZimbraMailHosts
{
    public function __construct(private object $meta)
    {
    }

    /**
     * The records for $domain. The mail host is the row's MX host, else its hostname when that is
     * a name (an MX or CNAME cannot point at an address); with neither, the records that need it
     * are left out and the page says the provider has not named it.
     *
     * @return list<array{purpose: string, name: string, type: string, value: string, priority: ?int}>
     */
    public function records(string $domain): array
    {
        $mx = $this->mailHost();
        $autodiscover = self::named($this->meta->autodiscover_host ?? '') ? $this->meta->autodiscover_host : $mx;
        $spf = 'v=spf1 mx' . (($this->meta->spf_include ?? '') !== '' ? ' include:' . $this->meta->spf_include : '') . ' ~all';
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
        if (self::named($this->meta->webmail_host ?? '')) {
            $records[] = ['purpose' => 'webmail', 'name' => 'webmail.' . $domain, 'type' => 'CNAME', 'value' => $this->meta->webmail_host . '.',
                'priority' => null];
        }
        return $records;
    }

    /** The row's MX host, else its hostname when that is a dotted name; '' when neither is. */
    public function mailHost(): string
    {
        return self::named($this->meta->mx_host ?? '') ? $this->meta->mx_host
            : (self::named($this->meta->host_name ?? '') ? $this->meta->host_name : '');
    }

    /**
     * Where customers open webmail: the row's webmail host, else its mail host, else the admin
     * Hostname. The welcome email's default template (config/zimbra.php) follows the same order.
     */
    public function webmailHost(): string
    {
        foreach (['webmail_host', 'mx_host', 'host_name'] as $key) {
            if (trim((string) ($this->meta->$key ?? '')) !== '') {
                return trim((string) $this->meta->$key);
            }
        }
        return '';
    }

    /** The server form's setup fields: empty, or a host name (never an address: MX and CNAME need a name). */
    public static function isOptionalHostName($value): bool
    {
        $value = (string) $value;
        return $value === '' || self::named($value);
    }

    /**
     * The SPF include field: a domain name whose labels may also hold '_' (SPF names such as
     * _spf.google.com are domain names, not host names: RFC 7208 §7.1), or empty.
     */
    public static function isOptionalSpfDomain($value): bool
    {
        $value = (string) $value;
        return $value === '' || (strlen($value) <= 253 && !filter_var($value, FILTER_VALIDATE_IP)
            && preg_match('/^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)+$/i', $value) === 1);
    }

    /**
     * A host name of at least two labels (letters, digits, '-'), never an address or a bare
     * "localhost" (the server is often reached so, and no customer's MX may point there).
     */
    private static function named($value): bool
    {
        return is_string($value) && strlen($value) <= 253 && !filter_var($value, FILTER_VALIDATE_IP)
            && preg_match('/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i', $value) === 1;
    }
}
