/**
 * Privacy requests: a moderator holding plugin::editorial.privacy exports and erases a
 * commenter's personal data (by email, or name plus email), in one transaction, with one audit
 * event that carries counts only.
 */
import request from 'supertest';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';

const COMMENT = 'plugin::editorial.comment';
const EVENT = 'plugin::editorial.moderation-event';

let t: TestStrapi;
let f: ReturnType<typeof fixtures>;
let article: any;
let moderator: AdminSession;
let privacyOfficer: AdminSession;

const svc = (name: string) => t.strapi.plugin('editorial').service(name) as any;
const rowsBy = (where: Record<string, unknown>) =>
  t.strapi.db.query(COMMENT as any).findMany({ where, orderBy: { id: 'asc' } });
const post = (body: Record<string, unknown>, ip: string) =>
  request(t.server)
    .post(`/api/editorial/articles/${article.documentId}/comments`)
    .set('X-Forwarded-For', ip)
    .send(body);
const asOfficer = () => client(t.server, privacyOfficer.token);

beforeAll(async () => {
  t = await startStrapi({ IS_PROXIED: 'true' });
  svc('comments').limiter.configure({
    submit: { points: 100000, duration: 60 },
    report: { points: 100000, duration: 60 },
    reportTarget: { points: 100000, duration: 60 },
  });
  f = fixtures(t.strapi);
  moderator = await createAdminSession(t.strapi, t.server, 'Moderator');
  const role = await t.strapi
    .service('admin::role')
    .create({ name: 'Privacy desk', description: 'Privacy requests' });
  await t.strapi
    .service('admin::role')
    .assignPermissions(role.id, [
      { action: 'plugin::editorial.privacy', subject: null, properties: {}, conditions: [] },
    ]);
  privacyOfficer = await createAdminSession(t.strapi, t.server, ['Moderator', 'Privacy desk']);
  article = await f.article({ title: 'Allotment waiting list grows', commentsMode: 'open' });
});

afterAll(async () => {
  await t?.stop();
});

/** Greta's comments (two from one address, one from another), a namesake with another email, and a bystander she reports. */
async function seedCommenter(email: string, name: string, ipBase: string) {
  const first = await post(
    { authorName: name, authorEmail: email, body: `My plot application is ${ipBase} years old.` },
    `${ipBase}.1`,
  );
  const second = await post(
    {
      authorName: name,
      authorEmail: email.toUpperCase(),
      body: 'The council should open the old orchard site.',
      parent: first.body.data.documentId,
    },
    `${ipBase}.1`,
  );
  const third = await post(
    { authorName: `${name} H.`, authorEmail: email, body: 'Posting from the library computer today.' },
    `${ipBase}.2`,
  );
  const namesake = await post(
    { authorName: name, authorEmail: `other-${email}`, body: `A different ${name} entirely.` },
    `${ipBase}.200`,
  );
  const bystander = await post(
    { authorName: `Bystander ${ipBase}`, body: `Waiting lists near ${ipBase} are long, be patient.` },
    `${ipBase}.201`,
  );
  const reported = await request(t.server)
    .post(`/api/editorial/comments/${bystander.body.data.documentId}/report`)
    .set('X-Forwarded-For', `${ipBase}.1`)
    .send({ reason: 'off-topic' });
  expect(reported.status).toBe(202);
  return {
    own: [first, second, third].map((r) => r.body.data.documentId as string),
    namesake: namesake.body.data.documentId as string,
    bystander: bystander.body.data.documentId as string,
  };
}

describe('privacy requests', () => {
  it('refuses callers without the privacy permission (403) and bad input (400 naming the field)', async () => {
    for (const path of ['/editorial/privacy/export', '/editorial/privacy/erase']) {
      const denied = await client(t.server, moderator.token)
        .post(path)
        .send({ email: 'someone@example.org' });
      expect(denied.status).toBe(403);
      expect((await request(t.server).post(path).send({ email: 'someone@example.org' })).status).toBe(401);
      const cases: [Record<string, unknown>, string][] = [
        [{}, 'email'],
        [{ email: 'not-an-email' }, 'email'],
        [{ email: 'a@example.org', name: '' }, 'name'],
        [{ email: 'a@example.org', name: 'x'.repeat(121) }, 'name'],
        [{ email: 'a@example.org', extra: 1 }, 'extra'],
      ];
      for (const [body, field] of cases) {
        const res = await asOfficer().post(path).send(body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain(field);
      }
    }
  });

  it("exports the commenter's comments and stored personal data as JSON", async () => {
    const seeded = await seedCommenter('greta@allotments.example', 'Greta Holm', '198.51.100');
    const res = await asOfficer()
      .post('/editorial/privacy/export')
      .send({ email: 'Greta@Allotments.example' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const data = res.body.data;
    expect(data.subject).toEqual({ email: 'greta@allotments.example', name: null });
    expect(data.comments.map((c: any) => c.documentId)).toEqual(seeded.own);
    expect(data.comments.every((c: any) => c.authorEmail === 'greta@allotments.example')).toBe(true);
    expect(data.comments.every((c: any) => /^[0-9a-f]{40}$/.test(c.ipHash))).toBe(true);
    expect(new Set(data.comments.map((c: any) => c.ipHash)).size).toBe(2);
    expect(data.comments[1].parentDocumentId).toBe(seeded.own[0]);
    expect(data.comments[0]).toMatchObject({
      body: 'My plot application is 198.51.100 years old.',
      status: 'approved',
      article: { documentId: article.documentId, title: article.title },
    });
    expect(data.reports).toEqual([
      expect.objectContaining({ commentDocumentId: seeded.bystander, note: 'off-topic' }),
    ]);
    expect(data.comments.map((c: any) => c.documentId)).not.toContain(seeded.namesake);

    // Name plus email narrows to the comments posted under that name.
    const narrowed = await asOfficer()
      .post('/editorial/privacy/export')
      .send({ email: 'greta@allotments.example', name: 'Greta Holm' });
    expect(narrowed.body.data.comments.map((c: any) => c.documentId)).toEqual(seeded.own.slice(0, 2));
  });

  it('erases emails and IP hashes and anonymises the comments in one go, with one audit event of counts', async () => {
    const seeded = await seedCommenter('ingrid@allotments.example', 'Ingrid Berg', '203.0.113');
    const eventsBefore = await t.strapi.db.query(EVENT as any).count();
    const res = await asOfficer()
      .post('/editorial/privacy/erase')
      .send({ email: 'ingrid@allotments.example' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ mode: 'anonymise', comments: 3, emails: 3, ipHashes: 2, reports: 1 });

    const rows = await rowsBy({ documentId: { $in: seeded.own } });
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r).toMatchObject({
        authorName: '[erased]',
        authorEmail: null,
        ipHash: null,
        clientKey: null,
        authorUserId: null,
      });
    }
    expect(rows.map((r: any) => r.body)).toContain('The council should open the old orchard site.');
    // Others keep their data.
    const [namesake] = await rowsBy({ documentId: seeded.namesake });
    expect(namesake).toMatchObject({
      authorName: 'Ingrid Berg',
      authorEmail: 'other-ingrid@allotments.example',
    });
    expect(namesake.ipHash).toMatch(/^[0-9a-f]{40}$/);

    // One event, counts only: nothing that names or locates the commenter.
    const added = await t.strapi.db
      .query(EVENT as any)
      .findMany({ where: { id: { $gt: 0 } }, orderBy: { id: 'desc' }, limit: 5 });
    expect(await t.strapi.db.query(EVENT as any).count()).toBe(eventsBefore + 1);
    const event = added[0];
    expect(event).toMatchObject({ action: 'privacy-erase', actorType: 'admin' });
    expect(event.note).toContain('3 comments');
    expect(event.note).toContain('2 IP hashes');
    expect(JSON.stringify(event)).not.toMatch(/ingrid|berg|203\.0\.113/i);
    // Her report no longer points at her address.
    const report = await t.strapi.db
      .query(EVENT as any)
      .findOne({ where: { action: 'report', commentDocumentId: seeded.bystander } });
    expect(report.actorName).toBe('reader:[erased]');

    // The public threads show the anonymised comments in place.
    const list = await request(t.server).get(
      `/api/editorial/articles/${article.documentId}/comments?pageSize=100`,
    );
    const first = list.body.data.find((c: any) => c.documentId === seeded.own[0]);
    expect(first.authorName).toBe('[erased]');
    expect(first.body).toBe('My plot application is 203.0.113 years old.');
    expect(JSON.stringify(list.body)).not.toMatch(/ingrid@/i);

    // Nothing left to export or erase for that email.
    expect(
      (await asOfficer().post('/editorial/privacy/export').send({ email: 'ingrid@allotments.example' })).body
        .data.comments,
    ).toEqual([]);
    expect(
      (await asOfficer().post('/editorial/privacy/erase').send({ email: 'ingrid@allotments.example' })).body
        .data.comments,
    ).toBe(0);
  });

  it('deletes the comments instead when privacy.erasure is "delete"', async () => {
    const seeded = await seedCommenter('jonna@allotments.example', 'Jonna Falk', '192.0.2');
    const previous = t.strapi.config.get('plugin::editorial.privacy');
    t.strapi.config.set('plugin::editorial.privacy', { erasure: 'delete' });
    try {
      const approvedBefore = (
        await request(t.server).get(`/api/editorial/articles/${article.documentId}/comments`)
      ).body.meta.approvedCount;
      const approvedErased = (
        await rowsBy({ documentId: { $in: seeded.own.slice(0, 2) }, status: 'approved' })
      ).length;
      expect(approvedErased).toBeGreaterThan(0);
      const res = await asOfficer()
        .post('/editorial/privacy/erase')
        .send({ email: 'jonna@allotments.example', name: 'Jonna Falk' });
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ mode: 'delete', comments: 2, emails: 2, ipHashes: 1, reports: 1 });
      expect(await rowsBy({ documentId: { $in: seeded.own.slice(0, 2) } })).toEqual([]);
      // The comment under another name stays (name plus email was asked for).
      expect(await rowsBy({ documentId: seeded.own[2] })).toHaveLength(1);
      const after = await request(t.server).get(
        `/api/editorial/articles/${article.documentId}/comments?pageSize=100`,
      );
      expect(after.body.meta.approvedCount).toBe(approvedBefore - approvedErased);
      expect(after.body.data.map((c: any) => c.documentId)).not.toContain(seeded.own[0]);
    } finally {
      t.strapi.config.set('plugin::editorial.privacy', previous);
    }
  });
});
