// Browser tests of the Blesta module's tabs: Debian's Chromium, driven by playwright-core,
// against the tab pages served by `php -S` (router.php) and the Zimbra simulator.
// Prints "e2e: N passed, N failed" and saves a screenshot of every tab.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
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
const env = { ...process.env, ZIMBRA_E2E_STATE: join(work, 'state.json') };
mkdirSync(shots, { recursive: true });

let passed = 0, failed = 0;
const children = [];

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
    const sim = spawn('python3', args, { stdio: ['ignore', 'pipe', 'ignore'] });
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
  for (let i = 0; i < 100; i++) {
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
  const port = sim.listening.split(':').pop();
  const pin = execFileSync(php, ['-r', `$d = openssl_pkey_get_details(openssl_pkey_get_public(file_get_contents('${sim.certificate}')));
    echo 'sha256//' . base64_encode(hash('sha256', base64_decode(preg_replace('/-----[^-]+-----|\\s+/', '', $d['key'])), true));`]).toString();
  execFileSync(php, ['-d', `extension=${extension}`, join(here, 'setup.php'), port, pin], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const webPort = await freePort();
  const web = spawn(php, ['-d', `extension=${extension}`, '-S', `127.0.0.1:${webPort}`, join(here, 'router.php')],
    { env, stdio: 'ignore' });
  children.push(web);
  const site = `http://127.0.0.1:${webPort}`;
  await waitForHttp(`${site}/static/bootstrap.min.css`);

  const profile = mkdtempSync(join(tmpdir(), 'zimbra-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] || await context.newPage();
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

  const admin = (tab) => `${site}/admin/clients/servicetab/1/10/${tab}/`;
  const client = (service, tab) => `${site}/client/services/manage/${service}/${tab}/`;
  const success = async () => (await page.locator('#messages .alert-success').textContent()) || '';
  const shot = (name) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const row = (email) => page.locator('tr.mailbox', { hasText: email });

  await check('admin Statistics tab shows the domain', async () => {
    await page.goto(admin('tabStats'));
    expect((await page.locator('td.max').textContent()) === '10', 'max accounts');
    expect((await page.locator('td.aggregate').textContent()) === '5.00 GB', 'aggregate quota');
    await shot('admin-statistics');
  });
  await check('admin Mailboxes tab: heading and table', async () => {
    await page.goto(admin('tabMailboxes'));
    expect((await page.locator('h4.heading').textContent()).trim() === 'Mailboxes (1 / 10)', 'heading');
    expect(await row('owner@e2e.example').count() === 1, 'the owner mailbox row');
    await shot('admin-mailboxes');
  });
  await check('add a mailbox', async () => {
    await page.fill('form.add-mailbox input[name=local]', 'alice');
    await page.fill('form.add-mailbox input[name=display_name]', 'Alice');
    await page.fill('form.add-mailbox input[name=password]', 'Alice-pass-1');
    await page.fill('form.add-mailbox input[name=quota]', '200');
    await page.click('form.add-mailbox button[type=submit]');
    expect((await success()).includes('alice@e2e.example was created'), 'success message');
    expect((await row('alice@e2e.example').locator('td.quota').textContent()).includes('/ 200 MB'), 'quota column');
  });
  await check('a bad local part keeps what was typed and shows the error', async () => {
    await page.fill('form.add-mailbox input[name=local]', 'bad name');
    await page.fill('form.add-mailbox input[name=display_name]', 'Typed');
    await page.click('form.add-mailbox button[type=submit]');
    expect((await page.locator('#messages .alert-danger').textContent()).includes('may only contain'), 'error message');
    expect(await page.inputValue('form.add-mailbox input[name=local]') === 'bad name', 'typed value kept');
  });
  await check('set a quota', async () => {
    await page.goto(admin('tabMailboxes'));
    const r = row('alice@e2e.example');
    await r.locator('details.quota-panel summary').click();
    await r.locator('details.quota-panel input[name=quota]').fill('100');
    await r.locator('details.quota-panel button').click();
    expect((await success()).includes('quota of alice@e2e.example'), 'success message');
    expect((await row('alice@e2e.example').locator('td.quota').textContent()).includes('/ 100 MB'), 'new quota');
  });
  await check('reset a password', async () => {
    const r = row('alice@e2e.example');
    await r.locator('details.password-panel summary').click();
    await r.locator('details.password-panel input[name=password]').fill('Reset-pass-22');
    await r.locator('details.password-panel button').click();
    expect((await success()).includes('password of alice@e2e.example was changed'), 'success message');
  });
  await check('add an alias (badge counts it)', async () => {
    const r = row('alice@e2e.example');
    await r.locator('details.alias-panel summary').click();
    await r.locator('details.alias-panel input[name=alias_local]').fill('ali');
    await r.locator('details.alias-panel form:has(input[value=add_alias]) button').click();
    expect((await success()).includes('ali@e2e.example was added'), 'success message');
    expect((await row('alice@e2e.example').locator('.alias-count').textContent()) === '1', 'badge');
  });
  await check('remove the alias', async () => {
    const r = row('alice@e2e.example');
    await r.locator('details.alias-panel summary').click();
    await r.locator('details.alias-panel table.aliases button').click();
    expect((await success()).includes('ali@e2e.example was removed'), 'success message');
    expect(await row('alice@e2e.example').locator('.alias-count').count() === 0, 'badge gone');
  });
  await check('delete a mailbox with confirmation', async () => {
    const r = row('alice@e2e.example');
    await r.locator('details.delete-panel summary').click();
    await r.locator('details.delete-panel input[name=confirm]').check();
    await r.locator('details.delete-panel button').click();  // the confirm() dialog is accepted
    expect((await success()).includes('alice@e2e.example was deleted'), 'success message');
    expect(await row('alice@e2e.example').count() === 0, 'row gone');
  });
  await check('create a list and add members', async () => {
    await page.goto(admin('tabLists'));
    await page.fill('form.create-list input[name=local]', 'team');
    await page.fill('form.create-list input[name=display_name]', 'The Team');
    await page.click('form.create-list button');
    expect((await success()).includes('team@e2e.example was created'), 'created');
    await page.locator('tr.list', { hasText: 'team@e2e.example' }).locator('a.members-link').click();
    await page.fill('tr.members-panel textarea[name=members]', 'owner@e2e.example, partner@elsewhere.example\nthird@e2e.example');
    await page.click('tr.members-panel form:has(input[value=add_members]) button');
    expect((await success()).includes('3 member(s) added'), 'members added');
    await page.locator('tr.list', { hasText: 'team@e2e.example' }).locator('a.members-link').click();
    expect(await page.locator('table.members tr').count() === 3, 'three members shown');
    await shot('admin-lists');
  });
  await check('client tabs of the domain service', async () => {
    for (const tab of ['tabClientStats', 'tabClientMailboxes', 'tabClientLists']) {
      await page.goto(client(10, tab));
      expect(await page.locator('.nav-link.active').count() === 1, `${tab} rendered`);
      await shot(`client-domain-${tab}`);
    }
  });
  await check('client password change: a mismatch is refused', async () => {
    await page.goto(client(20, 'tabClientSettings'));
    await page.fill('form.change-password input[name=password]', 'Client-pass-1');
    await page.fill('form.change-password input[name=confirm_password]', 'Client-pass-2');
    await page.click('form.change-password button');
    expect((await page.locator('#messages .alert-danger').textContent()).includes('do not match'), 'mismatch error');
    await page.fill('form.change-password input[name=password]', 'Client-pass-1');
    await page.fill('form.change-password input[name=confirm_password]', 'Client-pass-1');
    await page.click('form.change-password button');
    expect((await success()).includes('password of owner@e2e.example was changed'), 'changed');
    await shot('client-mailbox-settings');
  });
  await check('webmail login redirects to a preauth URL', async () => {
    await page.goto(client(20, 'tabClientStats'));
    await shot('client-mailbox-statistics');
    await page.click('a.webmail');
    await page.waitForSelector('h1');
    expect(webmailRedirect && webmailRedirect.status === 302, 'a redirect');
    const url = new URL(webmailRedirect.location);
    expect(url.origin === 'https://127.0.0.1' && url.pathname === '/service/preauth', 'to the preauth endpoint');
    expect(url.searchParams.get('account') === 'owner@e2e.example', 'account');
    expect(Math.abs(Number(url.searchParams.get('timestamp')) - Date.now()) < 60000, 'built at click time');
    expect(/^[0-9a-f]{40}$/.test(url.searchParams.get('preauth') || ''), 'preauth hmac');
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
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
