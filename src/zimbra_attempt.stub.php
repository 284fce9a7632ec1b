<?php

/**
 * The stub of Zimbra\Attempt: zimbra_attempt_arginfo.h is generated from it, and
 * zimbra_attempt.c registers the class from that, beside its handlers.
 *
 * @generate-class-entries
 */

namespace Zimbra {

    /**
     * One attempt at creating a domain, mailbox or list, so that a lost reply
     * never leaves the caller and Zimbra disagreeing. The new object carries
     * the attempt's note in zimbraNotes; when the reply is lost, read it back
     * by name with zimbraNotes: madeIt() says whether this attempt made it
     * (only the reply was lost), otherAttempt() names an earlier attempt of
     * the same maker that did, and neither means it was made otherwise, or
     * not at all.
     *
     * ```php
     * $attempt = new Zimbra\Attempt('zimbra-admin import');
     * try {
     *     $account = $client->createAccount($email, $password, $attempt->tag($attrs));
     * } catch (Zimbra\TransportException $e) {
     *     $found = $client->getAccount($email, ['zimbraNotes']);
     *     if (!$attempt->madeIt($found)) { throw $e; }
     *     $account = $found;
     * }
     * ```
     *
     * The note reads "<maker> attempt <id> at <YYYY-MM-DD hh:mm:ss> UTC"; an
     * earlier attempt named by its id (new Attempt($maker, $id), a later run
     * settling what an interrupted one sent) is recognised with or without
     * its time.
     *
     * @strict-properties
     */
    final class Attempt
    {
        /** Who creates, e.g. "zimbra-admin import": the note starts with it. */
        public readonly string $maker;
        /** The attempt: 12 lower-case hexadecimal digits, random for a new one. */
        public readonly string $id;
        /** What the object carries in zimbraNotes. */
        public readonly string $note;

        /**
         * A new attempt, or with $id an earlier one, to settle what it sent.
         * @throws \ValueError when $maker is not 1 to 64 bytes of printable UTF-8, or $id not 12 lower-case hex digits
         * @throws CryptoException when the system's random number generator fails
         */
        public function __construct(string $maker, ?string $id = null) {}

        /**
         * $attrs with zimbraNotes set to the note, for the create.
         * @throws \ValueError when $attrs sets zimbraNotes itself
         */
        public function tag(array $attrs): array {}

        /** Whether $entry (read with zimbraNotes) was made by this attempt; false for null. */
        public function madeIt(?Entry $entry): bool {}

        /** The note of another attempt of the same maker that made $entry, or null (none, or made otherwise). */
        public function otherAttempt(?Entry $entry): ?string {}
    }
}
