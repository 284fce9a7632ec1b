<?php
/**
 * A Blesta service's stored fields, read the way Module::serviceFieldsToObject() reads them (each
 * {key, value} row becomes a property), and what they say about the service: whether it is a
 * domain service, and the domain a mailbox ordered on it, or on a package, goes in.
 */
final class ZimbraFields
{
    /** The service's fields as an object; an empty one for no service. */
    public static function of($service): object
    {
        $out = new \stdClass();
        foreach ((array) ($service->fields ?? []) as $field) {
            $field = (object) $field;
            $out->{$field->key} = $field->value;
        }
        return $out;
    }

    /** A Zimbra domain service of this module (it has a domain and no mailbox of its own). */
    public static function isDomainService($service): bool
    {
        if (!$service) {
            return false;
        }
        $f = self::of($service);
        return !empty($f->zimbra_domain) && empty($f->zimbra_email);
    }

    /** The domain a new mailbox goes in: the parent domain service's first, then the package's Mailbox Domain. */
    public static function mailboxDomain($package, $parentService): ?string
    {
        if (self::isDomainService($parentService)) {
            return strtolower(self::of($parentService)->zimbra_domain);
        }
        $domain = $package->meta->mailbox_domain ?? '';
        return $domain !== '' ? strtolower($domain) : null;
    }

    /** The server row id the service's figures belong to: the one it recorded, else its own. */
    public static function rowId($service): int
    {
        $f = self::of($service);
        return (int) (!empty($f->zimbra_module_row) ? $f->zimbra_module_row : ($service->module_row_id ?? 0));
    }
}
