<?php
/**
 * The customer's Mailbox settings tab of a mailbox service: the password, and the aliases when
 * the package allows them. Only the service's own mailbox is ever touched.
 */
final class ZimbraMailboxSettingsTab
{
    public function __construct(private readonly ZimbraTabRequest $r, private readonly ZimbraSettings $settings,
        private readonly Services $services)
    {
    }

    public function show(array $post): ZimbraTabPage
    {
        $r = $this->r;
        $f = $r->fields;
        $aliasesAllowed = ($r->package->meta->allow_aliases ?? '1') !== '0';
        $form = $r->posted($post, fn (array $post) => $this->act($post, $aliasesAllowed));
        $unavailable = null;
        $account = $r->read(fn () => $r->client()->getAccount($f->zimbra_account_id ?? $f->zimbra_email,
            ['zimbraMailAlias', 'zimbraAccountStatus']), $unavailable);
        return $r->page('tab_settings', [], ['fields' => $f, 'account' => $account,
            'form' => (object) $form, 'unavailable' => $unavailable, 'aliases_allowed' => $aliasesAllowed]);
    }

    /** @throws ZimbraFailure */
    private function act(array $post, bool $aliasesAllowed): array
    {
        $r = $this->r;
        $f = $r->fields;
        $zimbra = $r->client();
        $account = $r->ownAccount($zimbra, $f->zimbra_domain, (string) ($f->zimbra_account_id ?? ''), $f->zimbra_email);
        if ($post['action'] === 'change_password') {
            ZimbraRules::check(ZimbraRules::password(true), $post);
            // What the customer just typed goes to Zimbra, whatever Blesta has stored: an edit
            // sends only a password that differs from the stored one (blesta-module.md §17), and
            // the customer may be setting back the one Blesta knows after a change in webmail.
            $r->call('setPassword', ['id' => $account->id, 'password' => '***'], fn () => $zimbra->setPassword($account->id, $post['password']));
            // Then Blesta records it through Services::edit, as Blesta modules do, without Zimbra again.
            $this->services->edit($r->service->id, ['zimbra_password' => $post['password'], 'use_module' => 'false']);
            if (($errors = $this->services->errors())) {
                $r->connection()->log('record-password', json_encode(['errors' => $errors]), 'output', false);
            }
            $r->message('success', Language::_('Zimbra.!success.password_saved', true, $account->name));
            return [];
        }
        if ($post['action'] === 'add_alias' && !$aliasesAllowed) {
            throw ZimbraFailure::of('alias_local', 'aliases.not_allowed');
        }
        // A mailbox not on a domain service of the customer's is on a shared domain (see Zimbra::serviceRow()).
        (new ZimbraAliases($r, empty($f->zimbra_module_row) ? $this->settings : null))->act($zimbra, $f->zimbra_domain, $account, $post);
        return [];
    }
}
