<?php
/**
 * The module's own settings, kept as Blesta module meta and edited on the manage page: the
 * licence key (and the licence server's last signed answer) and the addresses customers may not
 * take on a shared domain.
 *
 * Blesta stores the manage page's $vars as the module's meta once manageModule() returns: it
 * deletes every meta row, then writes $vars (Blesta 5's module manage page: ModuleManager::setMeta()). So on a
 * POST the complete meta goes back in $vars, and nothing is written to the meta directly then.
 */
trait ZimbraSettings
{
    /**
     * Local parts a customer with a mailbox on a shared domain may not take, as a mailbox or an
     * alias: the role mailboxes of RFC 2142 (§3-§5), and those certificate authorities accept as
     * proof of controlling a domain (CA/Browser Forum Baseline Requirements 3.2.2.4.4: admin,
     * administrator, webmaster, hostmaster, postmaster), plus root and mailer-daemon. The admin
     * adds more on the manage page.
     */
    private const ROLE_LOCAL_PARTS = ['abuse', 'admin', 'administrator', 'ftp', 'hostmaster', 'info', 'mailer-daemon',
        'marketing', 'news', 'noc', 'postmaster', 'root', 'sales', 'security', 'support', 'usenet', 'uucp', 'webmaster', 'www'];

    private const SETTINGS = ['license_key' => 1, 'license_answer' => 0, 'reserved_local_parts' => 0];

    public function manageModule($module, array &$vars)
    {
        $loaded = extension_loaded('zimbra');
        $settings = $this->settings($module->id);  // getModule() is null on this page (§16): the id comes from $module
        $before = $settings;
        $posted = !empty($vars);
        $typed = $vars;
        if ($posted) {
            $this->applySettings($settings, $vars);
        }
        $license = $loaded ? $this->licenseState($settings) : null;
        if ($posted) {
            $vars = $this->settingsMeta($settings);
        } elseif ($settings !== $before) {
            $this->ModuleManager->setMeta($module->id, $this->settingsMeta($settings));  // a fresher signed answer
        }
        return $this->render('manage', ['module' => $module, 'extension_loaded' => $loaded, 'license' => $license,
            'usage' => $this->usageByRow($module->id), 'usage_email_url' => $this->usageEmailUrl(),
            'no_mail_host' => array_map(fn ($row) => $row->id, array_filter($module->rows ?? [], fn ($row) => (new ZimbraMailHosts($row->meta))->mailHost() === '')),
            'reserved' => $settings['reserved_local_parts'], 'role_local_parts' => self::ROLE_LOCAL_PARTS,
            'form' => (object) ($posted && $this->Input->errors() ? $typed : [])], true);
    }

    /** The posted form's change, checked; Input errors when it cannot be made. */
    private function applySettings(array &$settings, array $post): void
    {
        $action = (string) ($post['zimbra_action'] ?? '');
        if ($action === 'license_save') {
            $key = trim((string) ($post['license_key'] ?? ''));
            if ($key === '') {
                $this->Input->setErrors(['license_key' => ['empty' => Language::_('Zimbra.!error.license_key.empty', true)]]);
                return;
            }
            $settings['license_key'] = $key;
            $settings['license_answer'] = '';
        } elseif ($action === 'license_remove') {
            $settings['license_key'] = '';
            $settings['license_answer'] = '';
        } elseif ($action === 'reserved_save') {
            $list = array_values(array_unique(array_filter(array_map(fn ($p) => strtolower(trim($p)),
                preg_split('/[\s,]+/', (string) ($post['reserved_local_parts'] ?? ''))), fn ($p) => $p !== '')));
            $bad = array_filter($list, fn ($p) => !$this->isLocalPart($p));
            if ($bad) {
                $this->Input->setErrors(['reserved_local_parts' => ['format' => Language::_('Zimbra.!error.reserved_local_parts.format',
                    true, implode(', ', array_slice($bad, 0, 5)))]]);
                return;
            }
            $settings['reserved_local_parts'] = implode("\n", $list);
        }
    }

    /** @return array{license_key: string, license_answer: string, reserved_local_parts: string} */
    private function settings($moduleId): array
    {
        Loader::loadModels($this, ['ModuleManager']);
        $meta = (array) $this->ModuleManager->getMeta($moduleId);
        $out = [];
        foreach (self::SETTINGS as $key => $encrypted) {
            $out[$key] = (string) ($meta[$key] ?? '');
        }
        return $out;
    }

    /** The complete module meta, as Blesta stores it. */
    private function settingsMeta(array $settings): array
    {
        $out = [];
        foreach (self::SETTINGS as $key => $encrypted) {
            $out[] = ['key' => $key, 'value' => $settings[$key], 'encrypted' => $encrypted];
        }
        return $out;
    }

    /** This module's id: the one Blesta set for the call, or the installed one (tabs, manage page). */
    private function moduleId()
    {
        $module = $this->getModule();
        if ($module) {
            return $module->id;
        }
        Loader::loadModels($this, ['ModuleManager']);
        return $this->ModuleManager->getByClass('zimbra', Configure::get('Blesta.company_id'))[0]->id ?? null;
    }

    /* ---- licence ----------------------------------------------------------- */

    /**
     * The licence status, revalidated through the extension (Zimbra\License): a cached signed
     * answer is reused for a day, and stands while the licence server is down. A new answer
     * goes into $settings for the caller to store.
     */
    private function licenseState(array &$settings): array
    {
        if (!Zimbra\License::isEnforced()) {
            return ['status' => 'valid', 'enforced' => false, 'message' => Language::_('Zimbra.license.community', true)];
        }
        $cached = $settings['license_answer'] !== '' ? $settings['license_answer'] : null;
        $result = Zimbra\License::check($settings['license_key'], $cached);
        if ($settings['license_key'] !== '' && ($result['answer'] ?? null) !== null && $result['answer'] !== $cached) {
            $settings['license_answer'] = $result['answer'];
        }
        return $result;
    }

    /** New provisioning needs a valid licence (tabs and existing services keep working). */
    private function requireLicense(): bool
    {
        $moduleId = $this->moduleId();
        $settings = $this->settings($moduleId);
        $before = $settings;
        $state = $this->licenseState($settings);
        if ($settings !== $before) {
            $this->ModuleManager->setMeta($moduleId, $this->settingsMeta($settings));
        }
        if ($state['status'] !== 'valid') {
            $this->Input->setErrors(['license' => ['required' => Language::_('Zimbra.!error.license.required', true,
                $state['status'], $state['message'])]]);
            return false;
        }
        return true;
    }

    /* ---- reserved addresses ------------------------------------------------ */

    /** A role address (or one the admin reserved) that customers of a shared domain may not take. */
    private function isReservedLocalPart(string $local): bool
    {
        $local = strtolower($local);
        if (in_array($local, self::ROLE_LOCAL_PARTS, true)) {
            return true;
        }
        $extra = preg_split('/\s+/', $this->settings($this->moduleId())['reserved_local_parts'], -1, PREG_SPLIT_NO_EMPTY);
        return in_array($local, $extra, true);
    }
}
