<?php
/**
 * A Blesta 5 stand-in: its database, its session (with the CSRF token), its models
 * (ModuleManager, Services, Packages) and the controllers that put the module on a page.
 * PHPUnit drives it in process (tests/blesta/Browser.php); the browser suite serves the same
 * pages with `php -S` (tests/e2e/router.php), keeping the database in a JSON file between
 * requests as Blesta keeps it in MySQL. Behaviour is copied from
 * ../shared/reference/blesta-module.md; each part names the fact it copies.
 */
final class Blesta
{
    public const MODULE_ID = 1;

    private static ?Blesta $app = null;

    /** The tables: module_meta, rows, groups, packages, services, logs, session, ids. */
    public array $db;
    public ModuleManager $ModuleManager;
    public Services $Services;
    public Packages $Packages;
    public PackageOptions $PackageOptions;
    public CronTasks $CronTasks;
    public EmailGroups $EmailGroups;
    public Emails $Emails;
    public Languages $Languages;
    public Clients $Clients;
    public Companies $Companies;

    /** The client every harness order is for, as Clients->get() gives it. */
    public const CLIENT = ['id' => 1, 'first_name' => 'Jane', 'last_name' => 'Customer', 'email' => 'jane@customer.example',
        'settings' => ['language' => 'en_us']];
    /** The company of a new install: its hostname is the domain Blesta is served on. */
    public const COMPANY = ['id' => 1, 'name' => 'Example Hosting', 'hostname' => 'billing.hosting.example'];
    /** The module object of the last moduleRpc(), for tests that look at it after a call. */
    public ?Zimbra $lastModule = null;
    /** The client logged in to the client area. */
    public int $clientId = 1;
    /** The module class Modules->create() makes: a test may give a subclass (a shorter timeout, say). */
    public string $moduleClass = Zimbra::class;

    private function __construct(private ?string $stateFile)
    {
        $this->db = $stateFile !== null && is_file($stateFile) ? json_decode(file_get_contents($stateFile), true) : self::emptyDb();
        $this->setCompany(1);
        $this->ModuleManager = new ModuleManager($this);
        $this->Services = new Services($this);
        $this->Packages = new Packages($this);
        $this->PackageOptions = new PackageOptions($this);
        $this->CronTasks = new CronTasks($this);
        $this->EmailGroups = new EmailGroups($this);
        $this->Emails = new Emails($this);
        $this->Languages = new Languages($this);
        $this->Clients = new Clients($this);
        $this->Companies = new Companies($this);
    }

    /**
     * The company Blesta serves this request for: Configure's Blesta.company_id and Blesta.company
     * (its record, hostname included), which models such as CronTasks::addTaskRun() read.
     */
    public function setCompany(int $companyId): void
    {
        Configure::set('Blesta.company_id', $companyId);
        Configure::set('Blesta.company', (object) $this->db['companies'][$companyId]);
    }

    /** A fresh Blesta (a new install), or the one whose database is in $stateFile. */
    public static function boot(?string $stateFile = null): self
    {
        return self::$app = new self($stateFile);
    }

    public static function app(): self
    {
        return self::$app ??= new self(null);
    }

    public function save(): void
    {
        if ($this->stateFile !== null) {
            $this->saveTo($this->stateFile);
        }
    }

    /** Write the database to $file, for another process (a driver, the browser suite's router) to boot from. */
    public function saveTo(string $file): void
    {
        file_put_contents($file, json_encode($this->db, JSON_PRETTY_PRINT), LOCK_EX);
    }

    private static function emptyDb(): array
    {
        return ['modules' => [self::MODULE_ID => ['id' => self::MODULE_ID, 'class' => 'zimbra', 'company_id' => 1,
                'version' => json_decode(file_get_contents(BLESTA_ROOT . DS . 'components' . DS . 'modules' . DS . 'zimbra' . DS
                    . 'config.json'))->version]],
            'companies' => [1 => self::COMPANY],
            'module_meta' => [], 'rows' => [], 'groups' => [], 'packages' => [], 'services' => [], 'logs' => [],
            'package_options' => [], 'cron_tasks' => [], 'cron_task_runs' => [], 'cron_log' => [],
            'email_groups' => [], 'emails' => [], 'sent_emails' => [], 'clients' => [1 => self::CLIENT],
            'session' => ['csrf' => bin2hex(random_bytes(16)), 'flash' => []],
            'ids' => ['modules' => 1, 'companies' => 1, 'rows' => 0, 'groups' => 0, 'packages' => 0, 'services' => 0, 'package_options' => 0,
                'cron_tasks' => 0, 'cron_task_runs' => 0, 'email_groups' => 0, 'emails' => 0]];
    }

    public function nextId(string $table): int
    {
        return ++$this->db['ids'][$table];
    }

    /** Modules->create(): a module object; the caller sets the module and row if it has them (§16). */
    public function newModule(): Zimbra
    {
        $module = new ($this->moduleClass)();
        $module->base_uri = '/admin/';
        return $module;
    }

    /** The session's CSRF token, as Form::create() writes it and AppController checks it (§16). */
    public function csrfToken(): string
    {
        return $this->db['session']['csrf'];
    }

    /** Logs->addModule(): the module log (§10). */
    public function addModuleLog(array $entry): void
    {
        $entry += ['group' => 'harness', 'date' => gmdate('c')];
        $this->db['logs'][] = $entry;
        blesta_audit('log', $entry);
    }

    /** The module log as [url, data, direction, success] rows. */
    public function logs(): array
    {
        return array_map(fn ($e) => [$e['url'], $e['data'], $e['direction'], $e['status'] === 'success'], $this->db['logs']);
    }

    /** systemEncrypt()/systemDecrypt() stand-ins: stored values are not readable as they are (§6). */
    public static function encrypt(string $value): string
    {
        return 'ENC:' . base64_encode(strrev($value));
    }

    public static function decrypt(string $value): string
    {
        return str_starts_with($value, 'ENC:') ? strrev(base64_decode(substr($value, 4))) : $value;
    }

    /** One HTTP request to the admin or client area. */
    public function request(string $method, string $uri, array $post = []): BlestaResponse
    {
        return (new BlestaControllers($this))->dispatch(strtoupper($method), $uri, $post);
    }
}

final class BlestaResponse
{
    /** @param array<int, array{0: string, 1: string}> $messages [type, text] as the page shows them */
    public function __construct(public int $status, public string $body, public array $headers = [], public array $messages = [])
    {
    }

    public function location(): ?string
    {
        return $this->headers['Location'] ?? null;
    }

    public function messages(string $type): array
    {
        return array_values(array_map(fn ($m) => $m[1], array_filter($this->messages, fn ($m) => $m[0] === $type)));
    }
}
