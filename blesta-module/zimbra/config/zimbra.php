<?php
// The default welcome e-mails (Blesta reads Zimbra.email_templates through Module::getEmailTemplate()).
// Webmail is where customers log in, the server form's webmail host, else its mail host, else the
// admin Hostname (the same order the module's "Log in to webmail" link follows: ZimbraMailHosts::webmailHost()).
Configure::set('Zimbra.email_templates', [
    'en_us' => [
        'lang' => 'en_us',
        'text' => 'Your mail service is ready.

{% if service.zimbra_email %}Mailbox: {service.zimbra_email}
Password: {service.zimbra_password}
{% else %}Domain: {service.zimbra_domain}
{% endif %}Webmail: https://{% if module.webmail_host %}{module.webmail_host}{% else %}{% if module.mx_host %}{module.mx_host}{% else %}{module.host_name}{% endif %}{% endif %}/

Please change your password after your first login.',
        'html' => '<p>Your mail service is ready.</p>
{% if service.zimbra_email %}<p>Mailbox: {service.zimbra_email}<br>Password: {service.zimbra_password}</p>
{% else %}<p>Domain: {service.zimbra_domain}</p>
{% endif %}{% if module.webmail_host %}<p>Webmail: <a href="https://{module.webmail_host}/">https://{module.webmail_host}/</a></p>
{% else %}{% if module.mx_host %}<p>Webmail: <a href="https://{module.mx_host}/">https://{module.mx_host}/</a></p>
{% else %}<p>Webmail: <a href="https://{module.host_name}/">https://{module.host_name}/</a></p>
{% endif %}{% endif %}
<p>Please change your password after your first login.</p>'
    ]
]);

// The usage warning's default template (made by install(); the admin edits it in Blesta's email
// settings, through the link on the module's page). From: @mydomain.com becomes the company's own
// hostname, as in Blesta's own extensions. Tags: {client.first_name} and the client's other fields, {service_name} (the domain
// or the address), {usage.percent}, {usage.summary} (the figures in words: "4.6 GB of 5 GB of
// storage, 12 of 15 mailboxes"; a mailbox service names its storage only), and the bare figures
// {usage.used_gb}, {usage.limit_gb}, {usage.mailboxes} and {usage.max_mailboxes}.
Configure::set('Zimbra.usage_warning_email', [
    'tags' => '{client.first_name},{client.last_name},{service_name},{usage.percent},{usage.summary},{usage.used_gb},'
        . '{usage.limit_gb},{usage.mailboxes},{usage.max_mailboxes}',
    'from' => 'support@mydomain.com',
    'from_name' => 'Mail hosting',
    'subject' => 'Your mail service {service_name} is nearly full',
    'text' => 'Hello {client.first_name},

Your mail service {service_name} has reached {usage.percent}% of a limit:
{usage.summary}.

When a limit is reached, new mail or new mailboxes are refused. You can add storage or mailboxes
to your plan from your client area, or free some space.',
    'html' => '<p>Hello {client.first_name},</p>
<p>Your mail service {service_name} has reached {usage.percent}% of a limit:<br>
{usage.summary}.</p>
<p>When a limit is reached, new mail or new mailboxes are refused. You can add storage or mailboxes
to your plan from your client area, or free some space.</p>',
]);
