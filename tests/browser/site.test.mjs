// Browser tests of the Storyline site. Started by run.sh with BASE_URL pointing at `storyline serve --demo`.
// playwright-core drives the system chromium (CHROMIUM, default /usr/bin/chromium); nothing is downloaded.
import { chromium } from 'playwright-core';
import { mkdirSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const base = process.env.BASE_URL ?? 'http://127.0.0.1:5080';
const artifacts = join(here, 'artifacts');
const docsShot = join(here, '..', '..', 'docs', 'screenshot-story.png');
mkdirSync(artifacts, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

const results = [];
async function test(name, body, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, javaScriptEnabled: false });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  try {
    await body(page);
    results.push({ name, ok: true });
    console.log(`ok   ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}\n     ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n     ')}`);
    await page.screenshot({ path: join(artifacts, `failed-${name.replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => {});
  } finally {
    await context.close();
  }
}
function assert(condition, message) { if (!condition) throw new Error(message); }
const shot = (page, file) => page.screenshot({ path: join(artifacts, file), fullPage: true });

await test('front page lists at least five stories with outlets and comment counts', async (page) => {
  const response = await page.goto(base + '/');
  assert(response.status() === 200, `status ${response.status()}`);
  const stories = await page.locator('ol.stories > li').count();
  assert(stories >= 5, `only ${stories} stories`);
  assert(await page.locator('ol.stories .meta', { hasText: 'outlets' }).count() >= 2, 'stories from several outlets');
  await shot(page, 'front.png');
});

await test('a story shows coverage, charts, the read toggle and the discussion', async (page) => {
  await page.goto(base + '/');
  await page.getByRole('link', { name: 'Port Calder ferry crews strike over night shifts' }).click();
  await page.waitForURL(/\/stories\/\d+$/);
  assert((await page.locator('h1').first().innerText()).includes('Port Calder'), 'story headline');
  assert(await page.locator('article.coverage').count() >= 2, 'coverage from several outlets');
  assert(await page.locator('svg').count() >= 2, 'timeline and outlet bars');
  const firstText = page.locator('article.coverage details').first();
  assert(!(await firstText.locator('p').first().isVisible()), 'text is folded before reading');
  await firstText.locator('summary').click();
  assert(await firstText.locator('p').first().isVisible(), 'text shows after the read toggle');
  assert(await page.locator('#discussion li.comment').count() >= 3, 'a threaded discussion');
  await shot(page, 'story.png');
  copyFileSync(join(artifacts, 'story.png'), docsShot);
});

await test('a reader follows a story by e-mail: the link opens the sign-up form set to that story', async (page) => {
  await page.goto(base + '/');
  await page.getByRole('link', { name: 'Port Calder ferry crews strike over night shifts' }).click();
  await page.waitForURL(/\/stories\/\d+$/);
  const id = page.url().match(/\/stories\/(\d+)$/)[1];
  await page.getByRole('link', { name: 'follow by e-mail' }).click();
  await page.waitForURL(/\/subscriptions\?follow=story(:|%3A)\d+$/);
  assert(await page.locator('form.subscribe input[name=follow]').getAttribute('value') === `story:${id}`, 'the form follows that story');
  assert(await page.locator('form.subscribe input[name=__RequestVerificationToken]').count() === 1, 'the form carries its antiforgery field');
  assert(await page.getByLabel('Your e-mail address').isVisible(), 'an address field with its label');
});

await test('a reader replies to a comment and sees it (or sees it held)', async (page) => {
  await page.goto(base + '/');
  await page.getByRole('link', { name: 'Port Calder ferry crews strike over night shifts' }).click();
  const reply = page.locator('details.reply').first();
  await reply.locator('summary').click();
  await reply.getByLabel('Name').fill('Browser Tester');
  await reply.getByLabel('E-mail (never shown)').fill('browser.tester@example.org');
  const text = `Thanks for the update, see you at the quay (${Date.now()}).`;
  await reply.getByLabel('Your reply').fill(text);
  await Promise.all([page.waitForURL(/#c\d+$/), reply.getByRole('button', { name: 'Post' }).click()]);
  const id = new URL(page.url()).hash.slice(1);
  const mine = page.locator(`#${id}`);
  assert(await mine.count() === 1, 'the new comment is on the page');
  assert((await mine.innerText()).includes(text), 'the reply text is shown');
  const html = await page.content();
  assert(!html.includes('browser.tester@example.org'), 'the e-mail is never shown');
  await shot(page, 'reply.png');
});

await test('keyboard: Tab reaches the skip link, links and the comment form with a visible focus ring', async (page) => {
  await page.goto(base + '/');
  // Wait for the story page itself: a Tab pressed while the navigation is still under way lands on the old page.
  await Promise.all([page.waitForURL(/\/stories\/\d+$/), page.getByRole('link', { name: 'Port Calder ferry crews strike over night shifts' }).click()]);
  await page.waitForLoadState('load');
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
  assert(first === 'Skip to content', `first Tab stop is "${first}"`);
  let reachedLink = false;
  let reachedForm = false;
  for (let i = 0; i < 250 && !reachedForm; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const el = document.activeElement;
      const style = el ? getComputedStyle(el) : null;
      return { tag: el?.tagName, id: el?.id, outline: style?.outlineStyle, width: style?.outlineWidth };
    });
    if (state.tag === 'A') reachedLink = true;
    if (state.id === 'author-top') {
      reachedForm = true;
      assert(state.outline !== 'none' && state.width !== '0px', `focus ring visible (${state.outline} ${state.width})`);
    }
  }
  assert(reachedLink, 'Tab reaches links');
  assert(reachedForm, 'Tab reaches the comment form');
  await shot(page, 'keyboard-focus.png');
});

async function login(page) {
  await page.goto(base + '/admin/login');
  await page.getByLabel('User').fill('admin');
  await page.getByLabel('Password').fill(process.env.ADMIN_PASSWORD ?? 'browser-tests-only');
  await Promise.all([page.waitForURL(/\/admin\/moderation$/), page.getByRole('button', { name: 'Log in' }).click()]);
}

await test('an operator adds a feed and sees it in the status table', async (page) => {
  await login(page);
  await page.getByRole('link', { name: 'Feeds' }).first().click();
  await page.waitForURL(/\/admin\/feeds$/);
  const url = `http://127.0.0.1:9/browser-${Date.now()}.xml`;
  await page.getByLabel('Feed address (RSS, Atom or JSON Feed)').fill(url);
  await Promise.all([page.waitForURL(/added=1$/), page.getByRole('button', { name: 'Add feed' }).click()]);
  assert((await page.getByRole('status').innerText()).includes('Feed added'), 'the page confirms the new feed');
  const row = page.locator('tr', { hasText: url });
  assert(await row.count() === 1, 'the feed is in the status table');
  for (const column of ['Last check', 'Next check', 'Last error'])
    assert(await page.getByRole('columnheader', { name: column }).count() === 1, `status shows ${column}`);
  await shot(page, 'admin-feed-added.png');
});

await test('an operator imports an OPML file and exports the list', async (page) => {
  await login(page);
  await page.goto(base + '/admin/feeds');
  await page.getByLabel('OPML subscription list').setInputFiles(join(here, 'fixtures', 'subscriptions.opml'));
  await Promise.all([page.waitForURL(/imported=/), page.getByRole('button', { name: 'Import OPML' }).click()]);
  const status = await page.getByRole('status').innerText();
  assert(/OPML imported: \d+ added/.test(status), `import confirmed ("${status}")`);
  for (const title of ['Harbour Gazette', 'Valley Post'])
    assert(await page.locator('tr', { hasText: title }).count() === 1, `${title} is listed`);
  const exported = await page.request.get(base + '/admin/feeds/export.opml');
  assert(exported.status() === 200, `export status ${exported.status()}`);
  assert((await exported.text()).includes('http://127.0.0.1:9/harbour.xml'), 'the export lists the imported feed');
  await shot(page, 'admin-opml-imported.png');
});

await test('keyboard: the feed form is reachable with Tab and submits with Enter', async (page) => {
  await login(page);
  await page.goto(base + '/admin/feeds');
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'feed-url');
  }
  assert(reached, 'Tab reaches the feed address field');
  const url = `http://127.0.0.1:9/keyboard-${Date.now()}.xml`;
  await page.keyboard.type(url);
  await Promise.all([page.waitForURL(/added=1$/), page.keyboard.press('Enter')]);
  assert(await page.locator('tr', { hasText: url }).count() === 1, 'the feed added from the keyboard is listed');
});

for (const [name, path] of [['front', '/'], ['story', null]]) {
  await test(`phone (375px): the ${name} page fits without sideways scrolling`, async (page) => {
    await page.goto(base + '/');
    if (path === null) await page.getByRole('link', { name: 'Port Calder ferry crews strike over night shifts' }).click();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(width <= 376, `page is ${width}px wide`);
    await shot(page, `phone-${name}.png`);
  }, { width: 375, height: 812 });
}

await test('phone (375px): the operator feed page fits without sideways scrolling', async (page) => {
  await login(page);
  await page.goto(base + '/admin/feeds');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(width <= 376, `page is ${width}px wide`);
  await shot(page, 'phone-admin-feeds.png');
}, { width: 375, height: 812 });

await browser.close();
const failed = results.filter((r) => !r.ok).length;
console.log(`\nbrowser: ${results.length - failed} passed, ${failed} failed; screenshots in ${artifacts}`);
process.exit(failed === 0 ? 0 : 1);
