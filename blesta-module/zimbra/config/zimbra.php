<?php
// The default welcome e-mails (Blesta reads Zimbra.email_templates through Module::getEmailTemplate()).
Configure::set('Zimbra.email_templates', [
    'en_us' => [
        'lang' => 'en_us',
        'text' => 'Your mail service is ready.

{% if service.zimbra_email %}Mailbox: {service.zimbra_email}
Password: {service.zimbra_password}
{% else %}Domain: {service.zimbra_domain}
{% endif %}Webmail: https://{module.host_name}/

Please change your password after your first login.',
        'html' => '<p>Your mail service is ready.</p>
{% if service.zimbra_email %}<p>Mailbox: {service.zimbra_email}<br>Password: {service.zimbra_password}</p>
{% else %}<p>Domain: {service.zimbra_domain}</p>
{% endif %}<p>Webmail: <a href="https://{module.host_name}/">https://{module.host_name}/</a></p>
<p>Please change your password after your first login.</p>'
    ]
]);
