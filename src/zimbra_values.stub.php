<?php

/**
 * The stub of the values replies become: Zimbra\Entry and its kinds, QuotaUsage, SearchResult: zimbra_values_arginfo.h is generated from it, and
 * zimbra_values.c registers the class from that, beside its handlers.
 *
 * @generate-class-entries
 */

namespace Zimbra {

    /**
     * What every directory entry has: id, primary name and LDAP attributes
     * (each a list of values, in the order Zimbra returned them).
     *
     * @strict-properties
     */
    abstract class Entry
    {
        public readonly string $id;
        public readonly string $name;
        /** @var array<string, list<string>> */
        public readonly array $attrs;

        /**
         * @param array $attrs Attribute name => value or list of values.
         * @phpstan-param array<string,list<string>|string> $attrs
         */
        public function __construct(string $id, string $name, array $attrs = []) {}

        /** The first value of an attribute, or null. */
        public function get(string $attr): ?string {}

        /**
         * Every value of an attribute.
         * @return list<string>
         */
        public function getAll(string $attr): array {}
    }

    /**
     * A mail domain. Its preauth key, if any, shows as VALUE-BLOCKED.
     *
     * @strict-properties
     */
    final class Domain extends Entry
    {
        /** zimbraDomainStatus: active, maintenance, locked, closed, suspended or shutdown. */
        public function getStatus(): string {}
        /** zimbraDomainMaxAccounts, or null when unlimited. */
        public function getMaxAccounts(): ?int {}
        /** zimbraDomainAggregateQuota in bytes; 0 = unlimited. */
        public function getAggregateQuota(): int {}
        /** zimbraMailDomainQuota: the per-mailbox cap in bytes; 0 = none. */
        public function getMailboxQuota(): int {}
        /** zimbraDomainDefaultCOSId, or null for the COS named default. */
        public function getDefaultCosId(): ?string {}
    }

    /**
     * A mailbox.
     *
     * @strict-properties
     */
    final class Account extends Entry
    {
        /** The address that was looked up, when it was an alias of this account. */
        public readonly ?string $matchedAlias;

        /** zimbraAccountStatus. */
        public function getStatus(): string {}
        /** zimbraMailQuota in bytes; 0 = unlimited (or inherited when read without COS defaults). */
        public function getQuota(): int {}
        /** @return list<string> zimbraMailAlias */
        public function getAliases(): array {}
        /** zimbraCOSId, or null when the domain's default applies. */
        public function getCosId(): ?string {}
        public function getDisplayName(): ?string {}
        /**
         * The password createAccount() generated, once: later calls return null.
         * It is never part of var_dump() or serialize() output.
         *
         * ```php
         * $account = $zimbra->createAccount('jane@customer.example', null);
         * $password = $account->takeGeneratedPassword();  // give it to the customer once; it is not kept
         * var_dump($account->takeGeneratedPassword());     // NULL
         * ```
         */
        public function takeGeneratedPassword(): ?string {}
    }

    /**
     * A distribution list or dynamic group.
     *
     * @strict-properties
     */
    final class DistributionList extends Entry
    {
        /** @var list<string> */
        public readonly array $members;
        public readonly bool $dynamic;

        /** @return list<string> */
        public function getMembers(): array {}
        public function getDisplayName(): ?string {}
    }

    /**
     * A class of service.
     *
     * @strict-properties
     */
    final class Cos extends Entry
    {
        /** zimbraMailQuota in bytes; 0 = unlimited. */
        public function getMailQuota(): int {}
        public function isDefault(): bool {}
    }

    /**
     * An alias entry found by searchDirectory().
     *
     * @strict-properties
     */
    final class Alias extends Entry
    {
        public readonly string $targetName;
        /** "account" or "dl". */
        public readonly string $targetType;
    }

    /**
     * A calendar resource (a room or equipment account).
     *
     * @strict-properties
     */
    final class CalendarResource extends Entry
    {
    }

    /**
     * A server of the install (Client::listServers()).
     *
     * @strict-properties
     */
    final class Server extends Entry
    {
        /**
         * zimbraServiceEnabled: the services the server runs (mailbox, mta, proxy, ...).
         * @return list<string>
         */
        public function getServices(): array {}
    }

    /**
     * One mailbox's usage.
     *
     * @strict-properties
     */
    final class QuotaUsage
    {
        public readonly string $id;
        public readonly string $name;
        /** Bytes used. */
        public readonly int $used;
        /** Effective quota in bytes; 0 = unlimited. */
        public readonly int $limit;

        public function __construct(string $id, string $name, int $used, int $limit) {}

        /** Used as a percentage of the limit, or null when unlimited. */
        public function getPercentUsed(): ?float {}
    }

    /**
     * One page of a directory search.
     *
     * @strict-properties
     */
    final class SearchResult implements \IteratorAggregate, \Countable
    {
        /** @var list<Entry> */
        public readonly array $entries;
        /**
         * Matches in total; null when more follow and Zimbra did not count
         * them (it counts only as far as the page for a client without an
         * admin session).
         */
        public readonly ?int $total;
        /** True when there are more matches after this page. */
        public readonly bool $more;

        private function __construct() {}
        public function getIterator(): \Iterator {}
        public function count(): int {}
    }
}
