import type { AddressInfo } from 'node:net';
import { strapi as strapiClient } from '@strapi/client';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { client } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';

// The jest config's per-project testTimeout is ignored by jest 29; start-up on PostgreSQL can take longer than 5 s.
jest.setTimeout(120_000);

let t: TestStrapi;
let f: ReturnType<typeof fixtures>;
const api = () => client(t.server);

const BODY_COUNCIL = [
  'The council voted on Tuesday to rebuild the harbour wall.',
  '"We cannot wait for another storm," said Mayor Ada Lind.',
  'A senior official said the budget would "double by spring".',
].join('\n\n');
const BODY_SCHOOL = ['Schools reopen next week.', '"Every child will have a seat," said Ada Lind.'].join(
  '\n\n',
);

const s: Record<string, any> = {};
const a: Record<string, any> = {};

beforeAll(async () => {
  // Quote rows are written by the fixtures; automatic extraction on save would add its own.
  t = await startStrapi({ EDITORIAL_QUOTES_ENABLED: 'false' });
  f = fixtures(t.strapi);
  s.lind = await f.source({
    name: 'Ada Lind',
    slug: 'ada-lind',
    aliases: ['Mayor Ada Lind', 'A. Lind'],
    affiliation: 'City of Portvale',
  });
  s.official = await f.source({ name: 'Senior official', slug: 'senior-official', kind: 'anonymous' });
  s.gazette = await f.source({ name: 'Portvale Gazette', slug: 'portvale-gazette', kind: 'outlet' });
  s.herald = await f.source({ name: 'Coast Herald', slug: 'coast-herald', kind: 'outlet' });
  s.draftOnly = await f.source({ name: 'Hidden Whistleblower', slug: 'hidden-whistleblower' });

  a.council = await f.article({
    title: 'Council rebuilds harbour wall',
    body: BODY_COUNCIL,
    section: 'politics',
    originalPublishedAt: '2026-03-10T08:00:00.000Z',
    publication: s.gazette.documentId,
    importFingerprint: 'fp-council-secret',
  });
  a.school = await f.article({
    title: 'Schools reopen',
    body: BODY_SCHOOL,
    section: 'education',
    originalPublishedAt: '2026-04-02T08:00:00.000Z',
    publication: s.herald.documentId,
  });
  a.old = await f.article({
    title: 'Old ferry timetable',
    body: 'No quotes here.',
    section: 'politics',
    originalPublishedAt: '2025-11-01T08:00:00.000Z',
    publication: s.gazette.documentId,
  });
  a.draft = await f.article(
    {
      title: 'Draft exposé',
      body: '"Secret words," said Hidden Whistleblower.',
      section: 'politics',
      originalPublishedAt: '2026-05-01T08:00:00.000Z',
    },
    { draft: true },
  );

  s.q1 = await f.quote(a.council, {
    text: 'We cannot wait for another storm',
    paragraph: 1,
    source: s.lind,
    speakerText: 'Mayor Ada Lind',
  });
  s.q2 = await f.quote(a.council, {
    text: 'double by spring',
    paragraph: 2,
    source: s.official,
    type: 'mixed',
  });
  s.rejected = await f.quote(a.council, {
    text: 'The council voted on Tuesday',
    paragraph: 0,
    source: s.lind,
    state: 'rejected',
  });
  s.q3 = await f.quote(a.school, {
    text: 'Every child will have a seat',
    paragraph: 1,
    source: s.lind,
    state: 'verified',
  });
  s.qDraft = await f.quote(a.draft, {
    text: 'Secret words',
    paragraph: 0,
    source: s.draftOnly,
    articleStatus: 'draft',
  });

  await f.comment(a.council, {
    body: 'Good news for the harbour',
    authorName: 'Pat',
    authorEmail: 'pat@example.test',
    ipHash: 'iphash-pat',
  });
  await f.comment(a.council, {
    body: 'Pending remark never public',
    status: 'pending',
    authorEmail: 'pending@example.test',
  });
  await f.comment(a.council, { body: 'Flagged remark never public', status: 'flagged' });
});

afterAll(async () => {
  await t?.stop();
});

describe('article list', () => {
  it('lists published articles newest first with quotes, sources, sourcing and approved-comment count', async () => {
    const res = await api().get('/api/editorial/articles');
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination).toMatchObject({ page: 1, total: 3 });
    expect(res.body.data.map((x: any) => x.title)).toEqual([
      'Schools reopen',
      'Council rebuilds harbour wall',
      'Old ferry timetable',
    ]);
    const council = res.body.data.find((x: any) => x.documentId === a.council.documentId);
    expect(council.quotes.map((q: any) => q.text)).toEqual([
      'We cannot wait for another storm',
      'double by spring',
    ]);
    expect(council.quotes[0]).toMatchObject({
      type: 'direct',
      speaker: 'Mayor Ada Lind',
      position: {
        paragraph: 1,
        start: BODY_COUNCIL.indexOf('We cannot'),
        end: BODY_COUNCIL.indexOf('We cannot') + 32,
      },
      source: { name: 'Ada Lind', slug: 'ada-lind', kind: 'person' },
    });
    expect(council.sourcesCited.map((x: any) => [x.slug, x.kind, x.quoteCount])).toEqual([
      ['ada-lind', 'person', 1],
      ['senior-official', 'anonymous', 1],
    ]);
    expect(council.sourcing).toEqual({
      quotes: 2,
      named: 1,
      anonymous: 1,
      unattributed: 0,
      anonymousShare: 0.5,
    });
    expect(council.approvedCommentCount).toBe(1);
    const school = res.body.data.find((x: any) => x.documentId === a.school.documentId);
    expect(school.sourcing.anonymousShare).toBe(0);
    expect(school.quotes[0].verified).toBe(true);
  });

  it('never shows drafts, rejected quotes or private fields', async () => {
    // Asking for drafts is refused, naming the parameter.
    const drafts = await api().get('/api/editorial/articles?status=draft');
    expect(drafts.status).toBe(400);
    expect(drafts.body.error.message).toMatch(/^status:/);
    const res = await api().get('/api/editorial/articles?populate=*');
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(
      /Draft exposé|Secret words|The council voted on Tuesday"|fp-council-secret|importFingerprint|quoteExtraction|Pending remark|pending@example|iphash/,
    );
    expect(res.body.data.map((x: any) => x.documentId)).not.toContain(a.draft.documentId);
  });

  it('filters by section, source (slug or documentId), outlet and date range, and paginates', async () => {
    const titles = async (qs: string) => {
      const res = await api().get(`/api/editorial/articles?${qs}`);
      expect(res.status).toBe(200);
      return res.body.data.map((x: any) => x.title);
    };
    expect(await titles('filters[section][$eq]=politics')).toEqual([
      'Council rebuilds harbour wall',
      'Old ferry timetable',
    ]);
    expect(await titles('filters[source]=ada-lind')).toEqual([
      'Schools reopen',
      'Council rebuilds harbour wall',
    ]);
    expect(await titles(`filters[source][$eq]=${s.official.documentId}`)).toEqual([
      'Council rebuilds harbour wall',
    ]);
    // A source quoted only in a draft matches nothing.
    expect(await titles('filters[source]=hidden-whistleblower')).toEqual([]);
    expect(await titles('filters[outlet]=portvale-gazette')).toEqual([
      'Council rebuilds harbour wall',
      'Old ferry timetable',
    ]);
    expect(await titles('filters[publication][slug][$eq]=coast-herald')).toEqual(['Schools reopen']);
    expect(
      await titles(
        'filters[originalPublishedAt][$gte]=2026-01-01&filters[originalPublishedAt][$lt]=2026-04-01',
      ),
    ).toEqual(['Council rebuilds harbour wall']);
    expect(await titles('filters[section][$eq]=politics&filters[source]=ada-lind')).toEqual([
      'Council rebuilds harbour wall',
    ]);
    expect(await titles('sort=title:asc')).toEqual([
      'Council rebuilds harbour wall',
      'Old ferry timetable',
      'Schools reopen',
    ]);
    const page2 = await api().get('/api/editorial/articles?pagination[page]=2&pagination[pageSize]=2');
    expect(page2.body.data.map((x: any) => x.title)).toEqual(['Old ferry timetable']);
    expect(page2.body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 2, total: 3 });
    const fields = await api().get('/api/editorial/articles?fields[0]=title');
    expect(fields.body.data[0].body).toBeUndefined();
    expect(fields.body.data[0].title).toBe('Schools reopen');
  });

  it('answers bad filters with 400 naming the problem', async () => {
    const res = await api().get('/api/editorial/articles?filters[source][$eq]=');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/filters\[source\]/);
    expect(res.headers.etag).toBeUndefined();
    const priv = await api().get('/api/editorial/articles?filters[importFingerprint][$eq]=fp-council-secret');
    expect(priv.status).toBe(400);
  });
});

describe('article detail', () => {
  it('reads one published article by slug or documentId', async () => {
    const bySlug = await api().get(`/api/editorial/articles/${a.council.slug}`);
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data).toMatchObject({
      documentId: a.council.documentId,
      title: 'Council rebuilds harbour wall',
      approvedCommentCount: 1,
    });
    expect(bySlug.body.data.quotes).toHaveLength(2);
    const byId = await api().get(
      `/api/editorial/articles/${a.council.documentId}?populate[publication]=true`,
    );
    expect(byId.status).toBe(200);
    expect(byId.body.data.publication).toMatchObject({ slug: 'portvale-gazette', kind: 'outlet' });
    // Positions are offsets into the body, whatever fields were asked for.
    for (const quote of byId.body.data.quotes)
      expect(BODY_COUNCIL.slice(quote.position.start, quote.position.end)).toBe(quote.text);
    const titleOnly = await api().get(`/api/editorial/articles/${a.council.documentId}?fields[0]=title`);
    expect(titleOnly.body.data.quotes.map((q: any) => q.position)).toEqual(
      byId.body.data.quotes.map((q: any) => q.position),
    );
  });

  it('answers 404 for a draft or unknown slug', async () => {
    expect((await api().get(`/api/editorial/articles/${a.draft.slug}`)).status).toBe(404);
    expect((await api().get(`/api/editorial/articles/${a.draft.documentId}`)).status).toBe(404);
    expect((await api().get('/api/editorial/articles/no-such-article')).status).toBe(404);
  });

  it('populates only approved comments, without private fields', async () => {
    const res = await api().get(`/api/editorial/articles/${a.council.slug}?populate=comments`);
    expect(res.body.data.comments.map((c: any) => c.body)).toEqual(['Good news for the harbour']);
    expect(JSON.stringify(res.body)).not.toMatch(/pat@example|iphash|authorEmail|ipHash|moderationReasons/);
  });
});

describe('sources', () => {
  it('lists only sources cited in published content, filtered by kind and searched by name or alias', async () => {
    const all = await api().get('/api/editorial/sources');
    expect(all.status).toBe(200);
    const slugs = all.body.data.map((x: any) => x.slug);
    expect(slugs).toEqual(['ada-lind', 'coast-herald', 'portvale-gazette', 'senior-official']);
    expect(slugs).not.toContain('hidden-whistleblower');
    expect(all.body.data.find((x: any) => x.slug === 'ada-lind').quoteCount).toBe(2);

    const outlets = await api().get('/api/editorial/sources?filters[kind][$eq]=outlet');
    expect(outlets.body.data.map((x: any) => x.slug)).toEqual(['coast-herald', 'portvale-gazette']);
    // Public aliases are the forms public quotes use ("Mayor Ada Lind"); "A. Lind" is used by none.
    const byAlias = await api().get('/api/editorial/sources?_q=mayor%20ada');
    expect(byAlias.body.data.map((x: any) => x.slug)).toEqual(['ada-lind']);
    expect(byAlias.body.data[0].aliases).toEqual(['Mayor Ada Lind']);
    expect((await api().get('/api/editorial/sources?_q=a.%20lind')).body.data).toEqual([]);
    const byName = await api().get('/api/editorial/sources?_q=GAZETTE');
    expect(byName.body.data.map((x: any) => x.slug)).toEqual(['portvale-gazette']);
    const hidden = await api().get('/api/editorial/sources?_q=whistleblower');
    expect(hidden.body.data).toEqual([]);
    expect((await api().get('/api/editorial/sources?filters[kind][$eq]=wizard')).body.data).toEqual([]);
  });

  it('shows a source page with its published quotes across articles, newest first', async () => {
    const res = await api().get('/api/editorial/sources/ada-lind');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ name: 'Ada Lind', kind: 'person', quoteCount: 2 });
    expect(res.body.data.quotes.map((q: any) => [q.text, q.article.slug])).toEqual([
      ['Every child will have a seat', a.school.slug],
      ['We cannot wait for another storm', a.council.slug],
    ]);
    expect(JSON.stringify(res.body)).not.toContain('The council voted on Tuesday');
    expect((await api().get(`/api/editorial/sources/${s.lind.documentId}`)).body.data.slug).toBe('ada-lind');
    expect((await api().get('/api/editorial/sources/hidden-whistleblower')).status).toBe(404);
  });
});

describe('HTTP caching', () => {
  it('sends cache headers and a strong ETag, and answers If-None-Match with 304', async () => {
    const url = `/api/editorial/articles/${a.school.slug}`;
    const first = await api().get(url);
    expect(first.headers['cache-control']).toMatch(/public/);
    expect(first.headers['cache-control']).toMatch(/s-maxage=\d+/);
    expect(first.headers['cache-control']).toMatch(/stale-while-revalidate=\d+/);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await api().get(url).set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.text).toBeFalsy();
    expect(again.headers.etag).toBe(etag);
    const other = await api().get(url).set('If-None-Match', '"something-else"');
    expect(other.status).toBe(200);
    // Another representation (other fields) has another tag.
    expect((await api().get(`${url}?fields[0]=title`)).headers.etag).not.toBe(etag);
  });

  it('changes the ETag when a quote changes, an approved comment appears or the article is republished, not for a pending comment', async () => {
    const url = `/api/editorial/articles/${a.school.slug}`;
    const tag = async () => (await api().get(url)).headers.etag;
    const listTag = async () => (await api().get('/api/editorial/articles')).headers.etag;
    const t0 = await tag();
    const l0 = await listTag();

    const pending = await f.comment(a.school, { body: 'Awaiting review', status: 'pending' });
    expect(await tag()).toBe(t0);

    await t.strapi
      .documents('plugin::editorial.comment' as any)
      .update({ documentId: pending.documentId, data: { status: 'approved' } });
    const t1 = await tag();
    expect(t1).not.toBe(t0);
    expect(await listTag()).not.toBe(l0);
    expect((await api().get(url).set('If-None-Match', t0)).status).toBe(200);

    await t.strapi
      .documents('plugin::editorial.quote' as any)
      .update({ documentId: s.q3.documentId, data: { state: 'rejected' } });
    const t2 = await tag();
    expect(t2).not.toBe(t1);
    const body = (await api().get(url)).body.data;
    expect(body.quotes).toEqual([]);
    await t.strapi
      .documents('plugin::editorial.quote' as any)
      .update({ documentId: s.q3.documentId, data: { state: 'verified' } });

    await t.strapi
      .documents('plugin::editorial.article' as any)
      .update({ documentId: a.school.documentId, data: { dek: 'New dek' } });
    const t3 = await tag();
    await t.strapi.documents('plugin::editorial.article' as any).publish({ documentId: a.school.documentId });
    const t4 = await tag();
    expect(t4).not.toBe(t3);
    expect((await api().get(url)).body.data.dek).toBe('New dek');
  });

  it("changes an article's ETag when its outlet changes", async () => {
    const url = `/api/editorial/articles/${a.old.slug}?populate[publication]=true`;
    const before = await api().get(url);
    await t.strapi
      .documents('plugin::editorial.source' as any)
      .update({ documentId: s.gazette.documentId, data: { description: 'Daily since 1901' } });
    const after = await api().get(url);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.data.publication.description).toBe('Daily since 1901');
  });

  it('serves a repeat read from the payload kept under its ETag, and never a stale one', async () => {
    const cache = t.strapi.plugin('editorial').service('public-api').payloadCache;
    cache.clear();
    const url = `/api/editorial/articles/${a.council.slug}?fields[0]=title&fields[1]=dek`;
    const first = await api().get(url);
    expect(cache.size).toBe(1);
    const second = await api().get(url);
    expect(second.status).toBe(200);
    expect(second.headers['content-type']).toMatch(/application\/json/);
    expect(second.body).toEqual(first.body);
    expect(cache.size).toBe(1);
    await t.strapi
      .documents('plugin::editorial.article' as any)
      .update({ documentId: a.council.documentId, data: { dek: 'Changed dek' } });
    await t.strapi
      .documents('plugin::editorial.article' as any)
      .publish({ documentId: a.council.documentId });
    const third = await api().get(url);
    expect(third.body.data.dek).toBe('Changed dek');
    expect(third.headers.etag).not.toBe(first.headers.etag);
  });

  it("caches an article's comment threads: 304 until an approved comment changes", async () => {
    const url = `/api/editorial/articles/${a.old.slug}/comments`;
    const first = await api().get(url);
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toMatch(/public/);
    expect((await api().get(url).set('If-None-Match', first.headers.etag)).status).toBe(304);
    await f.comment(a.old, { body: 'Held for review', status: 'pending' });
    expect((await api().get(url).set('If-None-Match', first.headers.etag)).status).toBe(304);
    await f.comment(a.old, { body: 'Another approved view' });
    const after = await api().get(url).set('If-None-Match', first.headers.etag);
    expect(after.status).toBe(200);
    expect(JSON.stringify(after.body)).toContain('Another approved view');
    expect(JSON.stringify(after.body)).not.toContain('Held for review');
    const unknown = await api().get('/api/editorial/articles/no-such-article/comments');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.etag).toBeUndefined();
  });

  it('caches lists and source pages too', async () => {
    for (const url of [
      '/api/editorial/articles?filters[section][$eq]=politics',
      '/api/editorial/sources',
      '/api/editorial/sources/ada-lind',
    ]) {
      const first = await api().get(url);
      expect(first.headers.etag).toBeTruthy();
      expect((await api().get(url).set('If-None-Match', first.headers.etag)).status).toBe(304);
    }
  });
});

describe("Strapi's JavaScript client", () => {
  let baseURL: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => t.server.listen(0, '127.0.0.1', () => resolve()));
    baseURL = `http://127.0.0.1:${(t.server.address() as AddressInfo).port}/api`;
  });
  afterAll(async () => {
    await new Promise((resolve) => t.server.close(resolve));
  });

  it('lists, filters and reads articles and sources unchanged', async () => {
    const sdk = strapiClient({ baseURL });
    const articles = sdk.collection('articles', { path: '/editorial/articles' });
    const list = await articles.find({
      filters: { section: { $eq: 'politics' } },
      sort: ['originalPublishedAt:desc'],
      pagination: { page: 1, pageSize: 1 },
      fields: ['title', 'slug'],
    });
    expect(list.data.map((x) => x.title)).toEqual(['Council rebuilds harbour wall']);
    expect(list.meta.pagination).toMatchObject({ page: 1, pageSize: 1, total: 2, pageCount: 2 });
    expect(list.data[0].quotes).toHaveLength(2);

    const bySource = await articles.find({ filters: { source: 'senior-official' } });
    expect(bySource.data.map((x) => x.slug)).toEqual([a.council.slug]);

    const one = await articles.findOne(a.council.slug, { populate: ['publication'] });
    expect(one.data).toMatchObject({
      documentId: a.council.documentId,
      approvedCommentCount: 1,
      sourcing: { anonymousShare: 0.5 },
    });
    expect(one.data.publication.slug).toBe('portvale-gazette');

    const sources = sdk.collection('sources', { path: '/editorial/sources' });
    const persons = await sources.find({ filters: { kind: { $eq: 'person' } } });
    expect(persons.data.map((x) => x.slug)).toEqual(['ada-lind']);
    const page = await sources.findOne('ada-lind');
    expect(page.data.quotes).toHaveLength(2);

    await expect(articles.findOne(a.draft.slug)).rejects.toThrow();
  });
});

describe('GraphQL', () => {
  const gql = (query: string, variables?: Record<string, unknown>) =>
    api().post('/graphql').send({ query, variables });

  it('exposes published articles with public quotes and approved comments only', async () => {
    const res = await gql(`{
      editorialArticles(status: DRAFT, sort: "title:asc") {
        documentId title approvedCommentCount anonymousShare
        publicQuotes { text state source { slug kind } }
        approvedComments { body authorName }
      }
    }`);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const rows = res.body.data.editorialArticles;
    expect(rows.map((x: any) => x.title)).toEqual([
      'Council rebuilds harbour wall',
      'Old ferry timetable',
      'Schools reopen',
    ]);
    const council = rows[0];
    expect(council.publicQuotes.map((q: any) => q.text)).toEqual([
      'We cannot wait for another storm',
      'double by spring',
    ]);
    expect(council.approvedComments.map((c: any) => c.body)).toEqual(['Good news for the harbour']);
    expect(council.approvedCommentCount).toBe(1);
    expect(council.anonymousShare).toBe(0.5);
    expect(JSON.stringify(res.body)).not.toMatch(/Pending remark|Flagged remark|Draft exposé/);

    const draft = await gql(
      `query($id: ID!) { editorialArticle(documentId: $id, status: DRAFT) { title } }`,
      { id: a.draft.documentId },
    );
    expect(draft.body.data.editorialArticle).toBeNull();
    const connection = await gql(
      '{ editorialArticles_connection(status: DRAFT, hasPublishedVersion: false) { nodes { title } pageInfo { total } } }',
    );
    expect(connection.body.errors).toBeUndefined();
    expect(connection.body.data.editorialArticles_connection.pageInfo.total).toBe(3);
    expect(JSON.stringify(connection.body)).not.toContain('Draft exposé');
  });

  it('offers no way to pending comments, private fields, hidden sources or writes', async () => {
    const comments = await gql('{ editorialComments(filters: { status: { eq: "pending" } }) { body } }');
    expect(comments.body.errors?.[0]?.message).toMatch(/editorialComments/);
    for (const field of ['authorEmail', 'ipHash', 'moderationReasons', 'clientKey']) {
      const res = await gql(
        `query($id: ID!) { editorialArticle(documentId: $id) { approvedComments { ${field} } } }`,
        { id: a.council.documentId },
      );
      expect(res.body.errors?.[0]?.message).toContain(field);
    }
    const fingerprint = await gql('{ editorialArticles { importFingerprint } }');
    expect(fingerprint.body.errors?.[0]?.message).toContain('importFingerprint');
    const rawRelation = await gql('{ editorialArticles { comments { body } } }');
    expect(rawRelation.body.errors?.[0]?.message).toMatch(/comments/);
    const quotes = await gql('{ editorialQuotes { text } }');
    expect(quotes.body.errors).toBeDefined();
    const sources = await gql('{ editorialSources(sort: "slug:asc") { slug publicQuotes { text } } }');
    expect(sources.body.data.editorialSources.map((x: any) => x.slug)).toEqual([
      'ada-lind',
      'coast-herald',
      'portvale-gazette',
      'senior-official',
    ]);
    const hidden = await gql(`query($id: ID!) { editorialSource(documentId: $id) { name } }`, {
      id: s.draftOnly.documentId,
    });
    expect(hidden.body.data.editorialSource).toBeNull();
    const write = await gql(
      `mutation { createEditorialComment(data: { body: "x", authorName: "y" }) { documentId } }`,
    );
    expect(write.body.errors).toBeDefined();
    const deep = await gql(
      '{ editorialSources { publicQuotes { source { publicQuotes { source { publicQuotes { source { publicQuotes { source { publicQuotes { source { name } } } } } } } } } } } }',
    );
    expect(deep.body.errors?.[0]?.message).toMatch(/depth/i);
    const types = await gql('{ __type(name: "EditorialComment") { fields { name } } }');
    const names = types.body.data.__type.fields.map((x: any) => x.name);
    expect(names).toEqual(expect.arrayContaining(['body', 'authorName', 'postedAt']));
    expect(names).not.toEqual(expect.arrayContaining(['authorEmail']));
    expect(names.some((n: string) => /email|ip|reason|clientKey|parent$|article$/i.test(n))).toBe(false);
  });
});

describe('OpenAPI', () => {
  it("serves an OpenAPI document describing the plugin's public routes", async () => {
    const res = await api().get('/api/editorial/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/editorial/articles',
        '/api/editorial/articles/{id}',
        '/api/editorial/sources',
        '/api/editorial/sources/{id}',
      ]),
    );
    // The comments endpoints are described too.
    expect(res.body.paths['/api/editorial/articles/{idOrSlug}/comments'].post.requestBody).toBeDefined();
    expect(res.body.paths['/api/editorial/comments/{documentId}/report'].post).toBeDefined();
    const detail = res.body.paths['/api/editorial/articles/{id}'].get;
    expect(detail.responses['304']).toBeDefined();
    expect(res.body.components.schemas.Quote.properties.position).toBeDefined();
    expect(JSON.stringify(res.body)).not.toMatch(
      /authorEmail"\s*:\s*\{[^}]*"readOnly|ipHash|importFingerprint/,
    );
  });

  it('adds the same routes to the documentation plugin', async () => {
    const res = await api().get('/documentation/v1.0.0');
    expect(res.status).toBe(200);
    expect(res.text).toContain('/api/editorial/articles/{id}');
  });
});
