/**
 * The quotes panel (content-manager edit view) and the Sources pages in Chromium: an editor sees
 * the quotes of an article with speaker, source kind and the anonymous share, verifies, edits,
 * re-attributes (by searching sources) and rejects quotes, saves the article again and finds the
 * corrections kept; on Sources, a source's quotes across articles with links, and a merge.
 * A moderator has neither the Sources link nor access to the quote API.
 * Screenshots: test-results/screenshots/quotes-panel.png and sources.png.
 */
import type { Page } from 'playwright-core';
import { startBrowserStrapi, loginAs, screenshotPath, type BrowserStrapi } from '../helpers/browser';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { HARBOUR, FERRY } from '../fixtures/quote-articles';

const ARTICLE = 'plugin::editorial.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;

let b: BrowserStrapi;
let editor: AdminSession;
let page: Page;
const ids: Record<string, string> = {};

const api = () => client(b.server, editor.token);
async function createArticle(title: string, body: string) {
  const res = await api().post(CM).send({ title, slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now()}`, body });
  if (res.status !== 201) throw new Error(`article not created (${res.status}): ${JSON.stringify(res.body)}`);
  return res.body.data.documentId as string;
}
async function panel(documentId: string) {
  const res = await api().get(`/editorial/quotes/articles/${documentId}?status=draft`);
  expect(res.status).toBe(200);
  return res.body.data;
}
const card = (text: string) => page.getByTestId('quote-card').filter({ hasText: text });
/** Waits until CSS transitions and animations (dialogs fading) have finished. */
const settled = () => page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));

beforeAll(async () => {
  b = await startBrowserStrapi();
  editor = await createAdminSession(b.strapi, b.server, 'Editor');
  ids.harbour = await createArticle(HARBOUR.title, HARBOUR.body);
  ids.ferry = await createArticle(FERRY.title, FERRY.body);
  ids.lighthouse = await createArticle('Lighthouse stays lit', '"The lighthouse stays lit," said Tomas Verhoek.');
  ids.repairs = await createArticle('Lighthouse repairs in May', '"Repairs begin in May," said Tom Verhoek.');
  page = await b.newPage();
  await loginAs(page, b.url, editor);
});

afterAll(async () => {
  await b?.stop();
});

it('lets an editor verify, edit, re-attribute and reject quotes in the article edit view; the corrections survive a save', async () => {
  await page.goto(`${b.url}/admin${CM}/${ids.harbour}`);
  await page.getByTestId('quote-card').first().waitFor({ timeout: 30000 });
  await expect(page.getByTestId('quote-card').count()).resolves.toBe(6);
  await expect(page.getByTestId('quotes-summary').innerText()).resolves.toMatch(/6 quotes · 17% anonymous · 0 verified/);
  await expect(card(HARBOUR.quotes.faizi1).innerText()).resolves.toMatch(/Amir Faizi[\s\S]*person/i);
  await expect(card(HARBOUR.quotes.anon).innerText()).resolves.toMatch(/anonymous/i);
  await expect(card(HARBOUR.quotes.times1).innerText()).resolves.toMatch(/The Coastal Times[\s\S]*outlet/i);

  // Verify.
  await card(HARBOUR.quotes.faizi1).getByRole('button', { name: 'Verify' }).click();
  await page.locator(`[data-testid="quote-card"][data-state="verified"]`).filter({ hasText: HARBOUR.quotes.faizi1 }).waitFor();

  // Edit the text.
  await card(HARBOUR.quotes.faizi2).getByRole('button', { name: 'Edit' }).click();
  const editDialog = page.getByRole('dialog');
  await editDialog.locator('textarea').fill('The work starts in March.');
  await editDialog.getByRole('button', { name: 'Save' }).click();
  await card('The work starts in March.').filter({ hasText: /edited/i }).waitFor();
  expect(await card(HARBOUR.quotes.faizi2).count()).toBe(0);

  // Re-attribute the anonymous quote to Lena Ostrova, found by searching.
  await card(HARBOUR.quotes.anon).getByRole('button', { name: 'Re-attribute' }).click();
  const pick = page.getByRole('dialog');
  await pick.getByLabel('Search sources').fill('Ostrova');
  const ostrovaRow = pick.getByText('Lena Ostrova', { exact: false });
  await ostrovaRow.first().waitFor();
  await pick.getByRole('button', { name: 'Choose' }).first().click();
  await card(HARBOUR.quotes.anon).filter({ hasText: 'Lena Ostrova' }).waitFor();

  // Reject a false positive.
  await card(HARBOUR.quotes.times2).getByRole('button', { name: 'Reject' }).click();
  await page.locator(`[data-testid="quote-card"][data-state="rejected"]`).filter({ hasText: HARBOUR.quotes.times2 }).waitFor();
  await expect(page.getByTestId('quotes-summary').innerText()).resolves.toMatch(/0% anonymous · 1 verified/);
  await page.getByTestId('quotes-summary').scrollIntoViewIfNeeded();
  await settled();
  await page.screenshot({ path: screenshotPath('quotes-panel'), fullPage: false });

  // Save the article again from the edit view (a new title): the corrections stay.
  await page.locator('input[name="title"]').fill(`${HARBOUR.title} (updated)`);
  await page.getByRole('button', { name: /^Save$/ }).click();
  await page.getByText(/Saved document|Saved/).first().waitFor();
  const stored = await b.strapi.db.query(ARTICLE as any).findOne({ where: { documentId: ids.harbour, publishedAt: null } });
  expect(stored.title).toBe(`${HARBOUR.title} (updated)`);

  await page.reload();
  await page.getByTestId('quote-card').first().waitFor({ timeout: 30000 });
  await page.locator(`[data-testid="quote-card"][data-state="verified"]`).filter({ hasText: HARBOUR.quotes.faizi1 }).waitFor();
  await card('The work starts in March.').filter({ hasText: /edited/i }).waitFor();
  await card(HARBOUR.quotes.anon).filter({ hasText: 'Lena Ostrova' }).waitFor();
  await page.locator(`[data-testid="quote-card"][data-state="rejected"]`).filter({ hasText: HARBOUR.quotes.times2 }).waitFor();

  const data = await panel(ids.harbour);
  const byText = (text: string) => data.quotes.find((q: any) => q.text === text);
  expect(data.quotes).toHaveLength(6);
  expect(byText(HARBOUR.quotes.faizi1).state).toBe('verified');
  expect(byText('The work starts in March.')).toMatchObject({ editedByEditor: true });
  expect(byText(HARBOUR.quotes.anon)).toMatchObject({ sourceLocked: true, source: { name: 'Lena Ostrova', kind: 'person' } });
  expect(byText(HARBOUR.quotes.times2).state).toBe('rejected');
  expect(data.anonymousShare).toBe(0);
});

it("shows a source's quotes across articles with links, and merges two sources", async () => {
  await page.goto(`${b.url}/admin/plugins/editorial/sources`);
  await page.getByLabel('Search sources').fill('Faizi');
  await page.getByRole('link', { name: 'Amir Faizi' }).click();
  await page.getByTestId('source-quote').first().waitFor();
  const quotes = page.getByTestId('source-quote');
  await expect(quotes.count()).resolves.toBe(4);
  const links = await quotes.getByRole('link').evaluateAll((els) => els.map((a) => ({ text: (a as HTMLElement).innerText, href: a.getAttribute('href') })));
  expect(new Set(links.map((l) => l.text))).toEqual(new Set([`${HARBOUR.title} (updated)`, FERRY.title]));
  expect(links.find((l) => l.text === FERRY.title)?.href).toContain(`${CM}/${ids.ferry}`);
  await expect(page.getByRole('heading', { name: 'Amir Faizi' }).count()).resolves.toBe(1);
  await settled();
  await page.screenshot({ path: screenshotPath('sources'), fullPage: false });

  // A link goes to the article's edit view.
  await quotes.getByRole('link', { name: FERRY.title }).first().click();
  await page.waitForURL((u) => u.pathname.endsWith(`${CM}/${ids.ferry}`));

  // Merge "Tom Verhoek" into "Tomas Verhoek".
  await page.goto(`${b.url}/admin/plugins/editorial/sources`);
  await page.getByLabel('Search sources').fill('Verhoek');
  await page.getByRole('link', { name: 'Tomas Verhoek' }).click();
  await page.getByTestId('source-quote').first().waitFor();
  await page.getByRole('button', { name: 'Merge another source into this one' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Search sources').fill('Tom Verhoek');
  await dialog.getByText('Tom Verhoek').first().waitFor();
  await dialog.getByRole('button', { name: 'Choose' }).first().click();
  await page.getByText('Sources merged').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="source-quote"]').length === 2);
  await expect(page.getByText('Tom Verhoek').count()).resolves.toBeGreaterThan(0); // now an alias in the subtitle

  const list = await api().get('/editorial/sources?q=Verhoek');
  expect(list.status).toBe(200);
  expect(list.body.results.map((s: any) => s.name)).toEqual(['Tomas Verhoek']);
  expect(list.body.results[0].quoteCount).toBe(2);
});

it('gives a moderator no Sources link, no quotes panel and 403 from the quote API', async () => {
  const moderator = await createAdminSession(b.strapi, b.server, 'Moderator');
  const modPage = await b.newPage();
  await loginAs(modPage, b.url, moderator);
  expect(await modPage.getByRole('link', { name: 'Sources' }).count()).toBe(0);
  await modPage.goto(`${b.url}/admin/plugins/editorial/sources`);
  await modPage.getByText(/don.t have the permissions/i).first().waitFor();
  await modPage.goto(`${b.url}/admin${CM}/${ids.harbour}`);
  await modPage.getByText(/don.t have the permissions|Page not found|No content found/i).first().waitFor();
  expect(await modPage.getByTestId('quote-card').count()).toBe(0);
  expect(await modPage.getByRole('button', { name: 'Verify' }).count()).toBe(0);

  const mod = client(b.server, moderator.token);
  expect((await mod.get(`/editorial/quotes/articles/${ids.harbour}?status=draft`)).status).toBe(403);
  const quoteId = (await panel(ids.harbour)).quotes[0].documentId;
  expect((await mod.post(`/editorial/quotes/${quoteId}/verify`).send({})).status).toBe(403);
  expect((await mod.post(`/editorial/quotes/${quoteId}/reject`).send({})).status).toBe(403);
});
