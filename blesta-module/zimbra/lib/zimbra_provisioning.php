<?php
/**
 * A service's order and its edits, as they reach Zimbra: the domain or mailbox made with the
 * package's limits and the service's options, and an edit's limits, display name and password.
 * Each method returns the service fields Blesta stores, or throws a ZimbraFailure and changes
 * nothing in Zimbra.
 */
final class ZimbraProvisioning
{
    public function __construct(private readonly ZimbraConnector $connector, private readonly ZimbraSettings $settings,
        private readonly ZimbraRowUpkeep $upkeep)
    {
    }

    /**
     * An order: checked, then made on $row (the parent domain service's server for a mailbox
     * ordered on one, else the package's). With use_module off only the fields are kept.
     *
     * @throws ZimbraFailure
     */
    public function add($package, array $vars, $parentService, ?object $row): array
    {
        // What the module records itself (ids, usage, list memberships) never comes from an order.
        $vars = array_diff_key($vars, array_flip(ZimbraServiceForm::RECORDED_FIELDS));
        ZimbraServiceForm::validate($package, $vars, false);
        $domainType = ZimbraServiceForm::isDomainType($package);
        $extras = ZimbraLimits::extras((array) ($vars['configoptions'] ?? []), $domainType);
        if (!$domainType) {
            $onDomainService = ZimbraFields::isDomainService($parentService);
            $vars['zimbra_domain'] = ZimbraFields::mailboxDomain($package, $parentService)
                ?? throw ZimbraFailure::of('parent_service', 'parent_service.required');
            // On a shared domain, the role addresses (postmaster@, abuse@...) belong to whoever runs it.
            if (!$onDomainService && $this->settings->isReservedLocalPart($vars['zimbra_email_local'])) {
                throw ZimbraFailure::of('zimbra_email_local', 'local.reserved', [$vars['zimbra_email_local'] . '@' . $vars['zimbra_domain']]);
            }
            if (($vars['zimbra_password'] ?? '') === '') {
                $vars['zimbra_password'] = Zimbra\Validate::generatePassword();
            }
            $vars['zimbra_email'] = $vars['zimbra_email_local'] . '@' . $vars['zimbra_domain'];
            $vars['zimbra_module_row'] = $onDomainService && $row ? (string) $row->id : '';
        }
        if (($vars['use_module'] ?? 'true') !== 'true') {
            return ZimbraServiceForm::fieldList($domainType, $vars);
        }
        $row ?? throw ZimbraFailure::of('module_row', 'module_row.missing');
        // Ordered together, the mailbox may be provisioned before its domain: Blesta tries again later.
        if (!$domainType && ZimbraFields::isDomainService($parentService)
                && in_array($parentService->status ?? 'active', ['pending', 'in_review', 'canceled'], true)) {
            throw ZimbraFailure::of('parent_service', 'parent_service.inactive', [$vars['zimbra_domain'], $parentService->status]);
        }
        ZimbraConnector::requireExtension();
        $this->settings->requireLicense();
        $create = new ZimbraTaggedCreate($this->connector->connect($row));
        if ($domainType) {
            $name = $vars['zimbra_domain'];
            $attrs = ZimbraServiceForm::set(ZimbraLimits::domainAttrs($package, $extras));
            $domain = $create->create('createDomain', 'zimbra_domain', $name, ['name' => $name],
                fn (Zimbra\Client $z, Zimbra\Attempt $attempt) => $z->createDomain($name, $attempt->tag($attrs)),
                fn (Zimbra\Client $z) => $z->getDomain($name, ['zimbraNotes']));
            $vars['zimbra_domain_id'] = $domain->id;
            $this->upkeep->adjustAccountCount($row, +1);
        } else {
            $name = $vars['zimbra_email'];
            $attrs = ZimbraServiceForm::mailboxAttrs($package, $vars, $extras);
            $account = $create->create('createAccount', 'zimbra_email', $name, ['name' => $name, 'password' => '***'],
                fn (Zimbra\Client $z, Zimbra\Attempt $attempt) => $z->createAccount($name, $vars['zimbra_password'], $attempt->tag($attrs)),
                fn (Zimbra\Client $z) => $z->getAccount($name, ['zimbraNotes']));
            $vars['zimbra_account_id'] = $account->id;
        }
        return ZimbraServiceForm::fieldList($domainType, $vars);
    }

    /**
     * An edit, on the service's server $row: the package's limits (after a package change, the new
     * package's) with the edit's options, and for a mailbox its display name and password.
     * Renaming a domain or an address is not supported: the stored values are kept as they are.
     *
     * @throws ZimbraFailure
     */
    public function edit($package, $service, array $vars, ?object $row): array
    {
        $fields = ZimbraFields::of($service);
        $current = (array) $fields;
        $domainType = ZimbraServiceForm::isDomainType($package);
        $vars = ZimbraServiceForm::withoutUnchanged($vars, $current);
        ZimbraServiceForm::validate($package, $vars, true);
        // Blesta hands every edit the service's complete options: the posted set, which replaces
        // all the stored ones, or the stored ones when none is posted (blesta-module.md §17). An
        // option missing here is no longer billed, so it is no longer given either.
        $extras = ZimbraLimits::extras((array) ($vars['configoptions'] ?? []), $domainType);
        $changes = ZimbraServiceForm::changes($current, $vars);
        $useModule = ($vars['use_module'] ?? 'true') === 'true';
        if ($useModule && !empty($current[$domainType ? 'zimbra_domain' : 'zimbra_account_id'])) {
            $row ?? throw ZimbraFailure::of('module_row', 'module_row.missing');
            ZimbraConnector::requireExtension();
            $zimbra = new ZimbraService($this->connector->connect($row), $fields);
            if ($domainType) {
                $zimbra->applyDomainLimits(ZimbraLimits::domainAttrs($package, $extras));
            } else {
                $zimbra->editMailbox(ZimbraLimits::mailboxLimitAttrs($package, $extras), $changes);
            }
        }
        return ZimbraServiceForm::fieldList($domainType, (!$domainType ? $changes : []) + $current);
    }
}
