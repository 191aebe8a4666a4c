/**
 * The plugin's admin data layer: Strapi's RTK Query `adminApi`, extended with the plugin's tag
 * types and endpoints (as content-releases and review-workflows do). Queries provide tags,
 * mutations invalidate them, so every page that shows a comment, a count or a setting refetches
 * after a change; counts and "N new" are polling queries.
 */
import { adminApi } from '@strapi/strapi/admin';
import type {
  ActionResponse,
  AuthorHistoryResponse,
  BulkResponse,
  CommentHistoryResponse,
  CountsResponse,
  ModerationAction,
  ModerationSettings,
  ModerationSettingsResponse,
  NewCountResponse,
  QueueArticlesResponse,
  QueueResponse,
  QueueStatus,
  StatsResponse,
  UndoResponse,
} from '../../shared/moderation-api';
import type { ErasureResponse, PrivacyExportResponse, PrivacyRequest } from '../../shared/privacy';
import type { FileImportResult, FilePreviewResult } from '../../shared/import';
import type {
  BanListQuery,
  BanListResponse,
  CreateBanBody,
  CreateBanResponse,
  LiftBanResponse,
} from '../../shared/commenter-bans';
import type { StaffReplyResponse } from '../../shared/staff-replies';

export const BASE = '/editorial';

/** Tag types of the plugin's data; ids are documentIds, 'LIST' stands for any list of that type. */
export const TAGS = [
  'EditorialQueue',
  'EditorialCounts',
  'EditorialComment',
  'EditorialAuthor',
  'EditorialStats',
  'EditorialModerationSettings',
  'EditorialBan',
  'EditorialQuotes',
  'EditorialSource',
  'EditorialQuoteSettings',
] as const;

export const editorialApi = adminApi.enhanceEndpoints({ addTagTypes: [...TAGS] });

export interface QueueParams {
  status: QueueStatus;
  article?: string;
  reason?: string;
  author?: string;
  q?: string;
  sort: 'oldest' | 'newest' | 'reported';
  page: number;
  pageSize: number;
}

/** Query string of the defined, non-empty params ('' when none). */
export function query(params: Record<string, unknown>) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `?${s}` : '';
}

/** A write to the plugin's admin API (RTK Query's request shape; an empty body unless given). */
export const send = (method: 'POST' | 'PUT', url: string, data: unknown = {}) => ({ url, method, data });

/** The tags of one row and of every list of its type: a view of that row refetches when either changes. */
export const rowTags = <T extends (typeof TAGS)[number]>(type: T, id: string) => [
  { type, id },
  { type, id: 'LIST' },
];

/** Everything a moderation action can change: the lists, counts, the comment, its author, stats. */
const AFTER_MODERATION = [
  { type: 'EditorialQueue' as const, id: 'LIST' },
  { type: 'EditorialCounts' as const, id: 'LIST' },
  { type: 'EditorialComment' as const, id: 'LIST' },
  { type: 'EditorialAuthor' as const, id: 'LIST' },
  { type: 'EditorialStats' as const, id: 'LIST' },
];

const moderationApi = editorialApi.injectEndpoints({
  endpoints: (build) => ({
    getQueue: build.query<QueueResponse, QueueParams>({
      query: (p) => `${BASE}/moderation/comments${query({ ...p })}`,
      providesTags: (res) => [
        { type: 'EditorialQueue', id: 'LIST' },
        ...(res?.data ?? []).map((c) => ({ type: 'EditorialComment' as const, id: c.documentId })),
      ],
    }),
    getQueueArticles: build.query<QueueArticlesResponse['data'], { status: QueueStatus; q?: string }>({
      query: ({ status, q }) => `${BASE}/moderation/articles${query({ status, q })}`,
      transformResponse: (res: QueueArticlesResponse) => res.data,
      providesTags: [{ type: 'EditorialQueue', id: 'LIST' }],
    }),
    getCounts: build.query<CountsResponse['data'], void>({
      query: () => `${BASE}/moderation/counts`,
      transformResponse: (res: CountsResponse) => res.data,
      providesTags: [{ type: 'EditorialCounts', id: 'LIST' }],
    }),
    getNewCount: build.query<number, { since: string; status: QueueStatus }>({
      query: (p) => `${BASE}/moderation/new-count${query(p)}`,
      transformResponse: (res: NewCountResponse) => res.data.count,
      providesTags: [{ type: 'EditorialCounts', id: 'LIST' }],
    }),
    moderate: build.mutation<
      ActionResponse,
      { documentId: string; action: ModerationAction; note?: string; expectedVersion?: number }
    >({
      query: ({ documentId, action, ...body }) =>
        send('POST', `${BASE}/moderation/comments/${encodeURIComponent(documentId)}/${action}`, body),
      invalidatesTags: AFTER_MODERATION,
    }),
    /** `seen`: the version of each comment as the moderator saw it; changed ones come back as conflicts. */
    bulkModerate: build.mutation<
      BulkResponse['data'],
      { seen: { documentId: string; version: number }[]; action: ModerationAction; note?: string }
    >({
      query: ({ seen, action, note }) =>
        send('POST', `${BASE}/moderation/bulk`, {
          documentIds: seen.map((c) => c.documentId),
          expectedVersions: Object.fromEntries(seen.map((c) => [c.documentId, c.version])),
          action,
          ...(note ? { note } : {}),
        }),
      transformResponse: (res: BulkResponse) => res.data,
      invalidatesTags: AFTER_MODERATION,
    }),
    undoModeration: build.mutation<UndoResponse['data'], number[]>({
      query: (eventIds) => send('POST', `${BASE}/moderation/undo`, { eventIds }),
      transformResponse: (res: UndoResponse) => res.data,
      invalidatesTags: AFTER_MODERATION,
    }),
    getAuthorHistory: build.query<AuthorHistoryResponse['data'], string>({
      query: (author) => `${BASE}/moderation/authors/${encodeURIComponent(author)}/history`,
      transformResponse: (res: AuthorHistoryResponse) => res.data,
      providesTags: (_res, _err, author) => rowTags('EditorialAuthor', author),
    }),
    /** One comment's own history: its events (actors, notes, report reasons), oldest first. */
    getCommentHistory: build.query<CommentHistoryResponse['data'], string>({
      query: (documentId) => `${BASE}/moderation/comments/${encodeURIComponent(documentId)}/history`,
      transformResponse: (res: CommentHistoryResponse) => res.data,
      providesTags: (_res, _err, documentId) => rowTags('EditorialComment', documentId),
    }),
    /** A moderator's reply from the admin: published at once, marked as staff. */
    staffReply: build.mutation<StaffReplyResponse['data'], { documentId: string; body: string }>({
      query: ({ documentId, body }) =>
        send('POST', `${BASE}/moderation/comments/${encodeURIComponent(documentId)}/replies`, { body }),
      transformResponse: (res: StaffReplyResponse) => res.data,
      invalidatesTags: AFTER_MODERATION,
    }),
    /** Ban or suspend the author of a comment (all its identity keys), optionally rejecting their held comments. */
    createBan: build.mutation<
      CreateBanResponse['data'],
      Omit<CreateBanBody, 'rejectPending'> & { rejectPending?: boolean }
    >({
      query: (data) => send('POST', `${BASE}/moderation/bans`, data),
      transformResponse: (res: CreateBanResponse) => res.data,
      invalidatesTags: [{ type: 'EditorialBan', id: 'LIST' }, ...AFTER_MODERATION],
    }),
    getBans: build.query<BanListResponse, Partial<BanListQuery>>({
      query: (p) => `${BASE}/moderation/bans${query({ ...p })}`,
      providesTags: [{ type: 'EditorialBan', id: 'LIST' }],
    }),
    liftBan: build.mutation<LiftBanResponse['data'], { documentId: string; note?: string }>({
      query: ({ documentId, note }) =>
        send('POST', `${BASE}/moderation/bans/${encodeURIComponent(documentId)}/lift`, note ? { note } : {}),
      transformResponse: (res: LiftBanResponse) => res.data,
      invalidatesTags: [{ type: 'EditorialBan', id: 'LIST' }, ...AFTER_MODERATION],
    }),
    getStats: build.query<StatsResponse['data'], number>({
      query: (days) => `${BASE}/moderation/stats${query({ days })}`,
      transformResponse: (res: StatsResponse) => res.data,
      providesTags: [{ type: 'EditorialStats', id: 'LIST' }],
    }),
    getModerationSettings: build.query<ModerationSettings, void>({
      query: () => `${BASE}/settings/moderation`,
      transformResponse: (res: ModerationSettingsResponse) => res.data,
      providesTags: [{ type: 'EditorialModerationSettings', id: 'LIST' }],
    }),
    putModerationSettings: build.mutation<ModerationSettings, ModerationSettings>({
      query: (data) => send('PUT', `${BASE}/settings/moderation`, data),
      transformResponse: (res: ModerationSettingsResponse) => res.data,
      invalidatesTags: [{ type: 'EditorialModerationSettings', id: 'LIST' }, ...AFTER_MODERATION],
    }),
    /** Privacy requests (plugin::editorial.privacy): a commenter's data as JSON, or its erasure. */
    privacyExport: build.mutation<PrivacyExportResponse['data'], PrivacyRequest>({
      query: (data) => send('POST', `${BASE}/privacy/export`, data),
      transformResponse: (res: PrivacyExportResponse) => res.data,
    }),
    privacyErase: build.mutation<ErasureResponse['data'], PrivacyRequest>({
      query: (data) => send('POST', `${BASE}/privacy/erase`, data),
      transformResponse: (res: ErasureResponse) => res.data,
      invalidatesTags: AFTER_MODERATION,
    }),
    /** One file per request, so the Import page's progress follows real work (multipart or JSON). */
    previewImport: build.mutation<FilePreviewResult, FormData | Record<string, unknown>>({
      query: (data) => send('POST', `${BASE}/import/preview`, data),
      transformResponse: (res: { data: FilePreviewResult[] }) => res.data[0],
    }),
    importFile: build.mutation<FileImportResult, FormData | Record<string, unknown>>({
      query: (data) => send('POST', `${BASE}/import`, data),
      transformResponse: (res: { data: { results: FileImportResult[] } }) => res.data.results[0],
      invalidatesTags: [
        { type: 'EditorialQuotes', id: 'LIST' },
        { type: 'EditorialSource', id: 'LIST' },
        ...AFTER_MODERATION,
      ],
    }),
  }),
});

export const {
  useGetQueueQuery,
  useGetQueueArticlesQuery,
  useGetCountsQuery,
  useGetNewCountQuery,
  useModerateMutation,
  useBulkModerateMutation,
  useUndoModerationMutation,
  useGetAuthorHistoryQuery,
  useGetCommentHistoryQuery,
  useStaffReplyMutation,
  useCreateBanMutation,
  useGetBansQuery,
  useLiftBanMutation,
  useGetStatsQuery,
  useGetModerationSettingsQuery,
  usePutModerationSettingsMutation,
  usePrivacyExportMutation,
  usePrivacyEraseMutation,
  usePreviewImportMutation,
  useImportFileMutation,
} = moderationApi;
