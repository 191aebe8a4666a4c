import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';

const ARTICLE = 'plugin::editorial.article';
const COMMENT = 'plugin::editorial.comment';
const EVENT = 'plugin::editorial.moderation-event';
const SOURCE = 'plugin::editorial.source';
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'import');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const file = (filename: string, content = fixture(filename), extra: Record<string, unknown> = {}) => ({
  filename,
  content,
  ...extra,
});
const base64 = (bytes: Buffer | Uint8Array) => ({
  content: Buffer.from(bytes).toString('base64'),
  encoding: 'base64',
});

let t: TestStrapi;
let editor: AdminSession;
let moderator: AdminSession;

const api = () => client(t.server, editor.token);
const q = (uid: string) => t.strapi.db.query(uid as any);
const draftsWith = (fingerprint: string) =>
  q(ARTICLE).findMany({ where: { importFingerprint: fingerprint, publishedAt: null } });
const byStatus = (results: any[]) => Object.fromEntries(results.map((r) => [r.file, r.status]));

/** An article body in the seed shape, made unique per call so fingerprints differ. */
function freshArticle(tag: string, commentBlock = '') {
  return [
    `Harbour lights to be replaced in ${tag}`,
    '',
    'Published: May 2, 2019',
    '',
    `KESTON - The harbour board said on Thursday that it would replace every light on the north quay (${tag}) before the winter, after an inspection found that half of them no longer worked.`,
    '',
    '“The old lamps have done forty years of service,” said harbourmaster Ivo Brennick. “The new ones will use a tenth of the power.”',
    '',
    'Fishermen have complained for two years that the quay is too dark to unload safely at night.',
    '',
    commentBlock,
  ].join('\n');
}

beforeAll(async () => {
  t = await startStrapi();
  editor = await createAdminSession(t.strapi, t.server, 'Editor');
  moderator = await createAdminSession(t.strapi, t.server, 'Moderator');
});

afterAll(async () => {
  await t?.stop();
});

describe('permissions', () => {
  it('refuses preview and import to a moderator (403) and to anonymous callers (401)', async () => {
    const body = { files: [file('quarry-bridge.txt')] };
    const mod = client(t.server, moderator.token);
    expect((await mod.post('/editorial/import/preview').send(body)).status).toBe(403);
    expect((await mod.post('/editorial/import').send(body)).status).toBe(403);
    expect((await client(t.server).post('/editorial/import').send(body)).status).toBe(401);
    expect(await q(ARTICLE).count({})).toBe(0);
  });
});

describe('preview', () => {
  it('returns fields, comments, quotes and warnings per file without writing anything', async () => {
    const res = await api()
      .post('/editorial/import/preview')
      .send({ files: [file('quarry-bridge.txt'), file('ferry-talks.txt'), file('orchard-market.html')] });
    expect(res.status).toBe(200);
    const [bridge, ferry, html] = res.body.data;

    expect(bridge).toMatchObject({ file: 'quarry-bridge.txt', ok: true, duplicateOf: null });
    expect(bridge.preview.fields).toMatchObject({
      title: 'Quarry bridge reopens after eight-month repair as traders count the cost',
      titleNeedsReview: false,
      dateline: 'MILLHAVEN',
      originalPublishedAt: '2018-04-09T12:00:00.000Z',
      publicationName: 'The Millhaven Courier',
    });
    expect(bridge.preview.commentCountDeclared).toBe(4);
    expect(bridge.preview.comments.map((c: any) => c.authorName)).toEqual([
      'Wendell Crane',
      'Petra',
      'Hollis Brand',
      'T. Marsh',
    ]);
    expect(bridge.preview.comments[1].body).toContain('\n\n');
    // Clean comments pass the moderation rules, as a reader's would.
    expect(bridge.preview.comments.map((c: any) => c.status)).toEqual([
      'approved',
      'approved',
      'approved',
      'approved',
    ]);
    expect(bridge.preview.removedBoilerplate.map((b: any) => b.kind)).toEqual(
      expect.arrayContaining(['share-widget', 'section-teaser']),
    );
    expect(bridge.preview.quotes.some((qq: any) => /Penhallow/.test(qq.source ?? ''))).toBe(true);
    expect(bridge.summary).toContain('4/4 comment(s)');

    expect(ferry.preview.fields).toMatchObject({ titleNeedsReview: true, partnerName: 'The Estuary Wire' });
    expect(ferry.warnings.map((w: any) => w.code)).toContain('title-suggested');
    expect(ferry.preview.removedBoilerplate.map((b: any) => b.kind)).toEqual(
      expect.arrayContaining(['archive-note', 'letter-prompt']),
    );

    expect(html.preview.format).toBe('html');
    expect(html.preview.comments).toHaveLength(2);
    expect(html.warnings.map((w: any) => w.code)).toContain('unsafe-markup-removed');
    expect(JSON.stringify(html.preview)).not.toMatch(/<script|onclick|onerror|javascript:/i);

    expect(await q(ARTICLE).count({})).toBe(0);
    expect(await q(COMMENT).count({})).toBe(0);
  });

  it('reports a comment count that does not match the heading', async () => {
    const text = fixture('quarry-bridge.txt').replace('Reader Comments (4)', 'Reader Comments (6)');
    const res = await api()
      .post('/editorial/import/preview')
      .send({ files: [file('mismatch.txt', text)] });
    expect(res.status).toBe(200);
    const warning = res.body.data[0].warnings.find((w: any) => w.code === 'comment-count-mismatch');
    expect(warning?.message).toMatch(/6/);
    expect(warning?.message).toMatch(/4/);
  });

  it('answers an invalid request with 400 naming the problem', async () => {
    const noFiles = await api().post('/editorial/import/preview').send({ files: [] });
    expect(noFiles.status).toBe(400);
    expect(noFiles.body.error.message).toMatch(/files/);
    const noName = await api()
      .post('/editorial/import/preview')
      .send({ files: [{ content: 'x' }] });
    expect(noName.status).toBe(400);
    expect(noName.body.error.message).toMatch(/filename/);
    const badBase64 = await api()
      .post('/editorial/import/preview')
      .send({ files: [{ filename: 'a.txt', content: '%%%', encoding: 'base64' }] });
    expect(badBase64.status).toBe(400);
    expect(badBase64.body.error.message).toMatch(/base64/);
  });

  it('refuses a JSON body over the size limit with a 413 that says how to send large files', async () => {
    const res = await api()
      .post('/editorial/import/preview')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ files: [{ filename: 'big.txt', content: 'word '.repeat(600_000) }] }));
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/multipart/);
  });
});

describe('import', () => {
  let bridgeId: string;

  it('creates a draft in stage "imported" with its publication, comments and moderation events', async () => {
    const res = await api()
      .post('/editorial/import')
      .send({ files: [file('quarry-bridge.txt')] });
    expect(res.status).toBe(200);
    const [result] = res.body.data.results;
    expect(result).toMatchObject({ file: 'quarry-bridge.txt', status: 'created', commentCount: 4 });
    expect(res.body.data.counts).toMatchObject({ created: 1, failed: 0 });
    bridgeId = result.documentId;

    const draft: any = await t.strapi
      .documents(ARTICLE as any)
      .findOne({ documentId: bridgeId, populate: ['publication', 'createdBy'] as any });
    expect(draft).toMatchObject({
      title: 'Quarry bridge reopens after eight-month repair as traders count the cost',
      slug: 'quarry-bridge-reopens-after-eight-month-repair-as-traders-count-the-cost',
      editorialStage: 'imported',
      dateline: 'MILLHAVEN',
      section: 'Millhaven',
      publishedAt: null,
    });
    expect(new Date(draft.originalPublishedAt).toISOString()).toBe('2018-04-09T12:00:00.000Z');
    expect(draft.importFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(draft.body).toMatch(/^The stone bridge over the old quarry/);
    expect(draft.body).not.toMatch(/Facebook Conversations|Reader Comments|Wendell/);
    expect(draft.publication).toMatchObject({
      name: 'The Millhaven Courier',
      kind: 'outlet',
      slug: 'outlet-the-millhaven-courier',
    });
    expect(draft.createdBy?.id).toBe(editor.userId);

    const comments: any[] = await q(COMMENT).findMany({
      where: { articleDocumentId: bridgeId },
      orderBy: { postedAt: 'asc' },
      populate: ['parent', 'article'],
    });
    expect(comments.map((c) => c.authorName)).toEqual(['Wendell Crane', 'Petra', 'Hollis Brand', 'T. Marsh']);
    expect(comments.every((c) => c.status === 'approved' && c.origin === 'import')).toBe(true);
    expect(comments[2].parent?.authorName).toBe('Wendell Crane');
    expect(comments[0].article?.documentId).toBe(bridgeId);

    const events: any[] = await q(EVENT).findMany({
      where: { commentDocumentId: { $in: comments.map((c) => c.documentId) } },
      populate: ['comment'],
    });
    expect(events).toHaveLength(4);
    expect(events.every((e) => e.comment?.documentId === e.commentDocumentId)).toBe(true);
    expect(new Set(events.map((e) => e.documentId)).size).toBe(4);
    expect(
      events.every(
        (e) =>
          e.actorType === 'system' &&
          e.toStatus === 'approved' &&
          e.action === 'auto' &&
          e.fromStatus === null,
      ),
    ).toBe(true);
  });

  it('puts imported comments through the comment moderation rules, with reasons and a system event each', async () => {
    const block = [
      'Reader Comments (4)',
      '',
      '  • Nell Ashdown',
      '    May 2, 2019 - 9:10AM',
      '',
      '    Good news for the night crews, they have waited long enough.',
      '',
      '  • Osgood Prynne',
      '    May 2, 2019 - 9:40AM',
      '',
      '    THE BOARD SHOULD HAVE DONE THIS YEARS AGO AND EVERYONE KNOWS IT',
      '',
      '  • Tamsin Vere',
      '    May 2, 2019 - 10:05AM',
      '',
      '    Only an idiot would put lights there, the harbourmaster is a liar.',
      '',
      '  • Tamsin Vere',
      '    May 2, 2019 - 10:06AM',
      '',
      '    Only an idiot would put lights there, the harbourmaster is a liar.',
      '',
    ].join('\n');
    const res = await api()
      .post('/editorial/import')
      .send({ files: [file('moderated.txt', freshArticle('moderation', block))] });
    const [result] = res.body.data.results;
    expect(result).toMatchObject({ status: 'created', commentCount: 4 });
    const comments: any[] = await q(COMMENT).findMany({
      where: { articleDocumentId: result.documentId },
      orderBy: { postedAt: 'asc' },
    });
    expect(comments.map((c) => c.status)).toEqual(['approved', 'pending', 'flagged', 'rejected']);
    expect(comments[1].moderationReasons.map((r: any) => r.rule)).toContain('shouting');
    expect(comments[2].moderationReasons.map((r: any) => r.rule)).toContain('insult');
    expect(comments[3].moderationReasons.map((r: any) => r.rule)).toContain('duplicate');
    const events: any[] = await q(EVENT).findMany({
      where: { commentDocumentId: { $in: comments.map((c) => c.documentId) } },
    });
    const byComment = new Map(events.map((e) => [e.commentDocumentId, e]));
    for (const c of comments) {
      expect(byComment.get(c.documentId)).toMatchObject({
        actorType: 'system',
        toStatus: c.status,
        action: c.status === 'pending' ? 'create' : 'auto',
      });
    }
    expect(byComment.get(comments[2].documentId).reasons.map((r: any) => r.rule)).toContain('insult');
  });

  it('recognises a re-import by fingerprint and skips it, also in the preview', async () => {
    const preview = await api()
      .post('/editorial/import/preview')
      .send({ files: [file('quarry-bridge.txt')] });
    expect(preview.body.data[0].duplicateOf).toMatchObject({ documentId: bridgeId });

    const res = await api()
      .post('/editorial/import')
      .send({ files: [file('quarry-bridge.txt', fixture('quarry-bridge.txt').replace(/\n/g, '\r\n'))] });
    expect(res.body.data.results[0]).toMatchObject({ status: 'skipped-duplicate', documentId: bridgeId });
    expect(await q(ARTICLE).count({ where: { title: { $startsWith: 'Quarry bridge' } } })).toBe(1);
    expect(await q(COMMENT).count({ where: { articleDocumentId: bridgeId } })).toBe(4);
  });

  it("updates the draft on request, with the editor's corrections, without duplicating comments", async () => {
    const res = await api()
      .post('/editorial/import')
      .send({
        onDuplicate: 'update',
        files: [
          file('quarry-bridge.txt', undefined, {
            overrides: {
              title: 'Quarry bridge open again',
              dek: 'Traders want compensation <img src=x onerror=alert(1)>',
            },
          }),
        ],
      });
    expect(res.body.data.results[0]).toMatchObject({ status: 'updated', documentId: bridgeId });
    const drafts = await q(ARTICLE).findMany({ where: { documentId: bridgeId } });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ title: 'Quarry bridge open again', editorialStage: 'imported' });
    expect(drafts[0].dek).toBe('Traders want compensation');
    expect(await q(COMMENT).count({ where: { articleDocumentId: bridgeId } })).toBe(4);
    expect(await q(ARTICLE).count({ where: { title: { $startsWith: 'Quarry bridge' } } })).toBe(1);
  });

  it('still lets an imported draft be published (published copies share the fingerprint)', async () => {
    await t.strapi.documents(ARTICLE as any).publish({ documentId: bridgeId });
    const rows = await q(ARTICLE).findMany({ where: { documentId: bridgeId } });
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r: any) => r.importFingerprint)).size).toBe(1);
    const again = await api()
      .post('/editorial/import')
      .send({ files: [file('quarry-bridge.txt')] });
    expect(again.body.data.results[0].status).toBe('skipped-duplicate');
  });

  it('applies overrides by filename and keeps scripts and handlers out of every stored field', async () => {
    const res = await api()
      .post('/editorial/import')
      .send({
        files: [file('orchard-market.html', undefined, { contentType: 'text/html' })],
        overrides: {
          'orchard-market.html': { section: 'Local<script>alert(1)</script>', byline: 'Rowena Galt' },
        },
      });
    const [result] = res.body.data.results;
    expect(result).toMatchObject({ status: 'created', commentCount: 2 });
    expect(result.warnings.map((w: any) => w.code)).toContain('unsafe-markup-removed');
    const draft: any = await q(ARTICLE).findOne({
      where: { documentId: result.documentId },
      populate: ['publication'],
    });
    expect(draft).toMatchObject({
      section: 'Local',
      byline: 'Rowena Galt',
      canonicalUrl: 'https://valleymessenger.example/local/orchard-market-moves',
    });
    expect(draft.publication.name).toBe('The Valley Messenger');
    const comments = await q(COMMENT).findMany({ where: { articleDocumentId: result.documentId } });
    const stored = JSON.stringify([draft, comments]);
    expect(stored).not.toMatch(/<script|onclick|onerror|onmouseover|javascript:|alert\(/i);
    expect(comments.map((c: any) => c.body)).toContain(
      'Is there parking at the yard? Last time I tried it was locked.',
    );
  });

  it('reuses an existing outlet source instead of creating a second one', async () => {
    const before = await q(SOURCE).count({ where: { kind: 'outlet', name: 'The Millhaven Courier' } });
    const text = freshArticle('outlet reuse', '').concat(
      '\nPublished in The Millhaven Courier, May 2nd, 2019.\n',
    );
    const res = await api()
      .post('/editorial/import')
      .send({ files: [file('courier-again.txt', text)] });
    expect(res.body.data.results[0].status).toBe('created');
    expect(await q(SOURCE).count({ where: { kind: 'outlet', name: 'The Millhaven Courier' } })).toBe(before);
  });

  it('gives each bad file a clear per-file error or warning while the rest of the batch goes on', async () => {
    const invalidUtf8 = Buffer.concat([
      Buffer.from(freshArticle('utf8'), 'utf8'),
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1]),
    ]);
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const res = await api()
      .post('/editorial/import')
      .send({
        files: [
          { filename: 'empty.txt', content: '' },
          { filename: 'image.txt', ...base64(png) },
          { filename: 'bad-bytes.txt', ...base64(invalidUtf8) },
          {
            filename: 'no-body.txt',
            content: 'Reader Comments (1)\n\n  • Someone\n    Oct 5, 2011 - 2:54PM\n\n    Nice.\n',
          },
          file('broken-stamps.txt'),
          file('grain-store.txt'),
        ],
      });
    expect(res.status).toBe(200);
    const results = res.body.data.results;
    expect(byStatus(results)).toEqual({
      'empty.txt': 'failed',
      'image.txt': 'failed',
      'bad-bytes.txt': 'failed',
      'no-body.txt': 'failed',
      'broken-stamps.txt': 'created',
      'grain-store.txt': 'created',
    });
    const reason = (name: string) => results.find((r: any) => r.file === name);
    expect(reason('empty.txt')).toMatchObject({ code: 'empty' });
    expect(reason('image.txt')).toMatchObject({ code: 'binary' });
    expect(reason('image.txt').reason).toMatch(/PNG/);
    expect(reason('bad-bytes.txt')).toMatchObject({ code: 'invalid-utf8' });
    expect(reason('no-body.txt')).toMatchObject({ code: 'no-body' });
    expect(reason('no-body.txt').reason).toMatch(/body/);

    const stamps = reason('broken-stamps.txt');
    expect(stamps.commentCount).toBe(3);
    expect(stamps.warnings.filter((w: any) => w.code === 'comment-timestamp-invalid')).toHaveLength(2);
    expect(stamps.warnings.map((w: any) => w.code)).toContain('comment-timestamp-missing');
    const events = await q(EVENT).findMany({ where: { note: { $contains: 'broken-stamps.txt' } } });
    expect(events.filter((e: any) => /posted time missing or unreadable/.test(e.note))).toHaveLength(3);

    const grain: any = await q(ARTICLE).findOne({
      where: { documentId: reason('grain-store.txt').documentId },
    });
    expect(grain).toMatchObject({ dateline: 'ASHCOMBE', editorialStage: 'imported' });
    expect(grain.title).toMatch(/^Fire crews spent most of Thursday night/);
    expect(await q(ARTICLE).count({ where: { title: { $contains: 'utf8' } } })).toBe(0);
  });

  it('refuses a 50 MB upload as a per-file error, unread, while the other uploaded files import', async () => {
    const big = path.join(os.tmpdir(), `import-big-${process.pid}.txt`);
    const fd = fs.openSync(big, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 'lorem ipsum dolor sit amet ');
    for (let i = 0; i < 50; i++) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    try {
      const res = await request(t.server)
        .post('/editorial/import')
        .set('Authorization', `Bearer ${editor.token}`)
        .attach('files', big, { filename: 'huge.txt', contentType: 'text/plain' })
        .attach('files', Buffer.from(freshArticle('multipart')), {
          filename: 'small.txt',
          contentType: 'text/plain',
        })
        .field('onDuplicate', 'skip');
      expect(res.status).toBe(200);
      const [huge, small] = res.body.data.results;
      expect(huge).toMatchObject({ file: 'huge.txt', status: 'failed', code: 'too-large' });
      expect(huge.reason).toMatch(/50\.0 MB.*10 MB/);
      expect(small).toMatchObject({ file: 'small.txt', status: 'created' });
    } finally {
      fs.rmSync(big, { force: true });
    }
  });

  it('previews multipart uploads too', async () => {
    const res = await request(t.server)
      .post('/editorial/import/preview')
      .set('Authorization', `Bearer ${editor.token}`)
      .attach('files', Buffer.from(fixture('orchard-market.html')), {
        filename: 'orchard-market.html',
        contentType: 'text/html',
      });
    expect(res.status).toBe(200);
    expect(res.body.data[0]).toMatchObject({
      ok: true,
      preview: { format: 'html', fields: { title: 'Orchard market moves to the old station yard' } },
    });
    expect(res.body.data[0].duplicateOf).not.toBeNull();
  });

  it('imports each file atomically: a failure after the comments were written leaves nothing', async () => {
    const service = t.strapi.plugin('editorial').service('import');
    const counts = async () => ({
      articles: await q(ARTICLE).count({}),
      comments: await q(COMMENT).count({}),
      events: await q(EVENT).count({}),
      // Named sources: the saved article adds its own anonymous one ("The harbour board" names no body in particular).
      sources: await q(SOURCE).count({ where: { kind: { $ne: 'anonymous' } } }),
    });
    const before = await counts();
    const text = freshArticle('atomic', '').concat(
      '\nPublished in The Never Saved Gazette, May 2nd, 2019.\n\nReader Comments (1)\n\n  • Quill\n    May 2, 2019 - 9:00AM\n\n    First!\n',
    );
    const out = await service.importFiles(
      [
        { filename: 'atomic.txt', content: text },
        { filename: 'after.txt', content: freshArticle('after') },
      ],
      {
        afterCommentsHook: async (f: any) => {
          if (f.filename === 'atomic.txt') throw new Error('disk on fire');
        },
      },
    );
    expect(out.results.map((r: any) => r.status)).toEqual(['failed', 'created']);
    expect(out.results[0].reason).toMatch(/disk on fire/);
    const after = await counts();
    expect(after).toEqual({ ...before, articles: before.articles + 1 });
    expect(await q(SOURCE).count({ where: { name: 'The Never Saved Gazette' } })).toBe(0);
  });

  it('never duplicates a file imported by concurrent requests', async () => {
    const text = freshArticle('concurrent');
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        api()
          .post('/editorial/import')
          .send({ files: [file('same.txt', text)] }),
      ),
    );
    const statuses = responses.map((r) => r.body.data.results[0].status).sort();
    expect(statuses.filter((s) => s === 'created')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'skipped-duplicate')).toHaveLength(5);
    const fingerprint = (
      await t.strapi
        .plugin('editorial')
        .service('import')
        .preview([{ filename: 'same.txt', content: text }])
    )[0].preview.fingerprint;
    expect(await draftsWith(fingerprint)).toHaveLength(1);
  });

  it('has the database refuse a second draft row with the same fingerprint', async () => {
    const [existing]: any[] = await q(ARTICLE).findMany({
      where: { importFingerprint: { $notNull: true }, publishedAt: null },
      limit: 1,
    });
    const indexes = await t.strapi.db.dialect.schemaInspector.getIndexes('editorial_articles');
    expect(indexes.map((i: any) => i.name)).toContain('editorial_articles_import_fp_draft_uq');
    let failure: unknown = null;
    try {
      await q(ARTICLE).create({
        data: {
          title: 'Copy',
          slug: 'copy-of-import',
          importFingerprint: existing.importFingerprint,
          editorialStage: 'imported',
          commentsMode: 'open',
          publishedAt: null,
        },
      });
    } catch (error) {
      failure = error;
    }
    expect(String((failure as any)?.message ?? failure)).toMatch(/unique|duplicate key/i);
    expect(await draftsWith(existing.importFingerprint)).toHaveLength(1);
  });

  it('makes slugs unique when two different articles share a headline', async () => {
    const a = freshArticle('slug one').replace(
      /^Harbour lights to be replaced in slug one/,
      'Harbour lights to be replaced',
    );
    const b = freshArticle('slug two').replace(
      /^Harbour lights to be replaced in slug two/,
      'Harbour lights to be replaced',
    );
    const res = await api()
      .post('/editorial/import')
      .send({ files: [file('a.txt', a), file('b.txt', b)] });
    const ids = res.body.data.results.map((r: any) => r.documentId);
    const slugs = await Promise.all(
      ids.map(async (id: string) => (await q(ARTICLE).findOne({ where: { documentId: id } })).slug),
    );
    expect(slugs).toEqual(['harbour-lights-to-be-replaced', 'harbour-lights-to-be-replaced-2']);
  });
});
