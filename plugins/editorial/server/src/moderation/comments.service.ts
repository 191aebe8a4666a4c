import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  publicListQuerySchema,
  type PublicComment,
  type ReportBody,
  type SubmitBody,
} from '../../../shared/moderation-api';
import type { z } from 'zod';

type PublicListQuery = z.infer<typeof publicListQuerySchema>;
import { UIDS } from '../../../shared/constants';
import { engine, type Decision, type EngineContext } from './rule-engine-adapter';
import { createRateLimiter } from './rate-limit';
import { cleanText, ruleList, textHash } from './comment-text';
import { insertComment } from './comment.repository';
import { identityKeys } from './identity-keys';
import { BANNED_ERROR_CODE } from '../../../shared/commenter-bans';
import { newDocumentId } from '../core/db';
import { getService } from '../core/get-service';

const DECISION_STATUS: Record<Decision, string> = {
  approve: 'approved',
  pending: 'pending',
  flag: 'flagged',
  reject: 'rejected',
};

export class RateLimitedError extends Error {
  retryAfter: number;
  constructor(retryAfter: number) {
    super('Too many requests: try again later');
    this.retryAfter = retryAfter;
  }
}

/** Public comment API: list approved threads, submit, report. Nothing unapproved leaves here. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const limiter = createRateLimiter(strapi);
  const comments = () => strapi.db.query(UIDS.comment as any);

  /** The published article for a documentId or slug, or 404. */
  async function publishedArticle(idOrSlug: string) {
    const row = await strapi.db.query(UIDS.article as any).findOne({
      select: ['id', 'documentId', 'commentsMode', 'section', 'slug', 'title'],
      where: { $or: [{ documentId: idOrSlug }, { slug: idOrSlug }], publishedAt: { $notNull: true } },
    });
    if (!row) throw new errors.NotFoundError('Article not found');
    return row as {
      id: number;
      documentId: string;
      commentsMode: string | null;
      section: string | null;
      slug: string;
      title: string;
    };
  }

  const toPublic = (c: any): PublicComment => ({
    documentId: c.documentId,
    body: c.body,
    authorName: c.authorName,
    postedAt: new Date(c.postedAt).toISOString(),
    parentDocumentId: c.parent?.documentId ?? null,
    isStaff: Boolean(c.isStaff),
    replies: [],
  });

  return {
    limiter,

    async list(idOrSlug: string, query: PublicListQuery) {
      const { sort, page, pageSize } = query;
      const article = await publishedArticle(idOrSlug);
      const base = { articleDocumentId: article.documentId, status: 'approved' };
      const order = sort === 'newest' ? 'desc' : 'asc';
      const select = ['id', 'documentId', 'body', 'authorName', 'postedAt', 'isStaff'];
      const [roots, total, approvedCount] = await Promise.all([
        comments().findMany({
          select,
          where: { ...base, parent: { id: { $null: true } } },
          orderBy: [{ postedAt: order }, { id: order }],
          offset: (page - 1) * pageSize,
          limit: pageSize,
        }),
        comments().count({ where: { ...base, parent: { id: { $null: true } } } }),
        comments().count({ where: base }),
      ]);
      // Replies (any depth) of the page's threads: approved ones whose chain reaches a root.
      const replies = roots.length
        ? await comments().findMany({
            select,
            where: { ...base, parent: { id: { $notNull: true } } },
            populate: { parent: { select: ['documentId'] } },
            orderBy: [{ postedAt: 'asc' }, { id: 'asc' }],
          })
        : [];
      const nodes = new Map<string, PublicComment>();
      const data = roots.map((r: any) => {
        const n = toPublic(r);
        nodes.set(n.documentId, n);
        return n;
      });
      let pending = replies.map(toPublic);
      // Attach level by level; replies whose parent is not shown stay hidden.
      for (let changed = true; changed && pending.length;) {
        changed = false;
        pending = pending.filter((r) => {
          const parent = r.parentDocumentId ? nodes.get(r.parentDocumentId) : undefined;
          if (!parent) return true;
          parent.replies.push(r);
          nodes.set(r.documentId, r);
          changed = true;
          return false;
        });
      }
      return {
        data,
        meta: {
          pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) },
          approvedCount,
        },
      };
    },

    async submit(
      idOrSlug: string,
      input: SubmitBody,
      client: { ip: string; userAgent?: string; userId?: number | null },
    ) {
      const ipHash = limiter.hashIp(client.ip);
      const text = cleanText(input.body);
      const authorName = cleanText(input.authorName);
      const authorEmail = input.authorEmail ? input.authorEmail.toLowerCase() : null;
      if (input.notify && !authorEmail)
        throw new errors.ValidationError('authorEmail: is required to be notified', { field: 'authorEmail' });
      const hash = textHash(text);
      // Every attempt counts against the client's limit (unknown or closed articles too), before
      // any query: a flood of refused requests costs no database work.
      const wait = await limiter.consume('submit', ipHash);
      if (wait !== null) throw new RateLimitedError(wait);
      const settings = await getService('moderation-settings', strapi).get();
      const since = new Date(Date.now() - engine.windowMinutes(settings) * 60_000);
      // The duplicate context and the author's history do not depend on the article: ask for them
      // together with it (one round of queries instead of two on PostgreSQL's pool). Their answers
      // are only used once the article and the validation have passed.
      const contextQueries = Promise.all([
        comments().findMany({
          select: ['body', 'articleDocumentId', 'postedAt', 'ipHash'],
          where: { $or: [{ clientKey: ipHash }, { textHash: hash }], postedAt: { $gte: since } },
          orderBy: { postedAt: 'desc' },
          limit: 30,
        }),
        // Trust follows a verified identity only: a signed-in reader account (users-permissions
        // JWT). A name, or a name with an unverified email, never carries anyone's history.
        client.userId
          ? getService('moderation', strapi).userCounts(client.userId)
          : Promise.resolve(undefined),
      ]);
      contextQueries.catch(() => {}); // awaited below unless the request fails first
      const article = await publishedArticle(idOrSlug);
      // The article's own comments mode, else its section's (Settings > Moderation rules).
      const resolved = engine.resolveArticleMode(article, settings);
      const mode = resolved.mode;
      if (mode === 'closed') throw new errors.ForbiddenError('This article is closed to comments');

      if (text.length < 2) throw new errors.ValidationError('body: is too short', { field: 'body' });
      const refused = engine.refuseSubmission({ text, authorName }, settings);
      if (refused)
        throw new errors.ValidationError(`${refused.field}: ${refused.message}`, { field: refused.field });

      // A banned or suspended commenter (any of their identity keys): refused, or held for a moderator (settings bans.onSubmit).
      const ban = await getService('commenter-bans', strapi).activeFor(
        identityKeys({ authorUserId: client.userId, authorEmail, authorName, ipHash }),
      );
      if (ban && settings.bans.onSubmit === 'refuse') {
        const until = ban.expiresAt ? ` until ${ban.expiresAt.slice(0, 16).replace('T', ' ')} UTC` : '';
        // A PolicyError: Strapi's content API turns any other ForbiddenError into a bare "Forbidden".
        throw new errors.PolicyError(
          `You cannot comment${until}: ${ban.kind === 'ban' ? 'you are banned' : 'you are suspended'} from commenting`,
          {
            code: BANNED_ERROR_CODE,
            kind: ban.kind,
            expiresAt: ban.expiresAt,
          },
        );
      }

      let parentId: number | null = null;
      if (input.parent) {
        const parent = await comments().findOne({
          select: ['id', 'articleDocumentId', 'status'],
          where: { documentId: input.parent },
        });
        if (!parent || parent.articleDocumentId !== article.documentId || parent.status !== 'approved') {
          throw new errors.ValidationError('parent: no such comment on this article', { field: 'parent' });
        }
        parentId = parent.id;
      }

      // Honeypot: bots fill the hidden field. Answer exactly as a held comment is answered (same
      // status, shape and a documentId from the same generator), after the same checks; store nothing.
      if (input.website && input.website.trim()) {
        return { documentId: newDocumentId(), status: 'awaiting-review' as const };
      }

      const [recent, history] = await contextQueries;
      const context: EngineContext = {
        articleMode: mode,
        premoderatedSection: resolved.section,
        articleDocumentId: article.documentId,
        recent: recent.map((r: any) => ({
          text: r.body,
          articleDocumentId: r.articleDocumentId,
          postedAt: new Date(r.postedAt).toISOString(),
          sameClient: r.ipHash === ipHash,
        })),
        author: history,
        reportCount: 0,
        now: new Date().toISOString(),
      };
      const result = engine.moderateComment({ text, authorName }, settings, context);
      if (ban && result.decision !== 'reject') {
        result.decision = 'pending';
        result.reasons = [
          ...result.reasons,
          {
            rule: 'banned',
            detail: `author under a ${ban.kind} (${ban.documentId}): ${ban.reason}`,
            spans: [],
          },
        ];
      }
      const status = DECISION_STATUS[result.decision];

      const created = await strapi.db.transaction(async ({ trx }: any) => {
        const row = await insertComment(strapi, trx, {
          body: text,
          authorName,
          authorEmail,
          articleId: article.id,
          articleDocumentId: article.documentId,
          parentId,
          status,
          moderationReasons: result.reasons,
          reasonRules: ruleList(result.reasons),
          origin: 'reader',
          ipHash,
          clientKey: ipHash,
          textHash: hash,
          authorUserId: client.userId ?? null,
          notifyAuthor: Boolean(input.notify),
        });
        await getService('moderation', strapi).recordSystemEvents([
          {
            commentDocumentId: row.documentId,
            action: 'create',
            fromStatus: null,
            toStatus: status,
            actorType: 'system',
            actorName: 'auto-moderation',
            reasons: result.reasons,
          },
        ]);
        return row;
      });
      getService('moderation', strapi).countsChanged();
      getService('moderation', strapi).emit('editorial-comment.created', {
        documentId: created.documentId,
        articleDocumentId: article.documentId,
        status,
        authorName,
        body: text,
        postedAt: new Date(created.postedAt).toISOString(),
      });
      return {
        documentId: created.documentId as string,
        status: status === 'approved' ? ('published' as const) : ('awaiting-review' as const),
      };
    },

    async report(documentId: string, body: ReportBody, client: { ip: string }) {
      const ipHash = limiter.hashIp(client.ip);
      const wait = await limiter.consume('report', ipHash);
      if (wait !== null) throw new RateLimitedError(wait);
      const comment = await comments().findOne({
        select: ['id', 'documentId', 'status', 'reportCount'],
        where: { documentId },
      });
      if (!comment || comment.status !== 'approved') throw new errors.NotFoundError('Comment not found');
      const reporter = `reader:${ipHash.slice(0, 16)}`;
      const reportedBefore = () =>
        strapi.db.query(UIDS.moderationEvent as any).findOne({
          select: ['id'],
          where: { commentDocumentId: documentId, action: 'report', actorName: reporter },
        });
      // A reader's repeat report changes nothing, so it must not use up the comment's budget
      // below (one client could otherwise keep everyone else's reports at 429).
      if (await reportedBefore()) return { reported: true as const };
      // One comment's reports from every client together: many clients (or one with many
      // addresses) flooding a comment get 429 instead of piling up report rows.
      const targetWait = await limiter.consume('reportTarget', documentId);
      if (targetWait !== null) throw new RateLimitedError(targetWait);
      const moderation = getService('moderation', strapi);
      const settings = await getService('moderation-settings', strapi).get();
      const threshold = engine.reportThreshold(settings);
      const hide = engine.hideOnReportThreshold(settings);
      let reachedThreshold = false;
      await strapi.db.transaction(async ({ trx }: any) => {
        // Reports of one comment one at a time (several instances): the count is read under the
        // row lock, so two reports never both write the same "count + 1".
        await moderation.lockComments(trx, [documentId]);
        if (await reportedBefore()) return; // the same reader, concurrently
        const current = await comments().findOne({
          select: ['reportCount', 'status', 'reportFlagged', 'reportsAnswered'],
          where: { id: comment.id },
        });
        if (current && current.status !== 'approved') return; // a moderator or the threshold took it off meanwhile
        const reportCount = (current?.reportCount ?? comment.reportCount ?? 0) + 1;
        await comments().updateMany({ where: { id: comment.id }, data: { reportCount } });
        await moderation.recordSystemEvents([
          {
            commentDocumentId: documentId,
            action: 'report',
            fromStatus: comment.status,
            toStatus: comment.status,
            actorType: 'system',
            actorName: reporter,
            note: [body.reason, body.note].filter(Boolean).join(': '),
          },
        ]);
        // Reports a moderator already answered (kept the comment up) do not count again: it takes
        // `threshold` new reports to bring the comment back in front of moderators.
        const unanswered = reportCount - (current?.reportsAnswered ?? 0);
        if (threshold > 0 && unanswered >= threshold && !current?.reportFlagged) {
          const reason = {
            rule: 'reports',
            detail: `${reportCount} reader reports (threshold ${threshold})`,
            spans: [],
          };
          // In front of moderators (the "reported" queue); off the public page only if the
          // settings say so (reports.hideOnThreshold), else that is a moderator's decision.
          await moderation.markReported(documentId, reason, hide);
          reachedThreshold = true;
        }
      });
      if (reachedThreshold) {
        moderation.countsChanged();
        const notifications = getService('notifications', strapi);
        void notifications.safely(`report-threshold:${documentId}`, () =>
          notifications.reportThreshold(documentId),
        );
      }
      return { reported: true as const };
    },
  };
};
