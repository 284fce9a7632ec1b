<?php
/**
 * One service tab page being built, on the admin or the client side (the manual: "The same tab
 * code serves both"): the service, its package and server, the page's connection (its calls
 * share one session), and what the page collects for its view: errors beside the fields,
 * messages for Blesta's message area, a password to hand out once.
 *
 * A tab waits for Zimbra at most the tab timeout. When Zimbra cannot be reached the tab says so in
 * one sentence and shows no figures and no forms; customers never see server names, ports or
 * fault codes (admins see the cause, and the module log has the detail).
 */
final class ZimbraTabRequest
{
    /** Mailboxes and lists per page. */
    public const PAGE_SIZE = 25;

    /** The service's fields. */
    public readonly object $fields;
    /** Errors to show beside the fields: field => [rule => message]. */
    public array $errors = [];
    /** @var list<array{string, string}> type and text, for Blesta's message area */
    public array $messages = [];
    /** A generated password to show once to the admin who just made the mailbox. */
    public ?array $handout = null;
    private ?ZimbraConnection $connection = null;

    public function __construct(public readonly string $tab, public readonly object $package, public readonly object $service,
        public readonly ?object $row, public readonly bool $admin, private readonly string $baseUri,
        private readonly ZimbraConnector $connector, private readonly PackageOptions $options)
    {
        $this->fields = ZimbraFields::of($service);
    }

    /** The tab's own URL, as Blesta routes it on each side, with $query (page, search) kept. */
    public function url(array $query = [], ?string $action = null): string
    {
        $s = $this->service;
        $url = $this->admin
            ? $this->baseUri . 'clients/servicetab/' . ($s->client_id ?? 0) . '/' . $s->id . '/' . $this->tab . '/'
            : $this->baseUri . 'services/manage/' . $s->id . '/' . $this->tab . '/';
        $url .= $action !== null ? $action . '/' : '';
        $query = array_filter($query, fn ($v) => $v !== '' && $v !== null && $v !== 1);
        return $url . ($query ? '?' . http_build_query($query) : '');
    }

    /** The action in the tab's URL: admin tab URLs end .../{tab}/{action}/ ($get[3]); client ones .../{tab}/{action}/ ($get[2]). */
    public function action(array $get): ?string
    {
        $action = $get[$this->admin ? 3 : 2] ?? ($get['action'] ?? null);
        return $action === null ? null : (string) $action;
    }

    /** The page: its view with what every tab view needs. What the page cost Zimbra goes to the module log. */
    public function page(string $view, array $query, array $vars): ZimbraTabPage
    {
        $requests = $this->connection?->requestsSince() ?? 0;
        if ($requests > 0) {
            $this->connector->log($this->row, 'page', json_encode(['tab' => $this->tab, 'requests' => $requests]), 'output', true);
        }
        return new ZimbraTabPage($view, $vars + ['admin' => $this->admin, 'tab_url' => $this->url($query),
            'errors' => $this->errors, 'handout' => $this->handout]);
    }

    public function message(string $type, string $text): void
    {
        $this->messages[] = [$type, $text];
    }

    /* ---- Zimbra ------------------------------------------------------------------ */

    /** The tab's server: a page's calls share its session. */
    public function connection(): ZimbraConnection
    {
        return $this->connection ??= $this->connector->connect($this->row ?? throw ZimbraFailure::of('module_row', 'module_row.missing'),
            $this->connector->tabTimeout);
    }

    public function client(): Zimbra\Client
    {
        return $this->connection()->client();
    }

    /** A logged change (ZimbraConnection::call()). */
    public function call(string $operation, array $masked, callable $fn)
    {
        return $this->connection()->call($operation, $masked, $fn);
    }

    /**
     * A posted action. Its errors go beside the fields and to Blesta's message area (in words a
     * customer may see, on the client side) and stay for the rest of the page. Returns what $fn
     * returned (the form values to show again: none after success), or $post when it failed.
     */
    public function attempt(callable $fn, ?array $post)
    {
        try {
            return $fn() ?? [];
        } catch (\Throwable $e) {
            $failure = $this->connector->failure($this->row, $e);
            $errors = !$this->admin && $failure->cause() !== null ? self::customerErrors($failure->cause(), $failure->errors) : $failure->errors;
            $this->message('error', (new ZimbraFailure($errors))->sentence());
            $this->errors += $errors;
            return $post ?? [];
        }
    }

    /** The posted action, if any, run by $act through attempt(): the form values to show again. */
    public function posted(array $post, callable $act): array
    {
        return empty($post['action']) ? [] : $this->attempt(fn () => $act($post), $post);
    }

    /**
     * A page's data. When it cannot be read, $unavailable is the one sentence the page shows
     * instead: for customers without server names, ports or codes; for admins with the cause.
     * The module log has the detail either way.
     */
    public function read(callable $fn, ?string &$unavailable)
    {
        try {
            return $fn();
        } catch (\Throwable $e) {
            $failure = $this->connector->failure($this->row, $e);
            $cause = $failure->cause();
            $down = ZimbraConnection::isLost($cause);
            $unavailable = $this->admin
                ? Language::_($down ? 'Zimbra.tab.admin_unreachable' : 'Zimbra.tab.admin_unreadable', true,
                    $cause ? $cause->getMessage() : $failure->sentence())
                : Language::_($down ? 'Zimbra.tab.client_unreachable' : 'Zimbra.tab.client_unreadable', true);
            return null;
        }
    }

    /** What a customer is told of a failed action: what they can act on, nothing of the server. */
    private static function customerErrors(\Throwable $failure, array $errors): array
    {
        if (ZimbraConnection::isLost($failure)) {
            return ['api' => ['unavailable' => Language::_('Zimbra.tab.client_unreachable', true)]];
        }
        if ($failure instanceof Zimbra\FaultException) {
            $code = $failure->getFaultCode();
            if (in_array($code, ['account.ACCOUNT_EXISTS', 'account.DISTRIBUTION_LIST_EXISTS', 'account.DOMAIN_EXISTS'], true)) {
                return $errors;  // names only the address the customer typed
            }
            $known = ['account.TOO_MANY_ACCOUNTS' => 'limit', 'account.INVALID_PASSWORD' => 'password',
                'account.PASSWORD_RECENTLY_USED' => 'password', 'account.PASSWORD_CHANGE_TOO_SOON' => 'password'];
            return ['api' => [($known[$code] ?? 'refused') => Language::_('Zimbra.tab.client_fault.' . ($known[$code] ?? 'refused'), true)]];
        }
        return ['api' => ['internal' => Language::_('Zimbra.tab.client_fault.refused', true)]];
    }

    /* ---- authorization --------------------------------------------------------- */

    /** The account, only if it is in this service's domain (and, when given, is this service's own mailbox). */
    public function ownAccount(Zimbra\Client $zimbra, string $domain, string $id, ?string $onlyEmail = null): Zimbra\Account
    {
        $account = Zimbra\Validate::isId($id) ? $zimbra->getAccount($id, ['zimbraMailAlias', 'zimbraAccountStatus']) : null;
        if ($account === null && $onlyEmail !== null) {
            $account = $zimbra->getAccount($onlyEmail, ['zimbraMailAlias', 'zimbraAccountStatus']);
        }
        if ($account === null || !str_ends_with($account->name, '@' . $domain)
                || ($onlyEmail !== null && $account->name !== $onlyEmail)) {
            $this->refuse('account', $id);
        }
        return $account;
    }

    public function ownList(Zimbra\Client $zimbra, string $domain, string $id): Zimbra\DistributionList
    {
        $list = Zimbra\Validate::isId($id) ? $zimbra->getDistributionList($id) : null;
        if ($list === null || !str_ends_with($list->name, '@' . $domain)) {
            $this->refuse('list', $id);
        }
        return $list;
    }

    /** Refuse a forged target: log it, tell the user, change nothing. */
    public function refuse(string $what, string $target): never
    {
        $this->connector->log($this->row, 'refused', json_encode(['target' => $what, 'value' => $target]), 'input', false);
        throw ZimbraFailure::of('authorization', 'authorization.denied');
    }

    /* ---- pages ----------------------------------------------------------------- */

    /**
     * Blesta's own page where a customer buys more of a configurable option of an active service
     * (client_services.php, manageOptions(): services/manageoptions/{id}/, which sends anyone back
     * unless the service is active and has options to change), when the package offers $option.
     * Admins change options in the service's edit form instead: null for them.
     */
    public function buyMoreUrl(string $option): ?string
    {
        if ($this->admin || ($this->service->status ?? 'active') !== 'active' || empty($this->package->id)) {
            return null;
        }
        foreach ($this->options->getByPackageId($this->package->id) as $o) {
            if (($o->name ?? '') === $option) {
                return $this->baseUri . 'services/manageoptions/' . $this->service->id . '/';
            }
        }
        return null;
    }

    /** Build the preauth URL now (Zimbra accepts it for 5 minutes) and redirect, or explain why not. */
    public function webmail(Zimbra\Client $zimbra, string $email, string $domain): ZimbraTabPage
    {
        $account = $zimbra->getAccount($email, ['zimbraAccountStatus']);
        $status = $account?->getStatus() ?? 'missing';
        if ($status !== 'active') {
            return new ZimbraTabPage('tab_message', ['message' => Language::_('Zimbra.webmail.unavailable', true, $email, $status)]);
        }
        $key = $this->call('ensurePreauthKey', ['domain' => $domain], fn () => $zimbra->ensurePreauthKey($domain));
        $url = (new Zimbra\Preauth($key))->url('https://' . (new ZimbraMailHosts($this->row->meta))->webmailHost(), $account->name);
        return new ZimbraTabPage('tab_message', ['message' => Language::_('Zimbra.webmail.redirecting', true), 'link' => $url], $url);
    }

    /**
     * Zimbra refuses a search of more than 5,000 entries, even for one page (reference §5): the
     * page then asks for a narrower search instead of failing.
     */
    public static function tooManyToList($item): bool
    {
        return $item instanceof Zimbra\FaultException && $item->getFaultCode() === 'account.TOO_MANY_SEARCH_RESULTS';
    }

    /** A batch item that came back as a fault is still an error for a page that needs it. */
    public static function throwIfFault(...$items): void
    {
        foreach ($items as $item) {
            if ($item instanceof Zimbra\FaultException) {
                throw $item;
            }
        }
    }
}
