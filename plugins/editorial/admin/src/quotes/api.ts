/** Quote and source curation endpoints (/editorial/quotes, /editorial/sources) on the plugin's adminApi. */
import type { ArticleQuotesDto, QuoteDto, SourceDetailDto, SourceListItemDto } from '../../../shared/quotes';
import type { QuoteSettings } from '../../../shared/settings';
import { BASE, editorialApi, query, rowTags, send } from '../api';

export type ArticleStatus = 'draft' | 'published';
export interface SourceListParams {
  q?: string;
  kind?: string;
  unused?: string;
  page?: number;
  pageSize?: number;
}
export interface SourceList {
  results: SourceListItemDto[];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
}
export type ReattributeBody = { sourceDocumentId: string } | { source: { name: string; kind: string } };
/** What a merge moved, so that it can be undone (POST /sources/:documentId/merge/undo). */
export interface MergeResult extends SourceDetailDto {
  undo?: { mergeId: string } | null;
}

/** A quote change shows in its article's panel and on the Sources pages (counts, quote lists). */
const AFTER_QUOTE = [
  { type: 'EditorialQuotes' as const, id: 'LIST' },
  { type: 'EditorialSource' as const, id: 'LIST' },
];

const quotesApi = editorialApi.injectEndpoints({
  endpoints: (build) => ({
    getArticleQuotes: build.query<ArticleQuotesDto, { documentId: string; status: ArticleStatus }>({
      query: ({ documentId, status }) =>
        `${BASE}/quotes/articles/${encodeURIComponent(documentId)}${query({ status })}`,
      transformResponse: (res: { data: ArticleQuotesDto }) => res.data,
      providesTags: (_r, _e, { documentId }) => rowTags('EditorialQuotes', documentId),
    }),
    resyncArticleQuotes: build.mutation<ArticleQuotesDto, { documentId: string; status: ArticleStatus }>({
      query: ({ documentId, status }) =>
        send('POST', `${BASE}/quotes/articles/${encodeURIComponent(documentId)}/resync${query({ status })}`),
      transformResponse: (res: { data: ArticleQuotesDto }) => res.data,
      invalidatesTags: AFTER_QUOTE,
    }),
    verifyQuote: build.mutation<QuoteDto, string>({
      query: (id) => send('POST', `${BASE}/quotes/${encodeURIComponent(id)}/verify`),
      transformResponse: (res: { data: QuoteDto }) => res.data,
      invalidatesTags: AFTER_QUOTE,
    }),
    rejectQuote: build.mutation<QuoteDto, string>({
      query: (id) => send('POST', `${BASE}/quotes/${encodeURIComponent(id)}/reject`),
      transformResponse: (res: { data: QuoteDto }) => res.data,
      invalidatesTags: AFTER_QUOTE,
    }),
    editQuoteText: build.mutation<QuoteDto, { id: string; text: string }>({
      query: ({ id, text }) => send('PUT', `${BASE}/quotes/${encodeURIComponent(id)}/text`, { text }),
      transformResponse: (res: { data: QuoteDto }) => res.data,
      invalidatesTags: AFTER_QUOTE,
    }),
    reattributeQuote: build.mutation<QuoteDto, { id: string; body: ReattributeBody }>({
      query: ({ id, body }) => send('PUT', `${BASE}/quotes/${encodeURIComponent(id)}/source`, body),
      transformResponse: (res: { data: QuoteDto }) => res.data,
      invalidatesTags: AFTER_QUOTE,
    }),
    getSources: build.query<SourceList, SourceListParams>({
      query: (p) => `${BASE}/sources${query({ ...p })}`,
      providesTags: [{ type: 'EditorialSource', id: 'LIST' }],
    }),
    getSource: build.query<SourceDetailDto, string>({
      query: (documentId) => `${BASE}/sources/${encodeURIComponent(documentId)}`,
      transformResponse: (res: { data: SourceDetailDto }) => res.data,
      providesTags: (_r, _e, id) => rowTags('EditorialSource', id),
    }),
    mergeSources: build.mutation<MergeResult, { documentId: string; otherDocumentId: string }>({
      query: ({ documentId, otherDocumentId }) =>
        send('POST', `${BASE}/sources/${encodeURIComponent(documentId)}/merge`, { otherDocumentId }),
      transformResponse: (res: { data: MergeResult }) => res.data,
      invalidatesTags: AFTER_QUOTE,
    }),
    undoMerge: build.mutation<SourceDetailDto, { documentId: string; mergeId: string }>({
      query: ({ documentId, mergeId }) =>
        send('POST', `${BASE}/sources/${encodeURIComponent(documentId)}/merge/undo`, { mergeId }),
      transformResponse: (res: { data: SourceDetailDto }) => res.data,
      invalidatesTags: AFTER_QUOTE,
    }),
    getQuoteSettings: build.query<QuoteSettings, void>({
      query: () => `${BASE}/settings/quotes`,
      transformResponse: (res: { data: QuoteSettings }) => res.data,
      providesTags: [{ type: 'EditorialQuoteSettings', id: 'LIST' }],
    }),
    putQuoteSettings: build.mutation<QuoteSettings, QuoteSettings>({
      query: (data) => send('PUT', `${BASE}/settings/quotes`, data),
      transformResponse: (res: { data: QuoteSettings }) => res.data,
      invalidatesTags: [{ type: 'EditorialQuoteSettings', id: 'LIST' }, ...AFTER_QUOTE],
    }),
  }),
});

export const {
  useGetArticleQuotesQuery,
  useResyncArticleQuotesMutation,
  useVerifyQuoteMutation,
  useRejectQuoteMutation,
  useEditQuoteTextMutation,
  useReattributeQuoteMutation,
  useGetSourcesQuery,
  useGetSourceQuery,
  useMergeSourcesMutation,
  useUndoMergeMutation,
  useGetQuoteSettingsQuery,
  usePutQuoteSettingsMutation,
} = quotesApi;
