import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  ACTION_TO_STATUS,
  COMMENT_STATUSES,
  type ActionBody,
  type AuthorHistory,
  type BulkBody,
  type QueueQuery,
  type UndoBody,
  type NewCountQuery,
  type StatsQuery,
  type BulkConflict,
  type CommentStatus,
  type ModerationAction,
  type ModerationEvent,
  type ModerationReason,
  type HistoryEvent,
  type QueueItem,
  type ReportReason,
  REPORT_REASONS,
  type StatusCounts,
} from '../../../shared/moderation-api';
import { identityKeys } from './identity-keys';
import { getService } from '../core/get-service';
import { modelTable } from '../core/db';
import { UIDS, WEBHOOK_EVENTS } from '../../../shared/constants';
import { backfillReasonIndex } from './reason-index';

export interface EventInput {
  commentDocumentId: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorType: 'system' | 'admin';
  actorName?: string | null;
  actor?: number | null;
  note?: string | null;
  reasons?: ModerationReason[] | null;
}
export interface Actor {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  email?: string | null;
}

/**
 * Filtered totals stop counting here (40 pages of 25): a moderator narrows a filter rather than
 * paging further, and counting every match of a filter over a million rows would dominate the
 * request. The listing says when it stopped (pagination.totalCapped).
 */
export const FILTERED_COUNT_CAP = 1_000;
/** A rule with at most this many comments is listed from its index rows; a commoner one by walking the queue order. */
const RARE_RULE_ROWS = 2_000;

/** The columns of a moderation event row (the actor relation is added by the caller that has one). */
const eventRow = (e: EventInput, at: Date) => ({
  commentDocumentId: e.commentDocumentId,
  action: e.action,
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  actorType: e.actorType,
  actorName: e.actorName ?? null,
  note: e.note ?? null,
  reasons: e.reasons ?? null,
  at,
});
const COMMENT_SELECT = [
  'id',
  'documentId',
  'body',
  'authorName',
  'authorEmail',
  'status',
  'moderationReasons',
  'reportCount',
  'postedAt',
  'origin',
  'version',
  'articleDocumentId',
  'isStaff',
  'authorUserId',
  'ipHash',
];

/** The comments a queue tab lists: 'reported' = still public, reached the report threshold, not yet reviewed. */
export function queueStatusWhere(status: string): Record<string, unknown> {
  if (status === 'all') return {};
  if (status === 'reported') return { status: 'approved', reportFlagged: true };
  return { status };
}

/** A reader report's event note is `reason: note` (comments.service.ts report()). */
function splitReport(note: string | null): { reportReason: ReportReason | null; reportNote: string | null } {
  if (!note) return { reportReason: null, reportNote: null };
  const i = note.indexOf(':');
  const head = (i < 0 ? note : note.slice(0, i)).trim();
  if (!(REPORT_REASONS as readonly string[]).includes(head)) return { reportReason: null, reportNote: note };
  const rest = i < 0 ? '' : note.slice(i + 1).trim();
  return { reportReason: head as ReportReason, reportNote: rest || null };
}

type Note = { actorName: string | null; note: string; at: string };
/** Moderators' notes and reader report reasons of one comment, from its events. */
function summarise(
  evs: {
    action: string;
    actorType: string;
    actorName: string | null;
    note: string | null;
    at: string | Date;
  }[],
) {
  const notes: Note[] = [];
  const reasons = new Map<ReportReason, number>();
  for (const e of evs) {
    if (e.action === 'report') {
      const r = splitReport(e.note).reportReason;
      if (r) reasons.set(r, (reasons.get(r) ?? 0) + 1);
    } else if (e.actorType === 'admin' && e.note) {
      notes.push({ actorName: e.actorName ?? null, note: e.note, at: new Date(e.at).toISOString() });
    }
  }
  const reportReasons = [...reasons.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([reason, count]) => ({ reason, count }));
  return { notes, reportReasons };
}

const emptyHistory = (): AuthorHistory => ({ approved: 0, rejected: 0, pending: 0, flagged: 0 });
/** An admin's display name: first and last name, else email. */
export const actorName = (a: Actor) =>
  [a.firstname, a.lastname].filter(Boolean).join(' ') || a.email || `admin #${a.id}`;

/** Moderation service: the queue, transitions with an audit trail, statistics. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = () => strapi.db.query(UIDS.comment as any);
  const events = () => strapi.db.query(UIDS.moderationEvent as any);
  /** The comments' table and columns, for the grouped counts and locks the query engine cannot express. */
  const commentTable = () => modelTable(strapi, UIDS.comment);
  let countsCache: { at: number; value: StatusCounts } | null = null;
  /** The one background refresh of stale counts in flight. */
  let countsRefresh: Promise<unknown> | null = null;
  /** Bumped by every moderation action: a count that started before the last bump is not cached. */
  let countsGeneration = 0;

  /** Locks the comments' rows for the rest of the transaction, in id order (PostgreSQL; SQLite has one writer). */
  async function lockComments(trx: any, documentIds: string[]) {
    if (strapi.db.dialect.client !== 'postgres' || !documentIds.length) return;
    // Knex: the query engine has no SELECT … FOR UPDATE.
    const c = commentTable();
    await strapi.db
      .connection(c.name)
      .select('id')
      .whereIn(c.column('documentId'), documentIds)
      .orderBy('id')
      .forUpdate()
      .transacting(trx);
  }

  const toEvent = (e: any): ModerationEvent => ({
    id: e.id,
    commentDocumentId: e.commentDocumentId,
    action: e.action,
    fromStatus: e.fromStatus ?? null,
    toStatus: e.toStatus ?? null,
    actorType: e.actorType,
    actorName: e.actorName ?? null,
    note: e.note ?? null,
    reasons: e.reasons ?? null,
    at: new Date(e.at).toISOString(),
  });

  async function toQueueItems(rows: any[]): Promise<QueueItem[]> {
    if (!rows.length) return [];
    const articleIds = [...new Set(rows.map((r) => r.articleDocumentId).filter(Boolean))];
    const authors = [...new Set(rows.map((r) => r.authorName))];
    const c = commentTable();
    const keyLists = rows.map((r) => (r.isStaff ? [] : identityKeys(r)));
    const [articles, parents, history, noteEvents, bans] = await Promise.all([
      strapi.db.query(UIDS.article as any).findMany({
        select: ['documentId', 'title', 'slug', 'publishedAt'],
        where: { documentId: { $in: articleIds } },
      }),
      comments().findMany({
        select: ['id'],
        where: { id: { $in: rows.map((r) => r.id) } },
        populate: { parent: { select: ['documentId', 'body', 'authorName', 'status'] } },
      }),
      // Knex: one grouped count (the query engine has no GROUP BY).
      strapi.db
        .connection(c.name)
        .select({ author_name: c.column('authorName'), status: c.column('status') })
        .count({ n: '*' })
        .whereIn(c.column('authorName'), authors)
        .groupBy(c.column('authorName'), c.column('status')),
      // Reports and moderators' notes of the page's comments (the card shows both).
      events().findMany({
        select: ['commentDocumentId', 'action', 'actorType', 'actorName', 'note', 'at'],
        where: {
          commentDocumentId: { $in: rows.map((r) => r.documentId) },
          note: { $notNull: true },
          $or: [{ action: 'report' }, { actorType: 'admin' }],
        },
        orderBy: [{ id: 'asc' }],
      }),
      getService('commenter-bans', strapi).activeForMany(keyLists),
    ]);
    const evsOf = new Map<string, any[]>();
    for (const e of noteEvents as any[])
      evsOf.set(e.commentDocumentId, [...(evsOf.get(e.commentDocumentId) ?? []), e]);
    const art = new Map<string, any>();
    for (const a of articles as any[]) {
      const cur = art.get(a.documentId) ?? {
        documentId: a.documentId,
        title: a.title,
        slug: a.slug,
        publishedSlug: null,
      };
      if (a.publishedAt) cur.publishedSlug = a.slug;
      else {
        cur.title = a.title;
        cur.slug = a.slug;
      }
      art.set(a.documentId, cur);
    }
    const parentOf = new Map<number, any>((parents as any[]).map((p) => [p.id, p.parent]));
    const hist = new Map<string, AuthorHistory>();
    for (const h of history as any[]) {
      const cur = hist.get(h.author_name) ?? emptyHistory();
      if (h.status in cur) (cur as any)[h.status] = Number(h.n);
      hist.set(h.author_name, cur);
    }
    return rows.map((r, i) => {
      const p = parentOf.get(r.id);
      const ban = bans[i];
      return {
        ...summarise(evsOf.get(r.documentId) ?? []),
        isStaff: Boolean(r.isStaff),
        authorIdentity: keyLists[i][0] ?? '',
        authorKeys: keyLists[i],
        authorBan: ban ? { documentId: ban.documentId, kind: ban.kind, expiresAt: ban.expiresAt } : null,
        documentId: r.documentId,
        body: r.body,
        authorName: r.authorName,
        authorEmail: r.authorEmail ?? null,
        status: r.status,
        reasons: r.moderationReasons ?? [],
        reportCount: r.reportCount ?? 0,
        postedAt: new Date(r.postedAt).toISOString(),
        origin: r.origin,
        version: r.version ?? 0,
        article: art.get(r.articleDocumentId) ?? null,
        parent: p
          ? { documentId: p.documentId, body: p.body, authorName: p.authorName, status: p.status }
          : null,
        authorHistory: hist.get(r.authorName) ?? emptyHistory(),
      };
    });
  }

  function emit(event: string, payload: Record<string, unknown>) {
    try {
      strapi.eventHub.emit(event, { model: 'editorial-comment', uid: UIDS.comment, comment: payload });
    } catch (e: any) {
      strapi.log.warn(`[editorial] event ${event}: ${e.message}`);
    }
  }

  const service = {
    emit,

    countsChanged() {
      countsCache = null;
      countsGeneration++;
    },

    /**
     * Per-status counts, fresh for 2 s. After a moderation action (countsChanged) the next call
     * counts afresh; once they are merely older than 2 s (new submissions), the old counts are
     * returned at once and one refresh runs in the background, so no queue listing waits for the
     * counting (`npm run bench -- comments`: a listing that counted had a p95 of 290 ms over
     * 1,000,000 comments).
     */
    async counts(): Promise<StatusCounts> {
      const cached = countsCache;
      if (cached && Date.now() - cached.at < 2000) return cached.value;
      if (cached) {
        countsRefresh ??= service
          .countAll()
          .catch((error) => {
            strapi.log.warn(`[editorial] queue counts refresh failed: ${(error as Error).message}`);
          })
          .finally(() => {
            countsRefresh = null;
          });
        return cached.value;
      }
      return service.countAll();
    },

    /**
     * Counts every status now and caches the result. The held statuses are counted exactly
     * (index-only scans of small ranges); on PostgreSQL with a large table the total comes from the
     * planner's row estimate (pg_class.reltuples, kept fresh by autovacuum), so "approved" and
     * "all" are approximate there beyond 200,000 comments instead of scanning a million rows.
     */
    async countAll(): Promise<StatusCounts> {
      const startedAt = Date.now();
      const generation = countsGeneration;
      const held = ['pending', 'flagged', 'rejected'] as const;
      const heldCounts = await Promise.all(
        held.map(async (status) => Number(await comments().count({ where: { status } }))),
      );
      let total: number | null = null;
      if (strapi.db.dialect.client === 'postgres') {
        // The planner's estimate: `npm run bench -- comments` (queue counts over 1,000,000 comments) showed a full count too slow.
        const est = await strapi.db.connection.raw(
          'select reltuples::bigint as n from pg_class where oid = to_regclass(?)',
          [commentTable().name],
        );
        const n = Number(est.rows?.[0]?.n ?? -1);
        if (n > 200_000) total = n;
      }
      if (total === null) total = Number(await comments().count({}));
      const reported = Number(await comments().count({ where: { status: 'approved', reportFlagged: true } }));
      const value: StatusCounts = {
        pending: heldCounts[0],
        flagged: heldCounts[1],
        rejected: heldCounts[2],
        reported,
        approved: 0,
        all: 0,
      };
      value.approved = Math.max(0, total - value.pending - value.flagged - value.rejected);
      value.all = Math.max(total, value.pending + value.flagged + value.rejected);
      // A moderation action during the count made it stale: keep the cache empty for the next call.
      if (generation === countsGeneration) countsCache = { at: startedAt, value };
      return value;
    },

    async authorCounts(authorName: string, authorEmail?: string | null): Promise<AuthorHistory> {
      // Knex: one grouped count (the query engine has no GROUP BY).
      const c = commentTable();
      const q = strapi.db
        .connection(c.name)
        .select({ status: c.column('status') })
        .count({ n: '*' })
        .where(c.column('authorName'), authorName);
      if (authorEmail) q.where(c.column('authorEmail'), authorEmail);
      const out = emptyHistory();
      for (const r of (await q.groupBy(c.column('status'))) as any[])
        if (r.status in out) (out as any)[r.status] = Number(r.n);
      return out;
    },

    /** A signed-in reader's history (comments posted from their account), the only basis of trust. */
    async userCounts(userId: number): Promise<AuthorHistory> {
      const c = commentTable();
      const rows = await strapi.db
        .connection(c.name)
        .select({ status: c.column('status') })
        .count({ n: '*' })
        .where(c.column('authorUserId'), userId)
        .groupBy(c.column('status'));
      const out = emptyHistory();
      for (const r of rows as any[]) if (r.status in out) (out as any)[r.status] = Number(r.n);
      return out;
    },

    /**
     * The system's events (no admin actor, ids not needed): one multi-row insert, joining the
     * caller's transaction, instead of an insert and a read-back per event.
     */
    async recordSystemEvents(list: EventInput[]): Promise<void> {
      if (!list.length) return;
      const at = new Date();
      await events().createMany({ data: list.map((e) => eventRow(e, at)) });
    },

    async recordEvents(list: EventInput[]): Promise<number[]> {
      if (!list.length) return [];
      const at = new Date();
      const ids: number[] = [];
      for (const e of list) {
        const row = await events().create({
          data: { ...eventRow(e, at), actor: e.actor ?? null },
          select: ['id'],
        });
        ids.push(row.id);
      }
      return ids;
    },

    async queue(query: QueueQuery) {
      const { status, article, reason, author, q, sort, page, pageSize } = query;
      const where: any = { ...queueStatusWhere(status) };
      if (article) where.articleDocumentId = article;
      if (author) where.authorName = author;
      if (q) where.body = { $containsi: q };
      const orderBy =
        sort === 'newest'
          ? [{ postedAt: 'desc' }, { id: 'desc' }]
          : sort === 'reported'
            ? [{ reportCount: 'desc' }, { postedAt: 'asc' }]
            : [{ postedAt: 'asc' }, { id: 'asc' }];
      const filtered = Boolean(article || reason || author || q);
      const offset = (page - 1) * pageSize;
      // A rare rule: its few comment ids narrow the query like any filter (exact total). A common
      // one: walk the queue order and keep the comments that carry it (EXISTS on the index).
      const ruleIds = reason ? await service.commentIdsWithRule(reason, RARE_RULE_ROWS) : null;
      if (ruleIds) where.id = { $in: ruleIds.length ? ruleIds : [-1] };
      const walkRule = reason && !ruleIds ? reason : null;
      // The page, the tab counts, the newest comment and a filtered total are independent reads:
      // on PostgreSQL they run side by side on the pool (`npm run bench -- comments`, queue p95).
      const [rows, counts, newest, filteredTotal] = await Promise.all([
        walkRule
          ? service.pageByReason(walkRule, where, orderBy, offset, pageSize)
          : comments().findMany({ select: COMMENT_SELECT, where, orderBy, offset, limit: pageSize }),
        service.counts(),
        comments().findOne({
          select: ['postedAt'],
          where: queueStatusWhere(status),
          orderBy: { postedAt: 'desc' },
        }),
        !filtered ? null : walkRule ? service.cappedReasonCount(walkRule, where) : service.cappedCount(where),
      ]);
      const total: number = filteredTotal ?? (counts as any)[status];
      const totalCapped = filteredTotal != null && filteredTotal >= FILTERED_COUNT_CAP;
      return {
        data: await toQueueItems(rows),
        meta: {
          pagination: {
            page,
            pageSize,
            total,
            pageCount: Math.ceil(total / pageSize),
            ...(totalCapped ? { totalCapped } : {}),
          },
          counts,
          newestPostedAt: newest ? new Date(newest.postedAt).toISOString() : null,
        },
      };
    },

    /**
     * The comments matching `where` that carry `rule` among their reasons, through the indexed
     * reason table (an EXISTS on (comment_id, rule)): the planner walks whichever side is smaller.
     */
    reasonQuery(rule: string, where: any, page?: { orderBy: any; offset: number; limit: number }) {
      const knex = strapi.db.connection;
      let builder = strapi.db
        .queryBuilder(UIDS.comment as any)
        .select('id')
        .where(where);
      if (page) builder = builder.orderBy(page.orderBy).offset(page.offset).limit(page.limit);
      const qb = builder.getKnexQuery();
      // The query builder names the comments table t0.
      const reasons = modelTable(strapi, UIDS.commentReason);
      return qb.whereExists(
        knex(`${reasons.name} as r`)
          .select(knex.raw('1'))
          .where(`r.${reasons.column('rule')}`, rule)
          .andWhereRaw('?? = ??', [`r.${reasons.column('commentId')}`, 't0.id']),
      );
    },

    async pageByReason(rule: string, where: any, orderBy: any, offset: number, limit: number) {
      const ids: number[] = (await service.reasonQuery(rule, where, { orderBy, offset, limit })).map(
        (r: any) => r.id,
      );
      if (!ids.length) return [];
      const rows = await comments().findMany({ select: COMMENT_SELECT, where: { id: { $in: ids } } });
      const byId = new Map(rows.map((r: any) => [r.id, r]));
      return ids.map((id) => byId.get(id)).filter(Boolean);
    },

    /** The ids of the comments carrying `rule`, or null when more than `max` do. */
    async commentIdsWithRule(rule: string, max: number): Promise<number[] | null> {
      const rows: { commentId: number }[] = await strapi.db
        .query(UIDS.commentReason as any)
        .findMany({ select: ['commentId'], where: { rule }, limit: max + 1 });
      return rows.length > max ? null : [...new Set(rows.map((r) => Number(r.commentId)))];
    },

    /** Fills the reason index from the comments' own reason lists (see moderation/reason-index.ts). */
    rebuildReasonIndex(): Promise<number> {
      return backfillReasonIndex(strapi);
    },

    async cappedReasonCount(rule: string, where: any): Promise<number> {
      const res = await strapi.db.connection
        .count({ n: '*' })
        .from(service.reasonQuery(rule, where).limit(FILTERED_COUNT_CAP).as('capped'));
      return Number((res as any)[0].n);
    },

    async cappedCount(where: any): Promise<number> {
      const qb = strapi.db
        .queryBuilder(UIDS.comment as any)
        .select('id')
        .where(where)
        .limit(FILTERED_COUNT_CAP)
        .getKnexQuery();
      const res = await strapi.db.connection.count({ n: '*' }).from(qb.as('capped'));
      return Number((res as any)[0].n);
    },

    async newCount(query: NewCountQuery) {
      const where: any = { postedAt: { $gt: new Date(query.since) }, ...queueStatusWhere(query.status) };
      return { count: await comments().count({ where }) };
    },

    async item(documentId: string): Promise<QueueItem> {
      const row = await comments().findOne({ select: COMMENT_SELECT, where: { documentId } });
      if (!row) throw new errors.NotFoundError('Comment not found');
      return (await toQueueItems([row]))[0];
    },

    lockComments,

    /**
     * A comment reached the report threshold: marked for moderators (the "reported" tab) with a
     * 'reports' reason and an event; held (flagged) only when `hide` (reports.hideOnThreshold).
     * Joins the caller's transaction.
     */
    async markReported(documentId: string, reason: ModerationReason, hide: boolean) {
      const row = await comments().findOne({
        select: ['id', 'status', 'version', 'moderationReasons', 'articleDocumentId'],
        where: { documentId },
      });
      if (!row) return;
      const all = [...(row.moderationReasons ?? []).filter((r: any) => r.rule !== reason.rule), reason];
      const to = hide ? 'flagged' : row.status;
      await comments().updateMany({
        where: { id: row.id },
        data: {
          reportFlagged: true,
          status: to,
          version: (row.version ?? 0) + 1,
          moderationReasons: all,
          reasonRules: `|${[...new Set(all.map((r) => r.rule))].join('|')}|`,
        },
      });
      await service.recordSystemEvents([
        {
          commentDocumentId: documentId,
          action: hide ? 'auto' : 'reported',
          fromStatus: row.status,
          toStatus: to,
          actorType: 'system',
          actorName: 'auto-moderation',
          reasons: [reason],
        },
      ]);
      if (to !== row.status)
        emit(WEBHOOK_EVENTS.EDITORIAL_COMMENT_STATUS_CHANGED, {
          documentId,
          articleDocumentId: row.articleDocumentId,
          from: row.status,
          to,
          by: 'system',
        });
    },

    /**
     * Applies `action` to the comments; all-or-nothing per call. A comment whose version is not
     * `expectedVersion` (single) is a conflict; one already in the target status is left as is.
     */
    async transition(
      documentIds: string[],
      action: ModerationAction,
      actor: Actor,
      opts: {
        note?: string;
        expectedVersion?: number;
        expectedVersions?: Record<string, number>;
        eventAction?: string;
      } = {},
    ) {
      const to = ACTION_TO_STATUS[action];
      const updated: string[] = [];
      const conflicts: string[] = [];
      const changes: { documentId: string; from: string; articleDocumentId: string }[] = [];
      const eventIds = await strapi.db.transaction(async ({ trx }: any) => {
        // Row locks in id order first: two bulk actions over overlapping comments (from two
        // instances, in any order) then wait for each other instead of deadlocking.
        await lockComments(trx, documentIds);
        const rows = await comments().findMany({
          select: ['id', 'documentId', 'status', 'version', 'articleDocumentId', 'reportCount'],
          where: { documentId: { $in: documentIds } },
        });
        const byDoc = new Map<string, any>(rows.map((r: any) => [r.documentId, r]));
        const evs: EventInput[] = [];
        for (const documentId of documentIds) {
          const row = byDoc.get(documentId);
          if (!row) {
            conflicts.push(documentId);
            continue;
          }
          const expected = opts.expectedVersions?.[documentId] ?? opts.expectedVersion;
          if (expected !== undefined && (row.version ?? 0) !== expected) {
            conflicts.push(documentId);
            continue;
          }
          const res = await comments().updateMany({
            where: { id: row.id, version: row.version ?? 0 },
            // A moderator's decision answers the reports: the comment leaves the "reported" tab.
            // The reports so far are answered: only new ones count towards the threshold again.
            data: {
              status: to,
              version: (row.version ?? 0) + 1,
              reportFlagged: false,
              reportsAnswered: row.reportCount ?? 0,
            },
          });
          if (!res.count) {
            conflicts.push(documentId);
            continue;
          }
          updated.push(documentId);
          changes.push({ documentId, from: row.status, articleDocumentId: row.articleDocumentId });
          evs.push({
            commentDocumentId: documentId,
            action: opts.eventAction ?? action,
            fromStatus: row.status,
            toStatus: to,
            actorType: 'admin',
            actor: actor.id,
            actorName: actorName(actor),
            note: opts.note ?? null,
          });
        }
        return service.recordEvents(evs);
      });
      if (updated.length) service.countsChanged();
      for (const c of changes) {
        emit(WEBHOOK_EVENTS.EDITORIAL_COMMENT_STATUS_CHANGED, {
          documentId: c.documentId,
          articleDocumentId: c.articleDocumentId,
          from: c.from,
          to,
          by: actorName(actor),
        });
      }
      return { updated, conflicts, events: eventIds };
    },

    async act(documentId: string, action: ModerationAction, input: ActionBody, actor: Actor) {
      const exists = await comments().findOne({ select: ['id'], where: { documentId } });
      if (!exists) throw new errors.NotFoundError('Comment not found');
      const res = await service.transition([documentId], action, actor, input);
      if (res.conflicts.length) {
        throw new errors.ApplicationError(
          'This comment was changed by another moderator: reload it and try again',
          { conflict: true },
        );
      }
      const ev = await events().findOne({ where: { id: res.events[0] } });
      return { data: await service.item(documentId), event: toEvent(ev) };
    },

    async bulk(body: BulkBody, actor: Actor) {
      const ids = [...new Set(body.documentIds)];
      const { expectedVersions } = body;
      const res = await service.transition(ids, body.action, actor, { note: body.note, expectedVersions });
      return { ...res, conflictDetails: await service.conflictDetails(res.conflicts) };
    },

    /** What became of the comments a bulk action left alone: current status and who changed them. */
    async conflictDetails(documentIds: string[]): Promise<BulkConflict[]> {
      if (!documentIds.length) return [];
      const [rows, latest] = await Promise.all([
        comments().findMany({
          select: ['documentId', 'status', 'authorName'],
          where: { documentId: { $in: documentIds } },
        }),
        events().findMany({
          select: ['commentDocumentId', 'actorType', 'actorName', 'id'],
          where: { commentDocumentId: { $in: documentIds }, action: { $notIn: ['report', 'reported'] } },
          orderBy: { id: 'desc' },
        }),
      ]);
      const byDoc = new Map<string, any>(rows.map((r: any) => [r.documentId, r]));
      const lastEvent = new Map<string, any>();
      for (const e of latest as any[])
        if (!lastEvent.has(e.commentDocumentId)) lastEvent.set(e.commentDocumentId, e);
      return documentIds.map((documentId) => {
        const row = byDoc.get(documentId);
        const ev = lastEvent.get(documentId);
        return {
          documentId,
          reason: row ? 'changed' : 'not-found',
          status: row?.status ?? null,
          authorName: row?.authorName ?? null,
          changedBy: row && ev?.actorType === 'admin' ? (ev.actorName ?? null) : null,
        };
      });
    },

    async undo(body: UndoBody, actor: Actor) {
      const evs = await events().findMany({ where: { id: { $in: body.eventIds } } });
      const reverted: string[] = [];
      const conflicts: string[] = [];
      for (const ev of evs as any[]) {
        const from = ev.fromStatus as CommentStatus | null;
        if (!from || !COMMENT_STATUSES.includes(from) || ev.fromStatus === ev.toStatus) {
          conflicts.push(ev.commentDocumentId);
          continue;
        }
        // Unchanged since: the comment's latest status-changing event is this one.
        const latest = await events().findOne({
          select: ['id'],
          where: { commentDocumentId: ev.commentDocumentId, action: { $notIn: ['report', 'reported'] } },
          orderBy: { id: 'desc' },
        });
        const current = await comments().findOne({
          select: ['status', 'version'],
          where: { documentId: ev.commentDocumentId },
        });
        if (!current || latest?.id !== ev.id || current.status !== ev.toStatus) {
          conflicts.push(ev.commentDocumentId);
          continue;
        }
        const action = (Object.keys(ACTION_TO_STATUS) as ModerationAction[]).find(
          (a) => ACTION_TO_STATUS[a] === from,
        )!;
        const res = await service.transition([ev.commentDocumentId], action, actor, {
          expectedVersion: current.version ?? 0,
          note: `Undo of event #${ev.id}`,
        });
        (res.updated.length ? reverted : conflicts).push(ev.commentDocumentId);
      }
      return { reverted, conflicts };
    },

    async authorHistory(authorName: string) {
      const [counts, rows] = await Promise.all([
        service.authorCounts(authorName),
        comments().findMany({
          select: COMMENT_SELECT,
          where: { authorName },
          orderBy: [{ postedAt: 'desc' }, { id: 'desc' }],
          limit: 50,
        }),
      ]);
      return { counts, comments: await toQueueItems(rows) };
    },

    async events(documentId: string) {
      const exists = await comments().findOne({ select: ['id'], where: { documentId } });
      if (!exists) throw new errors.NotFoundError('Comment not found');
      const rows = await events().findMany({
        where: { commentDocumentId: documentId },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toEvent);
    },

    /** A comment's history: its events, reports split into reason and note, notes and report reasons summed up. */
    async history(documentId: string): Promise<{
      events: HistoryEvent[];
      notes: Note[];
      reportReasons: { reason: ReportReason; count: number }[];
    }> {
      const exists = await comments().findOne({ select: ['id'], where: { documentId } });
      if (!exists) throw new errors.NotFoundError('Comment not found');
      const rows = (await events().findMany({
        where: { commentDocumentId: documentId },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      })) as any[];
      return {
        events: rows.map((e) => ({
          ...toEvent(e),
          ...(e.action === 'report' ? splitReport(e.note) : { reportReason: null, reportNote: null }),
        })),
        ...summarise(rows),
      };
    },

    async stats({ days }: StatsQuery) {
      const start = new Date();
      start.setUTCHours(0, 0, 0, 0);
      start.setUTCDate(start.getUTCDate() - (days - 1));
      const rows = await comments().findMany({
        select: ['postedAt', 'status', 'reasonRules'],
        where: { postedAt: { $gte: start } },
      });
      const perDay = new Map<string, any>();
      for (let i = 0; i < days; i++) {
        const d = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10);
        perDay.set(d, { day: d, received: 0, approved: 0, flagged: 0, rejected: 0, pending: 0 });
      }
      const rules = new Map<string, number>();
      for (const r of rows as any[]) {
        const day = perDay.get(new Date(r.postedAt).toISOString().slice(0, 10));
        if (day) {
          day.received++;
          if (r.status in day) day[r.status]++;
        }
        for (const rule of String(r.reasonRules ?? '')
          .split('|')
          .filter(Boolean))
          rules.set(rule, (rules.get(rule) ?? 0) + 1);
      }
      const total = rows.length || 1;
      return {
        perDay: [...perDay.values()],
        byRule: [...rules.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([rule, count]) => ({ rule, count, share: count / total })),
      };
    },
  };
  return service;
};
