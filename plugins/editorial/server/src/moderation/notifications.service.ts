import type { Core } from '@strapi/strapi';
import { ACTIONS, UIDS, WEBHOOK_EVENTS } from '../../../shared/constants';
import { publicArticleUrl } from '../../../shared/public-url';
import type { NotificationEvent } from '../../../shared/notifications';
import { getService } from '../core/get-service';
import {
  commentApprovedMail,
  htmlOf,
  queueDigestMail,
  replyApprovedMail,
  reportThresholdMail,
  type Mail,
} from './notification-messages';

const DIGEST_OLDEST = 10;

/**
 * Email notifications through Strapi's email plugin: moderators' report-threshold alerts and
 * queue digests, readers' "your comment is published / was answered" mails (opt-in per comment).
 *
 * Each mail is claimed first in the sent-mail log under a unique key (event + documentId, or the
 * digest's interval): repeated events and several instances send it once. A mail that fails is
 * logged and marked failed; it never fails the moderation action that caused it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const log = () => strapi.db.query(UIDS.notification as any);
  const comments = () => strapi.db.query(UIDS.comment as any);
  const settings = () => getService('moderation-settings', strapi).get();

  const serverUrl = () =>
    String(strapi.config.get('server.absoluteUrl') ?? strapi.config.get('server.url') ?? '').replace(
      /\/+$/,
      '',
    );
  const queueUrl = () =>
    `${serverUrl()}${strapi.config.get('admin.path', '/admin')}/plugins/editorial/moderation`;
  const articleUrl = (a: { slug: string; documentId: string } | null) =>
    a
      ? publicArticleUrl(
          strapi.plugin('editorial').config('publicArticleUrl') as string | undefined,
          a,
          serverUrl(),
        )
      : null;

  async function articleOf(
    documentId: string | null,
  ): Promise<{ title: string; slug: string; documentId: string } | null> {
    if (!documentId) return null;
    const rows = (await strapi.db.query(UIDS.article as any).findMany({
      select: ['title', 'slug', 'documentId', 'publishedAt'],
      where: { documentId },
    })) as any[];
    return rows.find((r) => r.publishedAt) ?? rows[0] ?? null;
  }

  /** Active admins holding the moderation permission (super admins included). */
  async function moderatorEmails(): Promise<string[]> {
    const perms = (await strapi.db.query('admin::permission' as any).findMany({
      select: ['id'],
      where: { action: ACTIONS.moderate },
      populate: { role: { select: ['id'] } },
    })) as any[];
    const roleIds = new Set<number>(perms.map((p) => p.role?.id).filter(Boolean));
    const superRole = await strapi.db
      .query('admin::role' as any)
      .findOne({ select: ['id'], where: { code: 'strapi-super-admin' } });
    if (superRole) roleIds.add(superRole.id);
    if (!roleIds.size) return [];
    const users = (await strapi.db.query('admin::user' as any).findMany({
      select: ['email'],
      where: { isActive: true, blocked: { $ne: true }, roles: { id: { $in: [...roleIds] } } },
    })) as any[];
    return [...new Set(users.map((u) => String(u.email).toLowerCase()))].sort();
  }

  /**
   * Sends `mail` once per `key`: the unique log row is the claim (a second instance's insert
   * fails and it sends nothing). Returns whether this call sent it.
   */
  async function sendOnce(
    key: string,
    event: NotificationEvent,
    subjectDocumentId: string | null,
    to: string[],
    mail: Mail,
  ): Promise<boolean> {
    if (!to.length) return false;
    let row: any;
    try {
      row = await log().create({
        data: { key, event, subjectDocumentId, recipientCount: to.length, state: 'sending' },
      });
    } catch {
      return false; // claimed already: sent (or being sent) by another event or instance
    }
    try {
      await strapi
        .plugin('email')
        .service('email')
        .send({ to: to.join(', '), subject: mail.subject, text: mail.text, html: htmlOf(mail.text) });
      await log().update({ where: { id: row.id }, data: { state: 'sent' } });
      return true;
    } catch (e: any) {
      strapi.log.warn(`[editorial] notification ${key} not sent: ${e?.message ?? e}`);
      await log()
        .update({
          where: { id: row.id },
          data: { state: 'failed', error: String(e?.message ?? e).slice(0, 500) },
        })
        .catch(() => {});
      return false;
    }
  }

  /**
   * Runs a notification without letting its failure reach the caller (mail never fails
   * moderation). An event emitted inside a transaction (e.g. a report reaching the threshold)
   * waits for its commit: its queries must neither join the transaction nor read before it ends.
   */
  async function safely(what: string, fn: () => Promise<unknown>) {
    try {
      for (let i = 0; strapi.db.inTransaction() && i < 600; i++) await new Promise((r) => setTimeout(r, 50));
      await fn();
    } catch (e: any) {
      strapi.log.warn(`[editorial] notification ${what} failed: ${e?.message ?? e}`);
    }
  }

  const service = {
    moderatorEmails,
    sendOnce,

    /** A comment's reports reached the threshold (in round `round`: the reports answered before). */
    async reportThreshold(documentId: string) {
      const s = await settings();
      if (!s.notifications.reports.enabled) return false;
      const c = await comments().findOne({
        select: [
          'documentId',
          'authorName',
          'body',
          'articleDocumentId',
          'reportCount',
          'reportsAnswered',
          'status',
        ],
        where: { documentId },
      });
      if (!c) return false;
      const [article, history] = await Promise.all([
        articleOf(c.articleDocumentId),
        getService('moderation', strapi).history(documentId),
      ]);
      const to = s.notifications.reports.recipients.length
        ? s.notifications.reports.recipients
        : await moderatorEmails();
      const mail = reportThresholdMail({
        authorName: c.authorName,
        body: c.body,
        articleTitle: article?.title ?? null,
        reportCount: c.reportCount ?? 0,
        threshold: Number(s.reports?.threshold ?? 0),
        reasons: history.reportReasons,
        hidden: c.status !== 'approved',
        queueUrl: queueUrl(),
      });
      return sendOnce(
        `report-threshold:${documentId}:${c.reportsAnswered ?? 0}`,
        'report-threshold',
        documentId,
        to,
        mail,
      );
    },

    /** After a comment was held: one digest per interval once the held queue reaches the threshold. */
    async queueDigest(now = new Date()) {
      const s = await settings();
      const d = s.notifications.queueDigest;
      if (!d.enabled) return false;
      const counts = await getService('moderation', strapi).counts();
      const held = counts.pending + counts.flagged;
      if (held < d.threshold) return false;
      // At most one digest per interval: none if one went out less than an interval ago; the
      // interval's number in the key stops two instances that both saw none from sending two.
      const intervalMs = d.intervalMinutes * 60_000;
      const last = await log().findOne({
        select: ['createdAt'],
        where: { event: 'queue-digest' },
        orderBy: { id: 'desc' },
      });
      if (last && now.getTime() - new Date(last.createdAt).getTime() < intervalMs) return false;
      const bucket = Math.floor(now.getTime() / intervalMs);
      const oldest = (await comments().findMany({
        select: ['authorName', 'body', 'articleDocumentId', 'postedAt'],
        where: { status: { $in: ['pending', 'flagged'] } },
        orderBy: [{ postedAt: 'asc' }, { id: 'asc' }],
        limit: DIGEST_OLDEST,
      })) as any[];
      const titles = new Map<string, string | null>();
      for (const o of oldest)
        if (!titles.has(o.articleDocumentId))
          titles.set(o.articleDocumentId, (await articleOf(o.articleDocumentId))?.title ?? null);
      const to = d.recipients.length ? d.recipients : await moderatorEmails();
      const mail = queueDigestMail({
        held,
        pending: counts.pending,
        flagged: counts.flagged,
        reported: counts.reported,
        threshold: d.threshold,
        oldest: oldest.map((o) => ({
          authorName: o.authorName,
          body: o.body,
          articleTitle: titles.get(o.articleDocumentId) ?? null,
          postedAt: new Date(o.postedAt).toISOString(),
        })),
        queueUrl: queueUrl(),
      });
      return sendOnce(`queue-digest:${d.intervalMinutes}:${bucket}`, 'queue-digest', null, to, mail);
    },

    /** A comment became public: its author (if they opted in) and its parent's author hear of it. */
    async commentApproved(documentId: string) {
      const s = await settings();
      if (!s.notifications.readers.enabled) return;
      const c = await comments().findOne({
        select: [
          'documentId',
          'authorName',
          'authorEmail',
          'notifyAuthor',
          'body',
          'articleDocumentId',
          'status',
          'isStaff',
          'origin',
        ],
        where: { documentId },
        populate: {
          parent: { select: ['documentId', 'authorName', 'authorEmail', 'notifyAuthor', 'body', 'status'] },
        },
      });
      if (!c || c.status !== 'approved') return;
      const article = await articleOf(c.articleDocumentId);
      const url = articleUrl(article);
      // Each reader mail goes once per comment: the event and the comment are the key.
      const mailOnce = (event: NotificationEvent, to: string, mail: Mail) =>
        sendOnce(`${event}:${documentId}`, event, documentId, [to], mail);
      if (c.notifyAuthor && c.authorEmail && !c.isStaff) {
        await mailOnce(
          'comment-approved',
          c.authorEmail,
          commentApprovedMail({
            authorName: c.authorName,
            body: c.body,
            articleTitle: article?.title ?? null,
            articleUrl: url,
          }),
        );
      }
      const p = c.parent;
      // No mail to a reader about their own reply.
      if (
        p &&
        p.notifyAuthor &&
        p.authorEmail &&
        p.status === 'approved' &&
        p.authorEmail !== c.authorEmail
      ) {
        await mailOnce(
          'reply-approved',
          p.authorEmail,
          replyApprovedMail({
            parentAuthorName: p.authorName,
            parentBody: p.body,
            replyAuthorName: c.authorName,
            replyBody: c.body,
            isStaff: Boolean(c.isStaff),
            articleTitle: article?.title ?? null,
            articleUrl: url,
          }),
        );
      }
    },

    /** Listens to the comment events (moderation.service.ts emits them after each commit). */
    subscribe() {
      // A comment that lands approved mails its readers; one that lands in the queue, the digest.
      const onStatus = (documentId: string | undefined, status: string | undefined) => {
        if (!documentId) return;
        if (status === 'approved')
          void safely(`comment-approved:${documentId}`, () => service.commentApproved(documentId));
        else if (status === 'pending' || status === 'flagged')
          void safely('queue-digest', () => service.queueDigest());
      };
      strapi.eventHub.on(WEBHOOK_EVENTS.EDITORIAL_COMMENT_CREATED, async (payload: any) =>
        onStatus(payload?.comment?.documentId, payload?.comment?.status),
      );
      strapi.eventHub.on(WEBHOOK_EVENTS.EDITORIAL_COMMENT_STATUS_CHANGED, async (payload: any) =>
        onStatus(payload?.comment?.documentId, payload?.comment?.to),
      );
    },

    safely,
  };
  return service;
};
