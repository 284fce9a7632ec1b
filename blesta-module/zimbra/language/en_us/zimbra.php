<?php
// Every string of the Zimbra module, in English.

$lang['Zimbra.name'] = 'Zimbra';
$lang['Zimbra.description'] = 'Sell Zimbra mail hosting: whole mail domains or single mailboxes, provisioned through the php-zimbra extension.';
$lang['Zimbra.module_row'] = 'Server';
$lang['Zimbra.module_row_plural'] = 'Servers';
$lang['Zimbra.module_group'] = 'Server Group';

$lang['Zimbra.order_options.first'] = 'First non-full server';
$lang['Zimbra.order_options.roundrobin'] = 'Evenly distribute among servers';

// Manage page and server forms
$lang['Zimbra.manage.module_rows_title'] = 'Servers';
$lang['Zimbra.manage.add_module_row'] = 'Add Server';
$lang['Zimbra.manage.module_rows_heading.label'] = 'Server Label';
$lang['Zimbra.manage.module_rows_heading.host_name'] = 'Hostname';
$lang['Zimbra.manage.module_rows_heading.accounts'] = 'Domains';
$lang['Zimbra.manage.module_rows_heading.tls'] = 'TLS';
$lang['Zimbra.manage.module_rows.no_results'] = 'There are no servers.';
$lang['Zimbra.manage.module_rows.unlimited'] = 'unlimited';
$lang['Zimbra.manage.extension_missing'] = 'The zimbra PHP extension is not loaded. Install it (pecl install zimbra, or pie install) and enable it for the PHP that runs Blesta.';
$lang['Zimbra.add_row.box_title'] = 'Add Zimbra Server';
$lang['Zimbra.edit_row.box_title'] = 'Edit Zimbra Server';
$lang['Zimbra.row_meta.server_label'] = 'Server Label';
$lang['Zimbra.row_meta.host_name'] = 'Hostname';
$lang['Zimbra.row_meta.admin_username'] = 'Admin Username';
$lang['Zimbra.row_meta.admin_password'] = 'Admin Password';
$lang['Zimbra.row_meta.admin_password_keep'] = 'Leave blank to keep the current password.';
$lang['Zimbra.row_meta.use_ssl'] = 'Use SSL';
$lang['Zimbra.row_meta.port'] = 'Admin Port';
$lang['Zimbra.row_meta.account_limit'] = 'Domain Limit';
$lang['Zimbra.row_meta.notes'] = 'Notes';
$lang['Zimbra.row_meta.tls_mode'] = 'Certificate check';
$lang['Zimbra.row_meta.tls_mode.verify'] = 'Verify the certificate (recommended)';
$lang['Zimbra.row_meta.tls_mode.pin'] = 'Trust only this public key (pin)';
$lang['Zimbra.row_meta.tls_mode.insecure'] = 'Do not verify (insecure)';
$lang['Zimbra.row_meta.tls_pin'] = 'Pinned public key';
$lang['Zimbra.add_row.add_btn'] = 'Add Server';
$lang['Zimbra.edit_row.add_btn'] = 'Update Server';

// Server errors
$lang['Zimbra.!error.extension.missing'] = 'The zimbra PHP extension is not loaded, so this module cannot talk to Zimbra. Install and enable it first.';
$lang['Zimbra.!error.server_label.empty'] = 'Please enter a server label.';
$lang['Zimbra.!error.host_name.format'] = 'The hostname must be a valid hostname or IP address.';
$lang['Zimbra.!error.admin_username.empty'] = 'Please enter the admin username.';
$lang['Zimbra.!error.admin_password.empty'] = 'Please enter the admin password.';
$lang['Zimbra.!error.port.format'] = 'The admin port must be a number from 1 to 65535.';
$lang['Zimbra.!error.account_limit.format'] = 'The domain limit must be blank (unlimited) or a whole number.';
$lang['Zimbra.!error.tls_mode.format'] = 'Please choose how the certificate is checked.';
$lang['Zimbra.!error.tls_pin.format'] = 'The pinned key must look like sha256//<44 base64 characters>.';
$lang['Zimbra.!error.admin_password.connection'] = 'Connection failed: %1$s';
$lang['Zimbra.!error.admin_password.auth'] = 'Authentication failed: Zimbra refused %1$s with this password (%2$s).';
$lang['Zimbra.!error.admin_password.tls'] = 'The server certificate could not be verified (%1$s). Choose "Trust only this public key" and enter %2$s to pin it, or "Do not verify".';

// Packages
$lang['Zimbra.package_fields.package_type'] = 'Package Type';
$lang['Zimbra.package_fields.package_type.domain'] = 'Domain';
$lang['Zimbra.package_fields.package_type.mailbox'] = 'Mailbox';
$lang['Zimbra.package_fields.aggregate_quota'] = 'Domain Aggregate Quota (GB)';
$lang['Zimbra.package_fields.max_accounts'] = 'Maximum Accounts';
$lang['Zimbra.package_fields.default_cos'] = 'Default Class of Service';
$lang['Zimbra.package_fields.mailbox_domain'] = 'Mailbox Domain';
$lang['Zimbra.package_fields.cos_id'] = 'Class of Service';
$lang['Zimbra.package_fields.mailbox_quota'] = 'Mailbox Quota (MB)';
$lang['Zimbra.package_fields.suspend_mode'] = 'On suspension';
$lang['Zimbra.package_fields.suspend_mode.closed'] = 'Close (mail bounces)';
$lang['Zimbra.package_fields.suspend_mode.locked'] = 'Lock (no login, mail still delivered)';
$lang['Zimbra.package_fields.cos.zimbra_default'] = 'Zimbra default';
$lang['Zimbra.!error.meta[package_type].valid'] = 'Please choose Domain or Mailbox as the package type.';
$lang['Zimbra.!error.meta[aggregate_quota].format'] = 'The aggregate quota must be a number of GB, 0 for unlimited.';
$lang['Zimbra.!error.meta[max_accounts].format'] = 'Maximum accounts must be blank (unlimited) or a whole number.';
$lang['Zimbra.!error.meta[default_cos].format'] = 'The default class of service must be a Zimbra id.';
$lang['Zimbra.!error.meta[mailbox_domain].format'] = 'The mailbox domain must be a valid domain name.';
$lang['Zimbra.!error.meta[cos_id].format'] = 'The class of service must be a Zimbra id.';
$lang['Zimbra.!error.meta[mailbox_quota].format'] = 'The mailbox quota must be a number of MB, 0 for unlimited.';
$lang['Zimbra.!error.meta[suspend_mode].valid'] = 'Please choose what suspension does.';

// Service fields
$lang['Zimbra.service_field.zimbra_domain'] = 'Domain';
$lang['Zimbra.service_field.zimbra_email_local'] = 'Email Local Part';
$lang['Zimbra.service_field.zimbra_password'] = 'Password';
$lang['Zimbra.service_field.zimbra_password_tooltip'] = 'Leave blank to generate a random secure password.';
$lang['Zimbra.service_field.zimbra_display_name'] = 'Display Name';
$lang['Zimbra.!error.zimbra_domain.format'] = 'Please enter a valid domain name, such as example.com.';
$lang['Zimbra.!error.zimbra_domain.exists'] = 'Domain already exists: %1$s is already on the Zimbra server. Delete it there first, or add the service without the module to import it.';
$lang['Zimbra.!error.zimbra_email_local.format'] = 'The email local part may only contain a-z, 0-9, ".", "_" and "-" (1 to 64 characters), with no dot at either end.';
$lang['Zimbra.!error.zimbra_email.exists'] = 'Email address already exists: %1$s is already used on the Zimbra server.';
$lang['Zimbra.!error.zimbra_display_name.length'] = 'The display name must be 1 to 256 characters long.';
$lang['Zimbra.!error.zimbra_password.length'] = 'The password must be at least 8 characters long.';
$lang['Zimbra.!error.parent_service.required'] = 'There is no domain to create this mailbox on: set a Mailbox Domain on the package, or order the mailbox under a domain service.';
$lang['Zimbra.!error.module_row.missing'] = 'No Zimbra server is available for this service.';
$lang['Zimbra.!error.api.result'] = 'api.result: Zimbra refused the request: %1$s (%2$s).';
$lang['Zimbra.!error.api.connection'] = 'The Zimbra server could not be reached: %1$s';
$lang['Zimbra.!error.api.internal'] = 'The Zimbra module failed unexpectedly: %1$s';
$lang['Zimbra.!error.api.partial'] = 'Cancelling %1$s stopped part-way (%2$s). Nothing was lost on the Blesta side: cancel the service again to finish.';

// Service info
$lang['Zimbra.service_info.domain'] = 'Domain';
$lang['Zimbra.service_info.email'] = 'Email Address';
$lang['Zimbra.service_info.display_name'] = 'Display Name';

// Licence
$lang['Zimbra.license.title'] = 'Licence';
$lang['Zimbra.license.status'] = 'Status';
$lang['Zimbra.license.key'] = 'Licence Key';
$lang['Zimbra.license.save'] = 'Save Key';
$lang['Zimbra.license.remove'] = 'Remove';
$lang['Zimbra.license.community'] = 'Community build: this copy of the zimbra extension was built without a vendor key, so licensing is off.';
$lang['Zimbra.license.status.valid'] = 'valid';
$lang['Zimbra.license.status.invalid'] = 'invalid';
$lang['Zimbra.license.status.unlicensed'] = 'unlicensed';
$lang['Zimbra.license.status.expired'] = 'expired';
$lang['Zimbra.license.status.suspended'] = 'suspended';
$lang['Zimbra.license.status.canceled'] = 'canceled';
$lang['Zimbra.!error.license.required'] = 'license.required: new services cannot be provisioned while the licence is %1$s (%2$s). Enter a valid key on the module\'s manage page.';
