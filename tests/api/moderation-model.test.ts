/**
 * The learned toxic-span model through Strapi: on by default, it refines the spans of a held
 * comment's reasons (the rules' matched words kept as `matches`); switched off, the spans are the
 * rules' matches; bad thresholds get 400.
 */
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';

let t: TestStrapi;
let moderator: AdminSession;
let article: any;

const mod = () => client(t.server, moderator.token);
const post = (body: Record<string, unknown>) =>
  client(t.server).post(`/api/editorial/articles/${article.documentId}/comments`).send(body);
const row = (documentId: string) =>
  t.strapi.db.query('plugin::editorial.comment' as any).findOne({ where: { documentId } });

beforeAll(async () => {
  t = await startStrapi();
  moderator = await createAdminSession(t.strapi, t.server, 'Moderator');
  article = await fixtures(t.strapi).article({
    title: 'Ferry timetable changes from Monday',
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

describe('toxic-span model rule', () => {
  it('is on by default: rules decide, each content reason keeps its matched words and reports the refined spans', async () => {
    const current = (await mod().get('/editorial/settings/moderation')).body.data;
    expect(current.model).toMatchObject({ enabled: true, holds: false, action: 'flag' });
    const text = 'The skipper is a pathetic idiot and should resign.';
    const res = await post({ authorName: 'Quill', body: text });
    expect(res.status).toBe(201);
    const stored = await row(res.body.data.documentId);
    expect(stored.status).toBe('flagged');
    const insult = stored.moderationReasons.find((r: any) => r.rule === 'insult');
    expect(insult.matches.map((s: any) => text.slice(s.start, s.end))).toContain('idiot');
    const marked = stored.moderationReasons
      .flatMap((r: any) => r.spans)
      .map((s: any) => text.slice(s.start, s.end))
      .join(' ');
    expect(marked).toMatch(/idiot/);
    expect(marked).not.toMatch(/skipper|resign/);
    const clean = await post({
      authorName: 'Quill',
      body: 'Thanks, the Monday sailing at nine suits me better.',
    });
    expect(clean.body.data.status).toBe('published');
  });

  it("switched off, reports the rules' matched words as the spans", async () => {
    const current = (await mod().get('/editorial/settings/moderation')).body.data;
    const put = await mod()
      .put('/editorial/settings/moderation')
      .send({ ...current, model: { ...current.model, enabled: false } });
    expect(put.status).toBe(200);
    // Another text: an exact repeat by the same client is rejected as a duplicate.
    const text = 'Honestly, the harbour master is a pathetic idiot.';
    const stored = await row((await post({ authorName: 'Quill', body: text })).body.data.documentId);
    expect(stored.status).toBe('flagged');
    const insult = stored.moderationReasons.find((r: any) => r.rule === 'insult');
    expect(insult.matches).toBeUndefined();
    expect(insult.spans.map((s: any) => text.slice(s.start, s.end))).toContain('idiot');
    expect(stored.moderationReasons.map((r: any) => r.rule)).not.toContain('model');
    await mod().put('/editorial/settings/moderation').send(current);
  });

  it('rejects thresholds outside 0-1 with 400 naming the field, and keeps the saved settings', async () => {
    const current = (await mod().get('/editorial/settings/moderation')).body.data;
    for (const [field, patch] of [
      ['model.threshold', { threshold: 1.5 }],
      ['model.ruleSpanThreshold', { ruleSpanThreshold: -0.1 }],
    ] as const) {
      const res = await mod()
        .put('/editorial/settings/moderation')
        .send({ ...current, model: { ...current.model, ...patch } });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.error)).toContain(field);
    }
    expect((await mod().get('/editorial/settings/moderation')).body.data.model).toEqual(current.model);
  });
});
