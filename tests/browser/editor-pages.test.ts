/**
 * The editor's pages in Chromium: the full-width quotes review (jump-to-text, marks for
 * re-attributed and edited quotes, rejected quotes folded away and not counted, confidence and
 * evidence), the Sources page (labels, readable names, case-insensitive order, published counts,
 * merge with confirmation, success message and undo), the quote settings, and the article list's
 * stage and section columns. Screenshots of each page: tests/screenshots/.
 */
import type { Locator, Page } from 'playwright-core';
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
import { HARBOUR } from '../fixtures/quote-articles';

const ARTICLE = 'plugin::editorial.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;

let b: BrowserStrapi;
let editor: AdminSession;
let page: Page;
let harbour: string;

const api = () => client(b.server, editor.token);
const panelData = async (documentId: string) =>
  (await api().get(`/editorial/quotes/articles/${documentId}?status=draft`)).body.data;
const review = () => page.getByTestId('quotes-review');
/** A quote's card in the review, by its text. */
const card = (text: string): Locator =>
  review()
    .locator('[data-testid="quote-card"]')
    .filter({ hasText: `“${text}”` });
const settled = () =>
  page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));

beforeAll(async () => {
  b = await startBrowserStrapi();
  editor = await createAdminSession(b.strapi, b.server, 'Editor');
  const res = await api()
    .post(CM)
    .send({ title: HARBOUR.title, slug: 'harbour-review-ui', body: HARBOUR.body, section: 'Harbour' });
  expect(res.status).toBe(201);
  harbour = res.body.data.documentId;
  await fixtures(b.strapi).source({ name: 'L. Ostrova', slug: 'l-ostrova', kind: 'person' });
  page = await b.newPage();
  await loginAs(page, b.url, editor);
}, 240_000);

afterAll(async () => {
  await b?.stop();
});

describe('quotes review', () => {
  it('opens full width from the side panel, with the article text beside its quotes', async () => {
    await page.goto(`${b.url}/admin${CM}/${harbour}`);
    await page.getByTestId('quotes-summary').waitFor({ timeout: 30000 });
    await page.getByTestId('quotes-review-open').click();
    await review().waitFor();
    const box = (await review().boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(VIEWPORT.width - 1);
    const data = await panelData(harbour);
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-testid="quotes-review"] [data-testid="quote-card"]').length === n,
      data.counts.total,
    );
    // Every quote carries its confidence and evidence.
    const first = data.quotes[0];
    const c = card(first.text);
    await c.getByText(`confidence ${Math.round(first.confidence * 100)}%`, { exact: true }).waitFor();
    await c
      .getByText(`Cue: ${first.evidence.cue ?? '—'} · rule: ${first.evidence.rule}`, { exact: false })
      .waitFor();
    expect(await review().getByTestId('review-article').innerText()).toContain(
      'PORT HALVERN — The harbour authority',
    );
  });

  it('jumps from a quote to its place in the text', async () => {
    const data = await panelData(harbour);
    const last = data.quotes.filter((q: any) => q.state !== 'rejected').at(-1);
    await card(last.text).getByTestId('quote-show').click();
    const mark = review().locator('mark[data-current="true"]');
    await mark.waitFor();
    expect(await mark.getAttribute('data-quote-id')).toBe(last.documentId);
    expect(await mark.innerText()).toContain(last.text.replace(/[.”"]+$/, ''));
    // Scrolled into view inside the article column.
    const column = (await review().locator('[data-scroll-panel="article"]').boundingBox())!;
    const marked = (await mark.boundingBox())!;
    expect(marked.y).toBeGreaterThanOrEqual(column.y);
    expect(marked.y + marked.height).toBeLessThanOrEqual(column.y + column.height);
  });

  it('marks re-attributed and edited quotes, and folds rejected ones away without counting them', async () => {
    const before = (await panelData(harbour)).counts.total;
    await card(HARBOUR.quotes.anon).getByRole('button', { name: 'Re-attribute' }).click();
    const dialog = page.getByRole('dialog', { name: 'Re-attribute quote' });
    await dialog.getByRole('textbox').fill('Ostrova');
    await dialog
      .getByTestId('source-option')
      .filter({ hasText: 'L. Ostrova' })
      .getByRole('button', { name: 'Choose' })
      .click();
    await card(HARBOUR.quotes.anon).getByTestId('mark-reattributed').waitFor();

    await card(HARBOUR.quotes.ostrova).getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit quote text' });
    await edit.getByRole('textbox').fill('The noise will be unbearable for months on end');
    await edit.getByRole('button', { name: 'Save' }).click();
    await card('The noise will be unbearable for months on end').getByTestId('mark-edited').waitFor();
    expect(await card(HARBOUR.quotes.faizi1).getByTestId('mark-edited').count()).toBe(0);

    await card(HARBOUR.quotes.times2).getByRole('button', { name: 'Reject' }).click();
    const folded = review().getByTestId('rejected-quotes');
    await folded.waitFor();
    expect(await folded.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await folded.innerText()).toContain('1 rejected quote, not counted');
    await review()
      .getByTestId('quotes-summary')
      .filter({ hasText: `${before - 1} quotes` })
      .waitFor();
    expect(await review().locator('[data-testid="quote-card"][data-state="rejected"]').isVisible()).toBe(
      false,
    );
    await settled();
    await screenshotPanel(
      page,
      'quotes-review',
      '[data-testid="quotes-review"] [data-scroll-panel="quotes"]',
      '[data-testid="quotes-review"]',
    );

    const data = await panelData(harbour);
    expect(data.counts.total).toBe(before - 1);
    expect(data.quotes.find((q: any) => q.text.startsWith('Nobody has told us')).sourceLocked).toBe(true);
    await review().getByTestId('quotes-review-close').click();
    await review().waitFor({ state: 'detached' });
    expect(await page.getByTestId('quotes-summary').innerText()).toContain(`${before - 1} quotes`);
  });
});

describe('sources page', () => {
  it('reads well: labelled filters, readable names, names sorted whatever their case', async () => {
    const f = fixtures(b.strapi);
    for (const name of ['zora Pellow', 'Abel Pellow', 'mira Pellow'])
      await f.source({ name, slug: name.toLowerCase().replace(' ', '-') });
    await page.goto(`${b.url}/admin/plugins/editorial/sources`);
    await page.getByRole('heading', { name: 'Sources' }).waitFor();
    const filters = await page.locator('main').innerText();
    expect(filters).not.toContain('KindAll kinds');
    expect(filters).toMatch(/Kind\s+All kinds/);
    await page.getByRole('textbox', { name: 'Search sources' }).fill('Pellow');
    // The search is debounced and other files' sources share this Strapi: wait until the list is the filtered one.
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="source-row"] a')];
      return rows.length > 0 && rows.every((a) => (a.textContent ?? '').includes('Pellow'));
    });
    const names = await page.getByTestId('source-row').locator('a').allInnerTexts();
    expect(names).toEqual(['Abel Pellow', 'mira Pellow', 'zora Pellow']);
    const style = await page.getByRole('link', { name: 'Abel Pellow' }).evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: parseFloat(s.fontSize), weight: Number(s.fontWeight), underline: s.textDecorationLine };
    });
    expect(style.size).toBeGreaterThanOrEqual(14);
    expect(style.weight).toBeGreaterThanOrEqual(600);
    expect(style.underline).toBe('none');
  });

  it('counts quotes of published articles only', async () => {
    // The article is a draft: its quotes are not counted; published, each quote counts once.
    await page.getByRole('textbox', { name: 'Search sources' }).fill('Amir Faizi');
    const row = page.getByTestId('source-row').filter({ hasText: 'Amir Faizi' });
    expect(await row.getByTestId('source-count').innerText()).toBe('0');
    expect((await api().post(`${CM}/${harbour}/actions/publish`).send({})).status).toBe(200);
    await page.reload();
    await page.getByRole('textbox', { name: 'Search sources' }).fill('Amir Faizi');
    await page
      .getByTestId('source-row')
      .filter({ hasText: 'Amir Faizi' })
      .getByTestId('source-count')
      .filter({ hasText: /^2$/ })
      .waitFor();
    await page.getByRole('textbox', { name: 'Search sources' }).fill('');
    await page.getByTestId('source-row').nth(5).waitFor();
    await settled();
    await screenshotPanel(page, 'sources');
  });

  it('merges a duplicate after a confirmation naming both, says so, and undoes it', async () => {
    await page.getByRole('textbox', { name: 'Search sources' }).fill('Ostrova');
    await page.getByRole('link', { name: 'Lena Ostrova' }).click();
    await page.getByRole('heading', { name: 'Lena Ostrova' }).waitFor();
    await page.getByRole('button', { name: 'Merge another source into this one' }).click();
    const picker = page.getByRole('dialog', { name: 'Merge a duplicate into Lena Ostrova' });
    await picker.getByRole('textbox').fill('Ostrova');
    // A merge picks an existing source: no "new source" offer.
    expect(await picker.getByRole('button', { name: /New source/ }).count()).toBe(0);
    await picker
      .getByTestId('source-option')
      .filter({ hasText: 'L. Ostrova' })
      .getByRole('button', { name: 'Choose' })
      .click();
    const confirm = page.getByTestId('merge-confirm');
    await confirm.waitFor();
    const text = await confirm.innerText();
    expect(text).toContain('“L. Ostrova”');
    expect(text).toContain('“Lena Ostrova”');
    await settled();
    await page.screenshot({ path: screenshotPath('sources-merge-confirm') });
    await confirm.getByTestId('merge-confirm-button').click();
    await page
      .getByTestId('merge-notice')
      .filter({ hasText: '“L. Ostrova” was merged into “Lena Ostrova”.' })
      .waitFor();
    expect(
      (await api().get('/editorial/sources?q=L.%20Ostrova')).body.results.some(
        (s: any) => s.name === 'L. Ostrova',
      ),
    ).toBe(false);
    await settled();
    await screenshotPanel(page, 'source-detail');

    await page.getByTestId('merge-undo').click();
    await page.getByText('Merge undone: “L. Ostrova” is back.').first().waitFor();
    const back = (await api().get('/editorial/sources?q=Ostrova')).body.results.map((s: any) => s.name);
    expect(back).toEqual(expect.arrayContaining(['L. Ostrova', 'Lena Ostrova']));
  });
});

it('shows the quote extraction settings', async () => {
  await page.goto(`${b.url}/admin/settings/editorial-quotes`);
  await page.getByText('Minimum confidence').waitFor();
  await settled();
  await screenshotPanel(page, 'quote-settings');
});

it('shows the stage and section columns in the article list', async () => {
  await page.goto(`${b.url}/admin${CM}`);
  const header = page.locator('thead');
  await header.waitFor();
  const columns = (await header.innerText()).toLowerCase();
  expect(columns).toContain('stage');
  expect(columns).toContain('section');
  await page.getByRole('gridcell', { name: 'Harbour', exact: true }).first().waitFor();
  await settled();
  await screenshotPanel(page, 'article-list');
});
