import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';

const ARTICLE = 'plugin::editorial.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;

let t: TestStrapi;
let editor: AdminSession;
let moderator: AdminSession;

beforeAll(async () => {
  t = await startStrapi();
  editor = await createAdminSession(t.strapi, t.server, 'Editor');
  moderator = await createAdminSession(t.strapi, t.server, 'Moderator');
});

afterAll(async () => {
  await t?.stop();
});

describe('content model', () => {
  it('registers the five content types with their fields and relations', () => {
    const attrs = (uid: string) => t.strapi.getModel(uid as any).attributes as Record<string, any>;
    const article = attrs(ARTICLE);
    for (const f of [
      'title',
      'slug',
      'dek',
      'body',
      'byline',
      'dateline',
      'originalPublishedAt',
      'creditLine',
      'section',
      'canonicalUrl',
      'commentsMode',
      'editorialStage',
      'importFingerprint',
    ]) {
      expect(article).toHaveProperty(f);
    }
    expect(article.publication).toMatchObject({ type: 'relation', target: 'plugin::editorial.source' });
    expect(article.assignee).toMatchObject({ type: 'relation', target: 'admin::user' });
    expect(article.quotes).toMatchObject({ relation: 'oneToMany', target: 'plugin::editorial.quote' });
    expect(article.comments).toMatchObject({ relation: 'oneToMany', target: 'plugin::editorial.comment' });
    expect(article.importFingerprint).toMatchObject({ private: true, unique: true });
    expect(t.strapi.getModel(ARTICLE as any).options?.draftAndPublish).toBe(true);

    expect(attrs('plugin::editorial.source').kind.enum).toEqual([
      'person',
      'outlet',
      'organisation',
      'anonymous',
    ]);
    expect(attrs('plugin::editorial.quote').type.enum).toEqual(['direct', 'mixed', 'indirect']);
    expect(attrs('plugin::editorial.quote').state.enum).toEqual([
      'extracted',
      'needs_review',
      'verified',
      'rejected',
    ]);
    const comment = attrs('plugin::editorial.comment');
    expect(comment.status.enum).toEqual(['pending', 'approved', 'flagged', 'rejected']);
    expect(comment.authorEmail.private).toBe(true);
    expect(comment.ipHash.private).toBe(true);
    expect(comment.parent).toMatchObject({ target: 'plugin::editorial.comment' });
    expect(attrs('plugin::editorial.moderation-event').action.enum).toContain('approve');
  });

  it('creates the indexes that queue and quote queries need', async () => {
    const hasIndex = async (table: string, cols: string[]) => {
      const indexes = await t.strapi.db.dialect.schemaInspector.getIndexes(table);
      return indexes.some((i: any) => cols.every((c, n) => i.columns[n] === c));
    };
    expect(await hasIndex('editorial_comments', ['status', 'posted_at'])).toBe(true);
    expect(await hasIndex('editorial_comments', ['article_document_id', 'status'])).toBe(true);
    expect(await hasIndex('editorial_quotes', ['article_document_id'])).toBe(true);
    expect(await hasIndex('editorial_sources', ['slug'])).toBe(true);
    // PostgreSQL's inspector lists an index's columns in no particular order: compare them as a set.
    const aliasIndexes = await t.strapi.db.dialect.schemaInspector.getIndexes('editorial_source_aliases');
    expect(
      aliasIndexes.some(
        (i: any) =>
          i.name === 'editorial_source_aliases_key_idx' && [...i.columns].sort().join() === 'key,source_id',
      ),
    ).toBe(true);
  });

  it("keeps the sync's internal fields out of the content manager's edit view", async () => {
    const fieldsOf = async (uid: string) => {
      const res = await client(t.server, editor.token).get(
        `/content-manager/content-types/${uid}/configuration`,
      );
      expect(res.status).toBe(200);
      const layout = res.body.data.contentType.layouts.edit as { name: string }[][];
      return layout.flat().map((f) => f.name);
    };
    const article = await fieldsOf(ARTICLE);
    expect(article).toEqual(expect.arrayContaining(['title', 'body']));
    expect(article).not.toContain('quoteExtraction');
    expect(article).not.toContain('importFingerprint');
    const source = await fieldsOf('plugin::editorial.source');
    expect(source).toEqual(expect.arrayContaining(['name', 'aliases']));
    expect(source).not.toContain('aliasKeys');
  });
});

describe('roles and permissions', () => {
  it('lets an editor create and publish an article through the content manager', async () => {
    const api = client(t.server, editor.token);
    const created = await api.post(CM).send({
      title: 'Council approves harbour budget',
      slug: 'council-approves-harbour-budget',
      body: 'Text.',
    });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    const published = await api.post(`${CM}/${documentId}/actions/publish`).send({});
    expect(published.status).toBe(200);
    expect(published.body.data.publishedAt).toBeTruthy();
  });

  it('refuses article creation to a moderator (403)', async () => {
    const res = await client(t.server, moderator.token).post(CM).send({ title: 'Nope', slug: 'nope' });
    expect(res.status).toBe(403);
  });

  it('refuses the moderation queue to an editor (403) and opens it to a moderator', async () => {
    expect((await client(t.server, editor.token).get('/editorial/moderation/comments')).status).toBe(403);
    expect((await client(t.server, moderator.token).get('/editorial/moderation/comments')).status).toBe(200);
    expect((await client(t.server).get('/editorial/moderation/comments')).status).toBe(401);
  });

  it('answers a schema violation with 400 naming the field', async () => {
    const api = client(t.server, editor.token);
    const badUrl = await api
      .post(CM)
      .send({ title: 'Bad link', slug: 'bad-link', canonicalUrl: 'javascript:alert(1)' });
    const badPublish = await api.post(`${CM}/${badUrl.body.data.documentId}/actions/publish`).send({});
    expect(badPublish.status).toBe(400);
    expect(JSON.stringify(badPublish.body.error)).toContain('canonicalUrl');
    // Drafts may be incomplete; publishing checks required fields.
    const draft = await api.post(CM).send({ slug: 'no-title' });
    expect(draft.status).toBe(201);
    const publish = await api.post(`${CM}/${draft.body.data.documentId}/actions/publish`).send({});
    expect(publish.status).toBe(400);
    expect(JSON.stringify(publish.body.error)).toContain('title');
  });
});

describe('public role', () => {
  let publishedId: string;
  let draftId: string;

  beforeAll(async () => {
    const docs = t.strapi.documents(ARTICLE as any);
    const pub: any = await docs.create({
      data: { title: 'Published piece', slug: 'published-piece', body: 'Body' },
    });
    await docs.publish({ documentId: pub.documentId });
    publishedId = pub.documentId;
    const draft: any = await docs.create({
      data: { title: 'Draft piece', slug: 'draft-piece', body: 'Secret draft' },
    });
    draftId = draft.documentId;
    await t.strapi.documents('plugin::editorial.comment' as any).create({
      data: {
        body: 'Visible',
        authorName: 'Ann',
        authorEmail: 'ann@example.test',
        ipHash: 'abc',
        status: 'approved',
        postedAt: new Date().toISOString(),
        articleDocumentId: publishedId,
        article: publishedId,
      },
    });
    await t.strapi.documents('plugin::editorial.comment' as any).create({
      data: {
        body: 'Hidden',
        authorName: 'Bob',
        authorEmail: 'bob@example.test',
        ipHash: 'def',
        status: 'pending',
        postedAt: new Date().toISOString(),
        articleDocumentId: publishedId,
        article: publishedId,
      },
    });
  });

  it('lists published articles only, and refuses to be asked for drafts', async () => {
    const asked = await client(t.server).get('/api/editorial/articles?status=draft');
    expect(asked.status).toBe(400);
    expect(asked.body.error.message).toMatch(/^status:/);
    const res = await client(t.server).get('/api/editorial/articles');
    expect(res.status).toBe(200);
    const ids = res.body.data.map((a: any) => a.documentId);
    expect(ids).toContain(publishedId);
    expect(ids).not.toContain(draftId);
    expect((await client(t.server).get(`/api/editorial/articles/${draftId}`)).status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain('importFingerprint');
  });

  it('never shows unapproved comments, emails or ip hashes', async () => {
    const list = await client(t.server).get('/api/editorial/comments');
    expect(list.status).toBe(200);
    const text = JSON.stringify(list.body);
    expect(text).toContain('Visible');
    expect(text).not.toContain('Hidden');
    expect(text).not.toMatch(/ann@example|ipHash|authorEmail/);

    const populated = await client(t.server).get(`/api/editorial/articles/${publishedId}?populate=*`);
    expect(populated.status).toBe(200);
    expect(JSON.stringify(populated.body)).not.toMatch(/Hidden|bob@example|ipHash/);

    const crafted = await client(t.server).get('/api/editorial/comments?filters[status][$eq]=pending');
    expect(JSON.stringify(crafted.body)).not.toContain('Hidden');

    const byEmail = await client(t.server).get('/api/editorial/comments?filters[authorEmail][$contains]=bob');
    expect(byEmail.status).toBe(400);
  });
});
