<?php
/**
 * One kind of Zimbra call the module makes: its name in the module log, and whether it may be
 * sent a second time when its reply is lost (the connection reset, the reply cut short).
 *
 * A request that leaves Zimbra the same whether it arrives once or twice (a read, a modify that
 * sets values, a status or password change, ensurePreauthKey) is sent once more. One that would
 * not (a create, a delete, adding or removing an alias or members) never is: the admin is told
 * that its outcome is unknown. The policy is declared where the call is made, with the call, so
 * the name is only a label: a misspelt one cannot change what the module does.
 */
final class ZimbraOperation
{
    private function __construct(public readonly string $name, public readonly bool $safeToResend)
    {
    }

    /** Sending it twice does what sending it once does: resent once after a lost reply. */
    public static function idempotent(string $name): self
    {
        return new self($name, true);
    }

    /** Sending it twice would not (it creates, deletes, adds or removes): never resent. */
    public static function once(string $name): self
    {
        return new self($name, false);
    }
}
