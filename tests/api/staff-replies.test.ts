import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';

let t: TestStrapi;
let moderator: AdminSession;
let editor: AdminSession;
let article: any;

const COMMENT = 'plugin::editorial.comment';
const pub = () => client(t.server);
const mod = () => client(t.server, moderator.token);
const post = (body: Record<string, unknown>, to = article) =>
  pub().post(`/api/editorial/articles/${to.documentId}/comments`).send(body);
const reply = (documentId: string, body: unknown) =>
  mod()
    .post(`/editorial/moderation/comments/${documentId}/replies`)
    .send(body as any);

beforeAll(async () => {
  t = await startStrapi({ IS_PROXIED: 'true' });
  moderator = await createAdminSession(t.strapi, t.server, 'Moderator');
  editor = await createAdminSession(t.strapi, t.server, 'Editor');
  article = await fixtures(t.strapi).article({
    title: 'Night buses return to the ring road',
    commentsMode: 'open',
  });
  (t.strapi.plugin('editorial').service('comments') as any).limiter.configure({
    submit: { points: 100000, duration: 60 },
    report: { points: 100000, duration: 60 },
  });
});

afterAll(async () => {
  await t?.stop();
});

describe('staff replies', () => {
  let parent: string;
  let staff: any;

  it('posts an approved reply marked as staff, under the moderator name', async () => {
    parent = (await post({ authorName: 'Ysolde', body: 'Will the night buses stop at the hospital?' })).body
      .data.documentId;
    const res = await reply(parent, {
      body: '  Yes: every night bus stops at the hospital gate from Monday.  ',
    });
    expect(res.status).toBe(201);
    staff = res.body.data;
    expect(staff).toMatchObject({
      status: 'approved',
      isStaff: true,
      authorName: 'Test Moderator',
      origin: 'staff',
      body: 'Yes: every night bus stops at the hospital gate from Monday.',
      authorEmail: null,
      parent: { documentId: parent },
    });
  });

  it('shows it as staff in the public thread and the content API, readers not', async () => {
    const list = await pub().get(`/api/editorial/articles/${article.documentId}/comments`);
    expect(list.status).toBe(200);
    const thread = list.body.data.find((c: any) => c.documentId === parent);
    expect(thread.isStaff).toBe(false);
    expect(thread.replies).toEqual([
      expect.objectContaining({
        documentId: staff.documentId,
        isStaff: true,
        authorName: 'Test Moderator',
        parentDocumentId: parent,
      }),
    ]);
    const api = await pub().get(
      `/api/editorial/comments?filters[isStaff][$eq]=true&fields[0]=authorName&fields[1]=isStaff`,
    );
    expect(api.status).toBe(200);
    expect(api.body.data.map((c: any) => [c.documentId, c.authorName, c.isStaff])).toEqual([
      [staff.documentId, 'Test Moderator', true],
    ]);
  });

  it("records the reply in both comments' histories", async () => {
    const onParent = (await mod().get(`/editorial/moderation/comments/${parent}/history`)).body.data.events;
    expect(onParent.at(-1)).toMatchObject({
      action: 'staff-reply',
      actorType: 'admin',
      actorName: 'Test Moderator',
      note: `Answered by Test Moderator (${staff.documentId})`,
    });
    const onReply = (await mod().get(`/editorial/moderation/comments/${staff.documentId}/history`)).body.data
      .events;
    expect(onReply[0]).toMatchObject({ action: 'staff-reply', toStatus: 'approved' });
  });

  it('refuses bad input with 400 naming the field, a held parent with 409, and stores nothing', async () => {
    const held = await t.strapi.db.query(COMMENT as any).create({
      data: {
        body: 'Held for review, not public yet.',
        authorName: 'Pim',
        status: 'pending',
        postedAt: new Date(),
        articleDocumentId: article.documentId,
        origin: 'reader',
      },
    });
    const before = await t.strapi.db.query(COMMENT as any).count();
    for (const [body, field] of [
      [{}, 'body'],
      [{ body: ' ' }, 'body'],
      [{ body: 'x'.repeat(5001) }, 'body'],
      [{ body: 'Fine reply', isStaff: false }, 'isStaff'],
    ] as const) {
      const res = await reply(parent, body);
      expect([res.status, res.body.error?.details?.field]).toEqual([400, field]);
      expect(res.body.error.message).toContain(field);
    }
    const conflict = await reply(held.documentId, { body: 'An answer nobody would see.' });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.message).toContain('approve it first');
    expect((await reply('nosuchcomment', { body: 'Hello there' })).status).toBe(404);
    expect(await t.strapi.db.query(COMMENT as any).count()).toBe(before);
  });

  it('is for moderators only', async () => {
    expect(
      (
        await client(t.server, editor.token)
          .post(`/editorial/moderation/comments/${parent}/replies`)
          .send({ body: 'Editor answer' })
      ).status,
    ).toBe(403);
    expect(
      (
        await pub()
          .post(`/editorial/moderation/comments/${parent}/replies`)
          .send({ body: 'Anonymous answer' })
      ).status,
    ).toBe(401);
  });
});

describe('comment history and the card', () => {
  it("shows the reader report reasons and moderators' notes", async () => {
    const c = (
      await post({
        authorName: 'Brannock',
        body: 'The drivers on the N4 are a disgrace and should be sacked.',
      })
    ).body.data.documentId;
    const ips = ['10.1.0.1', '10.1.0.2', '10.1.0.3'];
    const reports = [
      { reason: 'abuse', note: 'insults the drivers' },
      { reason: 'abuse' },
      { reason: 'off-topic', note: 'not about buses' },
    ];
    for (let i = 0; i < reports.length; i++) {
      const r = await pub()
        .post(`/api/editorial/comments/${c}/report`)
        .set('X-Forwarded-For', ips[i])
        .send(reports[i]);
      expect(r.status).toBe(202);
    }
    const flagged = await mod()
      .post(`/editorial/moderation/comments/${c}/flag`)
      .send({ note: 'Check with the transport desk' });
    expect(flagged.status).toBe(200);

    const h = await mod().get(`/editorial/moderation/comments/${c}/history`);
    expect(h.status).toBe(200);
    const reportEvents = h.body.data.events.filter((e: any) => e.action === 'report');
    expect(reportEvents.map((e: any) => [e.reportReason, e.reportNote])).toEqual(
      expect.arrayContaining([
        ['abuse', 'insults the drivers'],
        ['abuse', null],
        ['off-topic', 'not about buses'],
      ]),
    );
    expect(h.body.data.reportReasons).toEqual([
      { reason: 'abuse', count: 2 },
      { reason: 'off-topic', count: 1 },
    ]);
    expect(h.body.data.notes).toEqual([
      expect.objectContaining({ actorName: 'Test Moderator', note: 'Check with the transport desk' }),
    ]);
    expect(h.body.data.events.at(-1)).toMatchObject({
      action: 'flag',
      actorName: 'Test Moderator',
      note: 'Check with the transport desk',
    });

    const card = (await mod().get('/editorial/moderation/comments?status=flagged')).body.data.find(
      (i: any) => i.documentId === c,
    );
    expect(card.reportReasons).toEqual([
      { reason: 'abuse', count: 2 },
      { reason: 'off-topic', count: 1 },
    ]);
    expect(card.notes.map((n: any) => n.note)).toEqual(['Check with the transport desk']);
    expect((await mod().get('/editorial/moderation/comments/nosuchcomment/history')).status).toBe(404);
  });
});

describe('comments stored before staff replies', () => {
  it("are marked as readers' comments without the notify choice by the data migration, once", async () => {
    const name = '2026-12-01-comment-staff-and-notify-flags';
    const old = await t.strapi.db.query(COMMENT as any).create({
      data: {
        body: 'Written before staff replies existed.',
        authorName: 'Early',
        status: 'approved',
        postedAt: new Date(),
        articleDocumentId: article.documentId,
        origin: 'reader',
      },
    });
    // As a row of an older version has them: no value in the new columns.
    await t.strapi.db
      .connection('editorial_comments')
      .where({ id: old.id })
      .update({ is_staff: null, notify_author: null });
    const migrations = () =>
      t.strapi
        .plugin('editorial')
        .service('quote-sync')
        .runMigrations({ rerun: [name] });
    expect((await migrations())[name]).toEqual({ isStaff: 1, notifyAuthor: 1 });
    expect(
      await t.strapi.db
        .query(COMMENT as any)
        .findOne({ where: { id: old.id }, select: ['isStaff', 'notifyAuthor'] }),
    ).toMatchObject({ isStaff: false, notifyAuthor: false });
    expect((await migrations())[name]).toEqual({ isStaff: 0, notifyAuthor: 0 });
  });
});
