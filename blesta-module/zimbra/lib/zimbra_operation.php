<?php
/**
 * One kind of Zimbra call the module makes: its name in the module log, and whether it may be
 * sent a second time when its reply is lost (the connection reset, the reply cut short).
 *
 * The policy is declared once per operation, in the table below, and every call site asks for its
 * operation by name (ZimbraOperation::named()): a name the table lacks is a programming error that
 * stops the call, so a misspelt name can never quietly change what the module does.
 */
final class ZimbraOperation
{
    /**
     * true: sending it twice leaves Zimbra as sending it once does, so it is sent once more after
     * a lost reply. false: a second one would fail or do more (a create, a delete, an alias or a
     * member removed): never resent, and the admin is told its outcome is unknown.
     */
    private const SAFE_TO_RESEND = [
        // Reads.
        'AuthRequest' => true,
        'getDomain' => true,
        'getAccount' => true,
        'getDistributionList' => true,
        'getAccountMembership' => true,
        'getMailboxSize' => true,
        'listCos' => true,
        'listQuotaUsage' => true,
        'domainUsage' => true,
        // Changes that set values: the second sets the same.
        'modifyAccount' => true,
        'modifyDomain' => true,
        'setPassword' => true,
        'setAccountStatus' => true,
        'setDomainStatus' => true,
        'ensurePreauthKey' => true,  // a key once made is read back, never made again
        // Zimbra accepts a member a list already has (zimbra-admin-soap.md, AddDistributionListMember).
        'addDistributionListMembers' => true,
        // Creates, deletes and removals.
        'createDomain' => false,
        'createAccount' => false,
        'createDistributionList' => false,
        'deleteAccount' => false,
        'deleteDistributionList' => false,
        'purgeDomain' => false,
        'addAccountAlias' => false,
        'removeAccountAlias' => false,
        'removeDistributionListMembers' => false,
    ];

    private function __construct(public readonly string $name, public readonly bool $safeToResend)
    {
    }

    /** The operation as the table declares it. @throws LogicException for a name it does not declare */
    public static function named(string $name): self
    {
        if (!array_key_exists($name, self::SAFE_TO_RESEND)) {
            throw new LogicException("No resend policy is declared for the Zimbra operation '$name' (ZimbraOperation::SAFE_TO_RESEND)");
        }
        return new self($name, self::SAFE_TO_RESEND[$name]);
    }

    /** @return list<string> every operation the table declares */
    public static function declared(): array
    {
        return array_keys(self::SAFE_TO_RESEND);
    }
}
