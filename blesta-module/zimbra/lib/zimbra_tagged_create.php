<?php
/**
 * Create a domain or mailbox so that a lost reply never leaves Zimbra and Blesta disagreeing.
 *
 * The new object carries a note unique to this attempt (zimbraNotes). When the reply is lost
 * (reset, cut short, timed out) Zimbra is asked whether the name exists: with this note it was
 * made, and the service goes ahead; without, nothing was made. When the name is taken by an
 * object Blesta made, the admin is told when, so a leftover of an unfinished attempt can be
 * recognised.
 */
final class ZimbraTaggedCreate
{
    public function __construct(private readonly ZimbraConnection $zimbra)
    {
    }

    /**
     * @param string $field the service field the name was typed in (for the error)
     * @param callable(Zimbra\Client, string): Zimbra\Entry $create makes it, with the note given
     * @param callable(Zimbra\Client): ?Zimbra\Entry $find reads it by name, its zimbraNotes included
     * @throws ZimbraFailure
     */
    public function create(string $operation, string $field, string $name, array $masked, callable $create, callable $find): Zimbra\Entry
    {
        $note = sprintf('Provisioned by Blesta: attempt %s at %s UTC', bin2hex(random_bytes(6)), gmdate('Y-m-d H:i:s'));
        try {
            return $this->zimbra->call($operation, $masked, fn (Zimbra\Client $z) => $create($z, $note));
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
            $foundNote = $found ? (string) $found->get('zimbraNotes') : '';
            if ($found && $foundNote === $note) {
                // This very attempt made it: the reply was all that was lost.
                $this->zimbra->log($operation, json_encode(['ok' => true, 'recovered' => 'the reply was lost; Zimbra has it, made by this attempt']),
                    'output', true);
                return $found;
            }
            if ($taken && str_starts_with($foundNote, 'Provisioned by Blesta')) {
                // Another service's, or a leftover of an attempt Blesta never stored: the notes say when.
                throw $failed->withErrors([$field => ['exists' => Language::_('Zimbra.!error.' . $field . '.exists_blesta', true, $name, $foundNote)]]);
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
