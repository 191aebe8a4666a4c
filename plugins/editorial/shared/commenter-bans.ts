/**
 * Contract of commenter bans and suspensions (admin, /editorial/moderation/bans). Types and zod
 * schemas shared by the server (validation) and the admin UI (typed fetches).
 *
 * A commenter is named by an identity key, the strongest the comment carries:
 *  - `user:<id>`        a signed-in reader account (users-permissions user id);
 *  - `email:<sha256>`   the lower-cased email address, hashed (sha256, hex);
 *  - `name:<sha256>`    the lower-cased name with the client's IP hash (`name|ipHash`), hashed.
 * Each queue item carries its `authorIdentity` (the strongest) and `authorKeys` (all of them). A ban
 * made from a comment (`commentDocumentId`) covers every key of that comment; a ban made from an
 * identity covers that key. A submission is refused (or held, per settings `bans.onSubmit`) when
 * any of its keys is under an active ban.
 */
import { z } from 'zod';
import type { Pagination } from './moderation-api';

export const BAN_KINDS = ['ban', 'suspension'] as const;
export type BanKind = (typeof BAN_KINDS)[number];
/** active: applies now; lifted: a moderator lifted it; expired: a suspension whose time ran out. */
export const BAN_STATES = ['active', 'lifted', 'expired'] as const;
export type BanState = (typeof BAN_STATES)[number];

export const IDENTITY_PATTERN = /^(user:[1-9][0-9]{0,11}|email:[0-9a-f]{64}|name:[0-9a-f]{64})$/;
/** Longest suspension: one year. */
export const SUSPENSION_MAX_HOURS = 24 * 365;
export const BAN_REASON_MAX = 500;

export const identitySchema = z
  .string()
  .regex(IDENTITY_PATTERN, 'must be user:<id>, email:<sha256> or name:<sha256>');

/**
 * POST /editorial/moderation/bans. Give `commentDocumentId` (ban the author of that comment: all its
 * identity keys) or `identity` (one key), not both. `durationHours` is required for a suspension
 * and refused for a ban. `rejectPending` rejects the commenter's held (pending and flagged) comments.
 */
export const createBanBodySchema = z
  .object({
    identity: identitySchema.optional(),
    commentDocumentId: z.string().min(1).max(64).optional(),
    kind: z.enum(BAN_KINDS),
    durationHours: z.number().int().min(1).max(SUSPENSION_MAX_HOURS).optional(),
    reason: z.string().trim().min(1, 'is required').max(BAN_REASON_MAX),
    rejectPending: z.boolean().default(false),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (!b.identity === !b.commentDocumentId) {
      ctx.addIssue({
        code: 'custom',
        path: ['identity'],
        message: 'give identity or commentDocumentId (one of them)',
      });
    }
    if (b.kind === 'suspension' && b.durationHours === undefined) {
      ctx.addIssue({ code: 'custom', path: ['durationHours'], message: 'is required for a suspension' });
    }
    if (b.kind === 'ban' && b.durationHours !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['durationHours'], message: 'only applies to a suspension' });
    }
  });
export type CreateBanBody = z.infer<typeof createBanBodySchema>;

export interface CommenterBan {
  documentId: string;
  kind: BanKind;
  /** The identity it was created for (the strongest key of the comment, or the given identity). */
  identity: string;
  /** Every identity key it covers. */
  keys: string[];
  /** The author name seen when it was made (for display; not a key). */
  authorName: string | null;
  reason: string;
  /** Null for a ban (until lifted). */
  expiresAt: string | null;
  createdAt: string;
  createdBy: string | null;
  liftedAt: string | null;
  liftedBy: string | null;
  liftNote: string | null;
  state: BanState;
}

export interface CreateBanResponse {
  data: { ban: CommenterBan; rejectedCount: number; rejected: string[] };
}

/** GET /editorial/moderation/bans?state=&identity=&page=&pageSize= (newest first). */
export const banListQuerySchema = z
  .object({
    state: z.enum([...BAN_STATES, 'all'] as const).default('all'),
    identity: identitySchema.optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type BanListQuery = z.infer<typeof banListQuerySchema>;
export interface BanListResponse {
  data: CommenterBan[];
  meta: { pagination: Pagination };
}

/** POST /editorial/moderation/bans/:documentId/lift. */
export const liftBanBodySchema = z
  .object({ note: z.string().trim().max(BAN_REASON_MAX).optional() })
  .strict();
export type LiftBanBody = z.infer<typeof liftBanBodySchema>;
export interface LiftBanResponse {
  data: CommenterBan;
}

/** What the public submit endpoint answers a banned commenter (403, error.details.code). */
export const BANNED_ERROR_CODE = 'commenter-banned';
