/**
 * What a moderator meets in their first hour, in Chromium: notes and reader report reasons on
 * the card, each comment's own history (events, actors, notes), no links they may not follow,
 * no raw moderation tables in the Content Manager, live counts from polling, ban and suspend,
 * staff replies, and the structured rule editors. Screenshots: tests/screenshots/.
 */
import type { Page } from 'playwright-core';
import {
  startBrowserStrapi,
  loginAs,
  screenshotPanel,
  screenshotPath,
  type BrowserStrapi,
} from '../helpers/browser';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';

let b: BrowserStrapi;
let moderator: AdminSession;
let page: Page;
let article: any;
const ids: Record<string, string> = {};

const pub = () => client(b.server);
const mod = () => client(b.server, moderator.token);
const QUEUE = () => `${b.url}/admin/plugins/editorial/moderation`;
const item = (documentId: string) =>
  page.locator(`[data-testid="queue-item"][data-document-id="${documentId}"]`);
const settled = () =>
  page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
const post = async (body: Record<string, unknown>, ip = '198.51.100.7') => {
  const res = await pub()
    .post(`/api/editorial/articles/${article.documentId}/comments`)
    .set('X-Forwarded-For', ip)
    .send(body);
  if (res.status !== 201) throw new Error(`comment not created (${res.status}): ${JSON.stringify(res.body)}`);
  return res.body.data.documentId as string;
};
const statusOf = async (documentId: string) =>
  (await b.strapi.db.query('plugin::editorial.comment' as any).findOne({ where: { documentId } })).status;

beforeAll(async () => {
  // Readers are told apart by address (reports count once per reader): trust X-Forwarded-For.
  b = await startBrowserStrapi({ IS_PROXIED: 'true' });
  (b.strapi.plugin('editorial').service('comments') as any).limiter.configure({
    submit: { points: 100000, duration: 60 },
    report: { points: 100000, duration: 60 },
    reportTarget: { points: 100000, duration: 60 },
  });
  moderator = await createAdminSession(b.strapi, b.server, 'Moderator');
  article = await fixtures(b.strapi).article({
    title: 'Tide mill to reopen as a museum',
    commentsMode: 'premoderated',
  });
  ids.flagged = await post({
    authorName: 'Oren Vale',
    authorEmail: 'oren@example.test',
    body: 'The mill wheel was restored by volunteers, not the council.',
  });
  ids.second = await post({
    authorName: 'Oren Vale',
    authorEmail: 'oren@example.test',
    body: 'And the museum should be free on Sundays.',
  });
  ids.approved = await post({
    authorName: 'Pia Marsh',
    authorEmail: 'pia@example.test',
    body: 'My grandfather worked at the mill until 1961.',
  });
  expect((await mod().post(`/editorial/moderation/comments/${ids.approved}/approve`).send({})).status).toBe(
    200,
  );
  // A moderator flags with a note; readers report the published comment with reasons.
  expect(
    (
      await mod()
        .post(`/editorial/moderation/comments/${ids.flagged}/flag`)
        .send({ note: 'Check with the heritage desk before publishing' })
    ).status,
  ).toBe(200);
  for (const [i, report] of [
    { reason: 'abuse', note: 'threat of arson' },
    { reason: 'abuse' },
    { reason: 'spam' },
  ].entries()) {
    const res = await pub()
      .post(`/api/editorial/comments/${ids.approved}/report`)
      .set('X-Forwarded-For', `203.0.113.${i + 10}`)
      .send(report);
    expect(res.status).toBe(202);
  }
  page = await b.newPage();
  await loginAs(page, b.url, moderator);
}, 240_000);

afterAll(async () => {
  await b?.stop();
});

it('shows the moderator’s note and the readers’ report reasons on the cards', async () => {
  await page.goto(`${QUEUE()}?status=all`);
  await item(ids.flagged).waitFor();
  const note = item(ids.flagged).getByTestId('moderator-note');
  expect(await note.innerText()).toContain('Check with the heritage desk before publishing');
  expect(await note.innerText()).toContain('Test Moderator');
  const reasons = item(ids.approved).getByTestId('report-reasons');
  await reasons.waitFor();
  expect(await reasons.textContent()).toMatch(/Abuse × 2/);
  expect(await reasons.textContent()).toMatch(/Spam × 1/);
});

it('shows only the links a moderator may follow', async () => {
  // Moderators cannot open articles in the Content Manager: no "Edit article" link on any card.
  expect(await page.getByTestId('edit-article').count()).toBe(0);
  const admin = await createAdminSession(b.strapi, b.server, 'Super Admin');
  const adminPage = await b.newPage();
  await loginAs(adminPage, b.url, admin);
  await adminPage.goto(`${QUEUE()}?status=all`);
  await adminPage
    .locator(`[data-testid="queue-item"][data-document-id="${ids.flagged}"] [data-testid="edit-article"]`)
    .waitFor();
  await adminPage.context().close();
});

it('opens a comment’s own history: its events, who acted, notes and report reasons', async () => {
  await item(ids.approved).getByTestId('comment-history-button').click();
  const drawer = page.getByTestId('comment-history');
  await drawer.waitFor();
  const events = drawer.getByTestId('comment-event');
  await events.first().waitFor();
  const actions = await events.evaluateAll((els) => els.map((el) => el.getAttribute('data-action')));
  expect(actions).toEqual(expect.arrayContaining(['approve', 'report']));
  const text = await drawer.innerText();
  expect(text).toContain('by Test Moderator');
  expect(text).toContain('by a reader');
  expect(text).toContain('Reason: Abuse · “threat of arson”');
  expect(text).not.toMatch(/reader:[0-9a-f]/);
  await settled();
  await screenshotPanel(
    page,
    'comment-history',
    '[data-testid="comment-history"] [data-scroll-panel]',
    '[data-testid="comment-history"]',
  );
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'detached' });

  await item(ids.flagged).getByTestId('comment-history-button').click();
  await page
    .getByTestId('comment-history')
    .getByText('Note: Check with the heritage desk before publishing')
    .waitFor();
  await page.keyboard.press('Escape');
});

it('keeps the raw moderation tables out of the moderator’s Content Manager', async () => {
  const cm = await b.newPage();
  await loginAs(cm, b.url, moderator);
  await cm.goto(`${b.url}/admin/content-manager`);
  await cm.getByRole('navigation').first().waitFor();
  await cm.waitForTimeout(500);
  expect(await cm.getByRole('link', { name: /Moderation event/i }).count()).toBe(0);
  expect(await cm.getByRole('link', { name: /Comment reason/i }).count()).toBe(0);
  await cm.context().close();
});

it('updates the counts and the menu badge by polling, without a reload', async () => {
  await page.goto(QUEUE());
  await page.getByTestId('count-pending').filter({ hasText: /^\d+$/ }).waitFor();
  const before = Number(await page.getByTestId('count-pending').innerText());
  const badge = Number(await page.getByTestId('menu-pending-count').innerText());
  await post({ authorName: 'Quinn Lock', body: 'Will the museum have step-free access?' }, '198.51.100.40');
  await page
    .getByTestId('count-pending')
    .filter({ hasText: String(before + 1) })
    .waitFor({ timeout: 20000 });
  await page
    .getByTestId('menu-pending-count')
    .filter({ hasText: String(badge + 1) })
    .waitFor({ timeout: 20000 });
  await page.getByTestId('new-banner').waitFor({ timeout: 20000 });
});

it('replies as staff under a published comment', async () => {
  await page.goto(`${QUEUE()}?status=approved`);
  await item(ids.approved).getByTestId('staff-reply-button').click();
  const box = item(ids.approved).getByTestId('staff-reply');
  await box.locator('textarea').fill('Thank you, we would love to hear more for the museum archive.');
  await box.getByTestId('staff-reply-send').click();
  await page.getByText('Staff reply to Pia Marsh published.').first().waitFor();
  const thread = (await pub().get(`/api/editorial/articles/${article.documentId}/comments?pageSize=100`)).body
    .data;
  const parent = thread.find((c: any) => c.documentId === ids.approved);
  expect(parent.replies).toEqual([
    expect.objectContaining({
      isStaff: true,
      body: 'Thank you, we would love to hear more for the museum archive.',
    }),
  ]);
});

it('suspends a commenter with a duration and reason, rejecting their held comments', async () => {
  await page.goto(`${QUEUE()}?status=all`);
  await item(ids.second).getByTestId('ban-button').click();
  const dialog = page.getByTestId('ban-dialog');
  await dialog.waitFor();
  await dialog.getByLabel('Duration', { exact: true }).fill('3');
  expect(await dialog.getByRole('combobox', { name: 'Unit' }).innerText()).toBe('days');
  await dialog.getByLabel(/^Reason/).fill('Repeated off-topic posts after a warning');
  expect(
    await dialog.getByRole('checkbox', { name: 'Reject all their pending and flagged comments' }).isChecked(),
  ).toBe(true);
  await settled();
  await page.screenshot({ path: screenshotPath('ban-dialog') });
  await dialog.getByTestId('ban-confirm').click();
  await page
    .getByText(/Oren Vale is suspended; 2 held comments rejected\./)
    .first()
    .waitFor();
  expect(await statusOf(ids.second)).toBe('rejected');
  expect(await statusOf(ids.flagged)).toBe('rejected');
  const bans = (await mod().get('/editorial/moderation/bans?state=active')).body.data;
  expect(bans).toEqual([
    expect.objectContaining({
      kind: 'suspension',
      reason: 'Repeated off-topic posts after a warning',
      authorName: 'Oren Vale',
    }),
  ]);
  const hours = (new Date(bans[0].expiresAt).getTime() - new Date(bans[0].createdAt).getTime()) / 3_600_000;
  expect(Math.round(hours)).toBe(72);
  await item(ids.second).getByTestId('author-banned').waitFor();
  // The suspended commenter cannot post meanwhile.
  const refused = await pub()
    .post(`/api/editorial/articles/${article.documentId}/comments`)
    .send({ authorName: 'Oren Vale', authorEmail: 'oren@example.test', body: 'Trying again today.' });
  expect(refused.status).toBe(403);
  await settled();
  await screenshotPanel(page, 'review-queue-all');
});

it('edits word lists as tags, the rule order by name, and numbers with their units', async () => {
  // Short invented lists, so that the screenshot shows the editors and no real slurs.
  const settings = (await mod().get('/editorial/settings/moderation')).body.data;
  const harmless = {
    ...settings,
    bannedWords: { ...settings.bannedWords, words: ['spamlink', 'scamcoin'] },
    suspectWords: { ...settings.suspectWords, words: ['clickhere'], ignoredLibraryWords: [] },
    insult: { ...settings.insult, words: ['nitwit'], targetedWords: ['dunce'] },
    identityAttack: { ...settings.identityAttack, identityTerms: ['sailors'], hostileWords: ['vermin'] },
    threat: { ...settings.threat, verbs: ['sink'], targets: ['boat'] },
  };
  expect((await mod().put('/editorial/settings/moderation').send(harmless)).status).toBe(200);
  await page.goto(`${b.url}/admin/settings/editorial-moderation`);
  const banned = page.locator('[data-field="bannedWords.words"]');
  await banned.waitFor();
  expect(await banned.locator('[data-tag]').allInnerTexts()).toEqual(['spamlink', 'scamcoin']);
  await banned.locator('input').fill('fakeprize, dodgydeal');
  await banned.getByRole('button', { name: 'Remove scamcoin' }).click();
  expect(await banned.locator('[data-tag]').allInnerTexts()).toEqual(['spamlink', 'fakeprize', 'dodgydeal']);

  // The order by rule names, moved with the arrows.
  const order = page.getByTestId('rule-order');
  const rules = await order.locator('li').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
  const i = rules.indexOf('links');
  await order.getByRole('button', { name: 'Move Links up' }).click();
  const moved = [...rules];
  [moved[i - 1], moved[i]] = [moved[i], moved[i - 1]];
  expect(
    await order.locator('li').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule'))),
  ).toEqual(moved);
  expect(await order.innerText()).toContain('Banned words');

  // Units beside the numbers.
  expect(await page.locator('[data-unit="minutes"]').first().innerText()).toBe('minutes');
  expect(await page.locator('[data-unit="reports"]').first().innerText()).toBe('reports');

  await page.getByTestId('settings-save').click();
  await page.getByText('Moderation rules saved').first().waitFor();
  const saved = (await mod().get('/editorial/settings/moderation')).body.data;
  expect(saved.bannedWords.words).toEqual(['spamlink', 'fakeprize', 'dodgydeal']);
  expect(saved.order).toEqual(moved);
  await page.mouse.move(0, 0);
  await page
    .getByRole('status')
    .filter({ hasText: 'Moderation rules saved' })
    .waitFor({ state: 'detached', timeout: 15000 })
    .catch(() => {});
  await settled();
  await screenshotPanel(page, 'moderation-settings');
});
