<?php

/**
 * The stub of Zimbra\QuotaUsageIterator: zimbra_quota_iterator_arginfo.h is generated from it, and
 * zimbra_quota_iterator.c registers the class from that, beside its handlers.
 *
 * @generate-class-entries
 */

namespace Zimbra {

    /**
     * Iterates listQuotaUsage(): a server at a time, a page at a time.
     *
     * @strict-properties
     * @not-serializable
     */
    final class QuotaUsageIterator implements \Iterator
    {
        private function __construct() {}
        public function current(): QuotaUsage {}
        public function key(): int {}
        public function next(): void {}
        public function rewind(): void {}
        public function valid(): bool {}

        /**
         * The mailbox servers whose mailboxes could not be read so far, by
         * name, each with why; complete once the iteration is over.
         *
         * @return array<string, string>
         */
        public function getUnreachableServers(): array {}

        /**
         * The mailbox servers read to the end so far, by name: with
         * getUnreachableServers(), every server the iteration covers once it
         * is over (none read means there is nothing to go by).
         *
         * @return list<string>
         */
        public function getReadServers(): array {}
    }
}
