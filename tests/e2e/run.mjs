// Browser tests of the Blesta module: Debian's Chromium, driven by playwright-core, against the
// Blesta stand-in of tests/blesta served by `php -S` (router.php) and the Zimbra simulator.
// An admin adds the server and a group and makes the packages through the pages; services are
// ordered through Blesta's Services model (order.php); then every tab is used as admin and client,
// with Blesta's CSRF token checked, and shown in every state: normal, empty, at the limit,
// validation error, Zimbra down, Zimbra slow. Prints "e2e: N passed, N failed" and saves a
// screenshot of each page and state (ZIMBRA_E2E_SCREENSHOTS; docs/screenshots holds a set).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const shots = process.env.ZIMBRA_E2E_SCREENSHOTS || join(repo, '.test-output', 'screenshots');
const php = process.env.PHP || 'php';
const extension = join(repo, 'modules', 'zimbra.so');
const work = mkdtempSync(join(tmpdir(), 'zimbra-e2e-'));
const state = join(work, 'state.json');
const env = { ...process.env, ZIMBRA_E2E_STATE: state };
mkdirSync(shots, { recursive: true });
// The set is exactly what this run draws: a page no longer drawn leaves no picture behind.
for (const f of readdirSync(shots)) {
  if (f.endsWith('.png') || f === 'manifest.json') rmSync(join(shots, f));
}

let passed = 0, failed = 0;
const children = [];
const CSRF_ERROR = 'Invalid CSRF token. Please reload the page and try again.';
const CLIENT_DOWN = 'Your mail service cannot be reached right now. Please try again in a few minutes.';

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

function startSimulator() {
  return new Promise((resolve, reject) => {
    const args = [join(repo, 'tests', 'zimbra-sim', 'run'), '--port', '0'];
    if (process.env.ZIMBRA_SIM_RECORD) args.push('--record', process.env.ZIMBRA_SIM_RECORD);
    // Its stderr is the suite's: an internal error's trace lands in the log.
    const sim = spawn('python3', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(sim);
    const info = {};
    let buf = '';
    sim.stdout.on('data', (d) => {
      buf += d;
      for (const line of buf.split('\n')) {
        const [k, v] = line.split(' ');
        if (k && v) info[k] = v;
      }
      if (info.control) resolve(info);
    });
    sim.on('exit', () => reject(new Error('the simulator stopped')));
  });
}

async function waitForHttp(url) {
  for (let i = 0; i < 300; i++) {
    try { await fetch(url); return; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  throw new Error(`nothing answers at ${url}`);
}

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
  }
}

function expect(cond, what) {
  if (!cond) throw new Error(what);
}

async function main() {
  const sim = await startSimulator();
  const control = async (path, body) => (await fetch(sim.control + path, body === undefined ? {} :
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json();
  const port = sim.listening.split(':').pop();
  const pin = execFileSync(php, ['-r', `$d = openssl_pkey_get_details(openssl_pkey_get_public(file_get_contents('${sim.certificate}')));
    echo 'sha256//' . base64_encode(hash('sha256', base64_decode(preg_replace('/-----[^-]+-----|\\s+/', '', $d['key'])), true));`]).toString();
  const webPort = await freePort();
  const web = spawn(php, ['-d', `extension=${extension}`, '-S', `127.0.0.1:${webPort}`, join(here, 'router.php')],
    { env, stdio: 'ignore' });
  children.push(web);
  const site = `http://127.0.0.1:${webPort}`;
  await waitForHttp(`${site}/static/bootstrap.min.css`);
  const cron = () => execFileSync(php, ['-d', `extension=${extension}`, join(here, 'cron.php'), state],
    { env, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
  const order = (pkg, parent, fields) => execFileSync(php, ['-d', `extension=${extension}`, join(here, 'order.php'), state,
    String(pkg), parent === null ? '-' : String(parent), ...Object.entries(fields).map(([k, v]) => `${k}=${v}`)],
  { env, stdio: ['ignore', 'pipe', 'inherit'] }).toString().trim();

  const profile = mkdtempSync(join(tmpdir(), 'zimbra-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(30000);
  page.on('dialog', (d) => d.accept());
  // Webmail lives on the mail host, which is not running here: the browser's request to the tab's
  // webmail action goes to the real server, and its redirect is shown instead of followed
  // (Chromium does not let a test route the redirected request itself).
  let webmailRedirect = null;
  await page.route('**/webmail/', async (route) => {
    const response = await route.fetch({ maxRedirects: 0 });
    webmailRedirect = { status: response.status(), location: response.headers().location || '' };
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>webmail</h1>' });
  });

  const manage = `${site}/admin/settings/company/modules/manage/1/`;
  const admin = (service, tab) => `${site}/admin/clients/servicetab/1/${service}/${tab}/`;
  const client = (service, tab) => `${site}/client/services/manage/${service}/${tab}/`;
  const messages = async (type) => (await page.locator(`#messages .alert-${type}`).allTextContents()).join(' ');
  // Transitions are finished first: a menu just opened would otherwise show its buttons mid-fade.
  const shot = (name) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true, animations: 'disabled' });
  const row = (email) => page.locator('tr.mailbox', { hasText: email });
  const submit = async (locator) => { await Promise.all([page.waitForNavigation(), locator.click()]); };
  const menu = async (email) => { await row(email).locator('details.zimbra-menu > summary').click(); return row(email).locator('.zimbra-menu-panel'); };
  const state0 = async () => control('/state');

  // ---- the admin sets up the module ------------------------------------------------------------
  await check('manage page with no server prompts to add the first', async () => {
    await page.goto(manage);
    expect(await page.locator('.first-server').isVisible(), 'the prompt');
    await shot('admin-manage-first-run');
    await Promise.all([page.waitForNavigation(), page.click('a.add-first-server')]);
    await page.fill('#zimbra_server_label', 'Mail server 1');
    await page.fill('#zimbra_host_name', '127.0.0.1');
    await page.fill('#zimbra_admin_username', 'admin@zimbra.test');
    await page.fill('#zimbra_admin_password', 'test-Admin-Pass1');
    await page.fill('#zimbra_port', port);
    await page.selectOption('#zimbra_tls_mode', 'pin');
    await page.fill('#zimbra_tls_pin', pin);
    await page.fill('#zimbra_mx_host', 'mail.provider.example');
    await page.fill('#zimbra_spf_include', 'spf.provider.example');
    await page.fill('#zimbra_webmail_host', 'webmail.provider.example');
    await shot('admin-add-server');
    await submit(page.locator('form button[type=submit]'));
    expect((await messages('success')).includes('The server was successfully added.'), await messages('danger'));
    expect(await page.locator('tr.server').count() === 1, 'the server is listed');
  });
  await check('a server group for round robin', async () => {
    await Promise.all([page.waitForNavigation(), page.click('a.add-group')]);
    await page.fill('#group_name', 'Mail pool');
    await page.selectOption('#group_order', 'roundrobin');
    await page.check('#group_force');
    await page.selectOption('#group_rows', ['1']);
    await submit(page.locator('form.group-form button[type=submit]'));
    expect((await page.locator('tr.group td.name').textContent()) === 'Mail pool', 'the group is listed');
    await shot('admin-manage');
  });
  await check('the package form shows the chosen type\'s fields only', async () => {
    await page.goto(`${site}/admin/packages/add/`);
    expect(await page.locator('#zimbra_aggregate_quota').isVisible(), 'domain fields shown');
    expect(!(await page.locator('#zimbra_mailbox_domain').isVisible()), 'mailbox fields hidden');
    await shot('admin-package-domain');
    await page.selectOption('#zimbra_package_type', 'mailbox');
    expect(!(await page.locator('#zimbra_aggregate_quota').isVisible()), 'domain fields hidden after the switch');
    expect(await page.locator('#zimbra_mailbox_domain').isVisible(), 'mailbox fields shown after the switch');
    expect(await page.locator('#zimbra_suspend_mode').isVisible(), 'shared fields stay');
    await shot('admin-package-mailbox');
  });
  let domain;
  await check('packages of each kind from the package page', async () => {
    const add = async (name, type, values) => {
      await page.goto(`${site}/admin/packages/add/`);
      await page.fill('#package_name', name);
      await page.selectOption('#zimbra_package_type', type);
      for (const [id, v] of Object.entries(values)) {
        await (await page.locator(`#${id}`).evaluate((el) => el.tagName) === 'SELECT' ? page.selectOption(`#${id}`, v) : page.fill(`#${id}`, v));
      }
      await submit(page.locator('form.package-form button[type=submit]'));
      expect(page.url().endsWith('/admin/packages/'), `${name} saved: ${await messages('danger')}`);
    };
    await add('Mail Domain', 'domain', { zimbra_aggregate_quota: '5', zimbra_max_accounts: '10' });
    // A mailbox package on a domain Zimbra does not have yet is refused at once, what was typed kept.
    await page.goto(`${site}/admin/packages/add/`);
    await page.fill('#package_name', 'Mailbox');
    await page.selectOption('#zimbra_package_type', 'mailbox');
    await page.fill('#zimbra_mailbox_domain', 'e2e.example');
    await submit(page.locator('form.package-form button[type=submit]'));
    expect((await messages('danger')).includes('The mailbox domain e2e.example does not exist on the Zimbra server'), await messages('danger'));
    expect(await page.inputValue('#zimbra_mailbox_domain') === 'e2e.example', 'the domain typed is kept');
    await shot('admin-package-mailbox-domain-missing');
    domain = order(1, null, { zimbra_domain: 'e2e.example' });
    await add('Mailbox', 'mailbox', { zimbra_mailbox_domain: 'e2e.example', zimbra_mailbox_quota: '300' });
    await add('Mail Domain Mini', 'domain', { zimbra_aggregate_quota: '1', zimbra_max_accounts: '2' });
  });

  // ---- orders (the domain service e2e.example was ordered above, before its mailbox package) ----
  const mailbox = order(2, null, { zimbra_email_local: 'owner', zimbra_display_name: 'Owner', zimbra_password: 'Owner-pass-1' });
  const empty = order(1, null, { zimbra_domain: 'empty.example' });
  const full = order(3, null, { zimbra_domain: 'full.example' });
  order(2, full, { zimbra_email_local: 'one' });
  order(2, full, { zimbra_email_local: 'two' });
  const big = order(1, null, { zimbra_domain: 'big.example' });
  await control('/populate', { domain: 'big.example', count: 40 });

  // ---- usage -----------------------------------------------------------------------------------
  await check('the usage task fills the server list and the admin\'s domain tab', async () => {
    await page.goto(manage);
    expect((await page.locator('tr.server td.usage').textContent()).trim() === 'not recorded yet', 'before the first run');
    await control('/usage', { account: 'owner@e2e.example', bytes: 290 * 1048576 });
    const log = cron();
    expect(log.includes('services recorded'), log);
    await page.goto(manage);
    const figures = await page.locator('tr.server td.usage .figures').textContent();
    expect(/^\d+ domains, \d+ mailboxes, [\d.]+ GB$/.test(figures), figures);
    expect((await page.locator('tr.server td.usage .near').textContent()).includes('near a limit'), 'the full domain and mailbox');
    await shot('admin-manage-usage');
    await page.goto(admin(full, 'tabStats'));
    expect((await page.locator('.recorded-mailboxes').textContent()) === '2 / 2', 'recorded mailboxes');
    expect((await page.locator('.recorded-time').textContent()).startsWith('Recorded at '), 'with the time');
    await shot('admin-statistics-recorded');
  });

  // ---- admin tabs ------------------------------------------------------------------------------
  await check('admin Statistics tab shows the domain', async () => {
    await page.goto(admin(domain, 'tabStats'));
    expect((await page.locator('td.max').textContent()) === '10', 'max accounts');
    expect((await page.locator('td.aggregate').textContent()) === '5.00 GB', 'aggregate quota');
    expect(await page.locator('p.requests').count() === 0, 'no debugging count on the page (it is in the module log)');
    await shot('admin-statistics');
  });
  await check('admin Mailboxes tab: heading, one line per mailbox', async () => {
    await page.goto(admin(domain, 'tabMailboxes'));
    expect((await page.locator('h4.heading').textContent()).trim() === 'Mailboxes (1 / 10)', 'heading');
    const box = await row('owner@e2e.example').boundingBox();
    expect(box.height < 60, `a mailbox row is one line high (${box.height}px)`);
    await shot('admin-mailboxes');
  });
  await check('a page of 25 mailboxes fits in about two screens', async () => {
    await page.goto(admin(big, 'tabMailboxes'));
    expect(await page.locator('tr.mailbox').count() === 25, '25 rows');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height <= 2 * 900, `the page is ${height}px tall`);
    await shot('admin-mailboxes-page-of-25');
  });
  await check('add a mailbox; the local part input holds what is typed', async () => {
    await page.goto(admin(domain, 'tabMailboxes'));
    await page.fill('#zimbra_add_local', 'alice.longer-local-part');
    expect(await page.locator('#zimbra_add_local').evaluate((el) => el.scrollWidth <= el.clientWidth), 'not cut');
    await page.fill('#zimbra_add_local', 'alice');
    await page.fill('#zimbra_add_display_name', 'Alice');
    await page.fill('#zimbra_add_password', 'Alice-pass-1');
    await page.fill('#zimbra_add_quota', '200');
    await submit(page.locator('form.add-mailbox button[type=submit]'));
    expect((await messages('success')).includes('alice@e2e.example was created'), 'success message');
    expect((await row('alice@e2e.example').locator('td.quota').textContent()).includes('/ 200 MB'), 'quota column');
  });
  await check('an admin\'s blank password is generated and shown once', async () => {
    await page.fill('#zimbra_add_local', 'gen');
    await submit(page.locator('form.add-mailbox button[type=submit]'));
    expect((await page.locator('output.zimbra-handout').textContent()).trim().length >= 12, 'the password is shown');
    await shot('admin-mailboxes-generated-password');
    await page.goto(admin(domain, 'tabMailboxes'));
    expect(await page.locator('output.zimbra-handout').count() === 0, 'once');
  });
  await check('a bad local part keeps what was typed and shows the error', async () => {
    await page.fill('#zimbra_add_local', 'bad name');
    await page.fill('#zimbra_add_display_name', 'Typed');
    await submit(page.locator('form.add-mailbox button[type=submit]'));
    expect((await messages('danger')).includes('may only contain'), 'error message');
    expect(await page.inputValue('#zimbra_add_local') === 'bad name', 'typed value kept');
    expect(await page.locator('.field-error[data-field=local]').isVisible(), 'beside the field');
    await shot('admin-mailboxes-validation-error');
  });
  await check('set a quota from the row\'s menu', async () => {
    await page.goto(admin(domain, 'tabMailboxes'));
    const panel = await menu('alice@e2e.example');
    await panel.locator('form.set-quota input[name=quota]').fill('100');
    await shot('admin-mailboxes-menu-open');
    await submit(panel.locator('form.set-quota button'));
    expect((await messages('success')).includes('quota of alice@e2e.example'), 'success message');
    expect((await row('alice@e2e.example').locator('td.quota').textContent()).includes('/ 100 MB'), 'new quota');
  });
  await check('reset a password', async () => {
    const panel = await menu('alice@e2e.example');
    await panel.locator('form.reset-password input[name=password]').fill('Reset-pass-22');
    await submit(panel.locator('form.reset-password button'));
    expect((await messages('success')).includes('password of alice@e2e.example was changed'), 'success message');
  });
  await check('add an alias (badge counts it), then remove it', async () => {
    let panel = await menu('alice@e2e.example');
    await panel.locator('form.add-alias input[name=alias_local]').fill('ali');
    await submit(panel.locator('form.add-alias button'));
    expect((await messages('success')).includes('ali@e2e.example was added'), 'added');
    expect((await row('alice@e2e.example').locator('.alias-count').textContent()) === '1', 'badge');
    panel = await menu('alice@e2e.example');
    await submit(panel.locator('form.remove-alias button'));
    expect((await messages('success')).includes('ali@e2e.example was removed'), 'removed');
    expect(await row('alice@e2e.example').locator('.alias-count').count() === 0, 'badge gone');
  });
  await check('a form posted without its CSRF token, or with a forged one, changes nothing', async () => {
    await page.goto(admin(domain, 'tabMailboxes'));
    let panel = await menu('alice@e2e.example');
    await panel.locator('form.set-quota input[name=quota]').fill('5');
    await panel.locator('form.set-quota input[name=_csrf_token]').evaluate((el) => { el.value = 'forged'; });
    await submit(panel.locator('form.set-quota button'));
    expect((await messages('danger')) === CSRF_ERROR, 'the page says why');
    expect((await row('alice@e2e.example').locator('td.quota').textContent()).includes('/ 100 MB'), 'quota unchanged');
    await page.fill('#zimbra_add_local', 'sneaky');
    await page.fill('#zimbra_add_password', 'Sneaky-pass-1');
    await page.locator('form.add-mailbox input[name=_csrf_token]').evaluate((el) => el.remove());
    await submit(page.locator('form.add-mailbox button[type=submit]'));
    expect((await messages('danger')) === CSRF_ERROR, 'the page says why');
    expect(!('sneaky@e2e.example' in (await state0()).accounts), 'no mailbox made');
    await shot('admin-mailboxes-csrf-refused');
  });
  await check('delete a mailbox with confirmation', async () => {
    await page.goto(admin(domain, 'tabMailboxes'));
    const panel = await menu('alice@e2e.example');
    await panel.locator('form.delete-mailbox input[name=confirm]').check();
    await submit(panel.locator('form.delete-mailbox button'));  // the confirm() dialog is accepted
    expect((await messages('success')).includes('alice@e2e.example was deleted'), 'success message');
    expect(await row('alice@e2e.example').count() === 0, 'row gone');
  });
  await check('admin Mailboxes and Lists tabs when empty, and at the limit', async () => {
    await page.goto(admin(empty, 'tabMailboxes'));
    expect((await page.locator('tr.empty').textContent()).includes('There are no mailboxes.'), 'empty mailboxes');
    await shot('admin-mailboxes-empty');
    await page.goto(admin(empty, 'tabLists'));
    expect((await page.locator('tr.empty').textContent()).includes('There are no distribution lists.'), 'empty lists');
    await shot('admin-lists-empty');
    await page.goto(admin(full, 'tabMailboxes'));
    expect(await page.locator('.at-limit').isVisible(), 'at the limit');
    expect(await page.locator('form.add-mailbox').count() === 0, 'no add form');
    await shot('admin-mailboxes-at-limit');
  });
  await check('create a list, add members, and a bad member list is refused', async () => {
    await page.goto(admin(domain, 'tabLists'));
    await page.fill('#zimbra_list_local', 'team');
    await page.fill('#zimbra_list_display_name', 'The Team');
    await submit(page.locator('form.create-list button'));
    expect((await messages('success')).includes('team@e2e.example was created'), 'created');
    await Promise.all([page.waitForNavigation(), page.locator('tr.list', { hasText: 'team@e2e.example' }).locator('a.members-link').click()]);
    await page.fill('#zimbra_members', 'owner@e2e.example, partner@elsewhere.example\nthird@e2e.example');
    await submit(page.locator('form.add-members button'));
    expect((await messages('success')).includes('3 members added'), 'members added');
    expect(await page.locator('table.members tr').count() === 3, 'three members shown');
    await shot('admin-lists');
    await page.fill('#zimbra_members', 'not an address');
    await submit(page.locator('form.add-members button'));
    expect((await messages('danger')).includes('not an address'), 'refused');
    await shot('admin-lists-validation-error');
  });

  // ---- client tabs ------------------------------------------------------------------------------
  await check('client tabs of the domain service, without the request count', async () => {
    for (const [tab, name] of [['tabClientStats', 'statistics'], ['tabClientMailboxes', 'mailboxes'], ['tabClientLists', 'lists']]) {
      await page.goto(client(domain, tab));
      expect(await page.locator('.nav-link.active').count() === 1, `${tab} rendered`);
      expect(await page.locator('p.requests').count() === 0, `${tab}: no request count for customers`);
      await shot(`client-domain-${name}`);
    }
    await page.goto(client(empty, 'tabClientMailboxes'));
    await shot('client-domain-mailboxes-empty');
    await page.goto(client(full, 'tabClientMailboxes'));
    expect(await page.locator('.at-limit').isVisible(), 'at the limit');
    await shot('client-domain-mailboxes-at-limit');
    await page.goto(client(domain, 'tabClientMailboxes'));
    await page.fill('#zimbra_add_local', 'x');
    await page.fill('#zimbra_add_password', 'short');
    await submit(page.locator('form.add-mailbox button[type=submit]'));
    expect(await page.locator('.field-error[data-field=password]').isVisible(), 'a customer must choose a password');
    await shot('client-domain-mailboxes-validation-error');
  });
  await check('Set up your domain: the records of the server\'s settings, each copied by its button', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
    await page.goto(client(domain, 'tabClientSetup'));
    const value = (purpose) => page.locator(`tr.record[data-purpose=${purpose}] td.value`).textContent();
    expect((await value('mx')) === 'mail.provider.example.', 'MX');
    expect((await value('spf')) === 'v=spf1 mx include:spf.provider.example ~all', 'SPF');
    expect((await value('autodiscover')) === 'mail.provider.example.', 'autodiscover');
    expect((await value('webmail')) === 'webmail.provider.example.', 'webmail CNAME');
    for (const purpose of ['mx', 'spf']) {
      const button = page.locator(`tr.record[data-purpose=${purpose}] button.copy`);
      await button.click();
      await page.waitForFunction((el) => el.textContent === 'Copied', await button.elementHandle());
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied === await value(purpose), `${purpose} copied: ${copied}`);
    }
    await shot('client-domain-setup');
  });
  await check('client password change: a mismatch is refused, then it works', async () => {
    await page.goto(client(mailbox, 'tabClientSettings'));
    await page.fill('#zimbra_new_password', 'Client-pass-1');
    await page.fill('#zimbra_confirm_password', 'Client-pass-2');
    await submit(page.locator('form.change-password button'));
    expect((await messages('danger')).includes('do not match'), 'mismatch error');
    await shot('client-mailbox-settings-validation-error');
    await page.fill('#zimbra_new_password', 'Client-pass-1');
    await page.fill('#zimbra_confirm_password', 'Client-pass-1');
    await submit(page.locator('form.change-password button'));
    expect((await messages('success')).includes('password of owner@e2e.example was changed'), 'changed');
  });
  await check('a customer on a shared domain cannot take postmaster@', async () => {
    await page.fill('#zimbra_alias_local', 'postmaster');
    await submit(page.locator('form.add-alias button'));
    expect((await page.locator('.field-error[data-field=alias_local]').textContent()).includes('is reserved'), 'refused');
    await page.fill('#zimbra_alias_local', 'owner.alias');
    await submit(page.locator('form.add-alias button'));
    expect((await messages('success')).includes('owner.alias@e2e.example was added'), 'an ordinary alias is fine');
    await shot('client-mailbox-settings');
  });
  await check('webmail login redirects to a preauth URL', async () => {
    await page.goto(client(mailbox, 'tabClientStats'));
    await shot('client-mailbox-statistics');
    await page.click('a.webmail');
    await page.waitForSelector('h1');
    expect(webmailRedirect && webmailRedirect.status === 302, 'a redirect');
    const url = new URL(webmailRedirect.location);
    expect(url.origin === 'https://webmail.provider.example' && url.pathname === '/service/preauth', 'to the preauth endpoint of the server form\'s webmail host');
    expect(url.searchParams.get('account') === 'owner@e2e.example', 'account');
    expect(Math.abs(Number(url.searchParams.get('timestamp')) - Date.now()) < 120000, 'built at click time');
    expect(/^[0-9a-f]{40}$/.test(url.searchParams.get('preauth') || ''), 'preauth hmac');
  });

  // ---- Zimbra down, then slow -----------------------------------------------------------------------
  await check('with Zimbra down every tab says so in one sentence, with no live figures and no forms', async () => {
    await control('/fault', { kind: 'html', status: 503, count: 100000 });
    await control('/drop-connections');
    const pages = [
      [admin(domain, 'tabStats'), 'admin-statistics-down', true], [admin(domain, 'tabMailboxes'), 'admin-mailboxes-down', true],
      [admin(domain, 'tabLists'), 'admin-lists-down', true], [client(domain, 'tabClientStats'), 'client-domain-statistics-down', false],
      [client(domain, 'tabClientMailboxes'), 'client-domain-mailboxes-down', false],
      [client(domain, 'tabClientLists'), 'client-domain-lists-down', false],
      [client(mailbox, 'tabClientStats'), 'client-mailbox-statistics-down', false],
      [client(mailbox, 'tabClientSettings'), 'client-mailbox-settings-down', false],
    ];
    for (const [url, name, isAdmin] of pages) {
      await page.goto(url);
      const sentence = (await page.locator('.zimbra-unavailable').textContent()).trim();
      expect(await page.locator('.card-body form').count() === 0, `${name}: no actions`);
      expect(await page.locator('.card-body table:not(.recorded)').count() === 0, `${name}: no live figures`);
      // The admin's statistics keep what the usage task recorded, labelled with its time.
      expect(await page.locator('.card-body table.recorded').count() === (name === 'admin-statistics-down' ? 1 : 0),
        `${name}: the recorded figures only on the admin's statistics`);
      if (isAdmin) {
        expect(sentence.startsWith('Zimbra could not be reached') && sentence.includes('503'), `${name}: the cause for admins`);
      } else {
        expect(sentence === CLIENT_DOWN, `${name}: ${sentence}`);
        const text = await page.locator('.card-body').textContent();
        expect(!text.includes('127.0.0.1') && !text.includes(port) && !text.includes('503'), `${name}: no internals for customers`);
      }
      await shot(name);
    }
    await control('/reset-faults');
    await control('/drop-connections');
  });
  await check('with Zimbra slow a tab gives up after its limit, not Zimbra\'s', async () => {
    await control('/fault', { kind: 'delay', ms: 60000, count: 20 });
    const started = Date.now();
    await page.goto(client(domain, 'tabClientMailboxes'), { timeout: 60000 });
    const seconds = (Date.now() - started) / 1000;
    await control('/reset-faults');
    await control('/drop-connections');
    expect((await page.locator('.zimbra-unavailable').textContent()).trim() === CLIENT_DOWN, 'the sentence');
    expect(seconds < 25, `gave up after ${seconds}s (the tab limit is 5 s)`);
    await shot('client-domain-mailboxes-slow');
  });

  await check('the simulator had no internal error', async () => {
    const errors = (await control('/stats')).internal_errors;
    expect(errors === 0, `${errors} internal error(s): see the trace above`);
  });

  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

try {
  await main();
} catch (e) {
  failed++;
  console.log(`FAIL setup: ${e.message}`);
} finally {
  for (const c of children) c.kill();
  rmSync(work, { recursive: true, force: true });
  // What the set was drawn from, so scripts/check-screenshots can tell when the views moved on.
  execFileSync('python3', [join(repo, 'scripts', 'check-screenshots'), '--stamp', shots]);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
