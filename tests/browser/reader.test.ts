import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';
import { launchChromium } from '../helpers/reader-browser';

jest.setTimeout(180_000);

let t: TestStrapi;
let browser: Browser;
let page: Page;
let base: string;
let moderator: AdminSession;
const a: Record<string, any> = {};

const BODY = [
  'The port authority confirmed the new ferry route on Monday.',
  '"This route will change how islanders commute," said harbour master Ines Varga.',
  'A person familiar with the talks said the fares were "still being negotiated".',
  'Readers can comment below \\<here\\> \\*now\\*.',
].join('\n\n');

beforeAll(async () => {
  // Quote rows are written by the fixtures; automatic extraction on save would add its own.
  t = await startStrapi({ EDITORIAL_QUOTES_ENABLED: 'false' });
  await new Promise<void>((resolve) => t.server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(t.server.address() as AddressInfo).port}`;
  moderator = await createAdminSession(t.strapi, t.server, 'Moderator');
  const f = fixtures(t.strapi);
  const varga = await f.source({ name: 'Ines Varga', slug: 'ines-varga', affiliation: 'Port of Lorn' });
  const anon = await f.source({
    name: 'A person familiar with the talks',
    slug: 'familiar-with-talks',
    kind: 'anonymous',
  });
  a.ferry = await f.article({
    title: 'New ferry route confirmed',
    body: BODY,
    section: 'transport',
    originalPublishedAt: '2026-06-01T09:00:00.000Z',
    byline: 'By Sam Reporter',
    commentsMode: 'premoderated',
  });
  a.other = await f.article({
    title: 'Library extends opening hours',
    body: 'The library opens later.',
    originalPublishedAt: '2026-05-01T09:00:00.000Z',
  });
  await f.article(
    { title: 'Unpublished draft story', body: 'Draft.', originalPublishedAt: '2026-07-01T09:00:00.000Z' },
    { draft: true },
  );
  await f.quote(a.ferry, {
    text: 'This route will change how islanders commute',
    paragraph: 1,
    source: varga,
  });
  await f.quote(a.ferry, { text: 'still being negotiated', paragraph: 2, source: anon, type: 'mixed' });
  const root = await f.comment(a.ferry, { body: 'Finally a morning boat.', authorName: 'Kim' });
  await f.comment(a.ferry, { body: 'Agreed, about time.', authorName: 'Lee', parent: root.documentId });
  await f.comment(a.ferry, { body: 'Pending words nobody sees', authorName: 'Hidden', status: 'pending' });
  await f.comment(a.ferry, { body: '<img src=x onerror="window.__pwned=1">', authorName: '<b>Mallory</b>' });

  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  if (t?.server.listening) await new Promise((resolve) => t.server.close(resolve));
  await t?.stop();
});

/** Loads the page afresh (a hash-only change to the same address would keep the old document). */
async function open(hash: string) {
  await page.goto('about:blank');
  await page.goto(`${base}/reader/index.html${hash}`);
  await page.waitForFunction(
    (h) => document.getElementById('app')?.dataset.ready === h,
    hash.replace(/^#/, '') || '/',
  );
}

it('lists published articles and opens one with its quotes highlighted and a who-is-quoted box', async () => {
  await open('#/');
  const titles = await page.locator('.article-list h2').allTextContents();
  expect(titles).toEqual(['New ferry route confirmed', 'Library extends opening hours']);

  await page.click('text=New ferry route confirmed');
  await page.waitForFunction(() => document.getElementById('app')?.dataset.ready?.startsWith('/articles/'));
  const marks = page.locator('.article-body mark.quote');
  expect(await marks.allTextContents()).toEqual([
    'This route will change how islanders commute',
    'still being negotiated',
  ]);
  expect(await page.locator('.article-body mark.quote.anonymous').allTextContents()).toEqual([
    'still being negotiated',
  ]);
  // The text around the highlights is intact.
  expect(await page.locator('.article-body p').nth(1).textContent()).toBe(
    '"This route will change how islanders commute," said harbour master Ines Varga.',
  );
  // Markdown escapes of the stored body are not shown.
  expect(await page.locator('.article-body p').nth(3).textContent()).toBe(
    'Readers can comment below <here> *now*.',
  );

  const who = page.locator('aside.who');
  expect(await who.locator('.named-sources li').allTextContents()).toEqual(['Ines Varga, Port of Lorn (1)']);
  expect(await who.locator('.anonymous-sources li').allTextContents()).toEqual([
    'A person familiar with the talks (1)',
  ]);
  expect(await who.locator('.share').textContent()).toBe('2 quotes: 1 named, 1 anonymous');
});

it('shows approved comments threaded, as inert text', async () => {
  await open(`#/articles/${a.ferry.slug}`);
  const top = page.locator('.comment-list > article.comment');
  expect(await top.locator('> .comment-body').allTextContents()).toEqual([
    'Finally a morning boat.',
    '<img src=x onerror="window.__pwned=1">',
  ]);
  expect(await top.first().locator('.replies .comment-body').allTextContents()).toEqual([
    'Agreed, about time.',
  ]);
  expect(await page.locator('.comments').textContent()).not.toContain('Pending words nobody sees');
  expect(await page.locator('.comments strong', { hasText: 'Mallory' }).textContent()).toBe('<b>Mallory</b>');
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await page.locator('.comments img').count()).toBe(0);
});

it('posts a comment, says it awaits review, and shows it once a moderator approves it', async () => {
  await open(`#/articles/${a.ferry.slug}`);
  await page.fill('form.comment-form input[name=authorName]', 'Robin');
  await page.fill('form.comment-form input[name=authorEmail]', 'robin@example.test');
  await page.fill('form.comment-form textarea[name=body]', 'Will there be a winter timetable?');
  await page.click('form.comment-form button[type=submit]');
  await page.waitForFunction(
    () =>
      !/Sending/.test(document.querySelector('.form-status')?.textContent ?? '') &&
      !!document.querySelector('.form-status')?.textContent,
  );
  expect(await page.locator('.form-status').textContent()).toMatch(/awaiting review/i);

  // Not public before approval.
  await open(`#/articles/${a.ferry.slug}`);
  expect(await page.locator('.comments').textContent()).not.toContain('Will there be a winter timetable?');

  // The moderator approves it from the review queue.
  const queue = await client(t.server, moderator.token).get('/editorial/moderation/comments?status=pending');
  const submitted = queue.body.data.find((c: any) => c.body === 'Will there be a winter timetable?');
  expect(submitted).toBeDefined();
  expect(submitted.authorEmail).toBe('robin@example.test');
  await approve(submitted.documentId);

  await open(`#/articles/${a.ferry.slug}`);
  expect(await page.locator('.comment-list .comment-body').allTextContents()).toContain(
    'Will there be a winter timetable?',
  );
  expect(await page.locator('.comments').textContent()).not.toContain('robin@example.test');
});

/** Approves a comment through the moderation API (the review queue's own action). */
async function approve(documentId: string) {
  const res = await client(t.server, moderator.token)
    .post(`/editorial/moderation/comments/${documentId}/approve`)
    .send({});
  expect(res.status).toBeLessThan(300);
}
