/**
 * Privacy request from the review queue's history drawer, in a real browser: a moderator holding
 * plugin::editorial.privacy erases a commenter after confirming; one without it sees no controls.
 */
import type { Page } from 'playwright-core';
import { startBrowserStrapi, loginAs, type BrowserStrapi } from '../helpers/browser';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';

let b: BrowserStrapi;
let officer: AdminSession;
let moderator: AdminSession;
let page: Page;
const ids: string[] = [];

const QUEUE = () => `${b.url}/admin/plugins/editorial/moderation`;
const item = (documentId: string) =>
  page.locator(`[data-testid="queue-item"][data-document-id="${documentId}"]`);
const row = (documentId: string) =>
  b.strapi.db.query('plugin::editorial.comment' as any).findOne({ where: { documentId } });

beforeAll(async () => {
  b = await startBrowserStrapi();
  moderator = await createAdminSession(b.strapi, b.server, 'Moderator');
  const role = await b.strapi
    .service('admin::role')
    .create({ name: 'Privacy desk', description: 'Privacy requests' });
  await b.strapi
    .service('admin::role')
    .assignPermissions(role.id, [
      { action: 'plugin::editorial.privacy', subject: null, properties: {}, conditions: [] },
    ]);
  officer = await createAdminSession(b.strapi, b.server, ['Moderator', 'Privacy desk']);
  const f = fixtures(b.strapi);
  const premod = await f.article({ title: 'Swimming pool roof repairs', commentsMode: 'premoderated' });
  for (const body of [
    'Will the pool close for the whole summer?',
    'The sauna should stay open during the works.',
  ]) {
    const res = await client(b.server)
      .post(`/api/editorial/articles/${premod.documentId}/comments`)
      .send({ authorName: 'Tilda Wave', authorEmail: 'tilda@pool.example', body });
    expect(res.status).toBe(201);
    ids.push(res.body.data.documentId);
  }
  page = await b.newPage();
});

afterAll(async () => {
  await b?.stop();
});

async function openDrawer() {
  await page.goto(QUEUE());
  await item(ids[0]).waitFor();
  await item(ids[0]).getByTestId('history-button').click();
  const drawer = page.getByTestId('history-drawer');
  await drawer.getByTestId('history-item').first().waitFor();
  return drawer;
}

describe('privacy request from the history drawer', () => {
  it('shows no privacy controls without the permission', async () => {
    await loginAs(page, b.url, moderator);
    const drawer = await openDrawer();
    expect(await drawer.getByTestId('privacy-actions').count()).toBe(0);
  });

  it('erases the commenter after a confirmation', async () => {
    page = await b.newPage(); // a fresh browser context: own cookies and storage
    await loginAs(page, b.url, officer);
    const drawer = await openDrawer();
    const actions = drawer.getByTestId('privacy-actions');
    await actions.waitFor();
    expect(await actions.textContent()).toContain('tilda@pool.example');
    await actions.getByTestId('privacy-erase').click();
    // Nothing happens before the confirmation.
    expect((await row(ids[0])).authorEmail).toBe('tilda@pool.example');
    await actions.getByTestId('privacy-erase-confirm').click();
    await page.getByText('Erased: 2 comments (anonymise)').waitFor();
    for (const id of ids) {
      expect(await row(id)).toMatchObject({ authorName: '[erased]', authorEmail: null, ipHash: null });
    }
    const event = await b.strapi.db
      .query('plugin::editorial.moderation-event' as any)
      .findOne({ where: { action: 'privacy-erase' } });
    expect(event.note).toContain('2 comments');
  });
});
