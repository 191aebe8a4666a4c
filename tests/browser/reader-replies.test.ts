/**
 * The reader page as a reader: reply to a comment (threaded under it), report a comment with a
 * reason, and see a staff reply marked as such. Real Strapi, Debian's Chromium.
 */
import type { Page } from 'playwright-core';
import type { TestStrapi } from '../helpers/strapi';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';
import { startReaderStack } from '../helpers/reader-browser';
import { screenshotPath } from '../helpers/browser';

jest.setTimeout(180_000);

let stack: Awaited<ReturnType<typeof startReaderStack>>;
let t: TestStrapi;
let page: Page;
let base: string;
let moderator: AdminSession;
let article: any;
let root: any;
let staffReply: string;

beforeAll(async () => {
  stack = await startReaderStack({ EDITORIAL_QUOTES_ENABLED: 'false' }, { width: 1366, height: 768 });
  ({ t, page, base } = stack);
  moderator = await createAdminSession(t.strapi, t.server, 'Moderator');
  const f = fixtures(t.strapi);
  article = await f.article({
    title: 'Allotment waiting list shrinks by half',
    body: 'The council opened forty new plots on the old rail yard.\n\nApplicants waited three years on average.',
    section: 'local',
    originalPublishedAt: '2026-09-14T08:00:00.000Z',
    commentsMode: 'open',
  });
  root = await f.comment(article, { body: 'Are the new plots open to renters too?', authorName: 'Fenna' });
  await f.comment(article, { body: 'Mine has a shed already, lovely.', authorName: 'Gus' });
  const res = await client(t.server, moderator.token)
    .post(`/editorial/moderation/comments/${root.documentId}/replies`)
    .send({ body: 'Yes: renters can apply like everyone else, the form is on the council site.' });
  expect(res.status).toBe(201);
  staffReply = res.body.data.documentId;
});

afterAll(async () => {
  await stack?.stop();
});

async function open() {
  const hash = `#/articles/${article.slug}`;
  await page.goto('about:blank');
  await page.goto(`${base}/reader/index.html${hash}`);
  await page.waitForFunction((h) => document.getElementById('app')?.dataset.ready === h, hash.slice(1));
}

const comment = (documentId: string) => page.locator(`article.comment[data-comment="${documentId}"]`);

it('shows a staff reply under its comment, marked as staff', async () => {
  await open();
  const staff = comment(staffReply);
  expect(await staff.getAttribute('class')).toContain('staff');
  expect(await staff.locator('> .meta strong').textContent()).toBe('Test Moderator');
  expect(await staff.locator('> .meta .staff-badge').textContent()).toBe('Staff');
  // Nested under the comment it answers; readers' comments carry no badge and staff replies no Report.
  expect(
    await comment(root.documentId)
      .locator(`> .replies article.comment[data-comment="${staffReply}"]`)
      .count(),
  ).toBe(1);
  expect(await comment(root.documentId).locator('> .meta .staff-badge').count()).toBe(0);
  expect(await staff.locator('> .comment-actions [data-action=report]').count()).toBe(0);
});

it('posts a reply under a comment and shows it in the thread', async () => {
  await open();
  await comment(root.documentId).locator('> .comment-actions [data-action=reply]').click();
  const form = comment(root.documentId).locator('> .comment-slot form.reply-form');
  expect(await form.locator('.meta').textContent()).toBe('Replying to Fenna');
  await form.locator('input[name=authorName]').fill('Hedda');
  await form.locator('textarea[name=body]').fill('Good to know, I rent and will apply this week.');
  await form.locator('button[type=submit]').click();
  // A published reply re-renders the article with the reply in its thread.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.comment .replies .comment-body')].some(
      (e) => e.textContent === 'Good to know, I rent and will apply this week.',
    ),
  );
  const replies = comment(root.documentId).locator('> .replies > article.comment');
  expect(await replies.locator('> .meta strong').allTextContents()).toEqual(['Test Moderator', 'Hedda']);
  const list = await client(t.server).get(`/api/editorial/articles/${article.documentId}/comments`);
  const thread = list.body.data.find((c: any) => c.documentId === root.documentId);
  expect(thread.replies.map((r: any) => [r.authorName, r.isStaff])).toEqual([
    ['Test Moderator', true],
    ['Hedda', false],
  ]);
});

it('reports a comment with a reason and a note', async () => {
  await open();
  const gus = page.locator('article.comment', { has: page.locator('> .meta strong', { hasText: 'Gus' }) });
  const gusId = await gus.getAttribute('data-comment');
  await gus.locator('> .comment-actions [data-action=report]').click();
  const form = gus.locator('> .comment-slot form.report-form');
  await form.locator('button[type=submit]').click();
  expect(await form.locator('.form-status').textContent()).toBe('Please choose a reason.');
  await form.locator('select[name=reason]').selectOption('off-topic');
  expect(await form.locator('.form-status').textContent()).toBe('');
  await form.locator('input[name=note]').fill('About sheds, not the waiting list');
  await page.screenshot({ path: screenshotPath('reader'), fullPage: true });
  await form.locator('button[type=submit]').click();
  await gus.locator('> .comment-slot .form-status', { hasText: 'Thank you' }).waitFor();
  expect(await gus.locator('> .comment-slot .form-status').textContent()).toBe(
    'Thank you: a moderator will look at this comment.',
  );

  const history = await client(t.server, moderator.token).get(
    `/editorial/moderation/comments/${gusId}/history`,
  );
  expect(history.body.data.reportReasons).toEqual([{ reason: 'off-topic', count: 1 }]);
  expect(history.body.data.events.find((e: any) => e.action === 'report')).toMatchObject({
    reportReason: 'off-topic',
    reportNote: 'About sheds, not the waiting list',
  });
});

it('asks for an email before promising a notification', async () => {
  await open();
  const form = page.locator('section.comments > form.comment-form');
  await form.locator('input[name=authorName]').fill('Ilse');
  await form.locator('textarea[name=body]').fill('Please tell me when this is answered.');
  await form.locator('input[name=notify]').check();
  await form.locator('button[type=submit]').click();
  expect(await form.locator('.form-status').textContent()).toBe('Please give your email to be notified.');
  await form.locator('input[name=authorEmail]').fill('ilse@readers.test');
  await form.locator('button[type=submit]').click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.comment-list .comment-body')].some(
      (e) => e.textContent === 'Please tell me when this is answered.',
    ),
  );
  const row = await t.strapi.db
    .query('plugin::editorial.comment' as any)
    .findOne({ where: { body: 'Please tell me when this is answered.' } });
  expect(row).toMatchObject({ notifyAuthor: true, authorEmail: 'ilse@readers.test' });
});
