/**
 * What the admin's Sources page and article list rely on: sources sorted by name whatever the
 * case, quote counts of published articles only, a merge that can be undone, the article
 * list's stage and section columns (set once, an admin's own layout kept), and moderation
 * events kept out of the Moderator role's Content Manager.
 */
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';
import {
  configureListLayouts,
  LIST_LAYOUTS,
} from '../../plugins/editorial/server/src/core/content-manager-layout';

const ARTICLE = 'plugin::editorial.article';
const SOURCE = 'plugin::editorial.source';
const EVENT = 'plugin::editorial.moderation-event';

let t: TestStrapi;
let editor: AdminSession;
let moderator: AdminSession;
const api = () => client(t.server, editor.token);
/** No quotation marks nor speech verbs: the engine finds no quotes, the test adds its own. */
const body = 'The quay opened on Monday.\n\nWe waited years for this quay.\n\nIt floods less now.';

beforeAll(async () => {
  t = await startStrapi();
  editor = await createAdminSession(t.strapi, t.server, 'Editor');
  moderator = await createAdminSession(t.strapi, t.server, 'Moderator');
});

afterAll(async () => {
  await t?.stop();
});

it('lists sources by name ignoring case', async () => {
  const f = fixtures(t.strapi);
  await f.source({ name: 'zora Quill', slug: 'zora-quill' });
  await f.source({ name: 'Abel Quill', slug: 'abel-quill' });
  await f.source({ name: 'mira Quill', slug: 'mira-quill' });
  const res = await api().get('/editorial/sources?q=Quill');
  expect(res.status).toBe(200);
  expect(res.body.results.map((s: any) => s.name)).toEqual(['Abel Quill', 'mira Quill', 'zora Quill']);
});

it('counts a source’s quotes in published articles only, not their drafts nor rejected quotes', async () => {
  const f = fixtures(t.strapi);
  const wren = await f.source({ name: 'Wren Alder', slug: 'wren-alder' });
  const article = await f.article({ title: 'Quay opens', body });
  // The same two quotes in the draft and in the published version, and one rejected.
  for (const articleStatus of ['draft', 'published'] as const) {
    await f.quote(article, {
      text: 'We waited years for this quay',
      paragraph: 1,
      source: wren,
      articleStatus,
    });
    await f.quote(article, {
      text: 'It floods less now',
      paragraph: 2,
      source: wren,
      articleStatus,
      state: articleStatus === 'published' ? 'rejected' : 'extracted',
    });
  }
  const res = await api().get('/editorial/sources?q=Wren');
  expect(res.body.results).toHaveLength(1);
  expect(res.body.results[0].quoteCount).toBe(1);
});

it('merges a duplicate and undoes the merge: the duplicate comes back with its quotes and name', async () => {
  const f = fixtures(t.strapi);
  const kept = await f.source({ name: 'Ivo Marsh', slug: 'ivo-marsh' });
  const dup = await f.source({ name: 'I. Marsh', slug: 'i-marsh', aliases: ['Marsh of the board'] });
  const article = await f.article({ title: 'Board meets', body: 'The board meets in May.' });
  const quote = await f.quote(article, { text: 'The board meets in May', paragraph: 0, source: dup });

  const merged = await api()
    .post(`/editorial/sources/${kept.documentId}/merge`)
    .send({ otherDocumentId: dup.documentId });
  expect(merged.status).toBe(200);
  expect(merged.body.data.aliases).toEqual(expect.arrayContaining(['I. Marsh']));
  const mergeId = merged.body.data.undo.mergeId;
  expect(typeof mergeId).toBe('string');
  expect(await t.strapi.db.query(SOURCE as any).count({ where: { documentId: dup.documentId } })).toBe(0);

  // Bad input changes nothing.
  const bad = await api().post(`/editorial/sources/${kept.documentId}/merge/undo`).send({ mergeId: 'nope' });
  expect(bad.status).toBe(404);
  const invalid = await api().post(`/editorial/sources/${kept.documentId}/merge/undo`).send({});
  expect(invalid.status).toBe(400);
  expect(invalid.body.error.message).toMatch(/mergeId/);

  const undone = await api().post(`/editorial/sources/${kept.documentId}/merge/undo`).send({ mergeId });
  expect(undone.status).toBe(200);
  expect(undone.body.data.aliases).not.toContain('I. Marsh');
  const back = await api().get(`/editorial/sources/${dup.documentId}`);
  expect(back.status).toBe(200);
  expect(back.body.data.name).toBe('I. Marsh');
  expect(back.body.data.aliases).toEqual(['Marsh of the board']);
  expect(back.body.data.quotes.map((q: any) => q.documentId)).toEqual([quote.documentId]);
  // An undo is used once.
  expect(
    (await api().post(`/editorial/sources/${kept.documentId}/merge/undo`).send({ mergeId })).status,
  ).toBe(404);
});

it('shows the stage and section columns in the article list, and keeps a list an admin configured', async () => {
  const cm = t.strapi.plugin('content-manager').service('content-types') as any;
  const contentType = cm.findContentType(ARTICLE);
  const before = await cm.findConfiguration(contentType);
  expect(before.layouts.list).toEqual(LIST_LAYOUTS[ARTICLE]);
  expect(before.layouts.list).toEqual(expect.arrayContaining(['editorialStage', 'section']));
  expect(before.metadatas.editorialStage.list.label).toBe('Stage');

  // An admin's own columns survive the next start.
  const { uid: _uid, ...stored } = before;
  await cm.updateConfiguration(contentType, {
    ...stored,
    layouts: { ...stored.layouts, list: ['title', 'byline'] },
  });
  await configureListLayouts(t.strapi);
  expect((await cm.findConfiguration(contentType)).layouts.list).toEqual(['title', 'byline']);
});

it('keeps the raw moderation-event table out of the Moderator role’s Content Manager', async () => {
  const res = await client(t.server, moderator.token).get(`/content-manager/collection-types/${EVENT}`);
  expect(res.status).toBe(403);
  const admin = await createAdminSession(t.strapi, t.server, 'Super Admin');
  expect((await client(t.server, admin.token).get(`/content-manager/collection-types/${EVENT}`)).status).toBe(
    200,
  );
});
