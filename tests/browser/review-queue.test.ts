/**
 * The moderators' review queue in a real browser (Debian Chromium via playwright-core):
 * mouse and keyboard work, bulk approve, flag with a note, undo, "N new", conflicts between
 * moderators, statistics, settings, and an editor kept out. Screenshots are written to
 * tests/screenshots/ (queue, history drawer, statistics).
 */
import type { Page } from 'playwright-core';
import {
  startBrowserStrapi,
  loginAs,
  screenshotPanel,
  screenshotPath,
  VIEWPORT,
  type BrowserStrapi,
} from '../helpers/browser';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';

let b: BrowserStrapi;
let moderator: AdminSession;
let otherModerator: AdminSession;
let editor: AdminSession;
let page: Page;
let premod: any;
let open: any;
const ids: Record<string, string> = {};

const pub = () => client(b.server);
const mod = () => client(b.server, moderator.token);
const post = async (article: any, body: Record<string, unknown>) => {
  const res = await pub().post(`/api/editorial/articles/${article.documentId}/comments`).send(body);
  if (res.status !== 201) throw new Error(`comment not created (${res.status}): ${JSON.stringify(res.body)}`);
  return res.body.data.documentId as string;
};
/** Every comment id the public sees on an article (threads and replies). */
const publicIds = async (article: any): Promise<string[]> => {
  const res = await pub().get(`/api/editorial/articles/${article.documentId}/comments?pageSize=100`);
  expect(res.status).toBe(200);
  const out: string[] = [];
  const walk = (list: any[]) => list.forEach((c) => (out.push(c.documentId), walk(c.replies ?? [])));
  walk(res.body.data);
  return out;
};
/** Rows written straight to the database bypass the service: tell it its cached counts are stale. */
const countsChanged = () => (b.strapi.plugin('editorial').service('moderation') as any).countsChanged();
const counts = async () => (await mod().get('/editorial/moderation/counts')).body.data;
const statusOf = async (documentId: string) =>
  (await b.strapi.db.query('plugin::editorial.comment' as any).findOne({ where: { documentId } })).status;

const QUEUE = () => `${b.url}/admin/plugins/editorial/moderation`;
const items = () => page.getByTestId('queue-item');
const item = (documentId: string) =>
  page.locator(`[data-testid="queue-item"][data-document-id="${documentId}"]`);
const focusedId = () =>
  page.locator('[data-testid="queue-item"][data-focused="true"]').getAttribute('data-document-id');
const tabCount = (status: string) => page.getByTestId(`count-${status}`);
/** A tab's count refetches after the action's cache invalidation, a moment after the list changes: wait for it, then assert. */
const expectCount = async (status: string, expected: string | number) => {
  await page
    .waitForFunction(([selector, text]) => document.querySelector(selector)?.textContent === text, [
      `[data-testid="count-${status}"]`,
      String(expected),
    ] as const)
    .catch(() => undefined);
  expect(await tabCount(status).textContent()).toBe(String(expected));
};
/** Waits until CSS transitions and animations (dialogs fading in) have finished, for screenshots. */
const settled = () =>
  page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
/**
 * What sticks out: the page scrolling sideways, or an element of the filters, the toolbar or a
 * comment card reaching past its container's right edge (clipped or overflowing text, buttons).
 */
const overflowing = () =>
  page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth)
      out.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    const containers = [
      ...document.querySelectorAll(
        '[data-testid="queue-item"], form[role="search"], [data-testid="queue-toolbar"]',
      ),
    ];
    for (const box of containers) {
      const edge = box.getBoundingClientRect().right;
      for (const el of box.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > edge + 1)
          out.push(
            `${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 30)}" ends at ${Math.round(r.right)} > ${Math.round(edge)}`,
          );
      }
    }
    return out.slice(0, 10);
  });
async function waitForQueueIdle() {
  await page.locator('[data-testid="queue-list"][aria-busy="false"]').waitFor();
}

beforeAll(async () => {
  b = await startBrowserStrapi();
  (b.strapi.plugin('editorial').service('comments') as any).limiter.configure({
    submit: { points: 100000, duration: 60 },
    report: { points: 100000, duration: 60 },
  });
  moderator = await createAdminSession(b.strapi, b.server, 'Moderator');
  otherModerator = await createAdminSession(b.strapi, b.server, 'Moderator');
  editor = await createAdminSession(b.strapi, b.server, 'Editor');
  const f = fixtures(b.strapi);
  premod = await f.article({
    title: 'Harbour ferry timetable changes from March',
    commentsMode: 'premoderated',
  });
  open = await f.article({ title: 'Library extends weekend opening hours', commentsMode: 'open' });

  // Held by rules on an open article: an insult and a link-heavy comment; clean ones are published.
  ids.insult = await post(open, {
    authorName: 'Grumpy Gus',
    body: 'Only an idiot would cut the Sunday hours, and the council is full of them.',
  });
  ids.links = await post(open, {
    authorName: 'Deal Finder',
    body: 'Cheap books at http://books.example.test and http://more.example.test and http://even-more.example.test today',
  });
  ids.shout = await post(open, {
    authorName: 'Pat Loud',
    body: 'WHY DOES THE COUNCIL ALWAYS CUT THE LIBRARY FIRST? OPEN IT ON SUNDAYS AGAIN!',
  });
  ids.clean = await post(open, {
    authorName: 'Ada Reader',
    body: 'Longer hours help students during exams, thank you.',
  });
  // Pre-moderated article: everything waits for review, including a reply.
  ids.p1 = await post(premod, {
    authorName: 'Ada Reader',
    body: 'Will the early boat still leave at six on weekdays?',
  });
  ids.p2 = await post(premod, {
    authorName: 'Ben Harbour',
    body: 'The new timetable finally matches the train arrivals.',
  });
  // Readers reply only to published comments: an earlier moderator approved p2.
  expect(
    (
      await client(b.server, otherModerator.token)
        .post(`/editorial/moderation/comments/${ids.p2}/approve`)
        .send({})
    ).status,
  ).toBe(200);
  ids.reply = await post(premod, {
    authorName: 'Cleo Quay',
    body: 'It does, I checked the 7:12 connection yesterday.',
    parent: ids.p2,
  });
  ids.p3 = await post(premod, {
    authorName: 'Dan Pier',
    body: 'Please keep the bicycle space on the morning crossings.',
  });
  ids.p4 = await post(premod, {
    authorName: 'Eve Dock',
    body: 'Winter crossings were often late; hope this helps.',
  });
  ids.p5 = await post(premod, {
    authorName: 'Gil Stern',
    body: 'Good news for everyone commuting from the islands.',
  });
  ids.p6 = await post(premod, {
    authorName: 'Hana Mole',
    body: 'Will the night ferry run on public holidays too?',
  });
  // Readers had reported the link-heavy comment twice (reports are counted per client; set directly here).
  await b.strapi.db
    .query('plugin::editorial.comment' as any)
    .update({ where: { documentId: ids.links }, data: { reportCount: 2 } });
  // A morning's comments, not all in the same second: spread them over the last hours, in order.
  const posted = [
    ids.insult,
    ids.links,
    ids.shout,
    ids.clean,
    ids.p1,
    ids.p2,
    ids.reply,
    ids.p3,
    ids.p4,
    ids.p5,
    ids.p6,
  ];
  for (const [i, documentId] of posted.entries()) {
    const postedAt = new Date(Date.now() - (posted.length - i) * 23 * 60_000);
    await b.strapi.db
      .query('plugin::editorial.comment' as any)
      .update({ where: { documentId }, data: { postedAt } });
  }
  // Ada is a regular: earlier comments on other stories, one of them rejected.
  const buses = await f.article({ title: 'Night bus routes to be reviewed in spring', commentsMode: 'open' });
  const regular = [
    ['The 11 pm bus is the only way home for shift workers at the hospital, please keep it.', 'approved', 9],
    ['This reporter clearly has no idea what the night shift is like, as usual.', 'rejected', 6],
    ['Thanks for listing the consultation dates, I will go to the Tuesday one.', 'approved', 5],
    ['Good to see the harbour lights repaired before winter.', 'approved', 3],
  ] as const;
  await b.strapi.db.query('plugin::editorial.comment' as any).createMany({
    data: regular.map(([body, status, days], i) => ({
      body,
      authorName: 'Ada Reader',
      articleDocumentId: i === 3 ? open.documentId : buses.documentId,
      status,
      postedAt: new Date(Date.now() - days * 86_400_000),
      origin: 'reader',
      version: 1,
    })),
  });
  const regularRows = await b.strapi.db
    .query('plugin::editorial.comment' as any)
    .findMany({ where: { authorName: 'Ada Reader', articleDocumentId: buses.documentId } });
  ids.adaBus = regularRows.find((r: any) => r.body.startsWith('The 11 pm bus')).documentId;
  ids.adaDates = regularRows.find((r: any) => r.body.startsWith('Thanks for listing')).documentId;
  countsChanged();

  page = await b.newPage();
  await loginAs(page, b.url, moderator);
});

afterAll(async () => {
  await b?.stop();
});

describe('access', () => {
  it('keeps an editor without the moderation permission out of the page and its API', async () => {
    const editorPage = await b.newPage();
    await loginAs(editorPage, b.url, editor);
    await expectNoLink(editorPage, 'Review queue');
    await editorPage.goto(QUEUE());
    await editorPage
      .getByText(/don't have the permissions/i)
      .first()
      .waitFor();
    expect(await editorPage.getByTestId('queue-item').count()).toBe(0);
    expect((await client(b.server, editor.token).get('/editorial/moderation/comments')).status).toBe(403);
    await editorPage.context().close();
  });
});

async function expectNoLink(p: Page, name: string) {
  await p.getByRole('navigation').first().waitFor();
  expect(await p.getByRole('link', { name }).count()).toBe(0);
}

describe('the queue', () => {
  it('shows pending comments with counts, the menu badge, highlights, reasons, article, parent and history', async () => {
    const c = await counts();
    const held = {
      insult: await statusOf(ids.insult),
      links: await statusOf(ids.links),
      reply: await statusOf(ids.reply),
      clean: await statusOf(ids.clean),
    };
    expect(held).toEqual({ insult: 'flagged', links: 'pending', reply: 'pending', clean: 'approved' });
    expect(await statusOf(ids.shout)).toBe('pending');
    expect(c).toMatchObject({ pending: 8, flagged: 1 });
    await page.getByRole('link', { name: 'Review queue' }).click();
    await page.waitForURL(/\/plugins\/editorial\/moderation/);
    await items().first().waitFor();
    await waitForQueueIdle();
    await expectCount('pending', '8');
    await expectCount('flagged', '1');
    await expectCount('approved', String(c.approved));
    // The menu badge counts what awaits review: pending and flagged.
    expect(await page.getByTestId('menu-pending-count').textContent()).toBe('9');
    expect(await items().count()).toBe(8);

    // Oldest first: the link-heavy comment, its links marked, the rule in words, reader reports counted.
    const links = item(ids.links);
    expect(await items().first().getAttribute('data-document-id')).toBe(ids.links);
    expect(await links.locator('mark').count()).toBe(3);
    expect(await links.locator('mark').first().textContent()).toBe('http://books.example.test');
    expect(await links.getByTestId('reasons').textContent()).toContain('Links');
    expect(await links.textContent()).toContain('Library extends weekend opening hours');
    // "Public page" opens the article where readers see it: this app sets its example reader page.
    const publicHref = await links.getByRole('link', { name: 'Public page' }).getAttribute('href');
    expect(publicHref).toBe(`${b.url}/reader/index.html#/articles/${open.slug}`);
    const reader = await b.newPage();
    await reader.goto(publicHref!);
    await reader.getByRole('heading', { name: open.title }).waitFor();
    await reader.context().close();
    expect(await links.getByTestId('report-count').textContent()).toContain('2 reader reports');
    // A reply shows its parent comment.
    expect(await item(ids.reply).getByTestId('parent-comment').textContent()).toContain(
      'In reply to Ben Harbour',
    );
    // Capitals marked for the shouting rule, with the share in words.
    expect(await item(ids.shout).locator('mark').count()).toBeGreaterThan(0);
    expect(await item(ids.shout).getByTestId('reasons').textContent()).toMatch(
      /Shouting\s*· \d+% capital letters/,
    );
    // Author history at a glance (Ada: the published comment and her earlier ones, one rejected).
    expect(await item(ids.p1).getByTestId('history-button').textContent()).toContain(
      '4 approved · 1 rejected',
    );

    // No menu tooltip in the picture: the menu link keeps the focus after the click.
    await page.mouse.move(700, 20);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await page.getByRole('tooltip').waitFor({ state: 'detached' });
    await settled();
    await screenshotPanel(page, 'review-queue');

    // Laptop widths: nothing sticks out of the page or out of a comment card.
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1024, height: 768 },
    ]) {
      await page.setViewportSize(size);
      await settled();
      expect(await overflowing()).toEqual([]);
      await page.screenshot({ path: screenshotPath(`review-queue-${size.width}x${size.height}`) });
    }
    await page.setViewportSize(VIEWPORT);

    // The insult was flagged by its rule: the matched word is marked.
    await page.getByTestId('tab-flagged').click();
    await item(ids.insult).waitFor();
    expect(await item(ids.insult).locator('mark').first().textContent()).toBe('idiot');
    expect(await item(ids.insult).getByTestId('reasons').textContent()).toContain('Insult');
    await page.getByTestId('tab-pending').click();
    await item(ids.links).waitFor();
    await waitForQueueIdle();
  });

  it('approves and rejects with the mouse; counts and the public API follow', async () => {
    const before = await counts();
    await item(ids.p1).getByRole('button', { name: 'Approve', exact: true }).click();
    await page.getByTestId('notice').filter({ hasText: 'Comment approved' }).waitFor();
    await item(ids.p1).waitFor({ state: 'detached' });
    await expectCount('pending', String(before.pending - 1));
    await expectCount('approved', String(before.approved + 1));
    expect(await publicIds(premod)).toContain(ids.p1);

    await item(ids.p4).getByRole('button', { name: 'Reject', exact: true }).click();
    await item(ids.p4).waitFor({ state: 'detached' });
    expect(await statusOf(ids.p4)).toBe('rejected');
    await expectCount('rejected', String(before.rejected + 1));
    expect(await publicIds(premod)).not.toContain(ids.p4);
  });

  it('works with the keyboard: next and previous, approve, reject, help overlay', async () => {
    const order = await items().evaluateAll((els) => els.map((e) => e.getAttribute('data-document-id')));
    await items().first().getByTestId('comment-body').click();
    expect(await focusedId()).toBe(order[0]);
    await page.keyboard.press('j');
    expect(await focusedId()).toBe(order[1]);
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await focusedId()).toBe(order[1]);

    // Approve the focused comment; focus stays in place, on the comment that followed it.
    const target = order[1]!;
    await page.keyboard.press('a');
    await item(target).waitFor({ state: 'detached' });
    await waitForQueueIdle();
    expect(await statusOf(target)).toBe('approved');
    expect(await focusedId()).toBe(order[2]);
    const article = [ids.links, ids.shout].includes(target) ? open : premod;
    expect(await publicIds(article)).toContain(target);

    await page.keyboard.press('?');
    await page.getByTestId('shortcuts-help').waitFor();
    expect(await page.getByTestId('shortcuts-help').textContent()).toContain('Undo the last action');
    await settled();
    await page.screenshot({ path: screenshotPath('shortcuts-help') });
    await page.keyboard.press('Escape');
    await page.getByTestId('shortcuts-help').waitFor({ state: 'detached' });
  });

  it('undoes the last action', async () => {
    const before = await counts();
    const first = (await items().first().getAttribute('data-document-id'))!;
    await items().first().click();
    await page.keyboard.press('r');
    await item(first).waitFor({ state: 'detached' });
    expect(await statusOf(first)).toBe('rejected');
    await expectCount('pending', String(before.pending - 1));
    await page.keyboard.press('u');
    await page.getByTestId('notice').filter({ hasText: 'Undone' }).waitFor();
    await item(first).waitFor();
    expect(await statusOf(first)).toBe('pending');
    await expectCount('pending', String(before.pending));
  });

  it('flags a comment with a note that lands in the audit trail', async () => {
    await item(ids.p3).click();
    await page.keyboard.press('Shift+F');
    const dialog = page.getByTestId('note-dialog');
    await dialog.waitFor();
    await dialog.getByRole('textbox').fill('Check the ferry operator policy before publishing');
    await dialog.getByTestId('note-confirm').click();
    await item(ids.p3).waitFor({ state: 'detached' });
    expect(await statusOf(ids.p3)).toBe('flagged');
    const events = (await mod().get(`/editorial/moderation/comments/${ids.p3}/events`)).body.data;
    expect(events.at(-1)).toMatchObject({
      action: 'flag',
      note: 'Check the ferry operator policy before publishing',
      actorType: 'admin',
    });
    expect(await publicIds(premod)).not.toContain(ids.p3);
    await page.getByTestId('tab-flagged').click();
    await item(ids.p3).waitFor();
    await expectCount('flagged', (await counts()).flagged);
    await page.getByTestId('tab-pending').click();
    await waitForQueueIdle();
  });

  it('with the mouse, rejects a flagged comment with a note, choosing the action in the dialog', async () => {
    await page.getByTestId('tab-flagged').click();
    await item(ids.insult).waitFor();
    await waitForQueueIdle();
    await item(ids.insult).getByTestId('note-button').click();
    const dialog = page.getByTestId('note-dialog');
    await dialog.waitFor();
    // Proposed: reject (the comment is already flagged); the moderator may pick another action.
    expect(await dialog.getByRole('combobox').textContent()).toContain('Reject');
    await dialog.getByRole('combobox').click();
    await page.getByRole('option', { name: 'Back to pending' }).click();
    await dialog.getByRole('combobox').click();
    await page.getByRole('option', { name: 'Reject' }).click();
    await dialog.getByRole('textbox').fill('Personal attack on council staff');
    await dialog.getByTestId('note-confirm').click();
    await item(ids.insult).waitFor({ state: 'detached' });
    expect(await statusOf(ids.insult)).toBe('rejected');
    const events = (await mod().get(`/editorial/moderation/comments/${ids.insult}/events`)).body.data;
    expect(events.at(-1)).toMatchObject({
      action: 'reject',
      note: 'Personal attack on council staff',
      fromStatus: 'flagged',
      toStatus: 'rejected',
    });
    await page.getByTestId('tab-pending').click();
    await waitForQueueIdle();
  });

  it('opens the author history drawer', async () => {
    // Ada Reader: p1 approved above, the published one (clean) and her earlier comments.
    await page.getByTestId('tab-all').click();
    await waitForQueueIdle();
    await item(ids.p1).getByTestId('history-button').click();
    const drawer = page.getByTestId('history-drawer');
    await drawer.waitFor();
    await drawer.getByTestId('history-item').first().waitFor();
    expect(await drawer.getByTestId('history-counts').textContent()).toContain('5Approved1Rejected');
    expect(await drawer.textContent()).toContain('Longer hours help students');
    expect(await drawer.getByTestId('history-item').count()).toBe(5);
    await settled();
    await screenshotPanel(
      page,
      'history-drawer',
      '[data-testid="history-drawer"] [data-scroll-panel]',
      '[data-testid="history-drawer"]',
    );
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await page.getByTestId('tab-pending').click();
    await waitForQueueIdle();
  });

  it('shows "N new" for comments arriving while the moderator works, without moving the focus', async () => {
    await page.keyboard.press('j');
    const focused = await focusedId();
    const pendingBefore = Number(await tabCount('pending').textContent());
    const fresh = await post(premod, {
      authorName: 'Finn Late',
      body: 'Arrived just now: what about the holiday timetable?',
    });
    const banner = page.getByTestId('new-banner');
    await banner.waitFor({ timeout: 20000 });
    expect(await banner.textContent()).toContain('1 new comment');
    // The tab count follows at once (live), the list waits for the moderator.
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="count-pending"]')?.textContent === String(n),
      pendingBefore + 1,
    );
    expect(await item(fresh).count()).toBe(0);
    expect(await focusedId()).toBe(focused);
    await banner.click();
    await item(fresh).waitFor();
    expect(await focusedId()).toBe(focused);
    await banner.waitFor({ state: 'detached' });
  });

  it('tells the moderator when another moderator acted on the same comment first', async () => {
    const target = (await items().first().getAttribute('data-document-id'))!;
    // The other moderator rejects it while this page still shows it as pending.
    const other = await client(b.server, otherModerator.token)
      .post(`/editorial/moderation/comments/${target}/reject`)
      .send({});
    expect(other.status).toBe(200);
    await item(target).getByRole('button', { name: 'Approve', exact: true }).click();
    const notice = page.getByTestId('notice');
    await notice.filter({ hasText: 'Another moderator' }).waitFor();
    expect(await notice.getAttribute('data-tone')).toBe('warning');
    expect(await statusOf(target)).toBe('rejected');
    await item(target).waitFor({ state: 'detached' });
  });

  it('reports each comment another moderator changed while a bulk action was prepared', async () => {
    await waitForQueueIdle();
    const [first, second] = await items().evaluateAll((els) =>
      els.slice(0, 2).map((e) => e.getAttribute('data-document-id')!),
    );
    const secondAuthor = (
      await b.strapi.db.query('plugin::editorial.comment' as any).findOne({ where: { documentId: second } })
    ).authorName;
    await item(first).getByTestId('select-item').click();
    await item(second).getByTestId('select-item').click();
    expect(await page.getByTestId('selection-count').textContent()).toBe('2 selected');
    // Meanwhile the other moderator rejects the second one.
    expect(
      (
        await client(b.server, otherModerator.token)
          .post(`/editorial/moderation/comments/${second}/reject`)
          .send({})
      ).status,
    ).toBe(200);
    await page.getByTestId('bulk-approve').click();
    const notice = page.getByTestId('notice');
    await notice.filter({ hasText: 'changed by someone else' }).waitFor();
    expect(await notice.getAttribute('data-tone')).toBe('warning');
    expect(await notice.textContent()).toContain(
      'Comment approved. 1 comment was changed by someone else and was skipped',
    );
    expect(await page.getByTestId('notice-details').textContent()).toBe(
      `${secondAuthor}: now Rejected by Test Moderator`,
    );
    expect(await statusOf(first)).toBe('approved');
    expect(await statusOf(second)).toBe('rejected');
    await item(second).waitFor({ state: 'detached' });
    // The rejection stands: nothing was overwritten, and the audit trail shows no approval.
    const events = (await mod().get(`/editorial/moderation/comments/${second}/events`)).body.data;
    expect(events.map((e: any) => e.action)).not.toContain('approve');
  });

  it('bulk-approves a selection; counts, badge and the public API change', async () => {
    await waitForQueueIdle();
    const pending = await items().evaluateAll((els) => els.map((e) => e.getAttribute('data-document-id')!));
    expect(pending.length).toBeGreaterThanOrEqual(2);
    const before = await counts();
    await page.getByTestId('select-all').click();
    expect(await page.getByTestId('selection-count').textContent()).toBe(`${pending.length} selected`);
    await page.getByTestId('bulk-approve').click();
    await page
      .getByTestId('notice')
      .filter({ hasText: `${pending.length} comments approved` })
      .waitFor();
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByTestId('empty-state').textContent()).toContain('All caught up');
    const after = await counts();
    expect(after.pending).toBe(0);
    expect(after.approved).toBe(before.approved + pending.length);
    await expectCount('pending', '0');
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="menu-pending-count"]')?.textContent === String(n),
      after.flagged,
    );
    const visible = [...(await publicIds(premod)), ...(await publicIds(open))];
    for (const id of pending) expect(visible).toContain(id);
    // Undo of a bulk action reverts every comment it changed.
    await page.keyboard.press('u');
    await page.getByTestId('notice').filter({ hasText: 'Undone' }).waitFor();
    expect((await counts()).pending).toBe(pending.length);
    await page.getByTestId('select-all').click();
    await page.getByTestId('bulk-approve').click();
    await page.getByTestId('empty-state').waitFor();
  });

  it('marks, in place, each comment a bulk action skipped because another moderator changed it', async () => {
    await page.goto(`${QUEUE()}?status=all&author=${encodeURIComponent('Ada Reader')}`);
    await item(ids.adaDates).waitFor();
    await waitForQueueIdle();
    await item(ids.adaBus).getByTestId('select-item').click();
    await item(ids.adaDates).getByTestId('select-item').click();
    expect(
      (
        await client(b.server, otherModerator.token)
          .post(`/editorial/moderation/comments/${ids.adaDates}/flag`)
          .send({ note: 'checking dates' })
      ).status,
    ).toBe(200);
    await page.getByTestId('bulk-reject').click();
    await page.getByTestId('notice').filter({ hasText: 'changed by someone else' }).waitFor();
    await item(ids.adaDates).getByTestId('conflict-note').waitFor();
    expect(await item(ids.adaDates).getByTestId('conflict-note').textContent()).toBe(
      'Changed by Test Moderator while you worked: now Flagged. Your action was not applied.',
    );
    expect(await item(ids.adaDates).getAttribute('data-status')).toBe('flagged');
    expect(await item(ids.adaBus).getAttribute('data-status')).toBe('rejected');
    expect(await item(ids.adaBus).getByTestId('conflict-note').count()).toBe(0);
    expect([await statusOf(ids.adaBus), await statusOf(ids.adaDates)]).toEqual(['rejected', 'flagged']);
    // Put them back as they were.
    for (const id of [ids.adaBus, ids.adaDates])
      expect((await mod().post(`/editorial/moderation/comments/${id}/approve`).send({})).status).toBe(200);
    await page.goto(QUEUE());
    await page.getByTestId('empty-state').waitFor();
  });

  it('sorts by most reported, filters by reason and by text, and shows a clear empty state', async () => {
    await page.getByTestId('tab-all').click();
    await waitForQueueIdle();
    // Most reported first: the comment readers reported twice.
    await page.getByRole('combobox', { name: 'Sort' }).click();
    await page.getByRole('option', { name: 'Most reported' }).click();
    await page.waitForURL(/sort=reported/);
    await page.waitForFunction(
      (id) => document.querySelector('[data-testid="queue-item"]')?.getAttribute('data-document-id') === id,
      ids.links,
    );
    // Only what the insult rule held.
    await page.getByRole('combobox', { name: 'Reason' }).click();
    await page.getByRole('option', { name: 'Insult' }).click();
    await page.waitForURL(/reason=insult/);
    await page.waitForFunction((id) => {
      const shown = [...document.querySelectorAll('[data-testid="queue-item"]')].map((e) =>
        e.getAttribute('data-document-id'),
      );
      return shown.length === 1 && shown[0] === id;
    }, ids.insult);
    // Only one article's comments, picked in the Article filter (articles with comments in the tab, counted).
    await page.goto(`${QUEUE()}?status=all`);
    await items().first().waitFor();
    // Typing searches titles on the server (for newsrooms with more articles than the list shows).
    const allOnOpen = (
      await mod().get(`/editorial/moderation/comments?status=all&article=${open.documentId}`)
    ).body.meta.pagination.total;
    const typed = open.title.split(' ').slice(0, 2).join(' ');
    const searched = page.waitForResponse(
      (r) =>
        r.url().includes('/editorial/moderation/articles') &&
        new URL(r.url()).searchParams.get('q') === typed &&
        r.status() === 200,
    );
    await page.getByRole('combobox', { name: 'Article' }).click();
    await page.getByRole('combobox', { name: 'Article' }).fill(typed);
    const found = await (await searched).json();
    expect(found.data.map((a: any) => a.documentId)).toContain(open.documentId);
    await page.getByRole('option', { name: `${open.title} (${allOnOpen})` }).click();
    await page.waitForURL(new RegExp(`article=${open.documentId}`));
    await page.waitForFunction((title) => {
      const shown = [...document.querySelectorAll('[data-testid="queue-item"]')];
      return shown.length > 0 && shown.every((e) => e.textContent?.includes(title));
    }, open.title);
    // ... or from a comment's "Only this article".
    await page.goto(`${QUEUE()}?status=all`);
    await item(ids.p3).getByTestId('filter-article').click();
    await page.waitForURL(new RegExp(`article=${premod.documentId}`));
    await page.waitForFunction((title) => {
      const shown = [...document.querySelectorAll('[data-testid="queue-item"]')];
      return shown.length > 0 && shown.every((e) => e.textContent?.includes(title));
    }, premod.title);
    expect(await item(ids.insult).count()).toBe(0);
    await page.goto(`${QUEUE()}?status=all`);
    await items().first().waitFor();
    await waitForQueueIdle();
    await page.getByRole('textbox', { name: 'Search comment text' }).fill('bicycle space');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=bicycle/);
    await waitForQueueIdle();
    expect(await items().count()).toBe(1);
    expect(await items().first().getAttribute('data-document-id')).toBe(ids.p3);
    await page.getByRole('textbox', { name: 'Search comment text' }).fill('no comment says this');
    await page.keyboard.press('Enter');
    await page.getByTestId('empty-state').filter({ hasText: 'No comment matches these filters' }).waitFor();
  });
});

describe('pagination', () => {
  it('keeps its page after actions, and moves to the last page that still has comments', async () => {
    const start = Date.now() - 3 * 3600_000;
    await b.strapi.db.query('plugin::editorial.comment' as any).createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        body: `Queued reader question number ${i + 1} about the ferry timetable.`,
        authorName: `Reader ${i + 1}`,
        articleDocumentId: premod.documentId,
        status: 'pending',
        postedAt: new Date(start + i * 60_000),
        origin: 'reader',
        version: 0,
      })),
    });
    countsChanged();
    await page.goto(QUEUE());
    await items().first().waitFor();
    await waitForQueueIdle();
    expect(await page.getByTestId('pagination-summary').textContent()).toBe('Page 1 of 2 · 25 comments');
    expect(await items().count()).toBe(20);
    await page.keyboard.press(']');
    await page.waitForURL(/page=2/);
    await page.getByTestId('pagination-summary').filter({ hasText: 'Page 2 of 2' }).waitFor();
    expect(await items().count()).toBe(5);
    expect(await items().first().textContent()).toContain('number 21 about');

    // Approving with the keyboard keeps the moderator on page 2, on the next comment.
    await page.keyboard.press('a');
    await page.getByTestId('pagination-summary').filter({ hasText: '24 comments' }).waitFor();
    expect(page.url()).toContain('page=2');
    expect(await items().count()).toBe(4);
    expect(await page.locator('[data-testid="queue-item"][data-focused="true"]').textContent()).toContain(
      'number 22 about',
    );

    // Select all with the keyboard and approve: page 2 empties, the queue shows the last page left.
    await page.keyboard.press('Shift+X');
    expect(await page.getByTestId('selection-count').textContent()).toBe('4 selected');
    await page.keyboard.press('a');
    await page.getByTestId('pagination-summary').filter({ hasText: 'Page 1 of 1 · 20 comments' }).waitFor();
    expect(await items().count()).toBe(20);
    expect((await counts()).pending).toBe(20);
  });
});

describe('statistics and settings', () => {
  it('shows comments received and decisions per day, and the share held by each rule', async () => {
    // Two weeks of earlier comments, decided and held by various rules.
    const rules = ['links', 'insult', 'shouting', 'banned-words', 'duplicate'];
    const statuses = ['approved', 'approved', 'approved', 'rejected', 'flagged'];
    const history = [];
    for (let day = 1; day <= 29; day++) {
      const n = 3 + ((day * 7) % 9);
      for (let i = 0; i < n; i++) {
        const held = (day + i) % 3 === 0;
        const rule = rules[(day + i) % rules.length];
        history.push({
          body: `Earlier comment ${day}-${i}`,
          authorName: `Past reader ${i}`,
          articleDocumentId: open.documentId,
          status: held ? statuses[(day * i) % statuses.length] : 'approved',
          postedAt: new Date(Date.now() - day * 86_400_000 - i * 60_000),
          origin: 'reader',
          version: 1,
          ...(held ? { moderationReasons: [{ rule, detail: 'earlier', spans: [] }], reasonRules: rule } : {}),
        });
      }
    }
    await b.strapi.db.query('plugin::editorial.comment' as any).createMany({ data: history });
    countsChanged();
    await page.goto(QUEUE());
    await page.getByTestId('nav-stats').click();
    await page.getByTestId('stats-chart').waitFor();
    const stats = (await mod().get('/editorial/moderation/stats?days=30')).body.data;
    const received = stats.perDay.reduce((s: number, d: any) => s + d.received, 0);
    expect(await page.getByTestId('total-received').textContent()).toContain(String(received));
    expect(await page.getByTestId('stats-by-rule').textContent()).toContain('Insult');
    await screenshotPanel(page, 'statistics');
  });

  it('validates the moderation rules and saves them', async () => {
    await page.goto(`${b.url}/admin/settings/editorial-moderation`);
    const threshold = page.locator('[data-field="reports.threshold"]');
    await threshold.waitFor();
    await threshold.fill('-4');
    await page.getByTestId('settings-save').click();
    await page.getByTestId('settings-error').waitFor();
    expect(await page.getByTestId('settings-error').textContent()).toContain('reports.threshold');
    expect((await mod().get('/editorial/settings/moderation')).body.data.reports.threshold).toBe(3);
    await threshold.fill('5');
    await page.getByTestId('settings-save').click();
    await page.getByText('Moderation rules saved').first().waitFor();
    expect((await mod().get('/editorial/settings/moderation')).body.data.reports.threshold).toBe(5);
  });

  it('marks sections as pre-moderated: validated in the page, applied to new comments', async () => {
    const politics = await fixtures(b.strapi).article({
      title: 'Council budget vote tonight',
      section: 'Politics',
      commentsMode: null,
    });
    await page.goto(`${b.url}/admin/settings/editorial-moderation`);
    const sections = page.locator('[data-field="articleMode.premoderatedSections"]');
    await sections.waitFor();
    const group = page.locator('[data-section="articleMode"]');
    // The comment modes come first: what a newsroom changes most.
    expect(await page.locator('[data-section]').first().getAttribute('data-section')).toBe('articleMode');
    // A tag per section: the same name in other capitals is not added twice.
    const input = sections.locator('input');
    await input.fill('Politics');
    await input.press('Enter');
    await input.fill('politics');
    await input.press('Enter');
    expect(await sections.locator('[data-tag]').allInnerTexts()).toEqual(['Politics']);
    await input.fill('Court reports');
    await input.press('Enter');
    await page.getByTestId('settings-save').click();
    await page.getByText('Moderation rules saved').first().waitFor();
    expect(
      (await mod().get('/editorial/settings/moderation')).body.data.articleMode.premoderatedSections,
    ).toEqual(['Politics', 'Court reports']);
    expect(await group.textContent()).toContain('2 sections pre-moderated');

    // A reader's comment on a Politics article now waits for review, with the section as its reason.
    const id = await post(politics, {
      authorName: 'Nora Quill',
      body: 'Will the budget include the harbour wall repairs?',
    });
    expect(await statusOf(id)).toBe('pending');
    expect(await publicIds(politics)).not.toContain(id);
    await page.goto(`${QUEUE()}?article=${politics.documentId}`);
    await item(id).waitFor();
    expect(await item(id).getByTestId('reasons').textContent()).toContain(
      'the section Politics is pre-moderated',
    );
  });
});
