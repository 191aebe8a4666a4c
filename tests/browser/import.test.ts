/**
 * The admin Import page in Chromium: drop files and paste text, check the previews, correct a
 * title, create drafts with the progress bar, read the result list; a moderator has no menu link
 * and no access to the page.
 */
import path from 'node:path';
import fs from 'node:fs';
import { startBrowserStrapi, loginAs, screenshotPanel, type BrowserStrapi } from '../helpers/browser';
import { createAdminSession, client } from '../helpers/auth';

const ARTICLE = 'plugin::editorial.article';
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'import');

let b: BrowserStrapi;
let editor: Awaited<ReturnType<typeof createAdminSession>>;

beforeAll(async () => {
  b = await startBrowserStrapi();
});

afterAll(async () => {
  await b?.stop();
});

it('previews dropped and pasted pages, lets the editor correct a title, and imports them with a per-file result list', async () => {
  editor = await createAdminSession(b.strapi, b.server, 'Editor');
  const page = await b.newPage();
  await loginAs(page, b.url, editor);

  await page.getByRole('link', { name: 'Import articles' }).click();
  await page.getByTestId('import-dropzone').waitFor();

  await page
    .getByTestId('import-file-input')
    .setInputFiles([
      path.join(FIXTURES, 'quarry-bridge.txt'),
      path.join(FIXTURES, 'orchard-market.html'),
      path.join(FIXTURES, 'ferry-talks.txt'),
    ]);
  await page.getByLabel('Or paste a page as text').fill('Only a line of text.');
  await page.getByTestId('import-paste-add').click();

  const cards = page.getByTestId('import-preview-card');
  await page.waitForFunction(() => {
    const list = document.querySelectorAll('[data-testid="import-preview-card"]');
    return list.length === 4 && !document.body.innerText.includes('Reading…');
  });

  const bridge = cards.filter({ hasText: 'quarry-bridge.txt' });
  await expect(bridge.getByRole('heading', { name: /Quarry bridge reopens/ }).count()).resolves.toBe(1);
  // Dates in the admin's locale, not ISO timestamps.
  await expect(bridge.getByTestId('import-preview-facts').innerText()).resolves.toContain(
    'MILLHAVEN · April 9, 2018 · The Millhaven Courier',
  );
  const bridgePreview = (
    await client(b.server, editor.token)
      .post('/editorial/import/preview')
      .send({
        files: [
          {
            filename: 'quarry-bridge.txt',
            content: fs.readFileSync(path.join(FIXTURES, 'quarry-bridge.txt'), 'utf8'),
            contentType: 'text/plain',
          },
        ],
      })
  ).body.data[0];
  // Each quote once between marks; each removed line listed.
  await bridge.getByText(/Quotes found/).click();
  const quoteLines = await bridge.locator('li').allInnerTexts();
  expect(quoteLines.some((l) => l.includes('“'))).toBe(true);
  expect(quoteLines.join('\n')).not.toMatch(/““|””/);
  for (const c of bridgePreview.preview.comments.filter((x: any) => x.postedAt)) {
    await expect(bridge.innerText()).resolves.not.toContain(c.postedAt);
  }
  const removed = bridgePreview.preview.removedBoilerplate as { kind: string; text: string }[];
  expect(removed.length).toBeGreaterThan(0);
  await bridge.getByTestId('import-boilerplate').locator('summary').click();
  const listed = await bridge.getByTestId('import-boilerplate').innerText();
  for (const line of removed) expect(listed).toContain(line.text);
  await expect(bridge.getByTestId('import-preview-counts').innerText()).resolves.toMatch(
    /4 comment\(s\) \/ 4 · \d+ quote\(s\)/,
  );

  const html = cards.filter({ hasText: 'orchard-market.html' });
  await expect(html.getByTestId('import-preview-warnings').innerText()).resolves.toMatch(/script/);

  const pasted = cards.filter({ hasText: 'pasted-' });
  await expect(pasted.getByTestId('import-preview-error').innerText()).resolves.toMatch(/no-body/);

  const ferry = cards.filter({ hasText: 'ferry-talks.txt' });
  await expect(ferry.innerText()).resolves.toMatch(/suggested title, please review/i);
  await ferry.getByTestId('import-edit').click();
  await ferry
    .getByLabel('Title', { exact: true })
    .fill('Ferry owners and crew union in quiet talks to avoid a summer strike');
  await screenshotPanel(page, 'import-previews');

  // The progress stays in view while the editor reads the previews further down (each file's
  // request is held a moment so that the progress can be seen).
  await page.route('**/editorial/import', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.getByTestId('import-submit').click();
  const progress = page.getByTestId('import-progress');
  await progress.waitFor();
  await cards.last().scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 4000);
  await page.waitForTimeout(200);
  const shown = await progress.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  expect(shown).toBe(true);
  await page.getByTestId('import-results').waitFor({ timeout: 60000 });
  await page.unroute('**/editorial/import');
  const rows = await page
    .getByTestId('import-result-row')
    .evaluateAll((els) =>
      els.map((el) => ({ status: el.getAttribute('data-status'), text: (el as HTMLElement).innerText })),
    );
  expect(rows.map((r) => r.status).sort()).toEqual(['created', 'created', 'created', 'failed']);
  expect(rows.find((r) => r.status === 'failed')?.text).toMatch(/pasted-.*no recognisable article body/);
  await screenshotPanel(page, 'import-results');

  const drafts: any[] = await b.strapi.db
    .query(ARTICLE as any)
    .findMany({ where: { publishedAt: null }, orderBy: { id: 'asc' } });
  expect(drafts.map((d) => d.title)).toEqual([
    'Quarry bridge reopens after eight-month repair as traders count the cost',
    'Orchard market moves to the old station yard',
    'Ferry owners and crew union in quiet talks to avoid a summer strike',
  ]);
  expect(drafts.every((d) => d.editorialStage === 'imported')).toBe(true);

  // The same files again: recognised, skipped, never duplicated.
  await page.getByRole('button', { name: 'Clear list' }).click();
  await page.getByTestId('import-file-input').setInputFiles([path.join(FIXTURES, 'quarry-bridge.txt')]);
  await page.getByText(/Already imported as/).waitFor();
  await page.getByTestId('import-submit').click();
  await page.locator('[data-testid="import-result-row"][data-status="skipped-duplicate"]').waitFor();
  expect(await b.strapi.db.query(ARTICLE as any).count({ where: { publishedAt: null } })).toBe(3);
});

it('shows a moderator neither the menu link nor the page', async () => {
  const moderator = await createAdminSession(b.strapi, b.server, 'Moderator');
  const page = await b.newPage();
  await loginAs(page, b.url, moderator);
  expect(await page.getByRole('link', { name: 'Import articles' }).count()).toBe(0);
  await page.goto(`${b.url}/admin/plugins/editorial/import`);
  await page
    .getByText(/don.t have the permissions/i)
    .first()
    .waitFor();
  expect(await page.getByTestId('import-dropzone').count()).toBe(0);
});
