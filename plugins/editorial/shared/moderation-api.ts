/**
 * Contract between the comments/moderation server and its clients (review-queue UI, front-end
 * sites). Types and zod schemas for request bodies and responses; the server validates requests
 * with these schemas, the admin UI types its fetches with them.
 */
import { z } from 'zod';

export const COMMENT_STATUSES = ['pending', 'approved', 'flagged', 'rejected'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
/** Queue tabs: the statuses, 'reported' (still public, reached the report threshold, awaiting a moderator) and all. */
export const QUEUE_STATUSES = [...COMMENT_STATUSES, 'reported', 'all'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const MODERATION_ACTIONS = ['approve', 'flag', 'reject', 'restore'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];
/** Status each moderation action leads to (restore = back to pending). */
export const ACTION_TO_STATUS: Record<ModerationAction, CommentStatus> = {
  approve: 'approved',
  flag: 'flagged',
  reject: 'rejected',
  restore: 'pending',
};

export const QUEUE_SORTS = ['oldest', 'newest', 'reported'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const REPORT_REASONS = ['spam', 'abuse', 'off-topic', 'misinformation', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const COMMENTS_MODES = ['open', 'premoderated', 'closed'] as const;
export type CommentsMode = (typeof COMMENTS_MODES)[number];

export interface Span {
  start: number;
  end: number;
}
export interface ModerationReason {
  rule: string;
  detail: string;
  /** Toxic spans the reason points at (highlighted). */
  spans: Span[];
  /** Words the rule matched, when they differ from `spans` (the model refined them). */
  matches?: Span[];
}

export type StatusCounts = Record<QueueStatus, number>;
export type AuthorHistory = Record<CommentStatus, number>;

export interface QueueItem {
  documentId: string;
  body: string;
  authorName: string;
  authorEmail: string | null;
  status: CommentStatus;
  reasons: ModerationReason[];
  reportCount: number;
  postedAt: string;
  origin: 'reader' | 'import' | 'staff';
  version: number;
  article: { documentId: string; title: string; slug: string; publishedSlug: string | null } | null;
  parent: { documentId: string; body: string; authorName: string; status: CommentStatus } | null;
  authorHistory: AuthorHistory;
  /** A moderator's reply from the admin (shared/staff-replies.ts). */
  isStaff: boolean;
  /** The commenter's strongest identity key and all of them (shared/commenter-bans.ts). */
  authorIdentity: string;
  authorKeys: string[];
  /** The active ban or suspension covering one of `authorKeys`, if any. */
  authorBan: { documentId: string; kind: 'ban' | 'suspension'; expiresAt: string | null } | null;
  /** Moderators' notes on this comment (events with a note), oldest first. */
  notes: { actorName: string | null; note: string; at: string }[];
  /** Reader reports by reason, most frequent first. */
  reportReasons: { reason: ReportReason; count: number }[];
}

export const MODERATION_EVENT_ACTIONS = [
  'create',
  'approve',
  'flag',
  'reject',
  'restore',
  'report',
  'auto',
  'undo',
  'reported',
  'move',
  'privacy-erase',
  /** A ban or suspension was made (the comment it was made from, or the banned author's latest). */
  'ban',
  /** A ban or suspension was lifted. */
  'lift-ban',
  /** A held comment rejected because its author was banned ("reject all their pending comments"). */
  'ban-reject',
  /** A staff reply was posted under this comment (on the parent) / this comment is one (on the reply). */
  'staff-reply',
] as const;
export type ModerationEventAction = (typeof MODERATION_EVENT_ACTIONS)[number];

export interface ModerationEvent {
  id: number;
  commentDocumentId: string;
  action: ModerationEventAction;
  fromStatus: CommentStatus | null;
  toStatus: CommentStatus | null;
  actorType: 'system' | 'admin';
  actorName: string | null;
  note: string | null;
  reasons: ModerationReason[] | null;
  at: string;
}

export interface Pagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
  /** True when a filtered total stopped counting at its cap: there are at least `total` matches. */
  totalCapped?: boolean;
}

/* ---------- admin: queue ---------- */

export const queueQuerySchema = z.object({
  status: z.enum(QUEUE_STATUSES).default('pending'),
  article: z.string().min(1).max(64).optional(),
  reason: z.string().min(1).max(64).optional(),
  author: z.string().min(1).max(120).optional(),
  q: z.string().min(1).max(200).optional(),
  sort: z.enum(QUEUE_SORTS).default('oldest'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

export interface QueueResponse {
  data: QueueItem[];
  /** publicArticleUrl: template of an article's public page ({slug}, {documentId}; see shared/public-url.ts), null when not set. */
  meta: {
    pagination: Pagination;
    counts: StatusCounts;
    newestPostedAt: string | null;
    publicArticleUrl: string | null;
  };
}
/** Articles with comments in a status (the queue's article filter): most comments first, or by title. */
export const queueArticlesQuerySchema = z.object({
  status: z.enum(QUEUE_STATUSES).default('pending'),
  q: z.string().trim().min(1).max(200).optional(),
});
export type QueueArticlesQuery = z.infer<typeof queueArticlesQuerySchema>;
export const QUEUE_ARTICLES_LIMIT = 50;
export interface QueueArticle {
  documentId: string;
  title: string;
  /** Comments of the article in that status. */
  count: number;
}
export interface QueueArticlesResponse {
  data: QueueArticle[];
}
export interface CountsResponse {
  data: StatusCounts;
}

export const newCountQuerySchema = z.object({
  since: z.iso.datetime({ offset: true }),
  status: z.enum(QUEUE_STATUSES).default('pending'),
});
export type NewCountQuery = z.infer<typeof newCountQuerySchema>;
export interface NewCountResponse {
  data: { count: number };
}

/* ---------- admin: actions ---------- */

/** The :action of POST /moderation/comments/:documentId/:action. */
export const moderationActionSchema = z.enum(MODERATION_ACTIONS, {
  error: `use one of ${MODERATION_ACTIONS.join(', ')}`,
});

export const actionBodySchema = z.object({
  note: z.string().max(2000).optional(),
  expectedVersion: z.number().int().min(0).optional(),
});
export type ActionBody = z.infer<typeof actionBodySchema>;
export interface ActionResponse {
  data: QueueItem;
  event: ModerationEvent;
}

export const BULK_LIMIT = 500;
export const bulkBodySchema = z.object({
  documentIds: z.array(z.string().min(1).max(64)).min(1).max(BULK_LIMIT),
  action: z.enum(MODERATION_ACTIONS),
  note: z.string().max(2000).optional(),
  /**
   * The version of each comment the moderator saw (documentId -> version, from the queue). A
   * comment whose version differs was changed by someone else meanwhile: it is left as it is and
   * reported in `conflicts`, like a single action's 409.
   */
  expectedVersions: z.record(z.string().min(1).max(64), z.number().int().min(0)).optional(),
});
export type BulkBody = z.infer<typeof bulkBodySchema>;
/** A comment a bulk action left alone: gone, or changed since the version the moderator saw. */
export interface BulkConflict {
  documentId: string;
  reason: 'not-found' | 'changed';
  /** Its status now (null when it no longer exists). */
  status: CommentStatus | null;
  authorName: string | null;
  /** Who made the latest change (a moderator's name, or null for the system). */
  changedBy: string | null;
}
export interface BulkResponse {
  data: { updated: string[]; conflicts: string[]; conflictDetails: BulkConflict[]; events: number[] };
}

export const undoBodySchema = z.object({
  eventIds: z.array(z.number().int().min(1)).min(1).max(BULK_LIMIT),
});
export type UndoBody = z.infer<typeof undoBodySchema>;
export interface UndoResponse {
  data: { reverted: string[]; conflicts: string[] };
}

export interface AuthorHistoryResponse {
  data: { counts: AuthorHistory; comments: QueueItem[] };
}
export interface EventsResponse {
  data: ModerationEvent[];
}

/** One entry of a comment's history: its event, a report split into reason and the reader's note. */
export interface HistoryEvent extends ModerationEvent {
  /** For action 'report': the reader's reason and note. */
  reportReason: ReportReason | null;
  reportNote: string | null;
}
/** GET /editorial/moderation/comments/:documentId/history: the comment's events, oldest first. */
export interface CommentHistoryResponse {
  data: {
    events: HistoryEvent[];
    reportReasons: { reason: ReportReason; count: number }[];
    notes: { actorName: string | null; note: string; at: string }[];
  };
}

export interface StatsDay {
  day: string;
  received: number;
  approved: number;
  flagged: number;
  rejected: number;
  pending: number;
}
/** GET /moderation/stats?days= (the last `days` days, today included). */
const STATS_DAYS = { error: 'must be an integer between 1 and 365' };
export const statsQuerySchema = z.object({
  days: z.coerce.number(STATS_DAYS).int(STATS_DAYS).min(1, STATS_DAYS).max(365, STATS_DAYS).default(30),
});
export type StatsQuery = z.infer<typeof statsQuerySchema>;
export interface StatsResponse {
  data: { perDay: StatsDay[]; byRule: { rule: string; count: number; share: number }[] };
}

/** Moderation settings: their schema and type are in moderation-settings.ts. */
export type { ModerationSettings, ModerationSettingsResponse } from './moderation-settings';

/* ---------- public (content API) ---------- */

export const publicListQuerySchema = z.object({
  sort: z.enum(['oldest', 'newest']).default('oldest').meta({ description: 'oldest or newest thread first' }),
  page: z.coerce.number().int().min(1).default(1).meta({ description: 'page of threads' }),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).meta({ description: 'threads per page' }),
});

export interface PublicComment {
  documentId: string;
  body: string;
  authorName: string;
  postedAt: string;
  parentDocumentId: string | null;
  /** Written by the newsroom's staff from the admin (authorName is then the staff member's name). */
  isStaff: boolean;
  replies: PublicComment[];
}
export interface PublicListResponse {
  data: PublicComment[];
  meta: { pagination: Pagination; approvedCount: number };
}

export const COMMENT_LIMITS = { authorName: 80, body: 5000, email: 254, note: 500 } as const;

export const submitBodySchema = z.object({
  authorName: z.string().trim().min(1, 'is required').max(COMMENT_LIMITS.authorName),
  authorEmail: z
    .union([z.email().max(COMMENT_LIMITS.email), z.literal('')])
    .optional()
    .nullable()
    .meta({ description: 'Kept private, never shown' }),
  body: z.string().trim().min(2, 'is too short').max(COMMENT_LIMITS.body),
  parent: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .nullable()
    .meta({ description: 'documentId of the approved comment answered' }),
  /** A field people never fill (hidden on the reader page): filled in, the comment is a bot's. */
  website: z.string().max(500).optional().nullable(),
  notify: z
    .boolean()
    .optional()
    .meta({ description: 'Mail authorEmail (then required) when the comment is approved or answered' }),
});
export type SubmitBody = z.infer<typeof submitBodySchema>;
export interface SubmitResponse {
  data: { documentId: string; status: 'published' | 'awaiting-review' };
}

export const reportBodySchema = z.object({
  reason: z.enum(REPORT_REASONS),
  note: z.string().max(COMMENT_LIMITS.note).optional().nullable(),
});
export type ReportBody = z.infer<typeof reportBodySchema>;
export interface ReportResponse {
  data: { reported: true };
}
