import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { client } from '../helpers/auth';

jest.setTimeout(120_000);

/**
 * End to end with quote extraction on save: the public API shows the quotes the extractor
 * found, with positions that point at their text in the body, and only once published.
 */
let t: TestStrapi;

beforeAll(async () => {
  t = await startStrapi({ EDITORIAL_QUOTES_ENABLED: 'true' });
});

afterAll(async () => {
  await t?.stop();
});

it('serves the extracted quotes of a published article with positions into its body', async () => {
  const body = [
    'The harbour board met on Thursday to discuss the new breakwater.',
    '"We will start building in April," said Marta Quell, the board chair.',
    'Fishermen were sceptical. "Nobody asked us," said Tomas Brand, who runs a trawler.',
  ].join('\n\n');
  const docs = t.strapi.documents('plugin::editorial.article' as any);
  const created: any = await docs.create({
    data: { title: 'Breakwater plan', slug: 'breakwater-plan', body, commentsMode: 'open' },
  });

  // A draft: nothing public.
  expect((await client(t.server).get('/api/editorial/articles/breakwater-plan')).status).toBe(404);

  await docs.publish({ documentId: created.documentId });
  const res = await client(t.server).get('/api/editorial/articles/breakwater-plan');
  expect(res.status).toBe(200);
  const { quotes, sourcing } = res.body.data;
  const texts = quotes.map((q: any) => q.text);
  expect(texts.some((x: string) => x.includes('We will start building in April'))).toBe(true);
  expect(texts.some((x: string) => x.includes('Nobody asked us'))).toBe(true);
  for (const q of quotes) {
    expect(q.position.start).not.toBeNull();
    expect(body.slice(q.position.start, q.position.end)).toBe(q.text);
  }
  expect(quotes.map((q: any) => q.source?.name)).toEqual(
    expect.arrayContaining(['Marta Quell', 'Tomas Brand']),
  );
  expect(sourcing.named).toBeGreaterThanOrEqual(2);
});
