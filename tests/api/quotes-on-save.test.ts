jest.setTimeout(120000);

import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { HARBOUR, FERRY } from '../fixtures/quote-articles';
import { normaliseQuoteText } from '../../plugins/editorial/server/src/quotes/engine';
import { backfillAliasIndex } from '../../plugins/editorial/server/src/quotes/sync/alias-index';

const ARTICLE = 'plugin::editorial.article';
const QUOTE = 'plugin::editorial.quote';
const SOURCE = 'plugin::editorial.source';
const CM = `/content-manager/collection-types/${ARTICLE}`;

let t: TestStrapi;
let editor: AdminSession;
let moderator: AdminSession;
let api: ReturnType<typeof client>;
let n = 0;

beforeAll(async () => {
  t = await startStrapi();
  editor = await createAdminSession(t.strapi, t.server, 'Editor');
  moderator = await createAdminSession(t.strapi, t.server, 'Moderator');
  api = client(t.server, editor.token);
});

afterAll(async () => {
  await t?.stop();
});

async function createArticle(body: string, title = `Article ${++n}`) {
  const res = await api.post(CM).send({ title, slug: `article-${n}-${Date.now()}`, body });
  expect(res.status).toBe(201);
  return res.body.data.documentId as string;
}
const update = (id: string, data: Record<string, unknown>) => api.put(`${CM}/${id}`).send(data);
const publish = (id: string) => api.post(`${CM}/${id}/actions/publish`).send({});

async function quoteRows(articleDocumentId: string, articleStatus: 'draft' | 'published' = 'draft') {
  return (await t.strapi.db.query(QUOTE as any).findMany({
    where: { articleDocumentId, articleStatus },
    populate: { source: true, article: { select: ['id', 'publishedAt'] } },
    orderBy: { start: 'asc' },
  })) as any[];
}
async function panel(articleDocumentId: string, status: 'draft' | 'published' = 'draft') {
  const res = await api.get(`/editorial/quotes/articles/${articleDocumentId}?status=${status}`);
  expect(res.status).toBe(200);
  return res.body.data;
}
const texts = (rows: any[]) => rows.map((q) => q.text).sort();
const sourceBySlug = (slug: string) =>
  t.strapi.db.query(SOURCE as any).findOne({ where: { slug }, populate: { quotes: true } }) as Promise<any>;

describe('quotes on create and update', () => {
  it('extracts the quotes of a new article with speakers and deduplicated sources', async () => {
    const id = await createArticle(HARBOUR.body);
    const rows = await quoteRows(id);
    expect(texts(rows)).toEqual(Object.values(HARBOUR.quotes).sort());
    for (const q of rows) {
      expect(q.matchKey).toBeTruthy();
      expect(q.article?.publishedAt ?? null).toBeNull();
      expect(q.state).toBe('extracted');
    }
    const faizi = rows.filter((q) => q.source?.name === 'Amir Faizi');
    expect(faizi).toHaveLength(2);
    expect(faizi[0].source.id).toBe(faizi[1].source.id);
    expect(faizi[0].source.kind).toBe('person');
    // "The Coastal Times" and later "the Times" are one outlet.
    const times = rows.filter((q) => q.source?.kind === 'outlet');
    expect(times).toHaveLength(2);
    expect(new Set(times.map((q) => q.source.id)).size).toBe(1);
    expect(rows.find((q) => q.text === HARBOUR.quotes.anon).source).toMatchObject({
      kind: 'anonymous',
      scopeArticleDocumentId: id,
    });

    const data = await panel(id);
    expect(data.quotes).toHaveLength(6);
    expect(data.anonymousShare).toBeCloseTo(1 / 6);
    expect(data.extraction).toMatchObject({ status: 'ok', counts: { quotes: 6, anonymous: 1 } });
    expect(data.quotes[0]).toMatchObject({
      speakerText: 'Amir Faizi',
      source: { kind: 'person', name: 'Amir Faizi' },
    });
  });

  it('adds, removes and changes quotes on update, and logs removals in the article history', async () => {
    const id = await createArticle(HARBOUR.body);
    const before = await quoteRows(id);
    const ostrovaId = before.find((q) => q.text === HARBOUR.quotes.ostrova).id;
    const body = HARBOUR.body
      .replace(
        `"${HARBOUR.quotes.faizi1}," said Amir Faizi, the harbour master.`,
        'The harbour master was away on Monday.',
      )
      .replace(HARBOUR.quotes.times2, 'Figures were revised again in February')
      .concat('\n\n"The quay will stay open during the works," said Ines Caldera, the deputy mayor.');
    expect((await update(id, { body })).status).toBe(200);
    const after = await quoteRows(id);
    expect(texts(after)).toEqual(
      [
        HARBOUR.quotes.ostrova,
        HARBOUR.quotes.anon,
        HARBOUR.quotes.faizi2,
        HARBOUR.quotes.times1,
        'Figures were revised again in February',
        'The quay will stay open during the works',
      ].sort(),
    );
    // An unchanged quote keeps its row.
    expect(after.find((q) => q.text === HARBOUR.quotes.ostrova).id).toBe(ostrovaId);
    const { extraction } = await panel(id);
    const removed = extraction.history[0].removed.map((r: any) => r.text).sort();
    expect(removed).toEqual([HARBOUR.quotes.faizi1, HARBOUR.quotes.times2].sort());
    expect(extraction.history[0].added).toBe(2);
  });

  it('gives the same rows however often the same text is saved', async () => {
    const id = await createArticle(HARBOUR.body);
    const first = await quoteRows(id);
    for (let i = 0; i < 3; i++) expect((await update(id, { title: `Retitled ${i}` })).status).toBe(200);
    await t.strapi.plugin('editorial').service('quote-sync').syncArticle(id);
    const again = await quoteRows(id);
    expect(again.map((q) => [q.id, q.text, q.source?.id])).toEqual(
      first.map((q) => [q.id, q.text, q.source?.id]),
    );
  });
});

describe('saves that change nothing', () => {
  it('skips extraction when text and settings are unchanged (re-save, publish of the draft), and re-extracts when the minimum confidence changes', async () => {
    const id = await createArticle(HARBOUR.body);
    const first = await quoteRows(id);
    const svc = t.strapi.plugin('editorial').service('quote-sync');
    const original = svc.extract;
    const calls: string[] = [];
    svc.extract = (text: string) => (calls.push(text), original.call(svc, text));
    const settings = client(t.server, editor.token);
    try {
      expect((await update(id, { title: 'Only the title changes' })).status).toBe(200);
      expect(calls).toHaveLength(0);
      // Publish: only the new published version is extracted; the draft's quotes stay linked to the draft row alone.
      expect((await publish(id)).status).toBe(200);
      expect(calls).toHaveLength(1);
      const draft = await quoteRows(id);
      expect(draft.map((q) => [q.id, q.state])).toEqual(first.map((q) => [q.id, q.state]));
      for (const q of draft) expect(q.article?.publishedAt ?? null).toBeNull();
      const links = await t.strapi.db.connection('editorial_quotes_article_lnk').whereIn(
        'quote_id',
        draft.map((q) => q.id),
      );
      expect(links).toHaveLength(draft.length);
      expect(await quoteRows(id, 'published')).toHaveLength(6);

      const max = Math.max(...original.call(svc, HARBOUR.body).map((q: any) => q.confidence));
      expect(
        (
          await settings
            .put('/editorial/settings/quotes')
            .send({ extractionEnabled: true, minConfidence: max })
        ).status,
      ).toBe(200);
      expect((await update(id, { title: 'Same text, stricter settings' })).status).toBe(200);
      expect(calls).toHaveLength(2);
      // Below the new minimum: kept, but waiting for review.
      const stricter = await quoteRows(id);
      expect(stricter).toHaveLength(6);
      expect(stricter.filter((q) => q.state === 'needs_review').length).toBeGreaterThan(0);
    } finally {
      svc.extract = original;
      await settings.put('/editorial/settings/quotes').send({ extractionEnabled: true, minConfidence: 0 });
    }
  });
});

describe('draft and published versions', () => {
  it('gives draft and published versions their own quotes; publishing twice duplicates nothing; unpublish removes the published ones', async () => {
    const id = await createArticle(HARBOUR.body);
    expect((await publish(id)).status).toBe(200);
    expect((await publish(id)).status).toBe(200);
    const published = await quoteRows(id, 'published');
    expect(texts(published)).toEqual(Object.values(HARBOUR.quotes).sort());
    for (const q of published) expect(q.article?.publishedAt).toBeTruthy();
    const draft = await quoteRows(id, 'draft');
    expect(draft).toHaveLength(6);
    for (const q of draft) expect(q.article?.publishedAt ?? null).toBeNull();

    // Edit the draft only: the published quotes stay those of the published text.
    const body = `${HARBOUR.body}\n\n"A second dredger arrives in April," said Ines Caldera.`;
    expect((await update(id, { body })).status).toBe(200);
    expect(await quoteRows(id, 'draft')).toHaveLength(7);
    expect(await quoteRows(id, 'published')).toHaveLength(6);

    expect((await api.post(`${CM}/${id}/actions/unpublish`).send({})).status).toBe(200);
    expect(await quoteRows(id, 'published')).toHaveLength(0);
    expect(await quoteRows(id, 'draft')).toHaveLength(7);
  });

  it('restores the published quotes on the draft when the draft is discarded', async () => {
    const id = await createArticle(HARBOUR.body);
    expect((await publish(id)).status).toBe(200);
    const body = HARBOUR.body.replace(HARBOUR.quotes.ostrova, 'The dust will be everywhere');
    expect((await update(id, { body })).status).toBe(200);
    expect(texts(await quoteRows(id, 'draft'))).toContain('The dust will be everywhere');
    const res = await api.post(`${CM}/${id}/actions/discard`).send({});
    expect(res.status).toBe(200);
    const draft = await quoteRows(id, 'draft');
    expect(texts(draft)).toEqual(Object.values(HARBOUR.quotes).sort());
    for (const q of draft) expect(q.article?.publishedAt ?? null).toBeNull();
    expect(await quoteRows(id, 'published')).toHaveLength(6);
  });

  it('never duplicates quotes when the same article is saved concurrently', async () => {
    const id = await createArticle(HARBOUR.body);
    const bodies = [0, 1, 2, 3, 4, 5].map(
      (i) => `${HARBOUR.body}\n\n"Concurrent line ${i % 2} stays," said Yusuf Brandt.`,
    );
    const results = await Promise.all([
      ...bodies.map((body) => update(id, { body })),
      publish(id),
      publish(id),
    ]);
    for (const r of results) expect(r.status).toBe(200);
    for (const status of ['draft', 'published'] as const) {
      const rows = await quoteRows(id, status);
      expect(new Set(rows.map((q) => q.matchKey)).size).toBe(rows.length);
      expect(new Set(rows.map((q) => q.text)).size).toBe(rows.length);
      // Exactly the quotes of the stored text.
      const stored: any = await t.strapi.db.query(ARTICLE as any).findOne({
        where: { documentId: id, publishedAt: status === 'draft' ? null : { $notNull: true } },
      });
      const expected = t.strapi
        .plugin('editorial')
        .service('quote-sync')
        .extract(stored.body)
        .map((q: any) => normaliseQuoteText(q.text));
      expect(rows.map((q) => normaliseQuoteText(q.text)).sort()).toEqual([...expected].sort());
    }
  });
});

describe('sources across articles', () => {
  it('reuses a person source across articles, grows its aliases, and keeps anonymous sources per article', async () => {
    const a = await createArticle(HARBOUR.body);
    const b = await createArticle(FERRY.body);
    const faizi = await sourceBySlug('amir-faizi');
    expect(faizi.kind).toBe('person');
    // Only full names become aliases: never "Faizi" or "Mr. Faizi" (a surname alone matches nobody across articles).
    expect(faizi.aliases).not.toContain('Faizi');
    expect(faizi.aliases).not.toContain('Mr. Faizi');
    const count = await t.strapi.db.query(SOURCE as any).count({ where: { slug: 'amir-faizi' } });
    expect(count).toBe(1);
    const articlesOfFaizi = new Set(faizi.quotes.map((q: any) => q.articleDocumentId));
    expect(articlesOfFaizi.has(a)).toBe(true);
    expect(articlesOfFaizi.has(b)).toBe(true);

    const anonA = (await quoteRows(a)).find((q) => q.source?.kind === 'anonymous').source;
    const anonB = (await quoteRows(b)).find((q) => q.source?.kind === 'anonymous').source;
    expect(anonA.id).not.toBe(anonB.id);
    expect(anonB.scopeArticleDocumentId).toBe(b);
    expect((await quoteRows(b)).find((q) => q.text.startsWith('Fees')).source.kind).toBe('organisation');

    const detail = await api.get(`/editorial/sources/${faizi.documentId}`);
    expect(detail.status).toBe(200);
    const titles = new Set(detail.body.data.quotes.map((q: any) => q.articleTitle));
    expect(titles.size).toBeGreaterThanOrEqual(2);
    const list = await api.get('/editorial/sources?kind=person&q=faizi');
    expect(list.status).toBe(200);
    expect(list.body.results.map((s: any) => s.documentId)).toContain(faizi.documentId);
    expect(
      list.body.results.find((s: any) => s.documentId === faizi.documentId).quoteCount,
    ).toBeGreaterThanOrEqual(4);
  });
});

describe('the index of source names', () => {
  const aliasKeysOfSource = async (id: number) =>
    (
      (await t.strapi.db
        .connection('editorial_source_aliases')
        .select('key')
        .where('source_id', id)
        .orderBy('key')) as any[]
    ).map((r) => r.key);

  it('keeps one row per name form, follows content-manager edits, and finds a source by a form added there', async () => {
    await createArticle(
      '"The quay reopens on Friday," said Ilse Marwick, the port engineer. "Nobody will notice," Ms. Marwick said.',
    );
    const ilse = await sourceBySlug('ilse-marwick');
    expect(await aliasKeysOfSource(ilse.id)).toEqual(['ilse-marwick']);

    // An editor adds a name form in the content manager: alias keys and index follow.
    const cm = `/content-manager/collection-types/${SOURCE}/${ilse.documentId}`;
    const edited = await api.put(cm).send({ aliases: [...(ilse.aliases ?? []), 'Ilse K. Marwick-Brandt'] });
    expect(edited.status).toBe(200);
    expect(await aliasKeysOfSource(ilse.id)).toContain('ilse-k-marwick-brandt');

    // A later article naming her by that form is attributed to the same source.
    const other = await createArticle('"The cranes stay," said Ilse K. Marwick-Brandt.');
    expect((await quoteRows(other))[0].source.id).toBe(ilse.id);
    expect(await t.strapi.db.query(SOURCE as any).count({ where: { slug: 'ilse-k-marwick-brandt' } })).toBe(
      0,
    );
  });

  it("moves the merged source's names to the kept one and rebuilds missing rows on start", async () => {
    const a = await createArticle('"Tides are late," said Oskar Lindqvist-Haar.');
    const b = await createArticle('"Tides are early," said Oskar Lindqvist.');
    const keep = (await quoteRows(a))[0].source;
    const other = (await quoteRows(b))[0].source;
    expect(keep.id).not.toBe(other.id);
    expect(
      (
        await api
          .post(`/editorial/sources/${keep.documentId}/merge`)
          .send({ otherDocumentId: other.documentId })
      ).status,
    ).toBe(200);
    expect(await aliasKeysOfSource(other.id)).toEqual([]);
    expect(await aliasKeysOfSource(keep.id)).toEqual(
      expect.arrayContaining(['oskar-lindqvist-haar', 'oskar-lindqvist']),
    );

    // Rows lost (a bulk load that bypassed Strapi, say) come back on the next start's backfill.
    const knex = t.strapi.db.connection;
    const before = (await knex('editorial_source_aliases').count({ n: '*' }).first()) as any;
    await knex('editorial_source_aliases').del();
    const indexed = await backfillAliasIndex(t.strapi);
    expect(indexed).toBeGreaterThan(0);
    const after = (await knex('editorial_source_aliases').count({ n: '*' }).first()) as any;
    expect(Number(after.n)).toBe(Number(before.n));
    expect(await backfillAliasIndex(t.strapi)).toBe(0);
    const c = await createArticle('"Tides again," said Oskar Lindqvist.');
    expect((await quoteRows(c))[0].source.id).toBe(keep.id);
  });
});

describe('editor corrections', () => {
  it('keeps verify, edit, reject and re-attribution through later saves; drops a quote whose text is gone', async () => {
    const id = await createArticle(HARBOUR.body);
    const rows = await quoteRows(id);
    const by = (text: string) => rows.find((q) => q.text === text);
    const ostrova = await sourceBySlug('lena-ostrova');

    expect(
      (await api.post(`/editorial/quotes/${by(HARBOUR.quotes.faizi1).documentId}/verify`).send({})).body.data
        .state,
    ).toBe('verified');
    const edited = await api
      .put(`/editorial/quotes/${by(HARBOUR.quotes.faizi2).documentId}/text`)
      .send({ text: 'The work starts in March.' });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ text: 'The work starts in March.', editedByEditor: true });
    expect(
      (await api.post(`/editorial/quotes/${by(HARBOUR.quotes.times2).documentId}/reject`).send({})).body.data
        .state,
    ).toBe('rejected');
    const re = await api
      .put(`/editorial/quotes/${by(HARBOUR.quotes.anon).documentId}/source`)
      .send({ sourceDocumentId: ostrova.documentId });
    expect(re.status).toBe(200);
    expect(re.body.data).toMatchObject({ sourceLocked: true, source: { documentId: ostrova.documentId } });

    // Offsets move (new first paragraph), one verified quote's text goes away later.
    const moved = `A new opening paragraph pushes every offset down.\n\n${HARBOUR.body}`;
    expect((await update(id, { body: moved })).status).toBe(200);
    let after = await quoteRows(id);
    const now = (text: string) => after.find((q) => q.matchKey === by(text).matchKey);
    expect(now(HARBOUR.quotes.faizi1)).toMatchObject({ id: by(HARBOUR.quotes.faizi1).id, state: 'verified' });
    expect(now(HARBOUR.quotes.faizi1).start).toBeGreaterThan(by(HARBOUR.quotes.faizi1).start);
    expect(now(HARBOUR.quotes.faizi2)).toMatchObject({
      text: 'The work starts in March.',
      editedByEditor: true,
    });
    expect(now(HARBOUR.quotes.times2).state).toBe('rejected');
    expect(now(HARBOUR.quotes.anon).source.id).toBe(ostrova.id);

    const p = await panel(id);
    expect(p.counts).toMatchObject({ verified: 1, rejected: 1 });
    expect(p.anonymousShare).toBe(0); // the anonymous quote was re-attributed to a person

    expect(
      (
        await update(id, {
          body: moved.replace(`"${HARBOUR.quotes.faizi1}," said Amir Faizi, the harbour master.`, ''),
        })
      ).status,
    ).toBe(200);
    after = await quoteRows(id);
    expect(after.find((q) => q.matchKey === by(HARBOUR.quotes.faizi1).matchKey)).toBeUndefined();
    const history = (await panel(id)).extraction.history;
    expect(history[0].removed).toEqual([
      expect.objectContaining({ text: HARBOUR.quotes.faizi1, state: 'verified' }),
    ]);
  });

  it('re-attributes to a new source, and refuses bad input with 4xx without changing anything', async () => {
    const id = await createArticle(HARBOUR.body);
    const q = (await quoteRows(id)).find((r) => r.text === HARBOUR.quotes.ostrova);
    const bad = await api
      .put(`/editorial/quotes/${q.documentId}/source`)
      .send({ source: { name: '', kind: 'person' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/name/);
    const badKind = await api
      .put(`/editorial/quotes/${q.documentId}/source`)
      .send({ source: { name: 'X', kind: 'robot' } });
    expect(badKind.status).toBe(400);
    expect(
      (await api.put(`/editorial/quotes/${q.documentId}/source`).send({ sourceDocumentId: 'nope' })).status,
    ).toBe(404);
    expect((await api.put(`/editorial/quotes/${q.documentId}/text`).send({ text: '  ' })).status).toBe(400);
    expect((await api.post('/editorial/quotes/unknown-quote/verify').send({})).status).toBe(404);
    const unchanged = (await quoteRows(id)).find((r) => r.id === q.id);
    expect(unchanged).toMatchObject({ text: q.text, sourceLocked: false, state: 'extracted' });
    expect(unchanged.source.id).toBe(q.source.id);

    const res = await api
      .put(`/editorial/quotes/${q.documentId}/source`)
      .send({ source: { name: 'Halvern Bakers Guild', kind: 'organisation' } });
    expect(res.status).toBe(200);
    expect(res.body.data.source).toMatchObject({ name: 'Halvern Bakers Guild', kind: 'organisation' });
    expect((await update(id, { title: 'Saved again' })).status).toBe(200);
    expect((await quoteRows(id)).find((r) => r.id === q.id).source.name).toBe('Halvern Bakers Guild');
  });

  it('refuses curation to a moderator and to anonymous callers', async () => {
    expect((await client(t.server, moderator.token).get('/editorial/sources')).status).toBe(403);
    expect((await client(t.server).get('/editorial/sources')).status).toBe(401);
  });
});

describe('merge and delete', () => {
  it('merges two sources: quotes and aliases move to one, the other is deleted', async () => {
    const a = await createArticle('"The lighthouse stays lit," said Tomas Verhoek.');
    const b = await createArticle('"Repairs begin in May," said Tom Verhoek.');
    const keep = (await quoteRows(a))[0].source;
    const other = (await quoteRows(b))[0].source;
    expect(keep.id).not.toBe(other.id);
    expect(
      (
        await api
          .post(`/editorial/sources/${keep.documentId}/merge`)
          .send({ otherDocumentId: keep.documentId })
      ).status,
    ).toBe(400);
    const res = await api
      .post(`/editorial/sources/${keep.documentId}/merge`)
      .send({ otherDocumentId: other.documentId });
    expect(res.status).toBe(200);
    expect(res.body.data.aliases).toContain(other.name);
    expect(res.body.data.quotes).toHaveLength(2);
    expect(await t.strapi.db.query(SOURCE as any).findOne({ where: { id: other.id } })).toBeNull();
    expect((await quoteRows(b))[0].source.id).toBe(keep.id);
    // Later saves find the merged name through the alias: no new "Tom Verhoek" source.
    expect((await update(b, { title: 'Resaved after merge' })).status).toBe(200);
    await t.strapi.plugin('editorial').service('quote-sync').syncArticle(b);
    expect((await quoteRows(b))[0].source.id).toBe(keep.id);
    expect(await t.strapi.db.query(SOURCE as any).count({ where: { slug: 'tom-verhoek' } })).toBe(0);
  });

  it('deleting an article removes its quotes; a source left without quotes stays, marked unused', async () => {
    const id = await createArticle('"Only this article quotes me," said Marta Olsenberg.');
    await publish(id);
    const src = await sourceBySlug('marta-olsenberg');
    expect(src.unused).toBe(false);
    expect((await api.delete(`${CM}/${id}`)).status).toBe(200);
    expect(await t.strapi.db.query(QUOTE as any).count({ where: { articleDocumentId: id } })).toBe(0);
    const after = await sourceBySlug('marta-olsenberg');
    expect(after).toBeTruthy();
    expect(after.unused).toBe(true);
    expect((await api.get('/editorial/sources?unused=true')).body.results.map((s: any) => s.slug)).toContain(
      'marta-olsenberg',
    );

    // Quoted again: no longer unused, same source.
    await createArticle('"I am back," said Marta Olsenberg.');
    const again = await sourceBySlug('marta-olsenberg');
    expect(again.id).toBe(src.id);
    expect(again.unused).toBe(false);
  });
});

describe('failures and settings', () => {
  it('stores the article when extraction fails, logs it and shows it in the panel', async () => {
    const id = await createArticle(HARBOUR.body);
    const svc = t.strapi.plugin('editorial').service('quote-sync');
    const original = svc.extract;
    const logged: string[] = [];
    const log = t.strapi.log.error;
    svc.extract = () => {
      throw new Error('engine exploded');
    };
    (t.strapi.log as any).error = (m: string) => logged.push(m);
    try {
      const res = await update(id, { body: `${HARBOUR.body}\n\nA new closing line.` });
      expect(res.status).toBe(200);
    } finally {
      svc.extract = original;
      (t.strapi.log as any).error = log;
    }
    const stored: any = await t.strapi.db
      .query(ARTICLE as any)
      .findOne({ where: { documentId: id, publishedAt: null } });
    expect(stored.body).toContain('A new closing line.');
    expect(logged.some((m) => m.includes(id) && m.includes('engine exploded'))).toBe(true);
    const data = await panel(id);
    expect(data.extraction).toMatchObject({
      status: 'error',
      error: expect.stringContaining('engine exploded'),
    });
    expect(data.quotes).toHaveLength(6); // the previous quotes are kept
    expect((await update(id, { title: 'Recovered' })).status).toBe(200);
    expect((await panel(id)).extraction.status).toBe('ok');
  });

  it('creates the article when extraction or the settings fail before the insert, and records what failed', async () => {
    const svc = t.strapi.plugin('editorial').service('quote-sync');
    const settings = t.strapi.plugin('editorial').service('settings');
    const [extract, getQuoteSettings, logError] = [
      svc.extract,
      settings.getQuoteSettings,
      t.strapi.log.error,
    ];
    (t.strapi.log as any).error = () => {};
    let failing: string;
    try {
      svc.extract = () => {
        throw new Error('engine exploded on create');
      };
      failing = await createArticle(HARBOUR.body);
    } finally {
      svc.extract = extract;
      (t.strapi.log as any).error = logError;
    }
    expect((await panel(failing)).extraction).toMatchObject({
      status: 'error',
      error: expect.stringContaining('engine exploded on create'),
    });
    expect(await quoteRows(failing)).toHaveLength(0);

    // The settings cannot be read once: the save goes on and the sync reads them again.
    let calls = 0;
    settings.getQuoteSettings = async function (this: unknown) {
      if (++calls === 1) throw new Error('store unavailable');
      return getQuoteSettings.call(this);
    };
    let recovered: string;
    try {
      recovered = await createArticle(HARBOUR.body);
    } finally {
      settings.getQuoteSettings = getQuoteSettings;
    }
    expect(calls).toBe(2);
    expect(texts(await quoteRows(recovered))).toEqual(Object.values(HARBOUR.quotes).sort());
    expect((await panel(recovered)).extraction.status).toBe('ok');
  });

  it('stores the article when the sync hits a database error (its savepoint is rolled back), and shows the error', async () => {
    const id = await createArticle(HARBOUR.body);
    const before = await quoteRows(id);
    const knex = t.strapi.db.connection;
    const logged: string[] = [];
    const log = t.strapi.log.error;
    (t.strapi.log as any).error = (m: string) => logged.push(m);
    // A schema the sync does not expect: every read of the quotes fails inside the save's transaction.
    await knex.schema.alterTable('editorial_quotes', (table) =>
      table.renameColumn('match_key', 'match_key_moved'),
    );
    try {
      const res = await update(id, { body: `${HARBOUR.body}\n\n"A late addition," said Ada Lind.` });
      expect(res.status).toBe(200);
    } finally {
      await knex.schema.alterTable('editorial_quotes', (table) =>
        table.renameColumn('match_key_moved', 'match_key'),
      );
      (t.strapi.log as any).error = log;
    }
    const stored: any = await t.strapi.db
      .query(ARTICLE as any)
      .findOne({ where: { documentId: id, publishedAt: null } });
    expect(stored.body).toContain('A late addition');
    expect(logged.some((m) => m.includes(id) && /match_key/.test(m))).toBe(true);
    const data = await panel(id);
    expect(data.extraction).toMatchObject({ status: 'error', error: expect.stringMatching(/match_key/) });
    expect((await quoteRows(id)).map((q: any) => q.id)).toEqual(before.map((q: any) => q.id)); // nothing half-written
    expect((await update(id, { title: 'Recovered after the schema fix', body: stored.body })).status).toBe(
      200,
    );
    const recovered = await panel(id);
    expect(recovered.extraction.status).toBe('ok');
    expect(recovered.quotes.length).toBe(before.length + 1);
  });

  it('honours the extraction switch and the minimum confidence from the settings', async () => {
    const settings = client(t.server, editor.token);
    expect(
      (await settings.put('/editorial/settings/quotes').send({ extractionEnabled: false, minConfidence: 0 }))
        .status,
    ).toBe(200);
    try {
      const off = await createArticle(HARBOUR.body);
      expect(await quoteRows(off)).toHaveLength(0);
      expect((await panel(off)).extraction.status).toBe('disabled');
      const all: number[] = t.strapi
        .plugin('editorial')
        .service('quote-sync')
        .extract(HARBOUR.body)
        .map((q: any) => q.confidence);
      const threshold = Math.max(...all);
      expect(all.some((c) => c < threshold)).toBe(true); // the fixture has quotes on both sides
      expect(
        (
          await settings
            .put('/editorial/settings/quotes')
            .send({ extractionEnabled: true, minConfidence: threshold })
        ).status,
      ).toBe(200);
      const high = await createArticle(HARBOUR.body);
      const rows = await quoteRows(high);
      // Every quote is stored; those below the minimum wait for an editor's review.
      expect(rows.length).toBe(all.length);
      for (const q of rows) expect(q.state).toBe(q.confidence >= threshold ? 'extracted' : 'needs_review');
    } finally {
      await settings.put('/editorial/settings/quotes').send({ extractionEnabled: true, minConfidence: 0 });
    }
  });
});

describe('entry events of articles', () => {
  it('carry the counts of quotes and comments, not every row, and the article in full', async () => {
    const id = await createArticle(HARBOUR.body);
    const rows = await quoteRows(id);
    expect(rows.length).toBeGreaterThan(1);
    const draft = await t.strapi.db
      .query(ARTICLE as any)
      .findOne({ where: { documentId: id, publishedAt: null } });
    for (const body of ['First reader note.', 'Second reader note.'])
      await t.strapi.db.query('plugin::editorial.comment' as any).create({
        data: {
          documentId: `c${++n}${Date.now()}`,
          body,
          authorName: 'Reader',
          status: 'approved',
          articleDocumentId: id,
          article: draft.id,
        },
      });
    const seen: { name: string; entry: any }[] = [];
    const subscriber = async (name: string, payload: any) => {
      if (payload?.uid === ARTICLE) seen.push({ name, entry: payload.entry });
    };
    t.strapi.eventHub.subscribe(subscriber as any);
    try {
      expect((await update(id, { title: 'Harbour, revised' })).status).toBe(200);
      // Entry events run after the save's transaction commits, without the save waiting for them.
      const deadline = Date.now() + 10_000;
      while (!seen.some((e) => e.name === 'entry.update') && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 10));
      const event = seen.find((e) => e.name === 'entry.update');
      expect(event).toBeDefined();
      expect(event!.entry).toMatchObject({ documentId: id, title: 'Harbour, revised', body: HARBOUR.body });
      expect(event!.entry.quotes).toEqual({ count: rows.length });
      expect(event!.entry.comments).toEqual({ count: 2 });
    } finally {
      t.strapi.eventHub.unsubscribe(subscriber as any);
    }
    // Other reads of the same article still populate the relations in full.
    const full = await t.strapi.db
      .query(ARTICLE as any)
      .findOne({ where: { id: draft.id }, populate: { quotes: true, comments: true } });
    expect(full.quotes).toHaveLength(rows.length);
    expect(full.comments).toHaveLength(2);
  });
});
