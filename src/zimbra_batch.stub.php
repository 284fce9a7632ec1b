<?php

/**
 * The stub of Zimbra\Batch: zimbra_batch_arginfo.h is generated from it, and
 * zimbra_batch.c registers the class from that, beside its handlers.
 *
 * @generate-class-entries
 */

namespace Zimbra {


    /**
     * The queue Client::batch() hands to its callback: each method queues
     * the request Client's method of the same name would send, and returns
     * the position of its result.
     *
     * @strict-properties
     * @not-serializable
     */
    final class Batch
    {
        private function __construct() {}

        /**
         * Queues Client::getDomain(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::getDomain
         */
        public function getDomain(string $nameOrId, ?array $attrs = null): int {}
        /**
         * Queues Client::modifyDomain(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::modifyDomain
         */
        public function modifyDomain(string $id, array $attrs): int {}
        /**
         * Queues Client::setDomainStatus(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::setDomainStatus
         */
        public function setDomainStatus(string $id, string $status): int {}
        /**
         * Queues Client::createAccount(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::createAccount
         */
        public function createAccount(string $email, #[\SensitiveParameter] ?string $password, array $attrs = []): int {}
        /**
         * Queues Client::getAccount(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::getAccount
         */
        public function getAccount(string $emailOrId, ?array $attrs = null): int {}
        /**
         * Queues Client::modifyAccount(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::modifyAccount
         */
        public function modifyAccount(string $id, array $attrs): int {}
        /**
         * Queues Client::deleteAccount(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::deleteAccount
         */
        public function deleteAccount(string $id): int {}
        /**
         * Queues Client::setPassword(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::setPassword
         */
        public function setPassword(string $id, #[\SensitiveParameter] string $password): int {}
        /**
         * Queues Client::setAccountStatus(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::setAccountStatus
         */
        public function setAccountStatus(string $id, string $status): int {}
        /**
         * Queues Client::renameAccount(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::renameAccount
         */
        public function renameAccount(string $id, string $newEmail): int {}
        /**
         * Queues Client::addAccountAlias(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::addAccountAlias
         */
        public function addAccountAlias(string $id, string $alias): int {}
        /**
         * Queues Client::removeAccountAlias(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::removeAccountAlias
         */
        public function removeAccountAlias(string $id, string $alias): int {}
        /**
         * Queues Client::countAccounts(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::countAccounts
         */
        public function countAccounts(string $domain): int {}
        /**
         * Queues Client::countObjects(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::countObjects
         */
        public function countObjects(string $type, ?string $domain = null): int {}
        /**
         * Queues Client::createDistributionList(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::createDistributionList
         */
        public function createDistributionList(string $email, array $attrs = []): int {}
        /**
         * Queues Client::getDistributionList(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::getDistributionList
         */
        public function getDistributionList(string $emailOrId): int {}
        /**
         * Queues Client::getAccountMembership(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::getAccountMembership
         */
        public function getAccountMembership(string $emailOrId): int {}
        /**
         * Queues Client::modifyDistributionList(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::modifyDistributionList
         */
        public function modifyDistributionList(string $id, array $attrs): int {}
        /**
         * Queues Client::addDistributionListMembers(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::addDistributionListMembers
         */
        public function addDistributionListMembers(string $id, array $members): int {}
        /**
         * Queues Client::removeDistributionListMembers(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::removeDistributionListMembers
         */
        public function removeDistributionListMembers(string $id, array $members): int {}
        /**
         * Queues Client::deleteDistributionList(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::deleteDistributionList
         */
        public function deleteDistributionList(string $id): int {}
        /**
         * Queues Client::getCos(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::getCos
         */
        public function getCos(string $nameOrId): int {}
        /**
         * Queues Client::getMailboxSize(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::getMailboxSize
         */
        public function getMailboxSize(string $id): int {}

        /**
         * Queues Client::listServers(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::listServers
         */
        public function listServers(string $service = 'mailbox'): int {}

        /**
         * Queues Client::listCos(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::listCos
         */
        public function listCos(): int {}

        /**
         * Queues Client::searchDirectory(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::searchDirectory
         */
        public function searchDirectory(string $query = "", array $values = [], array $options = []): int {}

        /**
         * Queues Client::getQuotaUsage(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::getQuotaUsage
         */
        public function getQuotaUsage(?string $domain = null, int $limit = 0, int $offset = 0): int {}
        /**
         * Queues Client::request(); returns the item's position in the result.
         * @implementation-alias Zimbra\Client::request
         */
        public function request(string $name, #[\SensitiveParameter] array $body = [], string $namespace = "urn:zimbraAdmin"): int {}
    }
}
