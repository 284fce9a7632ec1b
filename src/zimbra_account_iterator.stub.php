<?php

/**
 * The stub of Zimbra\AccountIterator: zimbra_account_iterator_arginfo.h is generated from it, and
 * zimbra_account_iterator.c registers the class from that, beside its handlers.
 *
 * @generate-class-entries
 */

namespace Zimbra {

    /**
     * Iterates listAccounts(): fetches the next page only when needed.
     *
     * @strict-properties
     * @not-serializable
     */
    final class AccountIterator implements \Iterator
    {
        private function __construct() {}
        public function current(): Account {}
        public function key(): int {}
        public function next(): void {}
        public function rewind(): void {}
        public function valid(): bool {}
    }
}
