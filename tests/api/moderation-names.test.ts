/**
 * Moderation of what readers submit beyond the plain words: author names through the same rules,
 * invisible-only text, disguised words (zero-width, confusable and bidi tricks) and the threat
 * and identity grammars, through the public comment API on a real Strapi.
 */
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';

let t: TestStrapi;
let moderator: AdminSession;
let article: any;

const pub = () => client(t.server);
const mod = () => client(t.server, moderator.token);
const svc = (name: string) => t.strapi.plugin('editorial').service(name) as any;
const post = (body: Record<string, unknown>) =>
  pub().post(`/api/editorial/articles/${article.documentId}/comments`).send(body);
const count = () => t.strapi.db.query('plugin::editorial.comment' as any).count();
const stored = (documentId: string) =>
  t.strapi.db.query('plugin::editorial.comment' as any).findOne({ where: { documentId } });

beforeAll(async () => {
  t = await startStrapi();
  moderator = await createAdminSession(t.strapi, t.server, 'Moderator');
  article = await fixtures(t.strapi).article({
    title: 'Councillors debate the harbour budget',
    commentsMode: 'open',
  });
  svc('comments').limiter.configure({
    submit: { points: 100000, duration: 60 },
    report: { points: 100000, duration: 60 },
  });
});

afterAll(async () => {
  await t?.stop();
});

describe('author names', () => {
  it.each([
    ['plain', 'cunt'],
    ['with a zero-width space', 'c\u200Bunt'],
    ['in Cyrillic look-alikes', '\u0441unt'],
    ['spaced out', 'c.u.n.t'],
    ['in fullwidth letters', '\uFF43\uFF55\uFF4E\uFF54'],
  ])(
    'refuses a name the rules reject (%s) with 400 naming authorName, and stores nothing',
    async (_how, name) => {
      const before = await count();
      const res = await post({ authorName: name, body: 'The budget debate ran late into the evening.' });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^authorName: /);
      expect(res.body.error.details).toEqual({ field: 'authorName' });
      expect(await count()).toBe(before);
    },
  );

  it('holds the comment of a name the rules would flag, with a reason that says "name:"', async () => {
    const res = await post({
      authorName: 'Bullshit Detector',
      body: 'The harbour budget leaves out the dredging costs.',
    });
    expect(res.status).toBe(201);
    expect(res.body.data.status).toBe('awaiting-review');
    const row = await stored(res.body.data.documentId);
    expect(row.status).toBe('flagged');
    const reason = row.moderationReasons.find((r: any) => r.detail.startsWith('name: '));
    expect(reason).toMatchObject({ rule: 'suspect-words', spans: [] });
    expect(reason.detail).toContain('Bullshit');
  });

  it('publishes a comment whose name is an ordinary name', async () => {
    const res = await post({ authorName: 'Dora Penistone', body: 'Thanks for covering the budget meeting.' });
    expect(res.status).toBe(201);
    expect(res.body.data.status).toBe('published');
  });
});

describe('invisible text', () => {
  it.each([
    [{ authorName: 'Ines', body: '\u200B\u200B\u200B' }, 'body'],
    [{ authorName: 'Ines', body: '\u200B \u00AD \u2060 \uFEFF\u202E\u202C' }, 'body'],
    [{ authorName: '\u200B\u200C', body: 'A visible comment about the budget.' }, 'authorName'],
    [{ authorName: '\u3164', body: 'A visible comment about the budget.' }, 'authorName'],
  ])('answers 400 naming the field for %j and stores nothing', async (body, field) => {
    const before = await count();
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(new RegExp(`^${field}: has no visible characters`));
    expect(await count()).toBe(before);
  });
});

describe('disguised words and the threat and identity grammars', () => {
  it('rejects a slur hidden with a zero-width space, the span covering the characters as written', async () => {
    const body = 'You are a c\u200Bunt, councillor.';
    const res = await post({ authorName: 'Pavel', body });
    expect(res.status).toBe(201);
    const row = await stored(res.body.data.documentId);
    expect(row.status).toBe('rejected');
    const [span] = row.moderationReasons.find((r: any) => r.rule === 'banned-words').spans;
    expect(body.slice(span.start, span.end)).toBe('c\u200Bunt');
  });

  it('rejects a slur written backwards under a right-to-left override', async () => {
    const body = 'You are a \u202Etnuc\u202C, councillor.';
    const row = await stored((await post({ authorName: 'Pavel', body })).body.data.documentId);
    expect(row.status).toBe('rejected');
    const [span] = row.moderationReasons.find((r: any) => r.rule === 'banned-words').spans;
    expect(body.slice(span.start, span.end)).toBe('tnuc');
  });

  it('holds a call to burn down a house, pointing at the violent words', async () => {
    const body = 'Someone should burn down the councillor house for this.';
    const row = await stored((await post({ authorName: 'Rhys', body })).body.data.documentId);
    expect(row.status).toBe('flagged');
    const reason = row.moderationReasons.find((r: any) => r.rule === 'threat');
    expect((reason.matches ?? reason.spans).map((s: any) => body.slice(s.start, s.end))).toEqual([
      'burn down',
    ]);
  });

  it('holds a collective accusation against a religious group', async () => {
    const body = 'Typical. These Sikh terrorists want the harbour for themselves.';
    const row = await stored((await post({ authorName: 'Rhys', body })).body.data.documentId);
    expect(row.status).toBe('flagged');
    const reason = row.moderationReasons.find((r: any) => r.rule === 'identity-attack');
    expect((reason.matches ?? reason.spans).map((s: any) => body.slice(s.start, s.end))).toEqual([
      'terrorists',
    ]);
    expect(reason.detail).toContain('Sikh');
  });

  it('publishes news-like reporting of a threat', async () => {
    const res = await post({
      authorName: 'Rhys',
      body: 'The militants threatened to burn down the village, police said.',
    });
    expect(res.body.data.status).toBe('published');
  });

  it('shows the held reasons to moderators through the queue', async () => {
    const body = 'I hope you die, councillor.';
    const res = await post({ authorName: 'Vex', body });
    const item = (
      await mod().get(
        `/editorial/moderation/comments?status=all&sort=newest&q=${encodeURIComponent('I hope you die')}`,
      )
    ).body.data[0];
    expect(item.documentId).toBe(res.body.data.documentId);
    expect(item.status).toBe('flagged');
    expect(item.reasons.map((r: any) => r.rule)).toContain('threat');
  });
});
