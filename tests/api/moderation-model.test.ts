/**
 * The learned toxic-span model through Strapi: off by default, switched on in the moderation
 * settings, its reason (kind, score, spans) is stored with a held comment; bad thresholds get 400.
 */
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';

let t: TestStrapi;
let moderator: AdminSession;
let article: any;

const mod = () => client(t.server, moderator.token);
const post = (body: Record<string, unknown>) => client(t.server).post(`/api/editorial/articles/${article.documentId}/comments`).send(body);
const row = (documentId: string) => t.strapi.db.query('plugin::editorial.comment' as any).findOne({ where: { documentId } });

beforeAll(async () => {
  t = await startStrapi();
  moderator = await createAdminSession(t.strapi, t.server, 'Moderator');
  article = await fixtures(t.strapi).article({ title: 'Ferry timetable changes from Monday', commentsMode: 'open' });
  (t.strapi.plugin('editorial').service('comments') as any).limiter.configure({ submit: { points: 100000, duration: 60 }, report: { points: 100000, duration: 60 } });
});

afterAll(async () => {
  await t?.stop();
});

describe('toxic-span model rule', () => {
  it('is off by default: a held comment has no model reason', async () => {
    const current = (await mod().get('/editorial/settings/moderation')).body.data;
    expect(current.model).toMatchObject({ enabled: false, action: 'flag' });
    const res = await post({ authorName: 'Quill', body: 'The skipper is a pathetic idiot.' });
    const stored = await row(res.body.data.documentId);
    expect(stored.status).toBe('flagged');
    expect(stored.moderationReasons.map((r: any) => r.rule)).not.toContain('model');
  });

  it('switched on, adds its labelled reason with spans to a held comment', async () => {
    const current = (await mod().get('/editorial/settings/moderation')).body.data;
    const put = await mod().put('/editorial/settings/moderation').send({ ...current, model: { ...current.model, enabled: true } });
    expect(put.status).toBe(200);
    const text = 'The skipper is a pathetic idiot and should resign.';
    const res = await post({ authorName: 'Quill', body: text });
    expect(res.status).toBe(201);
    const stored = await row(res.body.data.documentId);
    expect(stored.status).toBe('flagged');
    const reason = stored.moderationReasons.find((r: any) => r.rule === 'model');
    expect(reason.detail).toMatch(/^likely insult, 0\.\d\d/);
    expect(reason.spans.map((s: any) => text.slice(s.start, s.end)).join(' ')).toMatch(/idiot/);
    const clean = await post({ authorName: 'Quill', body: 'Thanks, the Monday sailing at nine suits me better.' });
    expect(clean.body.data.status).toBe('published');
    await mod().put('/editorial/settings/moderation').send(current);
  });

  it('rejects a threshold outside 0-1 with 400 naming the field, and keeps the saved settings', async () => {
    const current = (await mod().get('/editorial/settings/moderation')).body.data;
    const res = await mod().put('/editorial/settings/moderation').send({ ...current, model: { ...current.model, threshold: 1.5 } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toContain('model.threshold');
    expect((await mod().get('/editorial/settings/moderation')).body.data.model).toEqual(current.model);
  });
});
