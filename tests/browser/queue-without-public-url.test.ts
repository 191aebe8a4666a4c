/**
 * A host app that sets no `publicArticleUrl`: the plugin ships no reader page, so the review
 * queue offers no "Public page" link (rather than one that 404s). The "Edit article" link shows
 * only to roles that may open articles (a super admin here, not the moderator).
 */
import type { Page } from 'playwright-core';
import { startBrowserStrapi, loginAs, type BrowserStrapi } from '../helpers/browser';
import { createAdminSession, client } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';

let b: BrowserStrapi;
let page: Page;

beforeAll(async () => {
  // This app's config/plugins.ts passes EDITORIAL_PUBLIC_ARTICLE_URL through; empty = not set.
  b = await startBrowserStrapi({ EDITORIAL_PUBLIC_ARTICLE_URL: '' });
  const moderator = await createAdminSession(b.strapi, b.server, 'Moderator');
  page = await b.newPage();
  await loginAs(page, b.url, moderator);
});

afterAll(async () => {
  delete process.env.EDITORIAL_PUBLIC_ARTICLE_URL;
  await b?.stop();
});

it('shows a published article without a public-page link', async () => {
  const article = await fixtures(b.strapi).article({
    title: 'Tide tables move online',
    commentsMode: 'premoderated',
  });
  const res = await client(b.server)
    .post(`/api/editorial/articles/${article.documentId}/comments`)
    .send({ authorName: 'Ola Tide', body: 'Will the printed tables still be at the harbour office?' });
  expect(res.status).toBe(201);

  await page.goto(`${b.url}/admin/plugins/editorial/moderation`);
  const card = page.locator(`[data-testid="queue-item"][data-document-id="${res.body.data.documentId}"]`);
  await card.waitFor();
  expect(await card.textContent()).toContain('Tide tables move online');
  expect(await card.getByTestId('public-link').count()).toBe(0);
  expect(await card.getByRole('link', { name: 'Public page' }).count()).toBe(0);
  expect(await card.textContent()).not.toContain('not published');
  expect(await card.getByRole('link', { name: 'Edit article' }).count()).toBe(0);

  const admin = await createAdminSession(b.strapi, b.server, 'Super Admin');
  const adminPage = await b.newPage();
  await loginAs(adminPage, b.url, admin);
  await adminPage.goto(`${b.url}/admin/plugins/editorial/moderation`);
  const adminCard = adminPage.locator(
    `[data-testid="queue-item"][data-document-id="${res.body.data.documentId}"]`,
  );
  await adminCard.getByRole('link', { name: 'Edit article' }).waitFor();
  expect(await adminCard.getByRole('link', { name: 'Public page' }).count()).toBe(0);
});
