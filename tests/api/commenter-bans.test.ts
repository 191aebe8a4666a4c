import crypto from 'node:crypto';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';

let t: TestStrapi;
let moderator: AdminSession;
let editor: AdminSession;
let f: ReturnType<typeof fixtures>;
let open: any;
let premod: any;

const BAN = 'plugin::editorial.commenter-ban';
const COMMENT = 'plugin::editorial.comment';
const pub = () => client(t.server);
const mod = () => client(t.server, moderator.token);
const svc = (name: string) => t.strapi.plugin('editorial').service(name) as any;
const post = (article: any, body: Record<string, unknown>) =>
  pub().post(`/api/editorial/articles/${article.documentId}/comments`).send(body);
const statusOf = async (documentId: string) =>
  (await t.strapi.db.query(COMMENT as any).findOne({ where: { documentId } }))?.status;
const history = async (documentId: string) =>
  (await mod().get(`/editorial/moderation/comments/${documentId}/history`)).body.data;
const emailKey = (email: string) => `email:${crypto.createHash('sha256').update(email).digest('hex')}`;

beforeAll(async () => {
  t = await startStrapi();
  moderator = await createAdminSession(t.strapi, t.server, 'Moderator');
  editor = await createAdminSession(t.strapi, t.server, 'Editor');
  f = fixtures(t.strapi);
  open = await f.article({ title: 'Tram line extension approved', commentsMode: 'open' });
  premod = await f.article({ title: 'Budget talks stall again', commentsMode: 'premoderated' });
  svc('comments').limiter.configure({
    submit: { points: 100000, duration: 60 },
    report: { points: 100000, duration: 60 },
  });
});

afterAll(async () => {
  await t?.stop();
});

describe('banning and suspending a commenter', () => {
  let first: string;
  let held: string[];
  let bystander: string;
  let banId: string;

  it('suspends the author of a comment with a reason and rejects their held comments, audited', async () => {
    first = (
      await post(open, {
        authorName: 'Quinlan',
        authorEmail: 'quinlan@example.test',
        body: 'Trams every four minutes would be a dream.',
      })
    ).body.data.documentId;
    held = [];
    for (const body of [
      'Pending thought number one about the budget.',
      'And another pending remark on the talks.',
    ]) {
      const r = await post(premod, { authorName: 'Quinlan', authorEmail: 'Quinlan@Example.test', body });
      expect(r.body.data.status).toBe('awaiting-review');
      held.push(r.body.data.documentId);
    }
    bystander = (
      await post(premod, {
        authorName: 'Orla',
        authorEmail: 'orla@example.test',
        body: 'The talks will resume next week, I hope.',
      })
    ).body.data.documentId;

    const res = await mod().post('/editorial/moderation/bans').send({
      commentDocumentId: first,
      kind: 'suspension',
      durationHours: 48,
      reason: 'Repeated spam links',
      rejectPending: true,
    });
    expect(res.status).toBe(201);
    const { ban, rejectedCount, rejected } = res.body.data;
    banId = ban.documentId;
    expect(ban).toMatchObject({
      kind: 'suspension',
      reason: 'Repeated spam links',
      state: 'active',
      authorName: 'Quinlan',
      createdBy: 'Test Moderator',
    });
    expect(ban.identity).toBe(emailKey('quinlan@example.test'));
    expect(ban.keys).toContain(ban.identity);
    const hours = (new Date(ban.expiresAt).getTime() - new Date(ban.createdAt).getTime()) / 3_600_000;
    expect(Math.round(hours)).toBe(48);
    expect(rejectedCount).toBe(2);
    expect(rejected.sort()).toEqual([...held].sort());
    for (const id of held) expect(await statusOf(id)).toBe('rejected');
    expect(await statusOf(bystander)).toBe('pending');
    expect(await statusOf(first)).toBe('approved');

    const origin = await history(first);
    expect(origin.events.find((e: any) => e.action === 'ban')).toMatchObject({
      actorType: 'admin',
      actorName: 'Test Moderator',
      note: 'Suspension (48 h): Repeated spam links',
    });
    const rej = await history(held[0]);
    expect(rej.events.at(-1)).toMatchObject({
      action: 'ban-reject',
      fromStatus: 'pending',
      toStatus: 'rejected',
      actorName: 'Test Moderator',
    });
  });

  it('refuses their submissions with 403 under any of their keys, and not other readers', async () => {
    const sameEmail = await post(open, {
      authorName: 'Q.',
      authorEmail: 'quinlan@example.test',
      body: 'Trying again under another name.',
    });
    expect(sameEmail.status).toBe(403);
    expect(sameEmail.body.error.message).toMatch(
      /You cannot comment until .* UTC: you are suspended from commenting/,
    );
    expect(sameEmail.body.error.details).toMatchObject({ code: 'commenter-banned', kind: 'suspension' });
    // Same name from the same client, without the email.
    const sameName = await post(open, { authorName: 'quinlan', body: 'No email this time around.' });
    expect(sameName.status).toBe(403);
    const other = await post(open, {
      authorName: 'Orla',
      authorEmail: 'orla@example.test',
      body: 'Trams would help the east side.',
    });
    expect(other.status).toBe(201);
  });

  it('shows the ban on the queue card and lists it by identity', async () => {
    const queue = await mod().get(`/editorial/moderation/comments?status=all&author=Quinlan`);
    const card = queue.body.data.find((c: any) => c.documentId === first);
    expect(card.authorIdentity).toBe(emailKey('quinlan@example.test'));
    expect(card.authorBan).toMatchObject({ documentId: banId, kind: 'suspension' });
    const orla = (await mod().get(`/editorial/moderation/comments?status=all&author=Orla`)).body.data[0];
    expect(orla.authorBan).toBeNull();

    const list = await mod().get(
      `/editorial/moderation/bans?identity=${encodeURIComponent(card.authorIdentity)}`,
    );
    expect(list.status).toBe(200);
    expect(list.body.data.map((b: any) => b.documentId)).toEqual([banId]);
    expect(list.body.meta.pagination.total).toBe(1);
    expect(
      (await mod().get(`/editorial/moderation/bans?identity=${encodeURIComponent(orla.authorIdentity)}`)).body
        .data,
    ).toEqual([]);
    expect(
      (await mod().get('/editorial/moderation/bans?state=active')).body.data.map((b: any) => b.documentId),
    ).toContain(banId);
  });

  it('holds their submissions instead when the settings say so', async () => {
    const current = (await mod().get('/editorial/settings/moderation')).body.data;
    expect(current.bans).toEqual({ onSubmit: 'refuse' });
    const put = await mod()
      .put('/editorial/settings/moderation')
      .send({ ...current, bans: { onSubmit: 'hold' } });
    expect(put.status).toBe(200);
    try {
      const res = await post(open, {
        authorName: 'Quinlan',
        authorEmail: 'quinlan@example.test',
        body: 'This one waits for a moderator.',
      });
      expect(res.status).toBe(201);
      expect(res.body.data.status).toBe('awaiting-review');
      const row = await t.strapi.db
        .query(COMMENT as any)
        .findOne({ where: { documentId: res.body.data.documentId } });
      expect(row.status).toBe('pending');
      expect(row.moderationReasons.map((r: any) => r.rule)).toContain('banned');
    } finally {
      await mod().put('/editorial/settings/moderation').send(current);
    }
  });

  it('lifts the suspension: their submissions are accepted again, and the lift is audited', async () => {
    const res = await mod()
      .post(`/editorial/moderation/bans/${banId}/lift`)
      .send({ note: 'Appeal accepted' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      state: 'lifted',
      liftedBy: 'Test Moderator',
      liftNote: 'Appeal accepted',
    });
    const again = await mod().post(`/editorial/moderation/bans/${banId}/lift`).send({});
    expect(again.status).toBe(409);
    expect(
      (
        await post(open, {
          authorName: 'Quinlan',
          authorEmail: 'quinlan@example.test',
          body: 'Thanks for lifting it, I will behave.',
        })
      ).status,
    ).toBe(201);
    const origin = await history(first);
    expect(origin.events.find((e: any) => e.action === 'lift-ban')).toMatchObject({
      actorName: 'Test Moderator',
      note: 'Suspension lifted: Appeal accepted',
    });
    expect(
      (await mod().get('/editorial/moderation/bans?state=lifted')).body.data.map((b: any) => b.documentId),
    ).toContain(banId);
    expect(
      (await mod().get('/editorial/moderation/bans?state=active')).body.data.map((b: any) => b.documentId),
    ).not.toContain(banId);
  });

  it('stops applying a suspension once it has expired', async () => {
    const res = await mod()
      .post('/editorial/moderation/bans')
      .send({
        identity: emailKey('pell@example.test'),
        kind: 'suspension',
        durationHours: 1,
        reason: 'Cooling off',
      });
    expect(res.status).toBe(201);
    expect(res.body.data.rejectedCount).toBe(0);
    expect(
      (
        await post(open, {
          authorName: 'Pell',
          authorEmail: 'pell@example.test',
          body: 'Am I allowed to post now?',
        })
      ).status,
    ).toBe(403);
    // An hour later (the row's end moved into the past).
    await t.strapi.db.query(BAN as any).updateMany({
      where: { documentId: res.body.data.ban.documentId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(
      (
        await post(open, {
          authorName: 'Pell',
          authorEmail: 'pell@example.test',
          body: 'Now I am allowed to post again.',
        })
      ).status,
    ).toBe(201);
    const expired = (await mod().get('/editorial/moderation/bans?state=expired')).body.data;
    expect(expired.map((b: any) => b.documentId)).toEqual([res.body.data.ban.documentId]);
    expect(
      (await mod().post(`/editorial/moderation/bans/${res.body.data.ban.documentId}/lift`).send({})).status,
    ).toBe(409);
  });

  it('bans by identity until lifted, with the ban message', async () => {
    const res = await mod()
      .post('/editorial/moderation/bans')
      .send({ identity: emailKey('vex@example.test'), kind: 'ban', reason: 'Threats against staff' });
    expect(res.status).toBe(201);
    expect(res.body.data.ban.expiresAt).toBeNull();
    const refused = await post(open, {
      authorName: 'Vex',
      authorEmail: 'VEX@example.test',
      body: 'Let me back in, please.',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('You cannot comment: you are banned from commenting');
  });
});

describe('bad input and permissions', () => {
  it('answers 400 naming the field and changes nothing', async () => {
    const c = (
      await post(premod, {
        authorName: 'Lark',
        authorEmail: 'lark@example.test',
        body: 'A held comment that must stay held.',
      })
    ).body.data.documentId;
    const bansBefore = await t.strapi.db.query(BAN as any).count();
    const cases: [Record<string, unknown>, string][] = [
      [{ commentDocumentId: c, reason: 'x', rejectPending: true }, 'kind'],
      [{ commentDocumentId: c, kind: 'suspension', reason: 'x', rejectPending: true }, 'durationHours'],
      [
        { commentDocumentId: c, kind: 'ban', durationHours: 5, reason: 'x', rejectPending: true },
        'durationHours',
      ],
      [
        { commentDocumentId: c, kind: 'suspension', durationHours: 0, reason: 'x', rejectPending: true },
        'durationHours',
      ],
      [
        {
          commentDocumentId: c,
          kind: 'suspension',
          durationHours: 24 * 366,
          reason: 'x',
          rejectPending: true,
        },
        'durationHours',
      ],
      [{ commentDocumentId: c, kind: 'ban', reason: '   ', rejectPending: true }, 'reason'],
      [
        { commentDocumentId: c, identity: emailKey('lark@example.test'), kind: 'ban', reason: 'x' },
        'identity',
      ],
      [{ kind: 'ban', reason: 'x' }, 'identity'],
      [{ identity: 'email:not-a-hash', kind: 'ban', reason: 'x' }, 'identity'],
      [{ commentDocumentId: c, kind: 'ban', reason: 'x', rejectPending: 'yes' }, 'rejectPending'],
      [{ commentDocumentId: c, kind: 'ban', reason: 'x', until: 'forever' }, 'until'],
    ];
    for (const [body, field] of cases) {
      const res = await mod().post('/editorial/moderation/bans').send(body);
      expect([res.status, res.body.error?.details?.field]).toEqual([400, field]);
      expect(res.body.error.message).toContain(field);
    }
    expect(
      (
        await mod()
          .post('/editorial/moderation/bans')
          .send({ commentDocumentId: 'nosuchcomment', kind: 'ban', reason: 'x' })
      ).status,
    ).toBe(404);
    expect((await mod().get('/editorial/moderation/bans?state=gone')).status).toBe(400);
    expect((await mod().post('/editorial/moderation/bans/nosuchban/lift').send({})).status).toBe(404);
    expect(await t.strapi.db.query(BAN as any).count()).toBe(bansBefore);
    expect(await statusOf(c)).toBe('pending');
  });

  it('keeps bans to moderators', async () => {
    const ed = client(t.server, editor.token);
    expect((await ed.get('/editorial/moderation/bans')).status).toBe(403);
    expect(
      (
        await ed
          .post('/editorial/moderation/bans')
          .send({ identity: emailKey('a@b.test'), kind: 'ban', reason: 'x' })
      ).status,
    ).toBe(403);
    expect((await pub().get('/editorial/moderation/bans')).status).toBe(401);
  });
});
