jest.setTimeout(300000);

import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { HARBOUR } from '../fixtures/quote-articles';
import { RIVER_FILE, ORCHARD_BODY } from '../fixtures/attribution-articles';

/**
 * Attribution editors can trust: sources matched across articles only by full names, no
 * pronoun / day / generic noun as a named source or alias, quotes below the minimum confidence
 * kept out of the public API until verified, and the migration that cleans older aliases.
 * Runs on the sample content (EDITORIAL_SEED=true) and the four seeds in ../shared/seeds.
 */

const ARTICLE = 'plugin::editorial.article';
const QUOTE = 'plugin::editorial.quote';
const SOURCE = 'plugin::editorial.source';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const MIGRATION = '2026-12-01-clean-source-aliases';
/** The shared seeds, read at test time (never copied): ../shared/seeds from the repository root. */
const SEEDS_DIR =
  process.env.SHARED_SEEDS_DIR ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');

let t: TestStrapi;
let editor: AdminSession;
let api: ReturnType<typeof client>;
let n = 0;

beforeAll(async () => {
  t = await startStrapi({ EDITORIAL_SEED: 'true' });
  editor = await createAdminSession(t.strapi, t.server, 'Editor');
  api = client(t.server, editor.token);
});

afterAll(async () => {
  await t?.stop();
});

// Independent of the plugin's own word lists: what must never name a source.
const CLOSED = new Set(
  (
    'i me my we us our you your he him his she her hers it its they them their one someone who this that ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today yesterday tomorrow tonight morning evening night week month year ' +
    'on in at last next the a an'
  ).split(' '),
);
const GENERIC = new Set(
  (
    'official officials spokesman spokeswoman spokesperson source sources people residents police authorities ' +
    'diplomat diplomats aide aides analyst analysts expert experts newspaper paper agency ministry department ' +
    'government committee council senior western foreign local two several some many fishermen farmers villagers locals workers'
  ).split(' '),
);
const words = (s: string) =>
  s
    .split(/[\s-]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
const isClosedClass = (s: string) => words(s).every((w) => CLOSED.has(w.toLowerCase()) || /\d/.test(w));
/** A pronoun, a day, a date, or a description without a name ("officials", "The newspaper"). */
const namesNobody = (name: string) => {
  const ws = words(name);
  if (isClosedClass(name)) return true;
  if (!ws.some((w) => /^\p{Lu}/u.test(w) && !CLOSED.has(w.toLowerCase()))) return true;
  return ws.every((w) => GENERIC.has(w.toLowerCase()) || CLOSED.has(w.toLowerCase()));
};

const aliasRows = async (sourceId: number) =>
  (await t.strapi.db
    .connection('editorial_source_aliases')
    .select('key', 'provenance')
    .where('source_id', sourceId)
    .orderBy('key')) as {
    key: string;
    provenance: string | null;
  }[];
const sourceNamed = (name: string) =>
  t.strapi.db.query(SOURCE as any).findOne({ where: { name }, populate: { quotes: true } }) as Promise<any>;
const quotesOf = async (articleDocumentId: string, articleStatus: 'draft' | 'published' = 'draft') =>
  (await t.strapi.db.query(QUOTE as any).findMany({
    where: { articleDocumentId, articleStatus },
    populate: { source: true },
    orderBy: { start: 'asc' },
  })) as any[];

/** Every stored source and alias passes the closed-class and generic-noun rules; no quote names somebody else. */
async function expectTrustworthySources() {
  const sources = (await t.strapi.db
    .query(SOURCE as any)
    .findMany({ select: ['id', 'name', 'kind', 'aliases'] })) as any[];
  const badNames = sources
    .filter((s) => s.kind !== 'anonymous' && namesNobody(s.name))
    .map((s) => `${s.kind}: ${s.name}`);
  expect(badNames).toEqual([]);
  const badAliases = sources.flatMap((s) =>
    (Array.isArray(s.aliases) ? s.aliases : []).filter(isClosedClass).map((a: string) => `${s.name}: ${a}`),
  );
  expect(badAliases).toEqual([]);
  const rows = (await t.strapi.db
    .connection('editorial_source_aliases')
    .select('key', 'provenance')) as any[];
  expect(rows.filter((r) => isClosedClass(r.key) || r.provenance == null)).toEqual([]);
  // A quote whose speaker is named in full is credited to a person of that name, never another.
  const quotes = (await t.strapi.db.query(QUOTE as any).findMany({
    select: ['speakerText', 'text'],
    populate: { source: { select: ['name', 'kind'] } },
  })) as any[];
  const strangers = quotes
    .filter(
      (q) =>
        q.source?.kind === 'person' &&
        q.speakerText &&
        /^(\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+$/u.test(q.speakerText),
    )
    .filter(
      (q) =>
        !words(q.source.name).some((w) =>
          words(q.speakerText)
            .map((x) => x.toLowerCase())
            .includes(w.toLowerCase()),
        ),
    )
    .map((q) => `${q.speakerText} -> ${q.source.name}`);
  expect(strangers).toEqual([]);
}

describe('the sample content', () => {
  it('has no day, pronoun or generic noun as a named source, and George Whitfield carries no alias', async () => {
    expect(
      await t.strapi.db.query(ARTICLE as any).count({ where: { publishedAt: { $notNull: true } } }),
    ).toBeGreaterThanOrEqual(3);
    await expectTrustworthySources();
    const whitfield = await sourceNamed('George Whitfield');
    expect(whitfield).toMatchObject({ kind: 'person', aliases: [] });
    expect(await aliasRows(whitfield.id)).toEqual([{ key: 'george-whitfield', provenance: 'name' }]);
  });
});

describe('the seed-001 scenario (invented text)', () => {
  let riverId: string;

  it('credits an imported article’s quotes to their speaker; George Whitfield gains no alias', async () => {
    const whitfield = await sourceNamed('George Whitfield');
    const res = await api.post('/editorial/import').send({ files: [RIVER_FILE] });
    expect(res.status).toBe(200);
    expect(res.body.data.results[0]).toMatchObject({ status: 'created' });
    riverId = res.body.data.results[0].documentId;

    const quotes = await quotesOf(riverId);
    const his = quotes.filter((q) => ['Tariq Mahmud', 'Mahmud', 'he'].includes(q.speakerText));
    expect(his.length).toBeGreaterThanOrEqual(3);
    for (const q of his) expect(q.source).toMatchObject({ name: 'Tariq Mahmud', kind: 'person' });
    const mahmud = await sourceNamed('Tariq Mahmud');
    expect(mahmud.aliases).toEqual([]);
    expect(
      await t.strapi.db.query(SOURCE as any).count({ where: { name: { $in: ['Mahmud', 'he', 'Tariq'] } } }),
    ).toBe(0);

    const after = await sourceNamed('George Whitfield');
    expect(after.aliases).toEqual([]);
    expect(after.quotes.map((q: any) => q.id).sort()).toEqual(whitfield.quotes.map((q: any) => q.id).sort());
    expect(await aliasRows(whitfield.id)).toEqual([{ key: 'george-whitfield', provenance: 'name' }]);
  });

  it('re-attributing quotes wrongly credited to George Whitfield fixes the quotes and his aliases', async () => {
    // The state older syncs left: his quotes and name forms on George Whitfield.
    const knex = t.strapi.db.connection;
    const whitfield = await sourceNamed('George Whitfield');
    const mahmud = await sourceNamed('Tariq Mahmud');
    const wrong = ['he', 'Tariq', 'Tariq Mahmud'];
    await knex('editorial_sources')
      .where({ id: whitfield.id })
      .update({ aliases: JSON.stringify(wrong), alias_keys: '|george-whitfield|he|tariq|tariq-mahmud|' });
    await knex('editorial_source_aliases').insert(
      ['he', 'tariq', 'tariq-mahmud'].map((key) => ({
        source_id: whitfield.id,
        key,
        provenance: 'engine_full_name',
      })),
    );
    const his = (await quotesOf(riverId)).filter((q) => q.source?.id === mahmud.id);
    await knex('editorial_quotes_source_lnk')
      .whereIn(
        'quote_id',
        his.map((q) => q.id),
      )
      .update({ source_id: whitfield.id });

    for (const q of his) {
      const res = await api
        .put(`/editorial/quotes/${q.documentId}/source`)
        .send({ sourceDocumentId: mahmud.documentId });
      expect(res.status).toBe(200);
      expect(res.body.data.source).toMatchObject({ name: 'Tariq Mahmud' });
    }
    for (const q of (await quotesOf(riverId)).filter((x) => his.some((h) => h.id === x.id)))
      expect(q.source.id).toBe(mahmud.id);
    const fixed = await sourceNamed('George Whitfield');
    expect(fixed.aliases).toEqual([]);
    expect(await aliasRows(whitfield.id)).toEqual([{ key: 'george-whitfield', provenance: 'name' }]);

    // A later article naming him in full finds his source, not George Whitfield.
    const later = await api.post(CM).send({
      title: `Later ${++n}`,
      slug: `later-${n}-${Date.now()}`,
      body: '“The deal holds,” said Tariq Mahmud.',
    });
    expect(later.status).toBe(201);
    expect((await quotesOf(later.body.data.documentId))[0].source.id).toBe(mahmud.id);
  });
});

describe('bare names across articles', () => {
  it('never merges two people on a surname alone; an editor’s merge confirms it as an alias', async () => {
    const create = async (body: string) => {
      const res = await api.post(CM).send({ title: `Bare ${++n}`, slug: `bare-${n}-${Date.now()}`, body });
      expect(res.status).toBe(201);
      return (await quotesOf(res.body.data.documentId))[0].source;
    };
    const full = await create('“The bridge will hold,” said Nadia Halloran, the county engineer.');
    const a = await create('“The tolls stay,” Halloran said.');
    const b = await create('“The tolls go,” Halloran said.');
    expect(full.name).toBe('Nadia Halloran');
    expect(a).toMatchObject({ name: 'Halloran', kind: 'person' });
    // Three sources: the surname alone matched neither the full name nor the other article's "Halloran".
    expect(new Set([full.id, a.id, b.id]).size).toBe(3);

    // The editor decides the first bare "Halloran" is Nadia Halloran: merged, it is her confirmed alias.
    const merged = await api
      .post(`/editorial/sources/${full.documentId}/merge`)
      .send({ otherDocumentId: a.documentId });
    expect(merged.status).toBe(200);
    expect(await aliasRows(full.id)).toEqual(
      expect.arrayContaining([{ key: 'halloran', provenance: 'editor_confirmed' }]),
    );
    // From now on a bare "Halloran" is her; the other article's "Halloran" stays its own source.
    const c = await create('“The ferry stays,” Halloran said.');
    expect(c.id).toBe(full.id);
    expect(
      (await t.strapi.db.query(SOURCE as any).findOne({ where: { id: b.id }, populate: { quotes: true } }))
        .quotes,
    ).toHaveLength(1);
  });
});

describe('confidence, evidence and review', () => {
  it('stores quotes below the minimum confidence as needs_review, hides them from the public until verified, and keeps editor decisions on re-sync', async () => {
    const settings = () => api.put('/editorial/settings/quotes');
    const all: number[] = t.strapi
      .plugin('editorial')
      .service('quote-sync')
      .extract(HARBOUR.body)
      .map((q: any) => q.confidence);
    const threshold = Math.max(...all);
    expect(all.some((c) => c < threshold)).toBe(true);
    expect((await settings().send({ extractionEnabled: true, minConfidence: threshold })).status).toBe(200);
    try {
      const slug = `harbour-review-${Date.now()}`;
      const created = await api.post(CM).send({ title: 'Harbour review', slug, body: HARBOUR.body });
      expect(created.status).toBe(201);
      const id = created.body.data.documentId;
      expect((await api.post(`${CM}/${id}/actions/publish`).send({})).status).toBe(200);

      const published = await quotesOf(id, 'published');
      const low = published.filter((q) => q.confidence < threshold);
      expect(low.length).toBeGreaterThan(0);
      for (const q of published)
        expect(q.state).toBe(q.confidence < threshold ? 'needs_review' : 'extracted');

      // Admin DTO: confidence and evidence (cue, rule, resolving mentions) per quote.
      const panel = await api.get(`/editorial/quotes/articles/${id}?status=published`);
      expect(panel.status).toBe(200);
      expect(panel.body.data.counts.needsReview).toBe(low.length);
      for (const q of panel.body.data.quotes) {
        expect(typeof q.confidence).toBe('number');
        expect(q.evidence).toMatchObject({ rule: expect.any(String), mentions: expect.any(Array) });
        expect(q.evidence.cue === null || typeof q.evidence.cue === 'string').toBe(true);
      }
      const named = panel.body.data.quotes.find((q: any) => q.speakerText === 'Amir Faizi');
      expect(named.evidence.mentions.map((m: any) => m.text)).toContain('Amir Faizi');

      const publicTexts = async () => {
        const res = await request(t.server).get(`/api/editorial/articles/${slug}`);
        expect(res.status).toBe(200);
        return res.body.data.quotes.map((q: any) => q.text) as string[];
      };
      const gqlTexts = async () => {
        const res = await request(t.server).post('/graphql').send({
          query: `query($id: ID!) { editorialArticle(documentId: $id) { publicQuotes { text state } } }`,
          variables: { id },
        });
        expect(res.body.errors).toBeUndefined();
        return res.body.data.editorialArticle.publicQuotes as { text: string; state: string }[];
      };
      const lowText = low[0].text;
      expect(await publicTexts()).not.toContain(lowText);
      expect((await gqlTexts()).map((q) => q.text)).not.toContain(lowText);
      expect((await gqlTexts()).every((q) => q.state !== 'needs_review')).toBe(true);

      // The editor verifies one, rejects another; a re-sync of new text keeps both decisions.
      expect((await api.post(`/editorial/quotes/${low[0].documentId}/verify`).send({})).status).toBe(200);
      const other = published.find((q) => q.state === 'extracted')!;
      expect((await api.post(`/editorial/quotes/${other.documentId}/reject`).send({})).status).toBe(200);
      expect(await publicTexts()).toContain(lowText);
      expect((await gqlTexts()).map((q) => q.text)).toContain(lowText);

      const body = `${HARBOUR.body}\n\n"The dredger arrives on the first tide," said Amir Faizi.`;
      expect((await api.put(`${CM}/${id}`).send({ body })).status).toBe(200);
      expect((await api.post(`${CM}/${id}/actions/publish`).send({})).status).toBe(200);
      for (const status of ['draft', 'published'] as const) {
        const rows = await quotesOf(id, status);
        expect(rows.find((q) => q.text === lowText).state).toBe('verified');
        expect(rows.find((q) => q.text === other.text).state).toBe('rejected');
        for (const q of rows.filter((x) => x.text !== lowText && x.text !== other.text)) {
          expect(q.state).toBe(q.confidence < threshold ? 'needs_review' : 'extracted');
        }
      }
      expect(await publicTexts()).toContain(lowText);
      expect(await publicTexts()).not.toContain(other.text);
    } finally {
      await settings().send({ extractionEnabled: true, minConfidence: 0.5 });
    }
  });

  it('defaults the minimum confidence to 0.5', async () => {
    const res = await api.get('/editorial/settings/quotes');
    expect(res.status).toBe(200);
    expect(res.body.data.minConfidence).toBe(0.5);
  });
});

describe('the alias migration', () => {
  it('removes pronouns, closed-class words, bare names and other people’s names, re-syncs the affected articles, and is idempotent', async () => {
    const knex = t.strapi.db.connection;
    const created = await api
      .post(CM)
      .send({ title: `Orchard ${++n}`, slug: `orchard-${n}-${Date.now()}`, body: ORCHARD_BODY });
    expect(created.status).toBe(201);
    const orchardId = created.body.data.documentId;
    const okafor = await sourceNamed('Ines Okafor');
    expect(okafor).toBeTruthy();
    const jane = (await t.strapi.db.query(SOURCE as any).create({
      data: {
        documentId: `jane${Date.now()}`,
        name: 'Jane Whitfield',
        slug: 'jane-whitfield',
        kind: 'person',
        aliases: [],
      },
    })) as any;

    // Data as older syncs left it: index rows without provenance, one alias an editor confirmed,
    // and Ines Okafor's quotes credited to George Whitfield through the alias "Ines Okafor".
    const whitfield = await sourceNamed('George Whitfield');
    const legacy = [
      'he',
      'Thursday',
      'Whitfield',
      'George',
      'Ines Okafor',
      'Jane Whitfield',
      'George H. Whitfield',
      'Whitty',
    ];
    const keys = [
      'george-whitfield',
      'he',
      'thursday',
      'whitfield',
      'george',
      'ines-okafor',
      'jane-whitfield',
      'george-h-whitfield',
      'whitty',
    ];
    await knex('editorial_sources')
      .where({ id: whitfield.id })
      .update({ aliases: JSON.stringify(legacy), alias_keys: `|${keys.join('|')}|` });
    await knex('editorial_source_aliases').where({ source_id: whitfield.id }).del();
    await knex('editorial_source_aliases').insert(
      keys.map((key) => ({
        source_id: whitfield.id,
        key,
        provenance: key === 'whitty' ? 'editor_confirmed' : null,
      })),
    );
    const hers = await quotesOf(orchardId);
    expect(hers.length).toBe(2);
    await knex('editorial_quotes_source_lnk')
      .where('quote_id', hers[0].id)
      .update({ source_id: whitfield.id });
    // And one credited to a "person" named by a day, as the engine once made them.
    const thursday = (await t.strapi.db.query(SOURCE as any).create({
      data: {
        documentId: `thu${Date.now()}`,
        name: 'Thursday',
        slug: 'thursday',
        kind: 'person',
        aliases: [],
      },
    })) as any;
    await knex('editorial_quotes_source_lnk')
      .where('quote_id', hers[1].id)
      .update({ source_id: thursday.id });
    // And a bare surname shared across articles, as older syncs made them: both her quotes and
    // another article's were credited to one "Okafor".
    const bareOkafor = (await t.strapi.db.query(SOURCE as any).create({
      data: { documentId: `oka${Date.now()}`, name: 'Okafor', slug: 'okafor', kind: 'person', aliases: [] },
    })) as any;
    const other = await api.post(CM).send({
      title: `Other ${++n}`,
      slug: `other-${n}-${Date.now()}`,
      body: '“The well is dry,” Okafor said.',
    });
    expect(other.status).toBe(201);
    const otherQuote = (await quotesOf(other.body.data.documentId))[0];
    expect(otherQuote.source.id).not.toBe(bareOkafor.id);
    await knex('editorial_quotes_source_lnk')
      .where('quote_id', otherQuote.id)
      .update({ source_id: bareOkafor.id });

    const result = (
      await t.strapi
        .plugin('editorial')
        .service('quote-sync')
        .runMigrations({ rerun: [MIGRATION] })
    )[MIGRATION];
    expect(result.articles).toContain(orchardId);
    expect(
      result.removed
        .filter((r: any) => r.source === 'George Whitfield')
        .map((r: any) => r.alias)
        .sort(),
    ).toEqual(['George', 'Ines Okafor', 'Jane Whitfield', 'Thursday', 'Whitfield', 'he']);

    const cleaned = await sourceNamed('George Whitfield');
    expect(cleaned.aliases).toEqual(['George H. Whitfield', 'Whitty']);
    expect(await aliasRows(whitfield.id)).toEqual([
      { key: 'george-h-whitfield', provenance: 'engine_full_name' },
      { key: 'george-whitfield', provenance: 'name' },
      { key: 'whitty', provenance: 'editor_confirmed' },
    ]);
    for (const q of await quotesOf(orchardId)) expect(q.source.id).toBe(okafor.id);
    // The other article's "Okafor" is a source of that article alone again.
    expect(result.articles).toContain(other.body.data.documentId);
    const resolved = (await quotesOf(other.body.data.documentId))[0].source;
    expect(resolved).toMatchObject({ name: 'Okafor', scopeArticleDocumentId: other.body.data.documentId });
    expect(
      (
        await t.strapi.db
          .query(SOURCE as any)
          .findOne({ where: { id: bareOkafor.id }, populate: { quotes: true } })
      ).quotes,
    ).toEqual([]);
    expect((await sourceNamed('Jane Whitfield')).id).toBe(jane.id);

    // Again: nothing to clean, nothing re-synced; and not run at all once recorded as done.
    const again = (
      await t.strapi
        .plugin('editorial')
        .service('quote-sync')
        .runMigrations({ rerun: [MIGRATION] })
    )[MIGRATION];
    expect(again).toMatchObject({ sources: 0, removed: [], articles: [] });
    expect(await t.strapi.plugin('editorial').service('quote-sync').runMigrations()).toEqual({});
    expect((await sourceNamed('George Whitfield')).aliases).toEqual(['George H. Whitfield', 'Whitty']);
    expect((await sourceNamed('Thursday')).unused).toBe(true);
    await t.strapi.db.query(SOURCE as any).delete({ where: { id: thursday.id } });
  });

  it('puts quotes stored before the review state and below the minimum confidence in review; editor decisions stay', async () => {
    const knex = t.strapi.db.connection;
    const [low, verified] = (await t.strapi.db
      .query(QUOTE as any)
      .findMany({ where: { state: 'extracted' }, limit: 2, orderBy: { id: 'asc' } })) as any[];
    await knex('editorial_quotes').where({ id: low.id }).update({ confidence: 0.2 });
    await knex('editorial_quotes').where({ id: verified.id }).update({ confidence: 0.2, state: 'verified' });
    const name = '2026-12-01-quotes-needs-review';
    const result = (
      await t.strapi
        .plugin('editorial')
        .service('quote-sync')
        .runMigrations({ rerun: [name] })
    )[name];
    expect(result.quotes).toBeGreaterThanOrEqual(1);
    expect((await t.strapi.db.query(QUOTE as any).findOne({ where: { id: low.id } })).state).toBe(
      'needs_review',
    );
    expect((await t.strapi.db.query(QUOTE as any).findOne({ where: { id: verified.id } })).state).toBe(
      'verified',
    );
    expect(
      (
        await t.strapi
          .plugin('editorial')
          .service('quote-sync')
          .runMigrations({ rerun: [name] })
      )[name],
    ).toEqual({ quotes: 0 });
  });
});

describe('the four seeds', () => {
  it('imported through the importer, name no day, date, pronoun or generic noun as a source and credit nobody but the speaker', async () => {
    if (!fs.existsSync(SEEDS_DIR)) throw new Error(`seeds not found at ${SEEDS_DIR} (set SHARED_SEEDS_DIR)`);
    const names = fs
      .readdirSync(SEEDS_DIR)
      .filter((f) => /\.(txt|html?)$/.test(f))
      .sort();
    expect(names.length).toBe(4);
    const files = names.map((filename) => ({
      filename,
      content: fs.readFileSync(path.join(SEEDS_DIR, filename), 'utf8'),
    }));
    const res = await api.post('/editorial/import').send({ files });
    expect(res.status).toBe(200);
    expect(res.body.data.results.map((r: any) => r.status)).toEqual(names.map(() => 'created'));
    for (const r of res.body.data.results) expect((await quotesOf(r.documentId)).length).toBeGreaterThan(0);
    await expectTrustworthySources();
    expect((await sourceNamed('George Whitfield')).aliases).toEqual(['George H. Whitfield', 'Whitty']);
  });
});
