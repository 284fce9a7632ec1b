<?php
/**
 * The module's own settings, kept as Blesta module meta and edited on the manage page: the
 * licence key (and the licence server's last signed answer) and the addresses customers may not
 * take on a shared domain.
 *
 * Blesta stores the manage page's $vars as the module's meta once manageModule() returns: it
 * deletes every meta row, then writes $vars (Blesta 5's module manage page: ModuleManager::setMeta()).
 * So on a POST the complete meta goes back in $vars (meta()), and nothing is written directly then.
 */
final class ZimbraSettings
{
    /**
     * Local parts a customer with a mailbox on a shared domain may not take, as a mailbox or an
     * alias: the role mailboxes of RFC 2142 (§3-§5), and those certificate authorities accept as
     * proof of controlling a domain (CA/Browser Forum Baseline Requirements 3.2.2.4.4: admin,
     * administrator, webmaster, hostmaster, postmaster), plus root and mailer-daemon. The admin
     * adds more on the manage page.
     */
    public const ROLE_LOCAL_PARTS = ['abuse', 'admin', 'administrator', 'ftp', 'hostmaster', 'info', 'mailer-daemon',
        'marketing', 'news', 'noc', 'postmaster', 'root', 'sales', 'security', 'support', 'usenet', 'uucp', 'webmaster', 'www'];

    /** The stored keys; 1 marks what Blesta keeps encrypted. */
    private const SETTINGS = ['license_key' => 1, 'license_answer' => 0, 'reserved_local_parts' => 0];

    /** @var array{license_key: string, license_answer: string, reserved_local_parts: string} */
    private array $values;
    private array $stored;

    public function __construct(private readonly ModuleManager $modules, private readonly int|string|null $moduleId)
    {
        $meta = $moduleId === null ? [] : (array) $modules->getMeta($moduleId);
        $values = [];
        foreach (self::SETTINGS as $key => $encrypted) {
            $values[$key] = (string) ($meta[$key] ?? '');
        }
        $this->values = $this->stored = $values;
    }

    /** The settings of $module, or when Blesta set none for the call (tabs, manage page), of the installed module. */
    public static function of(ModuleManager $modules, ?object $module): self
    {
        $id = $module->id ?? ($modules->getByClass('zimbra', Configure::get('Blesta.company_id'))[0]->id ?? null);
        return new self($modules, $id);
    }

    public function get(string $key): string
    {
        return $this->values[$key];
    }

    /**
     * The manage page's posted change, checked (zimbra_action: license_save, license_remove, reserved_save).
     *
     * @throws ZimbraFailure when it cannot be made; nothing changes then
     */
    public function apply(array $post): void
    {
        $action = (string) ($post['zimbra_action'] ?? '');
        if ($action === 'license_save') {
            $key = trim((string) ($post['license_key'] ?? ''));
            if ($key === '') {
                throw ZimbraFailure::of('license_key', 'license_key.empty');
            }
            $this->values['license_key'] = $key;
            $this->values['license_answer'] = '';
        } elseif ($action === 'license_remove') {
            $this->values['license_key'] = '';
            $this->values['license_answer'] = '';
        } elseif ($action === 'reserved_save') {
            $list = array_values(array_unique(array_filter(array_map(fn ($p) => strtolower(trim($p)),
                preg_split('/[\s,]+/', (string) ($post['reserved_local_parts'] ?? ''))), fn ($p) => $p !== '')));
            $bad = array_filter($list, fn ($p) => !ZimbraRules::isLocalPart($p));
            if ($bad) {
                throw ZimbraFailure::of('reserved_local_parts', 'reserved_local_parts.format', [implode(', ', array_slice($bad, 0, 5))]);
            }
            $this->values['reserved_local_parts'] = implode("\n", $list);
        }
    }

    /** The complete module meta, as Blesta stores it. */
    public function meta(): array
    {
        $out = [];
        foreach (self::SETTINGS as $key => $encrypted) {
            $out[] = ['key' => $key, 'value' => $this->values[$key], 'encrypted' => $encrypted];
        }
        return $out;
    }

    /** Store what changed since the settings were read (a fresher signed licence answer). */
    public function saveChanges(): void
    {
        if ($this->values !== $this->stored && $this->moduleId !== null) {
            $this->modules->setMeta($this->moduleId, $this->meta());
            $this->stored = $this->values;
        }
    }

    /* ---- licence ----------------------------------------------------------- */

    /**
     * The licence status, revalidated through the extension (Zimbra\License): a cached signed
     * answer is reused for a day, and stands while the licence server is down. A new answer is
     * kept in these settings (saveChanges() or meta() stores it).
     */
    public function licenseState(): array
    {
        if (!Zimbra\License::isEnforced()) {
            return ['status' => 'valid', 'enforced' => false, 'message' => Language::_('Zimbra.license.community', true)];
        }
        $cached = $this->values['license_answer'] !== '' ? $this->values['license_answer'] : null;
        $result = Zimbra\License::check($this->values['license_key'], $cached);
        if ($this->values['license_key'] !== '' && ($result['answer'] ?? null) !== null && $result['answer'] !== $cached) {
            $this->values['license_answer'] = $result['answer'];
        }
        return $result;
    }

    /**
     * New provisioning needs a valid licence (tabs and existing services keep working).
     *
     * @throws ZimbraFailure when the licence is not valid
     */
    public function requireLicense(): void
    {
        $state = $this->licenseState();
        $this->saveChanges();
        if ($state['status'] !== 'valid') {
            throw ZimbraFailure::of('license', 'license.required', [$state['status'], $state['message']]);
        }
    }

    /* ---- reserved addresses ------------------------------------------------ */

    /** A role address (or one the admin reserved) that customers of a shared domain may not take. */
    public function isReservedLocalPart(string $local): bool
    {
        $local = strtolower($local);
        return in_array($local, self::ROLE_LOCAL_PARTS, true)
            || in_array($local, preg_split('/\s+/', $this->values['reserved_local_parts'], -1, PREG_SPLIT_NO_EMPTY), true);
    }
}
