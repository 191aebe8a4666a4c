import { randomUUID } from 'node:crypto';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { client } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';

/**
 * Visibility is a condition the database evaluates (public-api/public-query.ts subqueries), not a
 * list of keys read per request: it follows publish/unpublish at once, and holds at a corpus
 * larger than an `IN (...)` list of bound parameters could carry.
 */
jest.setTimeout(300_000);

const ARTICLE = 'plugin::editorial.article';
const COMMENT = 'plugin::editorial.comment';

let t: TestStrapi;
let f: ReturnType<typeof fixtures>;
const api = () => client(t.server);

/** More published articles than SQLite's 32,766 bound parameters: an IN list of their documentIds could not be sent. */
const MANY = 33_000;

beforeAll(async () => {
  t = await startStrapi({ EDITORIAL_QUOTES_ENABLED: 'false' });
  f = fixtures(t.strapi);
});

afterAll(async () => {
  await t?.stop();
});

const publicComments = async (query: string) => {
  const res = await api().get(`/api/editorial/comments?${query}`);
  expect(res.status).toBe(200);
  return res.body;
};

describe('comments follow their article publication', () => {
  it('shows approved comments while the article is published, hides them once unpublished, shows them again on republish', async () => {
    const article = await f.article({
      title: 'Bridge repairs begin',
      body: 'The bridge closes for a month.',
    });
    const other = await f.article({ title: 'Library hours', body: 'Longer hours on Saturdays.' });
    await f.comment(article, { body: 'Finally the bridge gets fixed' });
    await f.comment(article, { body: 'Held remark about the bridge', status: 'pending' });
    await f.comment(other, { body: 'Saturday opening is welcome' });
    const byArticle = `filters[articleDocumentId][$eq]=${article.documentId}`;
    const throughArticles = '/api/editorial/articles?filters[comments][body][$contains]=bridge%20gets';

    expect((await publicComments(byArticle)).data.map((c: any) => c.body)).toEqual([
      'Finally the bridge gets fixed',
    ]);
    expect((await api().get(throughArticles)).body.data.map((a: any) => a.documentId)).toEqual([
      article.documentId,
    ]);

    await t.strapi.documents(ARTICLE as any).unpublish({ documentId: article.documentId });
    expect((await publicComments(byArticle)).meta.pagination.total).toBe(0);
    expect(
      (await api().get(`/api/editorial/comments/${(await firstApproved(article.documentId)).documentId}`))
        .status,
    ).toBe(404);
    expect((await api().get(throughArticles)).body.meta.pagination.total).toBe(0);
    // "Has no visible comment containing X": the unpublished article's comments no longer count.
    const negated = await api().get(
      '/api/editorial/articles?filters[$not][comments][body][$contains]=Saturday',
    );
    expect(negated.body.data.map((a: any) => a.documentId)).not.toContain(other.documentId);
    expect(negated.body.data.map((a: any) => a.documentId)).not.toContain(article.documentId);
    // The other article's comments are unaffected.
    expect(
      (await publicComments(`filters[articleDocumentId][$eq]=${other.documentId}`)).meta.pagination.total,
    ).toBe(1);

    await t.strapi.documents(ARTICLE as any).publish({ documentId: article.documentId });
    expect((await publicComments(byArticle)).data.map((c: any) => c.body)).toEqual([
      'Finally the bridge gets fixed',
    ]);
    expect((await api().get(throughArticles)).body.data.map((a: any) => a.documentId)).toEqual([
      article.documentId,
    ]);
  });

  it('narrows GraphQL filters that cross a relation the same way (article.comments is not a GraphQL filter)', async () => {
    const outlet = await f.source({ name: 'Valley Courier', kind: 'outlet' });
    const article = await f.article({
      title: 'Valley road reopens',
      body: 'Traffic flows again.',
      publication: outlet.documentId,
    });
    const gql = async (filters: string) => {
      const res = await api()
        .post('/graphql')
        .send({ query: `{ editorialArticles(filters: ${filters}) { documentId } }` });
      expect(res.body.errors).toBeUndefined();
      return res.body.data.editorialArticles.map((a: any) => a.documentId);
    };
    const byOutlet = `{ publication: { slug: { eq: "${outlet.slug}" } } }`;
    expect(await gql(byOutlet)).toEqual([article.documentId]);
    const others = await gql(`{ not: ${byOutlet} }`);
    expect(others.length).toBeGreaterThan(0);
    expect(others).not.toContain(article.documentId);
    await t.strapi.documents(ARTICLE as any).unpublish({ documentId: article.documentId });
    expect(await gql(byOutlet)).toEqual([]);
  });
});

async function firstApproved(articleDocumentId: string) {
  return (await t.strapi.db
    .query(COMMENT as any)
    .findOne({ where: { articleDocumentId, status: 'approved' }, select: ['documentId'] })) as any;
}

describe('at a corpus larger than a bound-parameter list', () => {
  it(`lists comments, filters articles through comments and lists sources with ${MANY.toLocaleString('en')} published articles`, async () => {
    // Seeded through the query engine in batches (a single insert would itself exceed the limit).
    const now = new Date();
    const keys = Array.from({ length: MANY }, () => randomUUID().replace(/-/g, '').slice(0, 24));
    for (let i = 0; i < MANY; i += 500) {
      await t.strapi.db.query(ARTICLE as any).createMany({
        data: keys.slice(i, i + 500).map((documentId, j) => ({
          documentId,
          title: `Archive piece ${i + j}`,
          slug: `archive-piece-${i + j}`,
          commentsMode: 'open',
          publishedAt: now,
          createdAt: now,
          updatedAt: now,
        })),
      });
    }
    const picked = [keys[7], keys[MANY - 3]];
    // Comments keyed by articleDocumentId (the column public reads filter on), as the importer writes them.
    const comment = (articleDocumentId: string, body: string, status: string) =>
      t.strapi.db.query(COMMENT as any).create({
        data: {
          documentId: randomUUID().replace(/-/g, '').slice(0, 24),
          body,
          status,
          authorName: 'Archivist',
          postedAt: now,
          articleDocumentId,
          origin: 'reader',
          createdAt: now,
          updatedAt: now,
        },
      });
    for (const [n, documentId] of picked.entries()) {
      await comment(documentId, `Archive comment ${n} on the old harbour`, 'approved');
      await comment(documentId, `Archive held comment ${n} on the old harbour`, 'flagged');
    }
    const outlet = await f.source({ name: 'Archive Gazette', kind: 'outlet' });
    await f.article({
      title: 'Archive outlet piece',
      body: 'From the archive.',
      publication: outlet.documentId,
    });

    const listed = await publicComments('filters[body][$contains]=old%20harbour&sort=body:asc');
    expect(listed.data.map((c: any) => c.body)).toEqual([
      'Archive comment 0 on the old harbour',
      'Archive comment 1 on the old harbour',
    ]);
    expect(listed.meta.pagination.total).toBe(2);

    const articles = await api().get(
      '/api/editorial/articles?filters[comments][body][$contains]=old%20harbour&fields[0]=title&sort=title:asc',
    );
    expect(articles.status).toBe(200);
    expect(articles.body.data.map((a: any) => a.documentId).sort()).toEqual([...picked].sort());

    const all = await api().get('/api/editorial/articles?pagination[pageSize]=1');
    expect(all.body.meta.pagination.total).toBeGreaterThan(MANY);

    const sources = await api().get('/api/editorial/sources?filters[slug][$eq]=' + outlet.slug);
    expect(sources.status).toBe(200);
    expect(sources.body.data.map((s: any) => s.name)).toEqual(['Archive Gazette']);
  });
});
