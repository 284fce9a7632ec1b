<?php
/**
 * What the module sets up in Blesta beside its rows: the usage task (CronTasks) and the warning
 * mail's template (EmailGroups, Emails), made by install(), brought up to date by upgrade() for
 * every company that has the module, and removed by uninstall() with the last instance.
 */
final class ZimbraInstall
{
    public const CRON_USAGE = 'zimbra_usage';
    public const EMAIL_USAGE_WARNING = 'Zimbra.usage_warning';

    /** The task's default interval in minutes; the admin changes it on Blesta's Automation page. */
    private const CRON_INTERVAL = 360;

    /** The address 0.2.0 gave the template: a domain nobody owns. */
    private const PLACEHOLDER_FROM = 'support@mydomain.com';

    /** The 0.2.0 default's bodies, to tell a template nobody edited (whitespace aside). */
    private const USAGE_TEMPLATE_0_2_0 = [
        'text' => "Hello {client.first_name},\n\nYour mail service {service_name} has reached {usage.percent}% of a limit:\n"
            . "storage {usage.used_gb} GB of {usage.limit_gb} GB, mailboxes {usage.mailboxes} of {usage.max_mailboxes}.\n\n"
            . "When a limit is reached, new mail or new mailboxes are refused. You can add storage or mailboxes\n"
            . "to your plan from your client area, or free some space.",
        'html' => "<p>Hello {client.first_name},</p>\n<p>Your mail service {service_name} has reached {usage.percent}% of a limit:<br>\n"
            . "storage {usage.used_gb} GB of {usage.limit_gb} GB, mailboxes {usage.mailboxes} of {usage.max_mailboxes}.</p>\n"
            . "<p>When a limit is reached, new mail or new mailboxes are refused. You can add storage or mailboxes\n"
            . "to your plan from your client area, or free some space.</p>",
    ];

    public function __construct(private readonly ModuleManager $modules, private readonly CronTasks $tasks,
        private readonly EmailGroups $groups, private readonly Emails $emails, private readonly Languages $languages,
        private readonly Companies $companies, private readonly ZimbraRowUpkeep $upkeep)
    {
    }

    /** The task and the mail template, for the current company. */
    public function install(): void
    {
        $this->addUsageTask();
        $this->addUsageEmail();
    }

    /**
     * Each step brings stored rows from the versions before it, oldest first; steps are
     * idempotent, so an upgrade that stopped can run again.
     */
    public function upgrade(string $from): void
    {
        foreach ($this->upgradeSteps() as $version => $step) {
            if (version_compare($from, $version, '<')) {
                $step();
            }
        }
    }

    /** @return array<string, callable> the version each step brings rows up to, oldest first */
    private function upgradeSteps(): array
    {
        return [
            // Rows saved by pre-release builds had no TLS mode: they get the secure default, spelled out.
            '0.1.0' => function () {
                foreach ($this->modules->getByClass('zimbra') as $module) {  // every company's install
                    foreach ($this->modules->getRows($module->id) as $row) {
                        if (!isset($row->meta->tls_mode)) {
                            $this->upkeep->keep($row, ['tls_mode' => 'verify']);
                        }
                    }
                }
            },
            // The usage task and the warning mail came with 0.2.0, for every company that has the
            // module; 0.3.0 adds what 0.2.0 made for the upgrading company only, and sends the
            // mail from each company's own domain.
            '0.3.0' => fn () => $this->forEachCompany(fn () => $this->install()),
        ];
    }

    public function uninstall(bool $lastInstance): void
    {
        if (!$lastInstance) {
            return;
        }
        if (($task = $this->tasks->getByKey(self::CRON_USAGE, 'zimbra', 'module'))) {
            $this->tasks->deleteTask($task->id, 'module', 'zimbra');
        }
        if (($group = $this->groups->getByAction(self::EMAIL_USAGE_WARNING))) {
            $this->groups->delete($group->id);
        }
    }

    /**
     * Where the admin edits the warning mail in Blesta. Blesta's list of templates names a group
     * only by its own language files, which a module cannot add to (blesta-module.md §17): the
     * module's page links to the template instead. Null when the template is missing.
     */
    public function usageEmailUrl(string $baseUri): ?string
    {
        $group = $this->groups->getByAction(self::EMAIL_USAGE_WARNING);
        return $group ? $baseUri . 'settings/company/emails/edittemplate/' . $group->id . '/' : null;
    }

    /**
     * CronTasks->add() (the task is Blesta-wide) and, for the current company, addTaskRun();
     * whatever an earlier install made is kept.
     */
    private function addUsageTask(): void
    {
        $task = ['key' => self::CRON_USAGE, 'task_type' => 'module', 'dir' => 'zimbra', 'type' => 'interval',
            'name' => Language::_('Zimbra.cron.usage_name', true), 'description' => Language::_('Zimbra.cron.usage_description', true)];
        $id = $this->tasks->add($task) ?: ($this->tasks->getByKey($task['key'], $task['dir'], $task['task_type'])->id ?? null);
        if ($id && !$this->tasks->getTaskRunByKey($task['key'], $task['dir'], false, $task['task_type'])) {
            $this->tasks->addTaskRun($id, ['interval' => self::CRON_INTERVAL, 'enabled' => 1]);
        }
    }

    /**
     * The warning mail's group (Blesta-wide) and, for the current company and each of its
     * languages, its default template (config/zimbra.php) sent from the company's own domain.
     * Templates an earlier install made are kept, but one still sent from the placeholder domain
     * of 0.2.0 gets the company's, and a text nobody edited follows the default.
     */
    private function addUsageEmail(): void
    {
        Configure::load('zimbra', __DIR__ . DS . '..' . DS . 'config' . DS);
        $template = Configure::get('Zimbra.usage_warning_email');
        $group = $this->groups->getByAction(self::EMAIL_USAGE_WARNING);
        $groupId = $group ? $group->id : $this->groups->add(['action' => self::EMAIL_USAGE_WARNING, 'type' => 'client',
            'plugin_dir' => null, 'tags' => $template['tags']]);
        if ($group && $group->tags !== $template['tags']) {
            $this->groups->edit($group->id, ['tags' => $template['tags']]);  // the tag list the editor shows
        }
        $company = Configure::get('Blesta.company_id');
        $from = self::companyAddress((string) $template['from']);
        foreach ($this->languages->getAll($company) as $language) {
            $email = $this->emails->getByGroupId($groupId, $language->code);
            if (!$email) {
                $this->emails->add(['email_group_id' => $groupId, 'company_id' => $company, 'lang' => $language->code,
                    'from' => $from, 'from_name' => $template['from_name'], 'subject' => $template['subject'],
                    'text' => $template['text'], 'html' => $template['html']]);
                continue;
            }
            $changes = [];
            if ($email->from === self::PLACEHOLDER_FROM) {
                $changes['from'] = $from;
            }
            // 0.2.0's said "of Unlimited GB" and "mailboxes 1 of Unlimited" for a single mailbox.
            foreach (['text', 'html'] as $part) {
                if (self::normalised((string) ($email->$part ?? '')) === self::normalised(self::USAGE_TEMPLATE_0_2_0[$part])) {
                    $changes[$part] = $template[$part];
                }
            }
            if ($changes) {
                $this->emails->edit($email->id, $changes + (array) $email);
            }
        }
    }

    private static function normalised(string $text): string
    {
        return trim(preg_replace('/\s+/', ' ', $text));
    }

    /**
     * An address of the current company's own domain: Blesta's own extensions write their
     * templates' From as user@mydomain.com and put the company's hostname in (support_manager's
     * install(), Configure's Blesta.company).
     */
    private static function companyAddress(string $from): string
    {
        $hostname = strtolower(trim((string) (Configure::get('Blesta.company')->hostname ?? '')));
        return $hostname !== '' ? preg_replace('/@mydomain\.com$/', '@' . $hostname, $from) : $from;
    }

    /**
     * Run $step once for every company that has the module installed, as that company: Blesta
     * runs a module's upgrade() once, for the company of the admin who runs it (blesta-module.md
     * §17), and models such as CronTasks::addTaskRun() work for the current company only.
     */
    private function forEachCompany(callable $step): void
    {
        $companyId = Configure::get('Blesta.company_id');
        $company = Configure::get('Blesta.company');
        try {
            foreach (array_unique(array_map(fn ($m) => (int) $m->company_id, $this->modules->getByClass('zimbra'))) as $id) {
                Configure::set('Blesta.company_id', $id);
                Configure::set('Blesta.company', $this->companies->get($id) ?: $company);
                $step();
            }
        } finally {
            Configure::set('Blesta.company_id', $companyId);
            Configure::set('Blesta.company', $company);
        }
    }
}
