<?php
/**
 * First-day setup for customers: the client tab "Set up your domain" of a domain service lists
 * the DNS records the customer sets at their DNS host (MX, SPF, autodiscover, and the webmail
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
     * The records for $domain from the row's settings. The mail host is the row's MX host, else
     * its hostname when that is a name (an MX or CNAME cannot point at an address); with neither,
     * the records that need it are left out and the page says the provider has not named it.
     *
     * @return list<array{purpose: string, name: string, type: string, value: string, priority: ?int}>
     */
    private static function dnsRecords(string $domain, object $meta): array
    {
        $named = fn ($h) => is_string($h) && $h !== '' && !filter_var($h, FILTER_VALIDATE_IP);
        $mx = $named($meta->mx_host ?? '') ? $meta->mx_host : ($named($meta->host_name ?? '') ? $meta->host_name : '');
        $autodiscover = $named($meta->autodiscover_host ?? '') ? $meta->autodiscover_host : $mx;
        $spf = 'v=spf1 mx' . (($meta->spf_include ?? '') !== '' ? ' include:' . $meta->spf_include : '') . ' ~all';
        $records = [];
        if ($mx !== '') {
            $records[] = ['purpose' => 'mx', 'name' => $domain, 'type' => 'MX', 'value' => $mx . '.', 'priority' => 10];
        }
        $records[] = ['purpose' => 'spf', 'name' => $domain, 'type' => 'TXT', 'value' => $spf, 'priority' => null];
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

    /** The server form's setup fields: empty, or a host name (never an address: MX and CNAME need a name). */
    public function isOptionalHostName($value): bool
    {
        $value = (string) $value;
        return $value === '' || (!filter_var($value, FILTER_VALIDATE_IP) && str_contains($value, '.') && $this->isHostOrIp($value));
    }
}
