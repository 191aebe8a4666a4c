/**
 * Email notifications through Strapi's email plugin (nodemailer provider) to a real SMTP server
 * on loopback: moderators' report alerts and queue digests, readers' opt-in mails; no duplicates;
 * a mail that cannot be sent never fails the moderation action.
 */
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createAdminSession, client, type AdminSession } from '../helpers/auth';
import { fixtures } from '../helpers/public-fixtures';
import { startSmtp } from '../helpers/smtp';

let t: TestStrapi;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let moderator: AdminSession;
let editor: AdminSession;
let open: any;
let premod: any;

const NOTIFICATION = 'plugin::editorial.notification';
const COMMENT = 'plugin::editorial.comment';
const pub = () => client(t.server);
const mod = () => client(t.server, moderator.token);
const notifications = () => t.strapi.plugin('editorial').service('notifications') as any;
const post = (article: any, body: Record<string, unknown>, ip = '10.9.0.1') =>
  pub().post(`/api/editorial/articles/${article.documentId}/comments`).set('X-Forwarded-For', ip).send(body);
const report = (documentId: string, ip: string, body: Record<string, unknown>) =>
  pub().post(`/api/editorial/comments/${documentId}/report`).set('X-Forwarded-For', ip).send(body);
const logRows = (where: Record<string, unknown>) =>
  t.strapi.db.query(NOTIFICATION as any).findMany({ where });
const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));

async function settings(change: (s: any) => any) {
  const current = (await mod().get('/editorial/settings/moderation')).body.data;
  const res = await mod()
    .put('/editorial/settings/moderation')
    .send(change(structuredClone(current)));
  expect(res.status).toBe(200);
  return res.body.data;
}

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startStrapi({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    EMAIL_FROM: 'desk@newsroom.test',
    IS_PROXIED: 'true',
  });
  moderator = await createAdminSession(t.strapi, t.server, 'Moderator');
  editor = await createAdminSession(t.strapi, t.server, 'Editor');
  const f = fixtures(t.strapi);
  open = await f.article({ title: 'Lighthouse keeper retires after forty years', commentsMode: 'open' });
  premod = await f.article({ title: 'Quarry expansion hearing set', commentsMode: 'premoderated' });
  (t.strapi.plugin('editorial').service('comments') as any).limiter.configure({
    submit: { points: 100000, duration: 60 },
    report: { points: 100000, duration: 60 },
  });
});

afterAll(async () => {
  await t?.stop();
  await smtp?.close();
});

describe('notification settings', () => {
  it('has defaults and refuses bad values with 400 naming the field, changing nothing', async () => {
    const current = (await mod().get('/editorial/settings/moderation')).body.data;
    expect(current.notifications).toEqual({
      reports: { enabled: true, recipients: [] },
      queueDigest: { enabled: false, threshold: 50, intervalMinutes: 60, recipients: [] },
      readers: { enabled: true },
    });
    const bad: [any, string][] = [
      [
        { ...current.notifications, queueDigest: { ...current.notifications.queueDigest, threshold: 0 } },
        'notifications.queueDigest.threshold',
      ],
      [
        {
          ...current.notifications,
          queueDigest: { ...current.notifications.queueDigest, intervalMinutes: 1 },
        },
        'notifications.queueDigest.intervalMinutes',
      ],
      [
        { ...current.notifications, reports: { enabled: true, recipients: ['not an address'] } },
        'notifications.reports.recipients[0]',
      ],
      [{ ...current.notifications, readers: { enabled: 'yes' } }, 'notifications.readers.enabled'],
      [{ ...current.notifications, pager: true }, 'notifications.pager'],
    ];
    for (const [notificationsGroup, field] of bad) {
      const res = await mod()
        .put('/editorial/settings/moderation')
        .send({ ...current, notifications: notificationsGroup });
      expect([res.status, res.body.error?.details?.field]).toEqual([400, field]);
      expect(res.body.error.message).toContain(field);
    }
    const res = await mod()
      .put('/editorial/settings/moderation')
      .send({ ...current, bans: { onSubmit: 'shadow' } });
    expect([res.status, res.body.error?.details?.field]).toEqual([400, 'bans.onSubmit']);
    expect((await mod().get('/editorial/settings/moderation')).body.data).toEqual(current);
  });
});

describe('moderator alerts', () => {
  it('mails the recipients once when reader reports reach the threshold, with the reasons', async () => {
    await settings((s) => ({
      ...s,
      notifications: {
        ...s.notifications,
        reports: { enabled: true, recipients: ['alerts@newsroom.test', 'night-desk@newsroom.test'] },
      },
    }));
    const c = (
      await post(open, {
        authorName: 'Halloran',
        body: 'The keeper was a fraud and everyone in the village knows it.',
      })
    ).body.data.documentId;
    expect((await report(c, '10.8.0.1', { reason: 'abuse', note: 'defames the keeper' })).status).toBe(202);
    expect((await report(c, '10.8.0.2', { reason: 'abuse' })).status).toBe(202);
    expect((await report(c, '10.8.0.3', { reason: 'misinformation' })).status).toBe(202);

    const mail = await smtp.waitFor((m) => m.subject.startsWith('Comment reported'));
    expect(mail.to.sort()).toEqual(['alerts@newsroom.test', 'night-desk@newsroom.test']);
    expect(mail.from).toBe('desk@newsroom.test');
    expect(mail.subject).toBe('Comment reported 3 times on "Lighthouse keeper retires after forty years"');
    expect(mail.text).toContain(
      'A comment by Halloran reached the report threshold (3 reports, threshold 3).',
    );
    expect(mail.text).toContain('Report reasons: abuse (2), misinformation (1).');
    expect(mail.text).toContain('> The keeper was a fraud and everyone in the village knows it.');
    expect(mail.text).toContain('It is still public until a moderator decides.');
    expect(mail.text).toMatch(/Review it: \S*\/admin\/plugins\/editorial\/moderation/);

    // A fourth report, the same event again, and two instances at once: still one mail.
    expect((await report(c, '10.8.0.4', { reason: 'spam' })).status).toBe(202);
    const again = await Promise.all([notifications().reportThreshold(c), notifications().reportThreshold(c)]);
    expect(again).toEqual([false, false]);
    const rows = await logRows({ subjectDocumentId: c, event: 'report-threshold' });
    expect(rows.map((r: any) => r.state)).toEqual(['sent']);
    expect(smtp.mails.filter((m) => m.subject.startsWith('Comment reported'))).toHaveLength(1);
  });

  it('sends one queue digest to the moderators when the held queue reaches its size', async () => {
    const held = async () => {
      const counts = (await mod().get('/editorial/moderation/counts')).body.data;
      return counts.pending + counts.flagged;
    };
    const start = await held();
    await settings((s) => ({
      ...s,
      notifications: {
        ...s.notifications,
        queueDigest: { enabled: true, threshold: start + 3, intervalMinutes: 60, recipients: [] },
      },
    }));
    for (const [i, body] of [
      'The hearing should be in the evening.',
      'Trucks already use our lane.',
      'Dust on the school roof again.',
    ].entries()) {
      const r = await post(premod, { authorName: `Resident ${i + 1}`, body }, `10.7.0.${i + 1}`);
      expect(r.body.data.status).toBe('awaiting-review');
    }
    const digest = await smtp.waitFor((m) => m.subject.startsWith('Moderation queue'));
    // No recipients set: the moderators (the editor has no moderation permission).
    expect(digest.to).toEqual([moderator.email.toLowerCase()]);
    expect(digest.subject).toBe(`Moderation queue: ${start + 3} comments waiting`);
    expect(digest.text).toContain(
      `${start + 3} comments are waiting for a moderator (alert threshold ${start + 3})`,
    );
    expect(digest.text).toContain(
      'Resident 1 on "Quarry expansion hearing set": The hearing should be in the evening.',
    );
    expect(digest.text).toContain('Dust on the school roof again.');

    // More held comments within the interval: no second digest.
    expect(
      (await post(premod, { authorName: 'Resident 4', body: 'And the noise starts at six.' }, '10.7.0.4'))
        .body.data.status,
    ).toBe('awaiting-review');
    expect(await notifications().queueDigest()).toBe(false);
    expect(await logRows({ event: 'queue-digest' })).toHaveLength(1);
    expect(smtp.mails.filter((m) => m.to.includes(editor.email.toLowerCase()))).toEqual([]);
    await settings((s) => ({
      ...s,
      notifications: { ...s.notifications, queueDigest: { ...s.notifications.queueDigest, enabled: false } },
    }));
  });
});

describe('reader notifications (opt-in)', () => {
  let root: string;

  it('requires an email to be notified', async () => {
    const before = await t.strapi.db.query(COMMENT as any).count();
    const res = await post(premod, {
      authorName: 'Ness',
      body: 'Notify me please about this.',
      notify: true,
    });
    expect([res.status, res.body.error.details.field]).toEqual([400, 'authorEmail']);
    expect(await t.strapi.db.query(COMMENT as any).count()).toBe(before);
  });

  it('tells a reader who opted in that their comment is published, once', async () => {
    root = (
      await post(premod, {
        authorName: 'Ness',
        authorEmail: 'ness@readers.test',
        notify: true,
        body: 'Who will pay for the new access road?',
      })
    ).body.data.documentId;
    const quiet = (
      await post(premod, {
        authorName: 'Odo',
        authorEmail: 'odo@readers.test',
        body: 'I did not ask for mail.',
      })
    ).body.data.documentId;
    expect((await mod().post(`/editorial/moderation/comments/${root}/approve`).send({})).status).toBe(200);
    expect((await mod().post(`/editorial/moderation/comments/${quiet}/approve`).send({})).status).toBe(200);
    const mail = await smtp.waitFor((m) => m.to.includes('ness@readers.test'));
    expect(mail.to).toEqual(['ness@readers.test']);
    expect(mail.subject).toBe('Your comment is published on "Quarry expansion hearing set"');
    expect(mail.text).toContain('Hello Ness,');
    expect(mail.text).toContain('> Who will pay for the new access road?');
    expect(mail.text).toContain('/reader/index.html#/articles/');

    // Back to pending and approved again: no second mail.
    expect((await mod().post(`/editorial/moderation/comments/${root}/restore`).send({})).status).toBe(200);
    expect((await mod().post(`/editorial/moderation/comments/${root}/approve`).send({})).status).toBe(200);
    await notifications().commentApproved(root);
    expect(await logRows({ key: `comment-approved:${root}` })).toHaveLength(1);
    expect(mailsTo('ness@readers.test')).toHaveLength(1);
    expect(mailsTo('odo@readers.test')).toEqual([]);
  });

  it('tells them when a staff reply or a reader reply under their comment is approved', async () => {
    const staff = await mod()
      .post(`/editorial/moderation/comments/${root}/replies`)
      .send({ body: 'The county pays for the road, the operator for upkeep.' });
    expect(staff.status).toBe(201);
    const staffMail = await smtp.waitFor(
      (m) => m.to.includes('ness@readers.test') && m.subject.includes('answered'),
    );
    expect(staffMail.subject).toBe(
      'Test Moderator (newsroom staff) answered your comment on "Quarry expansion hearing set"',
    );
    expect(staffMail.text).toContain('> The county pays for the road, the operator for upkeep.');

    const readerReply = (
      await post(premod, {
        authorName: 'Odo',
        authorEmail: 'odo@readers.test',
        body: 'I heard the operator pays for all of it <b>& more</b>.',
        parent: root,
      })
    ).body.data.documentId;
    expect((await mod().post(`/editorial/moderation/comments/${readerReply}/approve`).send({})).status).toBe(
      200,
    );
    const replyMail = await smtp.waitFor(
      (m) => m.to.includes('ness@readers.test') && m.subject.startsWith('Odo answered'),
    );
    expect(replyMail.subject).toBe('Odo answered your comment on "Quarry expansion hearing set"');
    expect(replyMail.text).toContain('> I heard the operator pays for all of it <b>& more</b>.');
    // The HTML part quotes the reader's words as text, never as markup.
    expect(replyMail.html).toContain(
      '&gt; I heard the operator pays for all of it &lt;b&gt;&amp; more&lt;/b&gt;.',
    );
    expect(replyMail.html).not.toContain('<b>');
    expect(mailsTo('odo@readers.test')).toEqual([]);
  });

  it('never fails the moderation action when the mail cannot be sent, and logs the failure', async () => {
    const c = (
      await post(premod, {
        authorName: 'Pax',
        authorEmail: 'pax@readers.test',
        notify: true,
        body: 'Please keep me posted on this.',
      })
    ).body.data.documentId;
    await smtp.close();
    try {
      const res = await mod().post(`/editorial/moderation/comments/${c}/approve`).send({});
      expect(res.status).toBe(200);
      expect(res.body.data.status).toBe('approved');
      let row: any;
      for (let i = 0; i < 400 && row?.state !== 'failed'; i++) {
        [row] = await logRows({ key: `comment-approved:${c}` });
        if (row?.state !== 'failed') await new Promise((r) => setTimeout(r, 50));
      }
      expect(row).toMatchObject({ state: 'failed', event: 'comment-approved' });
      expect(row.error).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      smtp = await startSmtp(smtp.port);
    }
  });
});
