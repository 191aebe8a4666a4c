import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type {
  BanListQuery,
  BanState,
  CommenterBan,
  CreateBanBody,
  LiftBanBody,
} from '../../../shared/commenter-bans';
import { UIDS } from '../../../shared/constants';
import { identityKeys } from './identity-keys';
import { getService } from '../core/get-service';
import { actorName, type Actor, type EventInput } from './moderation.service';

/** Held comments a ban may reject ("reject all their pending comments"), looked at per call at most. */
const HELD_SCAN_LIMIT = 5_000;
const HELD = ['pending', 'flagged'];

/** Keys are stored `|k1|k2|` so that one key matches with a $contains on the (small) bans table. */
const packKeys = (keys: string[]) => `|${keys.join('|')}|`;
const unpackKeys = (s: string | null) =>
  String(s ?? '')
    .split('|')
    .filter(Boolean);

function stateOf(row: any, now = Date.now()): BanState {
  if (row.liftedAt) return 'lifted';
  if (row.expiresAt && new Date(row.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}

const toBan = (row: any): CommenterBan => ({
  documentId: row.documentId,
  kind: row.kind,
  identity: row.identity,
  keys: unpackKeys(row.keys),
  authorName: row.authorName ?? null,
  reason: row.reason,
  expiresAt: row.expiresAt ? new Date(row.expiresAt).toISOString() : null,
  createdAt: new Date(row.createdAt).toISOString(),
  createdBy: row.bannedBy ?? null,
  liftedAt: row.liftedAt ? new Date(row.liftedAt).toISOString() : null,
  liftedBy: row.liftedBy ?? null,
  liftNote: row.liftNote ?? null,
  state: stateOf(row),
});

/** Where-clauses of the bans in a state, at `now`. */
function stateWhere(state: BanState | 'all', now: Date): Record<string, unknown> {
  if (state === 'lifted') return { liftedAt: { $notNull: true } };
  if (state === 'expired') return { liftedAt: { $null: true }, expiresAt: { $notNull: true, $lte: now } };
  if (state === 'active')
    return { liftedAt: { $null: true }, $or: [{ expiresAt: { $null: true } }, { expiresAt: { $gt: now } }] };
  return {};
}

/**
 * Bans and suspensions of commenters by identity key (shared/commenter-bans.ts): made and lifted
 * by moderators, checked on every submission, audited as moderation events.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const bans = () => strapi.db.query(UIDS.commenterBan as any);
  const comments = () => strapi.db.query(UIDS.comment as any);

  const service = {
    /** The active ban covering any of `keys` (the longest-lasting first), or null. */
    async activeFor(keys: string[]): Promise<CommenterBan | null> {
      if (!keys.length) return null;
      const now = new Date();
      const rows = await bans().findMany({
        where: {
          $and: [stateWhere('active', now), { $or: keys.map((k) => ({ keys: { $contains: `|${k}|` } })) }],
        },
        orderBy: [{ id: 'desc' }],
        limit: 20,
      });
      if (!rows.length) return null;
      // A ban outlasts any suspension; among suspensions the one ending last.
      const end = (r: any) => (r.expiresAt ? new Date(r.expiresAt).getTime() : Infinity);
      return toBan([...rows].sort((a: any, b: any) => end(b) - end(a))[0]);
    },

    /** Active bans covering each of several key lists at once (the queue's cards). */
    async activeForMany(keyLists: string[][]): Promise<(CommenterBan | null)[]> {
      const all = [...new Set(keyLists.flat())];
      if (!all.length) return keyLists.map(() => null);
      const rows = (await bans().findMany({
        where: {
          $and: [
            stateWhere('active', new Date()),
            { $or: all.map((k) => ({ keys: { $contains: `|${k}|` } })) },
          ],
        },
        orderBy: [{ id: 'desc' }],
        limit: 500,
      })) as any[];
      const list = rows.map(toBan);
      const end = (b: CommenterBan) => (b.expiresAt ? new Date(b.expiresAt).getTime() : Infinity);
      return keyLists.map((keys) => {
        const hits = list.filter((b) => b.keys.some((k) => keys.includes(k)));
        return hits.sort((a, b) => end(b) - end(a))[0] ?? null;
      });
    },

    async create(input: CreateBanBody, actor: Actor) {
      let keys: string[];
      let identity: string;
      let authorName: string | null = null;
      let fromComment: string | null = null;
      if (input.commentDocumentId) {
        const c = await comments().findOne({
          select: ['documentId', 'authorName', 'authorEmail', 'authorUserId', 'ipHash', 'isStaff'],
          where: { documentId: input.commentDocumentId },
        });
        if (!c) throw new errors.NotFoundError('Comment not found');
        if (c.isStaff)
          throw new errors.ValidationError('commentDocumentId: a staff reply has no commenter to ban', {
            field: 'commentDocumentId',
          });
        keys = identityKeys(c);
        if (!keys.length) {
          throw new errors.ValidationError(
            'commentDocumentId: this comment carries no identity (imported, or its data was erased)',
            { field: 'commentDocumentId' },
          );
        }
        identity = keys[0];
        authorName = c.authorName ?? null;
        fromComment = c.documentId;
      } else {
        identity = input.identity!;
        keys = [identity];
      }
      const by = actorName(actor);
      const now = new Date();
      const expiresAt =
        input.kind === 'suspension' ? new Date(now.getTime() + input.durationHours! * 3_600_000) : null;
      const moderation = getService('moderation', strapi);

      const { row, rejected } = await strapi.db.transaction(async ({ trx }: any) => {
        const held = input.rejectPending ? await service.heldCommentsOf(keys) : [];
        if (held.length)
          await moderation.lockComments(
            trx,
            held.map((h) => h.documentId),
          );
        const evs: EventInput[] = [];
        const rejected: { documentId: string; from: string; articleDocumentId: string }[] = [];
        for (const h of held) {
          const res = await comments().updateMany({
            where: { id: h.id, version: h.version ?? 0, status: { $in: HELD } },
            data: {
              status: 'rejected',
              version: (h.version ?? 0) + 1,
              reportFlagged: false,
              reportsAnswered: h.reportCount ?? 0,
            },
          });
          if (!res.count) continue;
          rejected.push({ documentId: h.documentId, from: h.status, articleDocumentId: h.articleDocumentId });
          evs.push({
            commentDocumentId: h.documentId,
            action: 'ban-reject',
            fromStatus: h.status,
            toStatus: 'rejected',
            actorType: 'admin',
            actor: actor.id,
            actorName: by,
            note: `${input.kind === 'ban' ? 'Ban' : 'Suspension'}: ${input.reason}`,
          });
        }
        // The ban is audited on the comment it was made from (else the author's latest rejected
        // one), where the comment's history shows it; the ban row keeps who, when and why as well.
        const commentDocumentId = fromComment ?? rejected[0]?.documentId ?? null;
        const row = await bans().create({
          data: {
            kind: input.kind,
            identity,
            keys: packKeys(keys),
            authorName,
            reason: input.reason,
            expiresAt,
            bannedBy: by,
            commentDocumentId,
          },
        });
        if (commentDocumentId) {
          evs.unshift({
            commentDocumentId,
            action: 'ban',
            fromStatus: null,
            toStatus: null,
            actorType: 'admin',
            actor: actor.id,
            actorName: by,
            note: `${input.kind === 'ban' ? 'Ban' : `Suspension (${input.durationHours} h)`}: ${input.reason}`,
          });
        }
        await moderation.recordEvents(evs);
        return { row, rejected };
      });
      if (rejected.length) {
        moderation.countsChanged();
        for (const r of rejected) {
          moderation.emit('editorial-comment.status-changed', {
            documentId: r.documentId,
            articleDocumentId: r.articleDocumentId,
            from: r.from,
            to: 'rejected',
            by,
          });
        }
      }
      return { ban: toBan(row), rejectedCount: rejected.length, rejected: rejected.map((r) => r.documentId) };
    },

    /** The held comments (pending, flagged) whose author carries one of `keys`, newest first. */
    async heldCommentsOf(keys: string[]): Promise<any[]> {
      const ors: any[] = [];
      for (const k of keys) if (k.startsWith('user:')) ors.push({ authorUserId: Number(k.slice(5)) });
      // Email and name keys are hashes: compare on the held comments that could carry them.
      if (keys.some((k) => !k.startsWith('user:')))
        ors.push({ $or: [{ authorEmail: { $notNull: true } }, { ipHash: { $notNull: true } }] });
      if (!ors.length) return [];
      const rows = (await comments().findMany({
        select: [
          'id',
          'documentId',
          'status',
          'version',
          'reportCount',
          'articleDocumentId',
          'authorName',
          'authorEmail',
          'authorUserId',
          'ipHash',
          'isStaff',
        ],
        where: { status: { $in: HELD }, $or: ors },
        orderBy: [{ id: 'desc' }],
        limit: HELD_SCAN_LIMIT,
      })) as any[];
      const wanted = new Set(keys);
      return rows.filter((r) => !r.isStaff && identityKeys(r).some((k) => wanted.has(k)));
    },

    async list(q: BanListQuery) {
      const where: any = {
        $and: [
          stateWhere(q.state, new Date()),
          ...(q.identity ? [{ keys: { $contains: `|${q.identity}|` } }] : []),
        ],
      };
      const [rows, total] = await Promise.all([
        bans().findMany({
          where,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          offset: (q.page - 1) * q.pageSize,
          limit: q.pageSize,
        }),
        bans().count({ where }),
      ]);
      return {
        data: rows.map(toBan),
        meta: {
          pagination: { page: q.page, pageSize: q.pageSize, total, pageCount: Math.ceil(total / q.pageSize) },
        },
      };
    },

    async lift(documentId: string, input: LiftBanBody, actor: Actor): Promise<CommenterBan> {
      const by = actorName(actor);
      return strapi.db.transaction(async () => {
        const row = await bans().findOne({ where: { documentId } });
        if (!row) throw new errors.NotFoundError('Ban not found');
        const state = stateOf(row);
        if (state !== 'active')
          throw new errors.ApplicationError(`This ${row.kind} is already ${state}`, { conflict: true });
        const liftedAt = new Date();
        const res = await bans().updateMany({
          where: { id: row.id, liftedAt: { $null: true } },
          data: { liftedAt, liftedBy: by, liftNote: input.note ?? null },
        });
        if (!res.count)
          throw new errors.ApplicationError(`This ${row.kind} is already lifted`, { conflict: true });
        // Audited beside the ban, on the comment it was made from.
        if (row.commentDocumentId) {
          await getService('moderation', strapi).recordEvents([
            {
              commentDocumentId: row.commentDocumentId,
              action: 'lift-ban',
              fromStatus: null,
              toStatus: null,
              actorType: 'admin',
              actor: actor.id,
              actorName: by,
              note: [`${row.kind === 'ban' ? 'Ban' : 'Suspension'} lifted`, input.note]
                .filter(Boolean)
                .join(': '),
            },
          ]);
        }
        return toBan({ ...row, liftedAt, liftedBy: by, liftNote: input.note ?? null });
      });
    },
  };
  return service;
};
