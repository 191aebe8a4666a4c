import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, createReaderAccount, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';

let t: TestStrapi;
let editor: AdminSession;
let moderator: AdminSession;
let superAdmin: AdminSession;
let f: ReturnType<typeof fixtures>;
let openArticle: any;

const pub = () => client(t.server);
const mod = () => client(t.server, moderator.token);
const svc = (name: string) => t.strapi.plugin('editorial').service(name) as any;
const post = (idOrSlug: string, body: Record<string, unknown>) =>
  pub().post(`/api/editorial/articles/${idOrSlug}/comments`).send(body);
const row = (documentId: string) =>
  t.strapi.db.query('plugin::editorial.comment' as any).findOne({ where: { documentId } });
const unlimited = () =>
  svc('comments').limiter.configure({
    submit: { points: 100000, duration: 60 },
    report: { points: 100000, duration: 60 },
  });

beforeAll(async () => {
  t = await startStrapi();
  editor = await createAdminSession(t.strapi, t.server, 'Editor');
  moderator = await createAdminSession(t.strapi, t.server, 'Moderator');
  superAdmin = await createAdminSession(t.strapi, t.server, 'Super Admin');
  f = fixtures(t.strapi);
  openArticle = await f.article({ title: 'Harbour footbridge reopens after repairs', commentsMode: 'open' });
  unlimited();
});

afterAll(async () => {
  await t?.stop();
});

describe('submitting comments', () => {
  it('publishes a clean comment and lists it, threaded, with the approved count', async () => {
    const res = await post(openArticle.documentId, {
      authorName: 'Mira',
      body: 'Glad the bridge is back, the detour was long.',
    });
    expect(res.status).toBe(201);
    expect(res.body.data.status).toBe('published');
    const reply = await post(openArticle.slug, {
      authorName: 'Tomas',
      body: 'Agreed, my commute is ten minutes shorter.',
      parent: res.body.data.documentId,
    });
    expect(reply.status).toBe(201);
    const list = await pub().get(`/api/editorial/articles/${openArticle.documentId}/comments?sort=newest`);
    expect(list.status).toBe(200);
    const thread = list.body.data.find((c: any) => c.documentId === res.body.data.documentId);
    expect(thread.replies.map((r: any) => r.documentId)).toEqual([reply.body.data.documentId]);
    expect(thread.replies[0].parentDocumentId).toBe(res.body.data.documentId);
    expect(list.body.data.some((c: any) => c.documentId === reply.body.data.documentId)).toBe(false);
    expect(list.body.meta.approvedCount).toBeGreaterThanOrEqual(2);
    expect(Object.keys(thread).sort()).toEqual([
      'authorName',
      'body',
      'documentId',
      'isStaff',
      'parentDocumentId',
      'postedAt',
      'replies',
    ]);
  });

  it('records the system decision as a moderation event at creation', async () => {
    const res = await post(openArticle.documentId, {
      authorName: 'Ola',
      body: 'The new railings look sturdy.',
    });
    const events = await mod().get(`/editorial/moderation/comments/${res.body.data.documentId}/events`);
    expect(events.status).toBe(200);
    expect(events.body.data[0]).toMatchObject({
      action: 'create',
      fromStatus: null,
      toStatus: 'approved',
      actorType: 'system',
    });
  });

  it('answers validation errors with 400 naming the field, and stores nothing', async () => {
    const before = await t.strapi.db.query('plugin::editorial.comment' as any).count();
    const cases: [Record<string, unknown>, string][] = [
      [{ body: 'No name given here' }, 'authorName'],
      [{ authorName: 'A', body: '' }, 'body'],
      [{ authorName: 'A', body: 'x'.repeat(5001) }, 'body'],
      [{ authorName: 'A', body: 'Fine text', authorEmail: 'not-an-email' }, 'authorEmail'],
      [{ authorName: 'A', body: 'Fine text', parent: 'nonexistent' }, 'parent'],
    ];
    for (const [body, field] of cases) {
      const res = await post(openArticle.documentId, body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    }
    expect(await t.strapi.db.query('plugin::editorial.comment' as any).count()).toBe(before);
  });

  it('refuses a parent from another article', async () => {
    const other = await f.article({ title: 'Ferry timetable changes' });
    const c = await post(other.documentId, {
      authorName: 'Ines',
      body: 'The early ferry matters to shift workers.',
    });
    const res = await post(openArticle.documentId, {
      authorName: 'Ines',
      body: 'Replying across articles',
      parent: c.body.data.documentId,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('parent');
  });

  it('answers 404 for unknown or unpublished articles and 403 when closed', async () => {
    const draft = await f.article({ title: 'Unpublished draft piece' }, { draft: true });
    expect((await post(draft.documentId, { authorName: 'A', body: 'Hello there' })).status).toBe(404);
    expect((await post('no-such-article', { authorName: 'A', body: 'Hello there' })).status).toBe(404);
    expect((await pub().get(`/api/editorial/articles/${draft.documentId}/comments`)).status).toBe(404);
    const closed = await f.article({ title: 'Closed for comments', commentsMode: 'closed' });
    const res = await post(closed.documentId, { authorName: 'A', body: 'Hello there' });
    expect(res.status).toBe(403);
  });

  it('holds comments on pre-moderated articles without saying why', async () => {
    const pre = await f.article({ title: 'Court case coverage', commentsMode: 'premoderated' });
    const res = await post(pre.documentId, { authorName: 'Kai', body: 'Interesting verdict.' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ data: { documentId: expect.any(String), status: 'awaiting-review' } });
    expect((await row(res.body.data.documentId)).status).toBe('pending');
    const list = await pub().get(`/api/editorial/articles/${pre.documentId}/comments`);
    expect(list.body.data).toEqual([]);
    expect(list.body.meta.approvedCount).toBe(0);
  });

  it('stores XSS payloads as exact plain text and returns them inert as JSON', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror="alert(2)"> & <b>bold</b>';
    const res = await post(openArticle.documentId, { authorName: '<i>Eve</i>', body: payload });
    expect(res.status).toBe(201);
    const list = await pub().get(`/api/editorial/articles/${openArticle.documentId}/comments?pageSize=100`);
    expect(list.headers['content-type']).toMatch(/application\/json/);
    const found = list.body.data.find((c: any) => c.documentId === res.body.data.documentId);
    expect(found.body).toBe(payload);
    expect(found.authorName).toBe('<i>Eve</i>');
    expect(list.headers['x-content-type-options']).toBe('nosniff');
    const queued = (
      await mod().get(
        `/editorial/moderation/comments?status=all&sort=newest&author=${encodeURIComponent('<i>Eve</i>')}`,
      )
    ).body.data[0];
    expect(queued.body).toBe(payload);
  });

  it('silently swallows honeypot submissions', async () => {
    const before = await t.strapi.db.query('plugin::editorial.comment' as any).count();
    const res = await post(openArticle.documentId, {
      authorName: 'Bot',
      body: 'Buy now',
      website: 'http://spam.example',
    });
    expect(res.status).toBe(201);
    expect(res.body.data.status).toBe('awaiting-review');
    expect(await t.strapi.db.query('plugin::editorial.comment' as any).count()).toBe(before);
  });
});

describe('rules through the API', () => {
  const check = async (body: string, status: string, rule: string, article = openArticle) => {
    const res = await post(article.documentId, { authorName: `Rule ${rule} ${Math.random()}`, body });
    expect(res.status).toBe(201);
    expect(res.body.data.status).toBe(status === 'approved' ? 'published' : 'awaiting-review');
    expect(JSON.stringify(res.body)).not.toContain(rule);
    const item = (
      await mod().get(
        `/editorial/moderation/comments?status=all&sort=newest&q=${encodeURIComponent(body.slice(0, 30))}`,
      )
    ).body.data[0];
    expect(item.status).toBe(status);
    expect(item.reasons.map((r: any) => r.rule)).toContain(rule);
    return item;
  };

  it('holds profanity with spans pointing at the word', async () => {
    const body = 'What a load of shit this council is.';
    const item = await check(body, 'flagged', 'suspect-words');
    const span = item.reasons.find((r: any) => r.rule === 'suspect-words').spans[0];
    expect(body.slice(span.start, span.end).toLowerCase()).toContain('shit');
  });

  it('holds comments with too many links', async () => {
    await check(
      'See http://a.example/x and https://b.example/y and http://c.example/z and http://d.example for more',
      'pending',
      'links',
    );
  });

  it('flags shouting', async () => {
    await check('THIS BRIDGE IS A DISGRACE AND EVERYONE KNOWS IT, TRULY', 'pending', 'shouting');
  });

  it('rejects the same client repeating itself on another article', async () => {
    const other = await f.article({ title: 'Library opening hours' });
    await post(openArticle.documentId, {
      authorName: 'Dup',
      body: 'Visit my page for cheap watches today, it is the best offer around',
    });
    await check(
      'Visit my page for cheap watches today, it is the best offer around!',
      'rejected',
      'duplicate',
      other,
    );
  });

  it('applies editable word lists from the settings', async () => {
    const current = (await mod().get('/editorial/settings/moderation')).body.data;
    const put = await mod()
      .put('/editorial/settings/moderation')
      .send({
        ...current,
        suspectWords: { ...current.suspectWords, words: [...current.suspectWords.words, 'parking'] },
      });
    expect(put.status).toBe(200);
    await check('The parking situation near the bridge is unclear', 'flagged', 'suspect-words');
  });

  it('holds comments on articles of a pre-moderated section, unless the article sets its own mode', async () => {
    const current = (await mod().get('/editorial/settings/moderation')).body.data;
    expect(current.articleMode.premoderatedSections).toEqual([]);
    const politics = await f.article({
      title: 'Council budget vote tonight',
      section: 'politics',
      commentsMode: null,
    });
    const openPolitics = await f.article({
      title: 'Open debate on the budget',
      section: 'politics',
      commentsMode: 'open',
    });
    const sport = await f.article({ title: 'Harbour regatta results', section: 'sport', commentsMode: null });
    // Not listed yet: the section's articles are open.
    expect(
      (await post(politics.documentId, { authorName: 'Lena', body: 'Clear explainer of the vote.' })).body
        .data.status,
    ).toBe('published');

    const put = await mod()
      .put('/editorial/settings/moderation')
      .send({ ...current, articleMode: { ...current.articleMode, premoderatedSections: ['Politics'] } });
    expect(put.status).toBe(200);
    expect(put.body.data.articleMode.premoderatedSections).toEqual(['Politics']);

    const held = await post(politics.documentId, {
      authorName: 'Lena',
      body: 'Thanks for the list of amendments.',
    });
    expect(held.status).toBe(201);
    expect(held.body).toEqual({ data: { documentId: expect.any(String), status: 'awaiting-review' } });
    const stored = await row(held.body.data.documentId);
    expect(stored.status).toBe('pending');
    expect(stored.moderationReasons).toEqual([
      { rule: 'article-mode', detail: 'the section Politics is pre-moderated', spans: [] },
    ]);
    expect(
      (await pub().get(`/api/editorial/articles/${politics.documentId}/comments`)).body.data.map(
        (c: any) => c.documentId,
      ),
    ).not.toContain(held.body.data.documentId);
    // The article's own mode wins; other sections stay open.
    expect(
      (await post(openPolitics.documentId, { authorName: 'Lena', body: 'Good to hear both sides.' })).body
        .data.status,
    ).toBe('published');
    expect(
      (await post(sport.documentId, { authorName: 'Lena', body: 'Well sailed, everyone.' })).body.data.status,
    ).toBe('published');

    await mod().put('/editorial/settings/moderation').send(current);
  });

  it('validates the pre-moderated sections with 400 naming the field, and keeps the saved ones', async () => {
    const current = (await mod().get('/editorial/settings/moderation')).body.data;
    const send = (premoderatedSections: unknown) =>
      mod()
        .put('/editorial/settings/moderation')
        .send({ ...current, articleMode: { ...current.articleMode, premoderatedSections } });
    const dup = await send(['Politics', 'politics']);
    expect(dup.status).toBe(400);
    expect(dup.body.error.message).toBe(
      'Invalid moderation settings: articleMode.premoderatedSections[1]: section politics is listed twice',
    );
    expect(dup.body.error.details).toEqual({ field: 'articleMode.premoderatedSections[1]' });
    const notList = await send('Politics');
    expect(notList.status).toBe(400);
    expect(notList.body.error.message).toContain(
      'articleMode.premoderatedSections: must be a list of section names',
    );
    expect((await send(['x'.repeat(121)])).body.error.message).toContain(
      'articleMode.premoderatedSections[0]: must be at most 120 characters',
    );
    expect(
      (await mod().get('/editorial/settings/moderation')).body.data.articleMode.premoderatedSections,
    ).toEqual(current.articleMode.premoderatedSections);
  });

  it('validates settings with 400 naming the field', async () => {
    const current = (await mod().get('/editorial/settings/moderation')).body.data;
    const res = await mod()
      .put('/editorial/settings/moderation')
      .send({ ...current, links: { ...current.links, maxLinks: -1 } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('links.maxLinks');
    expect((await mod().get('/editorial/settings/moderation')).body.data.links.maxLinks).toBe(2);
  });
});

const readerAccount = (email: string) => createReaderAccount(t.strapi, t.server, email);
const postAs = (jwt: string, idOrSlug: string, body: Record<string, unknown>) =>
  pub().post(`/api/editorial/articles/${idOrSlug}/comments`).set('Authorization', `Bearer ${jwt}`).send(body);

// Trust is keyed on the signed-in account (see tests/api/security.test.ts for name/email impostors).
describe('trusted commenters', () => {
  const email = 'trusty@example.org';
  let trusty: { id: number; jwt: string };
  beforeAll(async () => {
    trusty = await readerAccount(email);
  });
  const asTrusty = (article: any, body: string) =>
    postAs(trusty.jwt, article.documentId, { authorName: 'Trusty Reader', authorEmail: email, body });
  const asNewcomer = (article: any, body: string) =>
    post(article.documentId, { authorName: `Newcomer ${Math.random()}`, body });

  it('lets a commenter with several approved comments and none rejected skip pre-moderation and relaxed rules, per the settings', async () => {
    const pre = await f.article({ title: 'Hospital wing plans', commentsMode: 'premoderated' });
    // Four approved comments: not trusted yet (minApproved is 5).
    for (let i = 0; i < 4; i++)
      await f.comment(openArticle, {
        body: `Earlier approved note ${i}`,
        authorName: 'Trusty Reader',
        authorEmail: email,
        authorUserId: trusty.id,
      } as any);
    expect((await asTrusty(pre, 'Will the new wing have more beds?')).body.data.status).toBe(
      'awaiting-review',
    );
    await f.comment(openArticle, {
      body: 'Earlier approved note 4',
      authorName: 'Trusty Reader',
      authorEmail: email,
      authorUserId: trusty.id,
    } as any);

    // Five approved, none rejected: trusted, pre-moderation bypassed (trusted.bypassPremoderation).
    const bypass = await asTrusty(pre, 'Visitor access matters as much as beds.');
    expect(bypass.status).toBe(201);
    expect(bypass.body.data.status).toBe('published');
    expect((await row(bypass.body.data.documentId)).status).toBe('approved');
    expect((await asNewcomer(pre, 'Staff access should come first though.')).body.data.status).toBe(
      'awaiting-review',
    );

    // Relaxed rules (shouting is one by default) do not hold a trusted commenter; the reason says so.
    const loud = await asTrusty(openArticle, 'THE HARBOUR BRIDGE REPAIRS WERE FINISHED EARLY, GREAT WORK');
    expect(loud.body.data.status).toBe('published');
    const stored = await row(loud.body.data.documentId);
    expect(stored.moderationReasons.map((r: any) => r.rule)).toEqual(['trusted-commenter']);
    expect(stored.moderationReasons[0].detail).toContain('shouting');
    expect(
      (await asNewcomer(openArticle, 'THE FERRY TIMETABLE IS A COMPLETE SHAMBLES AGAIN, SORT IT OUT')).body
        .data.status,
    ).toBe('awaiting-review');

    // Rejecting rules still apply to trusted commenters.
    const current = (await mod().get('/editorial/settings/moderation')).body.data;
    expect(current.trusted).toMatchObject({ enabled: true, bypassPremoderation: true });
    try {
      await mod()
        .put('/editorial/settings/moderation')
        .send({
          ...current,
          bannedWords: { ...current.bannedWords, words: [...current.bannedWords.words, 'blorptastic'] },
        });
      const banned = await asTrusty(openArticle, 'This plan is blorptastic nonsense.');
      expect(banned.body.data.status).toBe('awaiting-review');
      expect((await row(banned.body.data.documentId)).status).toBe('rejected');

      // With bypassPremoderation off, a trusted commenter waits like everyone else.
      const off = await mod()
        .put('/editorial/settings/moderation')
        .send({ ...current, trusted: { ...current.trusted, bypassPremoderation: false } });
      expect(off.status).toBe(200);
      expect((await asTrusty(pre, 'Any word on the opening date?')).body.data.status).toBe('awaiting-review');
    } finally {
      await mod().put('/editorial/settings/moderation').send(current);
    }
  });

  it('stops trusting a commenter once one of their comments is rejected', async () => {
    const pre = await f.article({ title: 'School catchment review', commentsMode: 'premoderated' });
    const once = await readerAccount('once@example.org');
    for (let i = 0; i < 6; i++)
      await f.comment(openArticle, {
        body: `Helpful remark ${i}`,
        authorName: 'Once Trusted',
        authorEmail: 'once@example.org',
        authorUserId: once.id,
      } as any);
    const send = (body: string) =>
      postAs(once.jwt, pre.documentId, { authorName: 'Once Trusted', authorEmail: 'once@example.org', body });
    expect((await send('The new boundaries look fair to me.')).body.data.status).toBe('published');
    await f.comment(openArticle, {
      body: 'A remark a moderator rejected',
      status: 'rejected',
      authorName: 'Once Trusted',
      authorEmail: 'once@example.org',
      authorUserId: once.id,
    } as any);
    expect((await send('Will siblings keep their places?')).body.data.status).toBe('awaiting-review');
  });
});

describe('bulk actions with the versions the moderator saw', () => {
  it('leaves comments another moderator changed meanwhile, and reports each conflict', async () => {
    const other = await createAdminSession(t.strapi, t.server, 'Moderator');
    const pre = await f.article({ title: 'Ferry fares consultation', commentsMode: 'premoderated' });
    const ids: string[] = [];
    for (const [name, body] of [
      ['Ivo', 'Fares should stay as they are.'],
      ['Jun', 'A weekly pass would help.'],
      ['Kit', 'Students need a discount.'],
    ]) {
      ids.push((await post(pre.documentId, { authorName: name, body })).body.data.documentId);
    }
    const queue = (await mod().get(`/editorial/moderation/comments?status=pending&article=${pre.documentId}`))
      .body.data;
    const seen = Object.fromEntries(queue.map((c: any) => [c.documentId, c.version]));
    expect(Object.keys(seen).sort()).toEqual([...ids].sort());
    // Another moderator rejects Jun's comment while the first still sees it as pending.
    expect(
      (await client(t.server, other.token).post(`/editorial/moderation/comments/${ids[1]}/reject`).send({}))
        .status,
    ).toBe(200);

    const res = await mod()
      .post('/editorial/moderation/bulk')
      .send({ documentIds: ids, action: 'approve', expectedVersions: seen });
    expect(res.status).toBe(200);
    expect(res.body.data.updated.sort()).toEqual([ids[0], ids[2]].sort());
    expect(res.body.data.conflicts).toEqual([ids[1]]);
    expect(res.body.data.conflictDetails).toEqual([
      {
        documentId: ids[1],
        reason: 'changed',
        status: 'rejected',
        authorName: 'Jun',
        changedBy: expect.any(String),
      },
    ]);
    expect(res.body.data.conflictDetails[0].changedBy).not.toBe('');
    expect((await row(ids[1])).status).toBe('rejected');
    expect((await row(ids[0])).status).toBe('approved');
    const events = (await mod().get(`/editorial/moderation/comments/${ids[1]}/events`)).body.data;
    expect(events.map((e: any) => e.action)).toEqual(['create', 'reject']);

    const bad = await mod()
      .post('/editorial/moderation/bulk')
      .send({ documentIds: ids, action: 'approve', expectedVersions: { [ids[0]]: -1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain(`expectedVersions.${ids[0]}`);
  });
});

describe("the queue's article filter", () => {
  it('lists the articles with comments in a status, most first, or by title, with validation', async () => {
    const busy = await f.article({ title: 'Tram line extension approved', commentsMode: 'premoderated' });
    const quiet = await f.article({ title: 'Tram depot open day', commentsMode: 'premoderated' });
    for (const body of ['When will the works start?', 'Will the depot stay open?', 'Good for the east side.'])
      await post(busy.documentId, { authorName: 'Rui', body });
    await post(quiet.documentId, { authorName: 'Rui', body: 'Can children visit the workshop?' });
    const pending = (await mod().get('/editorial/moderation/articles?status=pending')).body.data;
    const byId = Object.fromEntries(pending.map((a: any) => [a.documentId, a]));
    expect(byId[busy.documentId]).toEqual({
      documentId: busy.documentId,
      title: 'Tram line extension approved',
      count: 3,
    });
    expect(byId[quiet.documentId]).toMatchObject({ count: 1 });
    expect(pending.map((a: any) => a.count)).toEqual(
      [...pending.map((a: any) => a.count)].sort((a: number, b: number) => b - a),
    );
    // By title (case-insensitive), counted in the status asked for.
    const tram = (await mod().get('/editorial/moderation/articles?status=pending&q=TRAM')).body.data;
    expect(tram.map((a: any) => a.title)).toEqual(['Tram line extension approved', 'Tram depot open day']);
    expect((await mod().get('/editorial/moderation/articles?status=approved&q=tram')).body.data).toEqual([]);
    const bad = await mod().get('/editorial/moderation/articles?status=nonsense');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('status');
  });
});

describe('hidden state', () => {
  let pendingId: string;
  beforeAll(async () => {
    const c = await f.comment(openArticle, {
      body: 'SECRET-PENDING body',
      status: 'pending',
      authorEmail: 'secret@example.test',
      ipHash: 'iphash-secret',
    });
    pendingId = c.documentId;
    await t.strapi.db.query('plugin::editorial.comment' as any).update({
      where: { documentId: pendingId },
      data: { moderationReasons: [{ rule: 'secret-rule', detail: 'x', spans: [] }] },
    });
  });

  it('never shows pending comments, emails, ip hashes or reasons through any public route', async () => {
    const urls = [
      `/api/editorial/articles/${openArticle.documentId}/comments?pageSize=100`,
      `/api/editorial/articles/${openArticle.documentId}/comments?filters[status]=pending&status=pending&populate=*`,
      '/api/editorial/comments?pagination[pageSize]=100',
      '/api/editorial/comments?filters[status][$eq]=pending',
      '/api/editorial/comments?filters[$or][0][status]=pending&filters[$or][1][status]=approved',
      '/api/editorial/comments?fields[0]=authorEmail&fields[1]=ipHash&fields[2]=moderationReasons&fields[3]=body',
      '/api/editorial/comments?populate[parent][filters][status]=pending',
      `/api/editorial/comments/${pendingId}`,
      `/api/editorial/articles/${openArticle.documentId}?populate=*`,
      `/api/editorial/articles/${openArticle.documentId}?populate[comments][filters][status]=pending`,
      `/api/editorial/articles?populate[comments][fields][0]=authorEmail&populate[comments][fields][1]=body`,
    ];
    for (const url of urls) {
      const res = await pub().get(url);
      expect(res.status === 200 || res.status === 400 || res.status === 404).toBe(true);
      for (const secret of [
        'SECRET-PENDING',
        'secret@example.test',
        'iphash-secret',
        'secret-rule',
        'moderationReasons',
        'ipHash',
      ]) {
        expect(res.text.includes(secret) ? `${url} leaks ${secret}` : 'clean').toBe('clean');
      }
    }
  });

  it('refuses reports on comments the public cannot see', async () => {
    const res = await pub().post(`/api/editorial/comments/${pendingId}/report`).send({ reason: 'spam' });
    expect(res.status).toBe(404);
  });
});

describe('reports', () => {
  it('counts one report per client and marks the comment for moderators at the threshold, still public', async () => {
    const c = await post(openArticle.documentId, {
      authorName: 'Rita',
      body: 'A perfectly ordinary remark about tides.',
    });
    const id = c.body.data.documentId;
    const bad = await pub().post(`/api/editorial/comments/${id}/report`).send({ reason: 'rude' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('reason');
    for (let i = 0; i < 3; i++) {
      const r = await pub()
        .post(`/api/editorial/comments/${id}/report`)
        .send({ reason: 'abuse', note: 'offensive' });
      expect(r.status).toBe(202);
      expect(r.body).toEqual({ data: { reported: true } });
    }
    expect((await row(id)).reportCount).toBe(1);
    expect((await row(id)).status).toBe('approved');
    // Two further clients (different IP hashes) reach the default threshold of 3.
    const moderation = svc('comments');
    await moderation.report(id, { reason: 'spam' }, { ip: '203.0.113.7' });
    await moderation.report(id, { reason: 'spam' }, { ip: '203.0.113.8' });
    const after = await row(id);
    expect(after.reportCount).toBe(3);
    // Off the public page is a moderator's decision (reports.hideOnThreshold is off by default).
    expect(after.status).toBe('approved');
    expect(after.reportFlagged).toBe(true);
    const events = (await mod().get(`/editorial/moderation/comments/${id}/events`)).body.data;
    expect(events.filter((e: any) => e.action === 'report')).toHaveLength(3);
    expect(events.at(-1)).toMatchObject({
      action: 'reported',
      fromStatus: 'approved',
      toStatus: 'approved',
      actorType: 'system',
    });
    expect(events.at(-1).reasons[0].rule).toBe('reports');
  });
});

describe('moderation actions', () => {
  it('approves, rejects and restores with notes and an audit trail, 409 on a stale version', async () => {
    const pre = await f.article({ title: 'Pre-moderated opinion piece', commentsMode: 'premoderated' });
    const c = await post(pre.documentId, { authorName: 'Jon', body: 'A fair point about the budget.' });
    const id = c.body.data.documentId;
    const approved = await mod()
      .post(`/editorial/moderation/comments/${id}/approve`)
      .send({ note: 'fine', expectedVersion: 0 });
    expect(approved.status).toBe(200);
    expect(approved.body.data).toMatchObject({ documentId: id, status: 'approved', version: 1 });
    expect(approved.body.event).toMatchObject({
      action: 'approve',
      fromStatus: 'pending',
      toStatus: 'approved',
      note: 'fine',
      actorType: 'admin',
    });
    const stale = await mod()
      .post(`/editorial/moderation/comments/${id}/reject`)
      .send({ expectedVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/another moderator/);
    expect((await row(id)).status).toBe('approved');
    const listed = await pub().get(`/api/editorial/articles/${pre.documentId}/comments`);
    expect(listed.body.data.map((x: any) => x.documentId)).toEqual([id]);
    await mod().post(`/editorial/moderation/comments/${id}/restore`).send({});
    expect((await row(id)).status).toBe('pending');
    const bad = await mod().post(`/editorial/moderation/comments/${id}/explode`).send({});
    expect(bad.status).toBe(400);
    const events = (await mod().get(`/editorial/moderation/comments/${id}/events`)).body.data;
    expect(events.map((e: any) => e.action)).toEqual(['create', 'approve', 'restore']);
  });

  it('applies bulk actions to hundreds of comments with one event each, and undoes them', async () => {
    const pre = await f.article({ title: 'Bulk moderation target', commentsMode: 'premoderated' });
    const now = Date.now();
    const created = await t.strapi.db.query('plugin::editorial.comment' as any).createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        body: `bulk comment ${i}`,
        authorName: 'Bulk',
        articleDocumentId: pre.documentId,
        status: 'pending',
        postedAt: new Date(now - i * 1000),
        origin: 'reader',
        version: 0,
      })),
    });
    expect(created.count).toBe(300);
    const ids = (
      await t.strapi.db
        .query('plugin::editorial.comment' as any)
        .findMany({ select: ['documentId'], where: { articleDocumentId: pre.documentId } })
    ).map((r: any) => r.documentId);
    const res = await mod()
      .post('/editorial/moderation/bulk')
      .send({ documentIds: [...ids, 'missing-id'], action: 'reject', note: 'spam wave' });
    expect(res.status).toBe(200);
    expect(res.body.data.updated).toHaveLength(300);
    expect(res.body.data.conflicts).toEqual(['missing-id']);
    expect(res.body.data.events).toHaveLength(300);
    expect(
      await t.strapi.db
        .query('plugin::editorial.comment' as any)
        .count({ where: { articleDocumentId: pre.documentId, status: 'rejected' } }),
    ).toBe(300);
    const ev = await t.strapi.db
      .query('plugin::editorial.moderation-event' as any)
      .count({ where: { commentDocumentId: { $in: ids }, action: 'reject', note: 'spam wave' } });
    expect(ev).toBe(300);

    const tooMany = await mod()
      .post('/editorial/moderation/bulk')
      .send({ documentIds: Array.from({ length: 501 }, (_, i) => `x${i}`), action: 'approve' });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toContain('documentIds');

    // Change one comment after the bulk action: its undo is a conflict, the others revert.
    await mod().post(`/editorial/moderation/comments/${ids[0]}/approve`).send({});
    const undo = await mod()
      .post('/editorial/moderation/undo')
      .send({ eventIds: res.body.data.events.slice(0, 5) });
    expect(undo.status).toBe(200);
    expect(undo.body.data.reverted).toHaveLength(4);
    expect(undo.body.data.conflicts).toHaveLength(1);
    expect(
      await t.strapi.db
        .query('plugin::editorial.comment' as any)
        .count({ where: { articleDocumentId: pre.documentId, status: 'pending' } }),
    ).toBe(4);
  });

  it('counts afresh after a moderation action, and serves stale counts while one refresh runs', async () => {
    const moderation = svc('moderation');
    const pendingNow = () =>
      t.strapi.db.query('plugin::editorial.comment' as any).count({ where: { status: 'pending' } });
    moderation.countsChanged();
    const fresh = await moderation.counts();
    expect(fresh.pending).toBe(await pendingNow());
    // A pending row written behind the service's back (no countsChanged), once the counts are old.
    const created = await t.strapi.db.query('plugin::editorial.comment' as any).create({
      data: {
        documentId: `stale-counts-${Date.now()}`,
        body: 'A row the counts have not seen yet.',
        authorName: 'Counter',
        status: 'pending',
        articleDocumentId: openArticle.documentId,
        postedAt: new Date(),
      },
    });
    await new Promise((r) => setTimeout(r, 2100));
    // The old counts come back at once; the refresh they started brings the new row in.
    expect((await moderation.counts()).pending).toBe(fresh.pending);
    let pending = fresh.pending;
    for (let i = 0; i < 50 && pending === fresh.pending; i++) {
      await new Promise((r) => setTimeout(r, 20));
      pending = (await moderation.counts()).pending;
    }
    expect(pending).toBe(fresh.pending + 1);
    // A change through the service (here: the row removed) makes the very next call count afresh.
    await t.strapi.db.query('plugin::editorial.comment' as any).delete({ where: { id: created.id } });
    moderation.countsChanged();
    expect((await moderation.counts()).pending).toBe(fresh.pending);
  });

  it('lists the queue with filters, counts and author history; stats per day', async () => {
    const q = await mod().get('/editorial/moderation/comments?status=rejected&sort=newest&pageSize=10');
    expect(q.status).toBe(200);
    expect(q.body.data).toHaveLength(10);
    expect(q.body.data.every((i: any) => i.status === 'rejected')).toBe(true);
    expect(q.body.meta.counts.all).toBe(
      q.body.meta.counts.pending +
        q.body.meta.counts.approved +
        q.body.meta.counts.flagged +
        q.body.meta.counts.rejected,
    );
    expect(q.body.meta.pagination.total).toBe(q.body.meta.counts.rejected);
    expect(q.body.data[0].article).toMatchObject({ title: 'Bulk moderation target' });
    expect(q.body.data[0].authorHistory.rejected).toBeGreaterThan(0);
    // The template of an article's public page (this app's setting: its example reader page).
    expect(q.body.meta.publicArticleUrl).toBe('/reader/index.html#/articles/{slug}');
    const byReason = await mod().get('/editorial/moderation/comments?status=all&reason=shouting');
    expect(byReason.body.data.length).toBeGreaterThan(0);
    expect(byReason.body.data.every((i: any) => i.reasons.some((r: any) => r.rule === 'shouting'))).toBe(
      true,
    );
    const bad = await mod().get('/editorial/moderation/comments?status=weird');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('status');
    const hist = await mod().get('/editorial/moderation/authors/Bulk/history');
    expect(hist.body.data.comments).toHaveLength(50);
    expect(
      hist.body.data.counts.rejected + hist.body.data.counts.pending + hist.body.data.counts.approved,
    ).toBe(300);
    const counts = await mod().get('/editorial/moderation/counts');
    expect(counts.body.data.all).toBeGreaterThan(300);
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const newCount = await mod().get(
      `/editorial/moderation/new-count?since=${encodeURIComponent(since)}&status=all`,
    );
    expect(newCount.body.data.count).toBeGreaterThan(0);
    const stats = await mod().get('/editorial/moderation/stats?days=7');
    expect(stats.body.data.perDay).toHaveLength(7);
    expect(stats.body.data.perDay.at(-1).received).toBeGreaterThan(0);
    expect(stats.body.data.byRule.find((r: any) => r.rule === 'shouting')).toBeTruthy();
  });

  it('searches the text case-insensitively, through a trigram index on PostgreSQL', async () => {
    const res = await post(openArticle.documentId, {
      authorName: 'Searcher',
      body: 'The Quayside Lanterns should stay lit all winter.',
    });
    expect(res.status).toBe(201);
    const found = await mod().get(
      `/editorial/moderation/comments?status=all&q=${encodeURIComponent('quayside lantern')}`,
    );
    expect(found.status).toBe(200);
    expect(found.body.data.map((i: any) => i.documentId)).toEqual([res.body.data.documentId]);
    expect(
      (await mod().get('/editorial/moderation/comments?status=all&q=lanterns%20of%20nowhere')).body.data,
    ).toEqual([]);

    // LIKE's wildcards are taken literally.
    const pct = await post(openArticle.documentId, {
      authorName: 'Searcher',
      body: 'Fares rose 100% this year, or so_it_seems.',
    });
    expect(
      (
        await mod().get(`/editorial/moderation/comments?status=all&q=${encodeURIComponent('100%')}`)
      ).body.data.map((i: any) => i.documentId),
    ).toEqual([pct.body.data.documentId]);
    expect(
      (
        await mod().get(`/editorial/moderation/comments?status=all&q=${encodeURIComponent('so_it')}`)
      ).body.data.map((i: any) => i.documentId),
    ).toEqual([pct.body.data.documentId]);
    expect(
      (await mod().get(`/editorial/moderation/comments?status=all&q=${encodeURIComponent('1_0')}`)).body.data,
    ).toEqual([]);

    // A common text (more matches than the id list takes): the queue walks its order and stops at
    // the page; the total says where it stopped counting.
    const knex = t.strapi.db.connection;
    const now = Date.now();
    const many = Array.from({ length: 2100 }, (_, i) => ({
      document_id: `tidebulk${String(i).padStart(6, '0')}`,
      body: `Tide tables for pier ${i} are wrong again`,
      author_name: `Sailor ${i % 30}`,
      article_document_id: openArticle.documentId,
      status: 'approved',
      report_count: 0,
      posted_at: new Date(now - 86_400_000 - i * 1000),
      origin: 'reader',
      version: 0,
      created_at: new Date(now),
      updated_at: new Date(now),
    }));
    for (let i = 0; i < many.length; i += 300)
      await knex('editorial_comments').insert(many.slice(i, i + 300));
    const common = await mod().get(
      '/editorial/moderation/comments?status=approved&q=TIDE%20TABLES&sort=newest&pageSize=25&page=2',
    );
    expect(common.status).toBe(200);
    expect(common.body.data.map((i: any) => i.documentId)).toEqual(
      Array.from({ length: 25 }, (_, i) => `tidebulk${String(25 + i).padStart(6, '0')}`),
    );
    expect(common.body.meta.pagination).toMatchObject({ total: 1000, totalCapped: true });
    const rare = await mod().get('/editorial/moderation/comments?status=approved&q=pier%201234%20are');
    expect(rare.body.data.map((i: any) => i.documentId)).toEqual(['tidebulk001234']);
    expect(rare.body.meta.pagination.total).toBe(1);

    const { ensureTextSearchIndex } =
      await import('../../plugins/editorial/server/src/moderation/text-search-index');
    if (t.strapi.db.dialect.client !== 'postgres') {
      expect(await ensureTextSearchIndex(t.strapi)).toBe('skipped');
      return;
    }
    expect(await ensureTextSearchIndex(t.strapi)).toBe('exists');
    // The planner can answer the queue's own search SQL from the index (forced, as the table is small).
    const sql = t.strapi.db
      .queryBuilder('plugin::editorial.comment' as any)
      .select('id')
      .where({ body: { $containsi: 'lantern' } })
      .getKnexQuery()
      .toSQL();
    const plan = await t.strapi.db.connection.transaction(async (trx) => {
      await trx.raw('SET LOCAL enable_seqscan = off');
      return trx.raw(`EXPLAIN ${sql.sql}`, sql.bindings as any[]);
    });
    expect(plan.rows.map((r: any) => r['QUERY PLAN']).join('\n')).toContain('editorial_comments_body_trgm');
  });

  it('filters by reason through the indexed reason table, for every write path, and rebuilds it from the comments', async () => {
    const rows: any[] = await t.strapi.db
      .query('plugin::editorial.comment' as any)
      .findMany({ select: ['documentId', 'reasonRules', 'status'] });
    const expected = (rule: string, status?: string) =>
      rows
        .filter((r) => String(r.reasonRules ?? '').includes(`|${rule}|`) && (!status || r.status === status))
        .map((r) => r.documentId)
        .sort();
    const listed = async (query: string) => {
      const res = await mod().get(`/editorial/moderation/comments?${query}&pageSize=100`);
      expect(res.status).toBe(200);
      return {
        ids: res.body.data.map((i: any) => i.documentId).sort(),
        total: res.body.meta.pagination.total,
      };
    };
    const rules = [
      ...new Set(
        rows.flatMap((r) =>
          String(r.reasonRules ?? '')
            .split('|')
            .filter(Boolean),
        ),
      ),
    ];
    // Reader submissions, the system's own transitions (reader reports) and more.
    expect(rules).toEqual(expect.arrayContaining(['shouting', 'reports']));
    for (const rule of rules) {
      for (const status of ['all', 'flagged', 'pending']) {
        const want = expected(rule, status === 'all' ? undefined : status).slice(0, 100);
        const got = await listed(`status=${status}&reason=${rule}`);
        if (want.length <= 100) expect({ rule, status, ids: got.ids }).toEqual({ rule, status, ids: want });
        expect(got.total).toBe(expected(rule, status === 'all' ? undefined : status).length);
      }
    }
    // Rebuilt from the comments' own reason lists (an upgrade, or rows loaded in bulk).
    const knex = t.strapi.db.connection;
    const before = await knex('editorial_comment_reasons').count({ n: '*' });
    await knex('editorial_comment_reasons').del();
    expect((await listed('status=all&reason=shouting')).ids).toEqual([]);
    const written = await (t.strapi.plugin('editorial').service('moderation') as any).rebuildReasonIndex();
    expect(written).toBe(Number(before[0].n));
    expect((await listed('status=all&reason=shouting')).ids).toEqual(expected('shouting'));
  });

  it('lists a common rule by walking the queue order, with a total that says where it stopped counting', async () => {
    const knex = t.strapi.db.connection;
    const article = await f.article({ title: 'Many linked comments' });
    const now = Date.now();
    const rows = Array.from({ length: 2100 }, (_, i) => ({
      document_id: `linkbulk${String(i).padStart(6, '0')}`,
      body: `See my site number ${i}`,
      author_name: `Linker ${i % 40}`,
      article_document_id: article.documentId,
      status: i % 3 === 0 ? 'pending' : 'flagged',
      moderation_reasons: JSON.stringify([{ rule: 'links', detail: '3 links', spans: [] }]),
      reason_rules: '|links|',
      report_count: 0,
      posted_at: new Date(now - i * 1000),
      origin: 'reader',
      version: 0,
      created_at: new Date(now),
      updated_at: new Date(now),
    }));
    for (let i = 0; i < rows.length; i += 300)
      await knex('editorial_comments').insert(rows.slice(i, i + 300));
    await (t.strapi.plugin('editorial').service('moderation') as any).rebuildReasonIndex();
    const res = await mod().get(
      '/editorial/moderation/comments?status=flagged&reason=links&sort=newest&pageSize=25',
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(25);
    expect(
      res.body.data.every(
        (i: any) => i.status === 'flagged' && i.reasons.some((r: any) => r.rule === 'links'),
      ),
    ).toBe(true);
    const posted = res.body.data.map((i: any) => i.postedAt);
    expect(posted).toEqual([...posted].sort().reverse());
    expect(res.body.meta.pagination).toMatchObject({ total: 1000, pageCount: 40, totalCapped: true });
    const narrow = await mod().get(
      `/editorial/moderation/comments?status=pending&reason=links&author=${encodeURIComponent('Linker 3')}&pageSize=100`,
    );
    const want = rows.filter(
      (r, i) => r.status === 'pending' && r.author_name === 'Linker 3' && i >= 0,
    ).length;
    expect(narrow.body.meta.pagination.total).toBe(want);
    expect(narrow.body.meta.pagination.totalCapped).toBeUndefined();
  });
});

describe('events and webhooks', () => {
  it('emits created and status-changed events and allows them as webhook events', async () => {
    const seen: string[] = [];
    const listener = (name: string) => seen.push(name);
    const hub: any = t.strapi.eventHub;
    const subscriber = async (name: string) => listener(name);
    hub.subscribe(subscriber);
    const c = await post(openArticle.documentId, { authorName: 'Web', body: 'Webhook check comment.' });
    await mod().post(`/editorial/moderation/comments/${c.body.data.documentId}/flag`).send({});
    hub.unsubscribe?.(subscriber);
    expect(seen).toEqual(
      expect.arrayContaining(['editorial-comment.created', 'editorial-comment.status-changed']),
    );
    const allowed = (t.strapi.get('webhookStore') as any).allowedEvents;
    expect([...allowed.values()]).toEqual(
      expect.arrayContaining(['editorial-comment.created', 'editorial-comment.status-changed']),
    );
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After once a client exceeds its submissions', async () => {
    svc('comments').limiter.configure({ submit: { points: 2, duration: 60 } });
    try {
      expect(
        (await post(openArticle.documentId, { authorName: 'Fast', body: 'first quick note' })).status,
      ).toBe(201);
      expect(
        (await post(openArticle.documentId, { authorName: 'Fast', body: 'second quick note' })).status,
      ).toBe(201);
      const third = await post(openArticle.documentId, { authorName: 'Fast', body: 'third quick note' });
      expect(third.status).toBe(429);
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
      expect(
        await t.strapi.db
          .query('plugin::editorial.comment' as any)
          .count({ where: { body: 'third quick note' } }),
      ).toBe(0);
    } finally {
      unlimited();
    }
  });
});

describe('permission matrix', () => {
  const admin: [string, string, any?][] = [
    ['get', '/editorial/moderation/comments'],
    ['get', '/editorial/moderation/counts'],
    ['get', '/editorial/moderation/articles?status=all&q=harbour'],
    ['get', `/editorial/moderation/new-count?since=${encodeURIComponent('2020-01-01T00:00:00Z')}`],
    ['post', '/editorial/moderation/comments/DOC/approve', {}],
    ['post', '/editorial/moderation/bulk', { documentIds: ['DOC'], action: 'approve' }],
    ['post', '/editorial/moderation/undo', { eventIds: [999999] }],
    ['get', '/editorial/moderation/authors/Someone/history'],
    ['get', '/editorial/moderation/comments/DOC/events'],
    ['get', '/editorial/moderation/stats'],
    ['get', '/editorial/settings/moderation'],
    ['put', '/editorial/settings/moderation', 'SETTINGS'],
  ];
  let doc: string;
  let defaults: any;
  beforeAll(async () => {
    defaults = (await mod().get('/editorial/settings/moderation')).body.data;
    doc = (await f.comment(openArticle, { body: 'permission target', status: 'pending' })).documentId;
  });
  const call = (token: string | undefined, [method, url, body]: [string, string, any?]) => {
    const req = (client(t.server, token) as any)[method](url.replace('DOC', doc));
    return body ? req.send(body === 'SETTINGS' ? defaults : body) : req;
  };

  it.each(admin)('%s %s: public 401, editor 403, moderator and super admin allowed', async (...route) => {
    expect((await call(undefined, route as any)).status).toBe(401);
    expect((await call(editor.token, route as any)).status).toBe(403);
    expect((await call(moderator.token, route as any)).status).toBeLessThan(300);
    expect((await call(superAdmin.token, route as any)).status).toBeLessThan(300);
  });

  it('keeps the settings write behind the moderation-settings action', async () => {
    const roleService = t.strapi.service('admin::role');
    const role = await roleService.create({ name: `Queue only ${Date.now()}`, description: 'moderate only' });
    await roleService.assignPermissions(role.id, [
      { action: 'plugin::editorial.moderate', subject: null, properties: {}, conditions: [] },
    ]);
    const queueOnly = await createAdminSession(t.strapi, t.server, role.name);
    expect((await client(t.server, queueOnly.token).get('/editorial/moderation/counts')).status).toBe(200);
    expect(
      (await client(t.server, queueOnly.token).put('/editorial/settings/moderation').send(defaults)).status,
    ).toBe(403);
  });

  it('opens the public routes to everyone, admins included', async () => {
    for (const token of [undefined]) {
      expect(
        (await client(t.server, token).get(`/api/editorial/articles/${openArticle.documentId}/comments`))
          .status,
      ).toBe(200);
      expect(
        (
          await client(t.server, token)
            .post(`/api/editorial/articles/${openArticle.documentId}/comments`)
            .send({ authorName: 'P', body: 'public post ok' })
        ).status,
      ).toBe(201);
    }
    // Admin tokens are not content-API tokens: they are treated as invalid credentials there.
    for (const s of [editor, moderator, superAdmin]) {
      const res = await client(t.server, s.token).get(
        `/api/editorial/articles/${openArticle.documentId}/comments`,
      );
      expect([200, 401]).toContain(res.status);
    }
  });
});
