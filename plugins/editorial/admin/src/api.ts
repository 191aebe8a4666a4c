import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type {
  ActionResponse,
  AuthorHistoryResponse,
  BulkResponse,
  CountsResponse,
  ModerationAction,
  ModerationSettingsResponse,
  NewCountResponse,
  QueueArticlesResponse,
  QueueResponse,
  QueueStatus,
  StatsResponse,
  UndoResponse,
} from '../../shared/moderation-api';
import type { ErasureResponse, PrivacyExportResponse, PrivacyRequest } from '../../shared/privacy';

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

const BASE = '/editorial';

function query(params: Record<string, unknown>) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `?${s}` : '';
}

/** Message of a failed admin fetch: the server's error message when it sent one. */
export function errorMessage(error: any): string {
  return (
    error?.response?.data?.error?.message ??
    error?.response?.error?.message ??
    error?.message ??
    String(error)
  );
}
export const errorStatus = (error: any): number | undefined => error?.status ?? error?.response?.status;

/** Typed calls to the moderation admin routes (see shared/moderation-api.ts). */
export function useModerationApi() {
  const { get, post, put } = useFetchClient();
  return useMemo(
    () => ({
      queue: async (p: QueueParams) => (await get<QueueResponse>(`${BASE}/moderation/comments${query({ ...p })}`)).data,
      articles: async (status: QueueStatus, q?: string) =>
        (await get<QueueArticlesResponse>(`${BASE}/moderation/articles${query({ status, q })}`)).data.data,
      counts: async () => (await get<CountsResponse>(`${BASE}/moderation/counts`)).data.data,
      newCount: async (since: string, status: QueueStatus) =>
        (await get<NewCountResponse>(`${BASE}/moderation/new-count${query({ since, status })}`)).data.data.count,
      act: async (documentId: string, action: ModerationAction, body: { note?: string; expectedVersion?: number }) =>
        (await post<ActionResponse>(`${BASE}/moderation/comments/${encodeURIComponent(documentId)}/${action}`, body)).data,
      /** `seen`: the version of each comment as the moderator saw it; changed ones come back as conflicts. */
      bulk: async (seen: { documentId: string; version: number }[], action: ModerationAction, note?: string) =>
        (
          await post<BulkResponse>(`${BASE}/moderation/bulk`, {
            documentIds: seen.map((c) => c.documentId),
            expectedVersions: Object.fromEntries(seen.map((c) => [c.documentId, c.version])),
            action,
            ...(note ? { note } : {}),
          })
        ).data.data,
      undo: async (eventIds: number[]) => (await post<UndoResponse>(`${BASE}/moderation/undo`, { eventIds })).data.data,
      authorHistory: async (authorName: string) =>
        (await get<AuthorHistoryResponse>(`${BASE}/moderation/authors/${encodeURIComponent(authorName)}/history`)).data.data,
      stats: async (days: number) => (await get<StatsResponse>(`${BASE}/moderation/stats${query({ days })}`)).data.data,
      getSettings: async () => (await get<ModerationSettingsResponse>(`${BASE}/settings/moderation`)).data.data,
      putSettings: async (data: unknown) => (await put<ModerationSettingsResponse>(`${BASE}/settings/moderation`, data)).data.data,
      /** Privacy requests (plugin::editorial.privacy): a commenter's data as JSON, or its erasure. */
      privacyExport: async (body: PrivacyRequest) => (await post<PrivacyExportResponse>(`${BASE}/privacy/export`, body)).data.data,
      privacyErase: async (body: PrivacyRequest) => (await post<ErasureResponse>(`${BASE}/privacy/erase`, body)).data.data,
    }),
    [get, post, put]
  );
}

/** The queue and the menu badge tell each other about fresh counts through this window event. */
export const COUNTS_EVENT = 'editorial:moderation-counts';
export function announceCounts(counts: Record<string, number>) {
  window.dispatchEvent(new CustomEvent(COUNTS_EVENT, { detail: counts }));
}
