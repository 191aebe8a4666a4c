/**
 * Hardening of the non-query surfaces (issue 14, findings 4-8): CORS origin list and security
 * headers, JSON-only public writes, closed self-registration, a honeypot answer like a real one,
 * trust keyed on a signed-in account only, reports that flag without hiding (and are rate
 * limited per comment), and comment moves between articles only with the moderation permission.
 */
import request from 'supertest';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, createReaderAccount, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';

const LISTED = 'https://news.example.test';
const COMMENT = 'plugin::editorial.comment';
const ARTICLE = 'plugin::editorial.article';

let t: TestStrapi;
let f: ReturnType<typeof fixtures>;
let openArticle: any;
let moderator: AdminSession;

const svc = (name: string) => t.strapi.plugin('editorial').service(name) as any;
const row = (documentId: string) => t.strapi.db.query(COMMENT as any).findOne({ where: { documentId } });
const post = (idOrSlug: string, body: Record<string, unknown>, jwt?: string) => {
  const r = request(t.server).post(`/api/editorial/articles/${idOrSlug}/comments`);
  return (jwt ? r.set('Authorization', `Bearer ${jwt}`) : r).send(body);
};
const report = (documentId: string, ip?: string) => {
  const r = request(t.server).post(`/api/editorial/comments/${documentId}/report`);
  return (ip ? r.set('X-Forwarded-For', ip) : r).send({ reason: 'abuse' });
};
const unlimited = () =>
  svc('comments').limiter.configure({
    submit: { points: 100000, duration: 60 },
    report: { points: 100000, duration: 60 },
    reportTarget: { points: 100000, duration: 60 },
  });

/** A reader account with a unique address derived from `name`. */
const readerAccount = (name: string) =>
  createReaderAccount(
    t.strapi,
    t.server,
    `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now().toString(36)}@readers.example`,
  );

beforeAll(async () => {
  // IS_PROXIED: X-Forwarded-For stands for distinct clients in the report tests.
  t = await startStrapi({ EDITORIAL_CORS_ORIGINS: `${LISTED}, http://localhost:5173`, IS_PROXIED: 'true' });
  f = fixtures(t.strapi);
  moderator = await createAdminSession(t.strapi, t.server, 'Moderator');
  openArticle = await f.article({ title: 'Tram line extension approved', commentsMode: 'open' });
  unlimited();
});

afterAll(async () => {
  await t?.stop();
});

describe('CORS', () => {
  it('gives unlisted origins no Access-Control-Allow-Origin or credentials, on the admin and the API', async () => {
    for (const url of ['/admin/access-token', '/api/editorial/articles']) {
      const method = url.startsWith('/admin') ? 'post' : 'get';
      for (const origin of ['http://evil.example', 'http://localhost:1338', 'null']) {
        const res = await (request(t.server) as any)[method](url).set('Origin', origin);
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
        expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      }
      const preflight = await request(t.server)
        .options(url)
        .set('Origin', 'http://evil.example')
        .set('Access-Control-Request-Method', 'POST');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('allows a listed origin with credentials', async () => {
    const res = await request(t.server).get('/api/editorial/articles').set('Origin', LISTED);
    expect(res.headers['access-control-allow-origin']).toBe(LISTED);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    const preflight = await request(t.server)
      .options('/admin/access-token')
      .set('Origin', LISTED)
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBe(LISTED);
    expect(preflight.headers['access-control-allow-credentials']).toBe('true');
  });
});

describe('security headers', () => {
  it('sends a CSP without third-party script or connect sources, and forbids framing by other sites', async () => {
    for (const url of ['/reader/index.html', '/api/editorial/articles', '/admin/init']) {
      const res = await request(t.server).get(url);
      const csp = String(res.headers['content-security-policy'] ?? '');
      expect(csp).toContain("default-src 'self'");
      // Strapi widens the admin's connect-src for its dev server's websocket outside production.
      if (!url.startsWith('/admin')) expect(csp).toMatch(/connect-src 'self'(;|$)/);
      expect(csp).not.toMatch(/script-src[^;]*(https:|cdn)/);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).toContain("base-uri 'self'");
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
  });
});

describe('public writes accept JSON only', () => {
  it('answers 415 naming the expected type for form, multipart and text bodies, and stores nothing', async () => {
    const c = await post(openArticle.documentId, {
      authorName: 'Jonas',
      body: 'Finally a tram to the harbour.',
    });
    expect(c.status).toBe(201);
    const before = await t.strapi.db.query(COMMENT as any).count();
    const urls = [
      `/api/editorial/articles/${openArticle.documentId}/comments`,
      `/api/editorial/comments/${c.body.data.documentId}/report`,
    ];
    for (const url of urls) {
      const form = await request(t.server)
        .post(url)
        .type('form')
        .send('authorName=Eve&body=Posted+from+elsewhere&reason=spam');
      const multipart = await request(t.server)
        .post(url)
        .field('authorName', 'Eve')
        .field('body', 'Posted from elsewhere')
        .field('reason', 'spam');
      const text = await request(t.server)
        .post(url)
        .set('Content-Type', 'text/plain')
        .send('{"authorName":"Eve","body":"Posted from elsewhere","reason":"spam"}');
      for (const res of [form, multipart, text]) {
        expect(res.status).toBe(415);
        expect(res.body.error.message).toMatch(/application\/json/);
      }
    }
    expect(await t.strapi.db.query(COMMENT as any).count()).toBe(before);
    expect((await row(c.body.data.documentId)).reportCount).toBe(0);
  });
});

describe('reader registration', () => {
  it('is closed by default', async () => {
    const res = await request(t.server)
      .post('/api/auth/local/register')
      .send({ username: 'walkin', email: 'walkin@readers.example', password: 'Walkin-pass-123' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(
      await t.strapi.db
        .query('plugin::users-permissions.user')
        .count({ where: { email: 'walkin@readers.example' } }),
    ).toBe(0);
  });

  it('opens with the switch (EDITORIAL_PUBLIC_REGISTRATION, config accounts.registration), applied at start', async () => {
    const previous = t.strapi.config.get('plugin::editorial.accounts');
    const apply = () => svc('access').grantPublicPermissions(); // what the app's bootstrap runs
    try {
      t.strapi.config.set('plugin::editorial.accounts', { registration: true });
      await apply();
      const res = await request(t.server)
        .post('/api/auth/local/register')
        .send({ username: 'invited', email: 'invited@readers.example', password: 'Invited-pass-123' });
      expect(res.status).toBe(200);
    } finally {
      t.strapi.config.set('plugin::editorial.accounts', previous);
      await apply();
    }
    const closed = await request(t.server)
      .post('/api/auth/local/register')
      .send({ username: 'late', email: 'late@readers.example', password: 'Late-pass-123' });
    expect(closed.status).toBeGreaterThanOrEqual(400);
    expect(closed.status).toBeLessThan(500);
  });
});

describe('honeypot', () => {
  it('answers exactly as a held comment is answered, and stores nothing', async () => {
    const pre = await f.article({ title: 'Harbour tunnel consultation', commentsMode: 'premoderated' });
    const real = await post(pre.documentId, {
      authorName: 'Petra',
      body: 'Will the tunnel have a cycle lane?',
    });
    const before = await t.strapi.db.query(COMMENT as any).count();
    const bot = await post(pre.documentId, {
      authorName: 'Bot',
      body: 'Cheap watches here',
      website: 'http://spam.example',
    });
    expect(await t.strapi.db.query(COMMENT as any).count()).toBe(before);
    expect(bot.status).toBe(real.status);
    expect(Object.keys(bot.body)).toEqual(Object.keys(real.body));
    expect(Object.keys(bot.body.data).sort()).toEqual(Object.keys(real.body.data).sort());
    expect(bot.body.data.status).toBe(real.body.data.status);
    const shape = /^[a-z][a-z0-9]{23}$/;
    expect(real.body.data.documentId).toMatch(shape);
    expect(bot.body.data.documentId).toMatch(shape);
    const headerNames = (res: request.Response) =>
      Object.keys(res.headers)
        .filter((h) => !['date', 'content-length', 'x-response-time'].includes(h))
        .sort();
    expect(headerNames(bot)).toEqual(headerNames(real));
  });
});

describe('trusted commenters', () => {
  it('trusts a signed-in account with enough approved comments, and never a name or an email alone', async () => {
    const pre = await f.article({ title: 'Library opening hours', commentsMode: 'premoderated' });
    const reader = await readerAccount('Trusted Tove');
    // Five approved comments from the account (minApproved is 5), none rejected.
    for (let i = 0; i < 5; i++)
      await f.comment(openArticle, {
        body: `Earlier helpful note ${i}`,
        authorName: 'Tove Lind',
        authorEmail: reader.email,
        authorUserId: reader.id,
      } as any);

    const signedIn = await post(
      pre.documentId,
      { authorName: 'Tove Lind', authorEmail: reader.email, body: 'Sunday opening would help students.' },
      reader.jwt,
    );
    expect(signedIn.status).toBe(201);
    expect(signedIn.body.data.status).toBe('published');
    expect((await row(signedIn.body.data.documentId)).authorUserId).toBe(reader.id);

    // The same name, with and without the same email, but no account: no trust.
    const withEmail = await post(pre.documentId, {
      authorName: 'Tove Lind',
      authorEmail: reader.email,
      body: 'Sunday opening would help everyone.',
    });
    const nameOnly = await post(pre.documentId, {
      authorName: 'Tove Lind',
      body: 'Sunday opening would help, truly.',
    });
    for (const res of [withEmail, nameOnly]) {
      expect(res.status).toBe(201);
      expect(res.body.data.status).toBe('awaiting-review');
      const stored = await row(res.body.data.documentId);
      expect(stored.status).not.toBe('approved');
      expect(stored.moderationReasons.map((r: any) => r.rule)).not.toContain('trusted-commenter');
      expect(stored.authorUserId).toBeNull();
    }
    // Relaxed rules (shouting) apply to the account, not to an impostor using its name.
    const loud = 'THE LIBRARY SHOULD OPEN ON SUNDAYS FOR EVERYONE, FULL STOP';
    expect(
      (await post(openArticle.documentId, { authorName: 'Tove Lind', body: loud }, reader.jwt)).body.data
        .status,
    ).toBe('published');
    const impostor = await post(openArticle.documentId, {
      authorName: 'Tove Lind',
      authorEmail: reader.email,
      body: `${loud} AGAIN`,
    });
    expect(impostor.body.data.status).toBe('awaiting-review');
    expect(
      (await row(impostor.body.data.documentId)).moderationReasons.map((r: any) => r.rule),
    ).not.toContain('trusted-commenter');
  });

  it('does not trust an account without the approved history', async () => {
    const pre = await f.article({ title: 'Market square paving', commentsMode: 'premoderated' });
    const reader = await readerAccount('New Nils');
    const res = await post(
      pre.documentId,
      { authorName: 'Nils', body: 'Cobbles are hard on prams.' },
      reader.jwt,
    );
    expect(res.body.data.status).toBe('awaiting-review');
    expect((await row(res.body.data.documentId)).authorUserId).toBe(reader.id);
  });
});

describe('reports', () => {
  it('flags a comment for moderators at the threshold and keeps it public', async () => {
    const c = await post(openArticle.documentId, {
      authorName: 'Runa',
      body: 'The tram stop should be nearer the school.',
    });
    const id = c.body.data.documentId;
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
      expect((await report(id, ip)).status).toBe(202);
    const stored = await row(id);
    expect(stored.reportCount).toBe(3);
    expect(stored.status).toBe('approved');
    expect(stored.reportFlagged).toBe(true);
    const list = await request(t.server).get(
      `/api/editorial/articles/${openArticle.documentId}/comments?pageSize=100`,
    );
    expect(list.body.data.map((x: any) => x.documentId)).toContain(id);

    const mod = client(t.server, moderator.token);
    const reported = await mod.get('/editorial/moderation/comments?status=reported');
    expect(reported.status).toBe(200);
    expect(reported.body.data.map((x: any) => x.documentId)).toContain(id);
    expect(
      reported.body.data.find((x: any) => x.documentId === id).reasons.map((r: any) => r.rule),
    ).toContain('reports');
    expect(reported.body.meta.counts.reported).toBeGreaterThanOrEqual(1);
    const events = (await mod.get(`/editorial/moderation/comments/${id}/events`)).body.data;
    expect(events.at(-1)).toMatchObject({
      action: 'reported',
      fromStatus: 'approved',
      toStatus: 'approved',
      actorType: 'system',
    });

    // The moderator keeps it up: it leaves the reported tab, still public.
    const keep = await mod.post(`/editorial/moderation/comments/${id}/approve`).send({});
    expect(keep.status).toBe(200);
    expect((await row(id)).reportFlagged).toBe(false);
    const after = await mod.get('/editorial/moderation/comments?status=reported');
    expect(after.body.data.map((x: any) => x.documentId)).not.toContain(id);

    // Answered reports do not count again: one more report does not bring it back, a full
    // threshold of new ones does.
    expect((await report(id, '198.51.100.4')).status).toBe(202);
    expect((await row(id)).reportFlagged).toBe(false);
    for (const ip of ['198.51.100.5', '198.51.100.6']) expect((await report(id, ip)).status).toBe(202);
    const again = await row(id);
    expect(again.reportCount).toBe(6);
    expect(again.reportFlagged).toBe(true);
  });

  it('takes the comment off the public page at the threshold only when the setting says so', async () => {
    const mod = client(t.server, moderator.token);
    const current = (await mod.get('/editorial/settings/moderation')).body.data;
    expect(current.reports.hideOnThreshold).toBe(false);
    try {
      const on = await mod
        .put('/editorial/settings/moderation')
        .send({ ...current, reports: { ...current.reports, hideOnThreshold: true } });
      expect(on.status).toBe(200);
      const c = await post(openArticle.documentId, {
        authorName: 'Sten',
        body: 'The consultation was far too short.',
      });
      const id = c.body.data.documentId;
      for (const ip of ['198.51.100.11', '198.51.100.12', '198.51.100.13']) await report(id, ip);
      expect((await row(id)).status).toBe('flagged');
      const list = await request(t.server).get(
        `/api/editorial/articles/${openArticle.documentId}/comments?pageSize=100`,
      );
      expect(list.body.data.map((x: any) => x.documentId)).not.toContain(id);
      const bad = await mod
        .put('/editorial/settings/moderation')
        .send({ ...current, reports: { ...current.reports, hideOnThreshold: 'yes' } });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('reports.hideOnThreshold');
    } finally {
      await mod.put('/editorial/settings/moderation').send(current);
    }
  });

  it('answers a flood of reports on one comment from many clients with 429, and the comment stays public', async () => {
    svc('comments').limiter.configure({ reportTarget: { points: 5, duration: 300 } });
    try {
      const c = await post(openArticle.documentId, {
        authorName: 'Vera',
        body: 'A perfectly reasonable point about fares.',
      });
      const id = c.body.data.documentId;
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await report(id, `203.0.113.${i + 20}`)).status);
      expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
      expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
      const flood = await report(id, '203.0.113.99');
      expect(flood.status).toBe(429);
      expect(Number(flood.headers['retry-after'])).toBeGreaterThan(0);
      const stored = await row(id);
      expect(stored.reportCount).toBe(5);
      expect(stored.status).toBe('approved');
    } finally {
      unlimited();
    }
  });

  it("does not let one reader's repeat reports use up a comment's budget", async () => {
    svc('comments').limiter.configure({ reportTarget: { points: 3, duration: 300 } });
    try {
      const c = await post(openArticle.documentId, {
        authorName: 'Ines',
        body: 'The night bus timetable is clearer now.',
      });
      const id = c.body.data.documentId;
      for (let i = 0; i < 8; i++) expect((await report(id, '203.0.113.200')).status).toBe(202);
      expect((await row(id)).reportCount).toBe(1);
      // Other readers can still report it.
      for (const ip of ['203.0.113.201', '203.0.113.202']) expect((await report(id, ip)).status).toBe(202);
      expect((await row(id)).reportCount).toBe(3);
    } finally {
      unlimited();
    }
  });
});

describe('moving comments between articles', () => {
  let editor: AdminSession;
  let commentEditor: AdminSession;
  let both: AdminSession;
  let other: any;

  beforeAll(async () => {
    editor = await createAdminSession(t.strapi, t.server, 'Editor');
    // A role that may edit comments in the content manager but does not hold the moderation permission.
    const attrs = Object.keys(t.strapi.getModel(COMMENT as any).attributes).filter(
      (k) => !['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy'].includes(k),
    );
    const role = await t.strapi
      .service('admin::role')
      .create({ name: 'Comment clerk', description: 'CM comment editing only' });
    await t.strapi.service('admin::role').assignPermissions(
      role.id,
      ['read', 'update'].map((a) => ({
        action: `plugin::content-manager.explorer.${a}`,
        subject: COMMENT,
        properties: { fields: attrs },
        conditions: [],
      })),
    );
    // Editor + the clerk role: may edit articles (their comments relation) and see and edit comments.
    commentEditor = await createAdminSession(t.strapi, t.server, ['Editor', 'Comment clerk']);
    both = await createAdminSession(t.strapi, t.server, ['Editor', 'Moderator']);
    other = await f.article({ title: 'Bus depot relocation', commentsMode: 'open' });
  });

  const articleOfComment = async (documentId: string) =>
    (
      await t.strapi.db
        .query(COMMENT as any)
        .findOne({ where: { documentId }, populate: { article: { select: ['documentId'] } } })
    ).article?.documentId;
  const moveEvents = async (documentId: string) =>
    t.strapi.db
      .query('plugin::editorial.moderation-event' as any)
      .findMany({ where: { commentDocumentId: documentId, action: 'move' } });

  it("refuses an editor without the moderation permission, through the article's comments and the comment's article", async () => {
    const c = await post(openArticle.documentId, {
      authorName: 'Ake',
      body: 'The depot noise is already bad.',
    });
    const id = c.body.data.documentId;
    const cmRow = await t.strapi.db.query(COMMENT as any).findOne({ where: { documentId: id } });

    const viaArticle = await client(t.server, commentEditor.token)
      .put(`/content-manager/collection-types/${ARTICLE}/${other.documentId}`)
      .send({
        title: other.title,
        comments: { connect: [{ id: cmRow.id, documentId: id, position: { end: true } }], disconnect: [] },
      });
    // The content manager answers 403 (its own error body carries no message of ours).
    expect(viaArticle.status).toBe(403);

    const viaComment = await client(t.server, commentEditor.token)
      .put(`/content-manager/collection-types/${COMMENT}/${id}`)
      .send({ article: { connect: [{ documentId: other.documentId }], disconnect: [] } });
    expect(viaComment.status).toBe(403);
    // A plain Editor (no access to comments at all) is refused too.
    const plainEditor = await client(t.server, editor.token)
      .put(`/content-manager/collection-types/${ARTICLE}/${other.documentId}`)
      .send({
        title: other.title,
        comments: { connect: [{ id: cmRow.id, documentId: id, position: { end: true } }], disconnect: [] },
      });
    expect(plainEditor.status).toBe(403);

    // An ordinary edit of the article (relations untouched) still works for the editor.
    const plain = await client(t.server, editor.token)
      .put(`/content-manager/collection-types/${ARTICLE}/${other.documentId}`)
      .send({ title: `${other.title} (updated)`, comments: { connect: [], disconnect: [] } });
    expect(plain.status).toBe(200);

    expect(await articleOfComment(id)).toBe(openArticle.documentId);
    expect((await row(id)).articleDocumentId).toBe(openArticle.documentId);
    expect(await moveEvents(id)).toHaveLength(0);
  });

  it('lets a moderator move a comment, with a move event, and the public threads follow', async () => {
    const c = await post(openArticle.documentId, {
      authorName: 'Britt',
      body: 'This belongs under the depot story.',
    });
    const id = c.body.data.documentId;
    const cmRow = await t.strapi.db.query(COMMENT as any).findOne({ where: { documentId: id } });
    const res = await client(t.server, both.token)
      .put(`/content-manager/collection-types/${ARTICLE}/${other.documentId}`)
      .send({
        title: other.title,
        comments: { connect: [{ id: cmRow.id, documentId: id, position: { end: true } }], disconnect: [] },
      });
    expect(res.status).toBe(200);
    expect(await articleOfComment(id)).toBe(other.documentId);
    expect((await row(id)).articleDocumentId).toBe(other.documentId);
    const events = await moveEvents(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorType: 'admin', fromStatus: 'approved', toStatus: 'approved' });
    expect(events[0].note).toContain(`from article ${openArticle.documentId} to article ${other.documentId}`);
    const threads = await request(t.server).get(
      `/api/editorial/articles/${other.documentId}/comments?pageSize=100`,
    );
    expect(threads.body.data.map((x: any) => x.documentId)).toContain(id);
  });
});
