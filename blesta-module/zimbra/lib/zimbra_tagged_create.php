<?php
/**
 * Create a domain or mailbox so that a lost reply never leaves Zimbra and Blesta disagreeing.
 *
 * The new object carries a note unique to this attempt (Zimbra\Attempt, in zimbraNotes: the
 * extension writes and reads it, for the CLI's import too). When the reply is lost (reset, cut
 * short, timed out) Zimbra is asked whether the name exists: made by this attempt, the service
 * goes ahead; without it, nothing was made. When the name is taken by an object an earlier
 * Blesta attempt made, the admin is told when, so a leftover of an unfinished attempt can be
 * recognised.
 */
final class ZimbraTaggedCreate
{
    /** What the module's notes start with (the same since 0.1.0, so older objects are still recognised). */
    public const MAKER = 'Provisioned by Blesta:';

    public function __construct(private readonly ZimbraConnection $zimbra)
    {
    }

    /**
     * @param string $field the service field the name was typed in (for the error)
     * @param callable(Zimbra\Client, Zimbra\Attempt): Zimbra\Entry $create makes it, its attributes tagged with the attempt
     * @param callable(Zimbra\Client): ?Zimbra\Entry $find reads it by name, its zimbraNotes included
     * @throws ZimbraFailure
     */
    public function create(string $operation, string $field, string $name, array $masked, callable $create, callable $find): Zimbra\Entry
    {
        $attempt = new Zimbra\Attempt(self::MAKER);
        $note = $attempt->note;
        try {
            return $this->zimbra->call($operation, $masked, fn (Zimbra\Client $z) => $create($z, $attempt));
        } catch (ZimbraFailure $failed) {
            $cause = $failed->cause();
            $lost = ZimbraConnection::isLost($cause) && !ZimbraConnection::neverSent($cause);
            $taken = $failed->isFault('account.DOMAIN_EXISTS', 'account.ACCOUNT_EXISTS', 'account.DISTRIBUTION_LIST_EXISTS');
            if (!$lost && !$taken) {
                throw $failed;
            }
            try {
                $found = $find($this->zimbra->client());
            } catch (Zimbra\Exception $e) {
                throw $failed->withErrors(['api' => ['unknown' => Language::_('Zimbra.!error.api.unknown', true, $name, $cause->getMessage(), $note)]]);
            }
            if ($attempt->madeIt($found)) {
                // This very attempt made it: the reply was all that was lost.
                $this->zimbra->log($operation, json_encode(['ok' => true, 'recovered' => 'the reply was lost; Zimbra has it, made by this attempt']),
                    'output', true);
                return $found;
            }
            if ($taken && ($earlier = $attempt->otherAttempt($found)) !== null) {
                // Another service's, or a leftover of an attempt Blesta never stored: the notes say when.
                throw $failed->withErrors([$field => ['exists' => Language::_('Zimbra.!error.' . $field . '.exists_blesta', true, $name, $earlier)]]);
            }
            if ($lost && !$found && $cause instanceof Zimbra\TransportException && $cause->getCode() === 28) {
                // Zimbra may still be working on it after we stopped waiting.
                throw $failed->withErrors(['api' => ['late' => Language::_('Zimbra.!error.api.late', true, $name, $cause->getMessage(), $note)]]);
            }
            if ($lost && !$found) {
                throw $failed->withErrors(['api' => ['connection' => Language::_('Zimbra.!error.api.nothing_made', true, $cause->getMessage(), $name)]]);
            }
            throw $failed;
        }
    }
}
