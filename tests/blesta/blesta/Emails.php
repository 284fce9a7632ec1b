<?php
/**
 * app/models/email_groups.php, emails.php and languages.php as an extension that brings its own
 * mail uses them (read 2026-11-28 in official plugins' install(): support_manager, order):
 *  - EmailGroups::getByAction($action) finds a group; add(['action','type','plugin_dir','tags'])
 *    makes one ('tags' is the comma-separated list the template editor offers); edit($id, $vars)
 *    updates the fields given of action, type, notice_type, plugin_dir and tags (app/models/
 *    email_groups.php, "Updates an email group": Record->update with that field list, every rule
 *    if_set, and the group must exist);
 *  - Emails::add() stores one template per group, company and language (from, from_name,
 *    subject, text, html, status); the admin edits it in Blesta's email settings;
 *  - Emails::send($action, $company_id, $lang, $to, $tags) renders the company's template of
 *    that action in that language with the tags and sends it; an inactive template sends nothing;
 *  - Languages::getAll($company_id) lists the installed languages (code, name).
 * Sent mail is kept in the database (sent_emails) instead of going out.
 */
final class EmailGroups extends BlestaModel
{
    public function getByAction($action)
    {
        foreach ($this->app->db['email_groups'] as $g) {
            if ($g['action'] === $action) {
                return (object) $g;
            }
        }
        return false;
    }

    public function add(array $vars)
    {
        $id = $this->app->nextId('email_groups');
        $this->app->db['email_groups'][$id] = ['id' => $id, 'action' => (string) $vars['action'], 'type' => (string) $vars['type'],
            'plugin_dir' => $vars['plugin_dir'] ?? null, 'tags' => (string) ($vars['tags'] ?? '')];
        return $id;
    }

    public function edit($group_id, array $vars): void
    {
        if (!isset($this->app->db['email_groups'][(int) $group_id])) {
            $this->Input->setErrors(['group_id' => ['exists' => 'Invalid email group ID.']]);
            return;
        }
        foreach (array_intersect_key($vars, array_flip(['action', 'type', 'notice_type', 'plugin_dir', 'tags'])) as $k => $v) {
            $this->app->db['email_groups'][(int) $group_id][$k] = $v;
        }
    }

    public function delete($group_id): void
    {
        unset($this->app->db['email_groups'][(int) $group_id]);
        $this->app->db['emails'] = array_filter($this->app->db['emails'], fn ($e) => $e['email_group_id'] !== (int) $group_id);
    }
}

final class Emails extends BlestaModel
{
    public function add(array $vars)
    {
        $id = $this->app->nextId('emails');
        $this->app->db['emails'][$id] = ['id' => $id, 'email_group_id' => (int) $vars['email_group_id'], 'company_id' => (int) $vars['company_id'],
            'lang' => (string) $vars['lang'], 'from' => (string) $vars['from'], 'from_name' => (string) ($vars['from_name'] ?? ''),
            'subject' => (string) $vars['subject'], 'text' => (string) ($vars['text'] ?? ''), 'html' => (string) ($vars['html'] ?? ''),
            'status' => (string) ($vars['status'] ?? 'active')];
        return $id;
    }

    /**
     * The template of a group in a language, for the current company (Emails::getByGroupId($group_id,
     * $lang = null): where emails.company_id is Configure's Blesta.company_id; app/models/emails.php,
     * hosterpk/whmcs_blesta 95344ce, read 2026-12-06).
     */
    public function getByGroupId($group_id, $lang = null)
    {
        $lang ??= 'en_us';
        foreach ($this->app->db['emails'] as $e) {
            if ($e['email_group_id'] === (int) $group_id && $e['company_id'] === (int) Configure::get('Blesta.company_id')
                    && $e['lang'] === $lang) {
                return (object) $e;
            }
        }
        return false;
    }

    /** The admin's edit of a template (subject, text, html, status). */
    public function edit($email_id, array $vars): void
    {
        foreach (['subject', 'text', 'html', 'status', 'from', 'from_name'] as $k) {
            if (isset($vars[$k])) {
                $this->app->db['emails'][(int) $email_id][$k] = (string) $vars[$k];
            }
        }
    }

    public function send($action, $company_id, $lang, $to, ?array $tags = null, $cc = null, $bcc = null, ?array $attachments = null, ?array $options = null): bool
    {
        $group = $this->app->EmailGroups->getByAction($action);
        $email = false;
        foreach ($group ? $this->app->db['emails'] : [] as $e) {
            if ($e['email_group_id'] === $group->id && $e['company_id'] === (int) $company_id && $e['lang'] === $lang) {
                $email = (object) $e;
            }
        }
        if (!$email) {
            $this->Input->setErrors(['action' => ['exists' => 'No email template for ' . $action]]);
            return false;
        }
        if ($email->status !== 'active') {
            return false;
        }
        $sent = ['to' => $to, 'from' => $email->from, 'subject' => self::render($email->subject, (array) $tags),
            'text' => self::render($email->text, (array) $tags), 'html' => self::render($email->html, (array) $tags), 'action' => $action];
        $this->app->db['sent_emails'][] = $sent;
        blesta_audit('emails', $sent);
        return true;
    }

    /** {name} and {name.field} tags; an unknown tag is left empty, as Blesta's parser leaves it. */
    private static function render(string $template, array $tags): string
    {
        return preg_replace_callback('/\{\s*([a-z_][a-z0-9_]*)(?:\.([a-z_][a-z0-9_]*))?\s*\}/i', function ($m) use ($tags) {
            $value = $tags[$m[1]] ?? null;
            if (isset($m[2])) {  // an unmatched last group is left out of $m
                $value = is_object($value) ? ($value->{$m[2]} ?? null) : (is_array($value) ? ($value[$m[2]] ?? null) : null);
            }
            return is_scalar($value) ? (string) $value : '';
        }, $template);
    }
}

/**
 * The admin's email templates page (app/controllers/admin_company_emails.php templates() and its
 * view admin_company_emails_templates.pdt, hosterpk/whmcs_blesta 95344ce, read 2026-12-06): core
 * groups (plugin_dir null) are listed with the name Language::_('AdminCompanyEmails.templates.'
 * . action . '_name'), looked up in Blesta's own language files, where a module's key is not;
 * Blesta's config has Language.allow_pass_through false, so a missing key is an empty name, and
 * the link on it has no text to click. Groups with a plugin_dir are listed only for a plugin
 * installed in the company (an inner join on plugins.dir): a module's never.
 *
 * @return list<array{group_id: int, name: string, action: string, edit: string}> the rows of the core list
 */
final class EmailTemplatesPage
{
    /** Keys Blesta's core language files define for its own groups (a few, as the page needs). */
    private const CORE_NAMES = ['service_suspension' => 'Service Suspension', 'service_creation' => 'Service Creation'];

    public static function coreRows(Blesta $app): array
    {
        $rows = [];
        foreach ($app->db['email_groups'] as $g) {
            if ($g['plugin_dir'] !== null) {
                continue;  // no plugin of that dir is installed in the harness
            }
            $hasTemplate = (bool) array_filter($app->db['emails'], fn ($e) => $e['email_group_id'] === $g['id']
                && $e['company_id'] === (int) Configure::get('Blesta.company_id'));
            if ($hasTemplate) {
                $rows[] = ['group_id' => $g['id'], 'name' => self::CORE_NAMES[$g['action']] ?? '', 'action' => $g['action'],
                    'edit' => '/admin/settings/company/emails/edittemplate/' . $g['id'] . '/'];
            }
        }
        return $rows;
    }
}

final class Languages extends BlestaModel
{
    /** The company's installed languages (a test may install more: db['languages']). */
    public function getAll($company_id): array
    {
        $names = ['en_us' => 'English, US', 'fr_fr' => 'French, France'];
        return array_map(fn ($code) => (object) ['code' => $code, 'name' => $names[$code] ?? $code, 'company_id' => (int) $company_id],
            $this->app->db['languages'] ?? ['en_us']);
    }
}
