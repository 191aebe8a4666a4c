/**
 * The quotes panel in the article edit view and the Sources pages, in real Chromium: an editor
 * verifies, edits, re-attributes (by searching sources) and rejects quotes; the next save keeps
 * every correction; the Sources pages list a source's quotes across articles and merge a
 * duplicate. A moderator, without the quotes permission, is kept out. Screenshots:
 * tests/screenshots/quotes-panel.png and sources.png.
 */
import type { Locator, Page } from 'playwright-core';
import { startBrowserStrapi, loginAs, screenshotPath, type BrowserStrapi } from '../helpers/browser';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';
import { HARBOUR, FERRY } from '../fixtures/quote-articles';

const ARTICLE = 'plugin::editorial.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;

let b: BrowserStrapi;
let editor: AdminSession;
let moderator: AdminSession;
let page: Page;
const ids: Record<string, string> = {};

const api = () => client(b.server, editor.token);
const panelData = async (documentId: string) =>
  (await api().get(`/editorial/quotes/articles/${documentId}?status=draft`)).body.data;
/** A quote's card in the quotes review: the box around its text (rejected ones are folded away). */
const card = (text: string): Locator =>
  page
    .getByTestId('quotes-review')
    .locator('[data-testid="quote-card"]')
    .filter({ hasText: `“${text}”` });
/** Opens the full-width quotes review from the edit view's side panel. */
const openReview = async () => {
  await page.getByTestId('quotes-review-open').click();
  await page.getByTestId('quotes-review').waitFor();
};
const unfoldRejected = async () => {
  const folded = page.getByTestId('rejected-quotes');
  if (!(await folded.evaluate((el) => (el as HTMLDetailsElement).open)))
    await folded.locator('summary').click();
};
const settled = () =>
  page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));

beforeAll(async () => {
  b = await startBrowserStrapi();
  editor = await createAdminSession(b.strapi, b.server, 'Editor');
  moderator = await createAdminSession(b.strapi, b.server, 'Moderator');
  for (const [key, article] of Object.entries({ harbour: HARBOUR, ferry: FERRY })) {
    const res = await api()
      .post(CM)
      .send({ title: article.title, slug: `${key}-quotes`, body: article.body, section: 'Harbour' });
    expect(res.status).toBe(201);
    ids[key] = res.body.data.documentId;
  }
  // A duplicate of a person the articles quote, as an editor might have typed it by hand.
  await fixtures(b.strapi).source({ name: 'L. Ostrova', slug: 'l-ostrova', kind: 'person' });
  page = await b.newPage();
  await loginAs(page, b.url, editor);
}, 240_000);

afterAll(async () => {
  await b?.stop();
});

it('lists the quotes of an article with speaker, source kind and the anonymous share', async () => {
  await page.goto(`${b.url}/admin${CM}/${ids.harbour}`);
  await page
    .getByText(/6 quotes · 17% anonymous · 0 verified/)
    .first()
    .waitFor({ timeout: 30000 });
  await openReview();
  const faizi = card('We cannot wait another winter for this');
  await faizi.getByText('Amir Faizi', { exact: true }).waitFor();
  await faizi.getByText('Person', { exact: true }).waitFor();
  const anon = card('Nobody has told us how long the work will take');
  await anon.getByText('Anonymous', { exact: true }).waitFor();
});

it('verifies, edits, re-attributes by search and rejects quotes, each applied at once', async () => {
  await card('We cannot wait another winter for this').getByRole('button', { name: 'Verify' }).click();
  await card('We cannot wait another winter for this').getByText('Verified', { exact: true }).waitFor();

  await card('The noise will be unbearable for months').getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit quote text' });
  await dialog.locator('textarea').fill('The noise will be unbearable for months on end');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await card('The noise will be unbearable for months on end').getByText('edited', { exact: true }).waitFor();

  await card('Nobody has told us how long the work will take')
    .getByRole('button', { name: 'Re-attribute' })
    .click();
  await page.getByRole('dialog', { name: 'Re-attribute quote' }).getByRole('textbox').fill('Ostrova');
  await page
    .getByRole('dialog', { name: 'Re-attribute quote' })
    .getByTestId('source-option')
    .filter({ hasText: 'L. Ostrova' })
    .getByRole('button', { name: 'Choose' })
    .click();
  await card('Nobody has told us how long the work will take')
    .getByText('L. Ostrova', { exact: true })
    .waitFor();

  await card('Figures were revised again in January').getByRole('button', { name: 'Reject' }).click();
  await unfoldRejected();
  await card('Figures were revised again in January').getByText('Rejected', { exact: true }).waitFor();
  await page
    .getByText(/\d+ quotes · \d+% anonymous · 1 verified/)
    .first()
    .waitFor();
  await settled();
  await page.screenshot({ path: screenshotPath('quotes-panel'), fullPage: false });

  const data = await panelData(ids.harbour);
  const byText = (t: string) => data.quotes.find((q: any) => q.text.startsWith(t));
  expect(byText('We cannot wait').state).toBe('verified');
  expect(byText('The noise will be').text).toBe('The noise will be unbearable for months on end');
  expect(byText('Nobody has told us').source.name).toBe('L. Ostrova');
  expect(byText('Figures were revised').state).toBe('rejected');
});

it('keeps every correction through the next save of the article', async () => {
  const res = await api()
    .put(`${CM}/${ids.harbour}`)
    .send({ body: `${HARBOUR.body}\n\nThe harbour board meets again in May.` });
  expect(res.status).toBe(200);
  await page.reload();
  await page
    .getByText(/\d+ quotes · \d+% anonymous · 1 verified/)
    .first()
    .waitFor({ timeout: 30000 });
  await openReview();
  await unfoldRejected();
  await card('We cannot wait another winter for this').getByText('Verified', { exact: true }).waitFor();
  await card('The noise will be unbearable for months on end').getByText('edited', { exact: true }).waitFor();
  await card('Nobody has told us how long the work will take')
    .getByText('L. Ostrova', { exact: true })
    .waitFor();
  await card('Figures were revised again in January').getByText('Rejected', { exact: true }).waitFor();
});

it('shows a source with its quotes across articles, and merges a duplicate into it', async () => {
  await page.goto(`${b.url}/admin/plugins/editorial/sources`);
  await page.getByRole('textbox', { name: 'Search sources' }).fill('Faizi');
  await page.getByRole('link', { name: 'Amir Faizi' }).click();
  await page.getByRole('heading', { name: 'Amir Faizi' }).waitFor();
  // Quotes from both articles, each linking to its article.
  await page.getByRole('link', { name: HARBOUR.title }).first().waitFor();
  await page.getByRole('link', { name: FERRY.title }).first().waitFor();
  await settled();
  await page.screenshot({ path: screenshotPath('sources'), fullPage: false });

  await page.goto(`${b.url}/admin/plugins/editorial/sources`);
  await page.getByRole('textbox', { name: 'Search sources' }).fill('Ostrova');
  await page.getByRole('link', { name: 'Lena Ostrova' }).click();
  await page.getByRole('heading', { name: 'Lena Ostrova' }).waitFor();
  await page.getByRole('button', { name: 'Merge another source into this one' }).click();
  await page
    .getByRole('dialog', { name: 'Merge a duplicate into Lena Ostrova' })
    .getByRole('textbox')
    .fill('L. Ostrova');
  await page
    .getByRole('dialog', { name: 'Merge a duplicate into Lena Ostrova' })
    .getByTestId('source-option')
    .filter({ hasText: 'L. Ostrova' })
    .getByRole('button', { name: 'Choose' })
    .click();
  await page.getByTestId('merge-confirm-button').click();
  await page.getByText('“L. Ostrova” was merged into “Lena Ostrova”.').first().waitFor();
  await page.getByText('Nobody has told us how long the work will take', { exact: false }).first().waitFor();

  const data = await panelData(ids.harbour);
  expect(data.quotes.find((q: any) => q.text.startsWith('Nobody has told us')).source.name).toBe(
    'Lena Ostrova',
  );
  expect(
    await b.strapi.db.query('plugin::editorial.source' as any).count({ where: { slug: 'l-ostrova' } }),
  ).toBe(0);
});

it('shows each quote’s confidence and evidence, and marks quotes below the threshold for review with Verify', async () => {
  const confidences: number[] = b.strapi
    .plugin('editorial')
    .service('quote-sync')
    .extract(HARBOUR.body)
    .map((q: any) => q.confidence);
  expect(
    (
      await api()
        .put('/editorial/settings/quotes')
        .send({ extractionEnabled: true, minConfidence: Math.max(...confidences) })
    ).status,
  ).toBe(200);
  try {
    const res = await api()
      .post(CM)
      .send({ title: 'Harbour review', slug: 'harbour-review', body: HARBOUR.body, section: 'Harbour' });
    expect(res.status).toBe(201);
    const id = res.body.data.documentId;
    const low = (await panelData(id)).quotes.find((q: any) => q.state === 'needs_review');
    expect(low).toBeTruthy();
    await page.goto(`${b.url}/admin${CM}/${id}`);
    await page
      .getByText(/\d+ quotes · \d+% anonymous · 0 verified · [1-9]\d* need review/)
      .first()
      .waitFor({ timeout: 30000 });
    await openReview();
    const c = card(low.text);
    await c.getByText('Needs review', { exact: true }).waitFor();
    await c.getByText(`confidence ${Math.round(low.confidence * 100)}%`, { exact: true }).waitFor();
    await c
      .getByText(`Cue: ${low.evidence.cue ?? '—'} · rule: ${low.evidence.rule} · speaker from: `, {
        exact: false,
      })
      .waitFor();
    await c.getByText('Below the confidence threshold: not public until verified.').waitFor();
    await c.getByRole('button', { name: 'Verify' }).click();
    await c.getByText('Verified', { exact: true }).waitFor();
    expect((await panelData(id)).quotes.find((q: any) => q.documentId === low.documentId).state).toBe(
      'verified',
    );
  } finally {
    await api().put('/editorial/settings/quotes').send({ extractionEnabled: true, minConfidence: 0.5 });
  }
});

it('keeps a moderator without the quotes permission out of the Sources pages and the quote actions', async () => {
  const other = await b.newPage();
  await loginAs(other, b.url, moderator);
  expect(await other.getByRole('link', { name: 'Sources' }).count()).toBe(0);
  await other.goto(`${b.url}/admin/plugins/editorial/sources`);
  await other
    .getByText(/don't have the permissions/i)
    .first()
    .waitFor();
  expect(
    (
      await client(b.server, moderator.token)
        .post(`/editorial/quotes/${(await panelData(ids.ferry)).quotes[0].documentId}/verify`)
        .send({})
    ).status,
  ).toBe(403);
});
