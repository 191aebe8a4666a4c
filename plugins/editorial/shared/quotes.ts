import { z } from 'zod';

export const SOURCE_KINDS = ['person', 'outlet', 'organisation', 'anonymous'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const editQuoteTextSchema = z.object({ text: z.string().trim().min(1, 'text must not be empty').max(5000) }).strict();

export const reattributeSchema = z.union([
  z.object({ sourceDocumentId: z.string().min(1).max(64) }).strict(),
  z
    .object({
      source: z
        .object({
          name: z.string().trim().min(1, 'source name must not be empty').max(300),
          kind: z.enum(SOURCE_KINDS),
          description: z.string().max(1000).optional(),
        })
        .strict(),
    })
    .strict(),
]);

export const mergeSourcesSchema = z.object({ otherDocumentId: z.string().min(1).max(64) }).strict();

export const sourceListQuerySchema = z.object({
  q: z.string().max(200).optional(),
  kind: z.enum(SOURCE_KINDS).optional(),
  unused: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});

export const articleQuotesQuerySchema = z.object({ status: z.enum(['draft', 'published']).optional() });

export interface QuoteSourceDto {
  documentId: string;
  name: string;
  kind: SourceKind;
  slug: string;
  unused: boolean;
}

export interface QuoteDto {
  documentId: string;
  text: string;
  type: 'direct' | 'mixed' | 'indirect';
  cue: string | null;
  speakerText: string | null;
  state: 'extracted' | 'verified' | 'rejected';
  editedByEditor: boolean;
  sourceLocked: boolean;
  confidence: number | null;
  paragraphIndex: number | null;
  start: number | null;
  end: number | null;
  articleStatus: 'draft' | 'published';
  source: QuoteSourceDto | null;
}

export interface ArticleQuotesDto {
  articleDocumentId: string;
  status: 'draft' | 'published';
  quotes: QuoteDto[];
  anonymousShare: number;
  counts: { total: number; anonymous: number; verified: number; rejected: number };
  extraction: {
    status: 'ok' | 'error' | 'disabled';
    error: string | null;
    at: string;
    counts: Record<string, number>;
    history: { at: string; status: string; added: number; removed: { text: string; speaker: string | null; state: string }[] }[];
  } | null;
}

export interface SourceListItemDto extends QuoteSourceDto {
  aliases: string[];
  description: string | null;
  quoteCount: number;
  scopeArticleDocumentId: string | null;
}

export interface SourceDetailDto extends SourceListItemDto {
  quotes: (QuoteDto & { articleDocumentId: string; articleTitle: string | null })[];
}
