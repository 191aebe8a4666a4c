import { useFetchClient } from '@strapi/strapi/admin';
import type { ArticleQuotesDto, QuoteDto, SourceDetailDto, SourceListItemDto } from '../../../shared/quotes';
import type { QuoteSettings } from '../../../shared/settings';

export const errorMessage = (e: any) => e?.response?.data?.error?.message ?? e?.message ?? String(e);

/** Calls of the admin quote API (/editorial/...). */
export function useQuotesApi() {
  const { get, post, put } = useFetchClient();
  return {
    articleQuotes: async (documentId: string, status: 'draft' | 'published') =>
      (await get<{ data: ArticleQuotesDto }>(`/editorial/quotes/articles/${documentId}?status=${status}`)).data.data,
    resync: async (documentId: string, status: 'draft' | 'published') =>
      (await post<{ data: ArticleQuotesDto }>(`/editorial/quotes/articles/${documentId}/resync?status=${status}`, {})).data.data,
    verify: async (id: string) => (await post<{ data: QuoteDto }>(`/editorial/quotes/${id}/verify`, {})).data.data,
    reject: async (id: string) => (await post<{ data: QuoteDto }>(`/editorial/quotes/${id}/reject`, {})).data.data,
    editText: async (id: string, text: string) => (await put<{ data: QuoteDto }>(`/editorial/quotes/${id}/text`, { text })).data.data,
    reattribute: async (id: string, body: { sourceDocumentId: string } | { source: { name: string; kind: string } }) =>
      (await put<{ data: QuoteDto }>(`/editorial/quotes/${id}/source`, body)).data.data,
    sources: async (params: Record<string, string | number | undefined>) => {
      const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== '') as [string, string][]);
      return (await get<{ results: SourceListItemDto[]; pagination: { page: number; pageSize: number; total: number; pageCount: number } }>(`/editorial/sources?${qs}`)).data;
    },
    source: async (documentId: string) => (await get<{ data: SourceDetailDto }>(`/editorial/sources/${documentId}`)).data.data,
    merge: async (documentId: string, otherDocumentId: string) =>
      (await post<{ data: SourceDetailDto }>(`/editorial/sources/${documentId}/merge`, { otherDocumentId })).data.data,
    getSettings: async () => (await get<{ data: QuoteSettings }>('/editorial/settings/quotes')).data.data,
    putSettings: async (s: QuoteSettings) => (await put<{ data: QuoteSettings }>('/editorial/settings/quotes', s)).data.data,
  };
}
