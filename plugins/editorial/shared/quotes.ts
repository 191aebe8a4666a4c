import { z } from 'zod';

export const SOURCE_KINDS = ['person', 'outlet', 'organisation', 'anonymous'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const editQuoteTextSchema = z
  .object({ text: z.string().trim().min(1, 'text must not be empty').max(5000) })
  .strict();

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

export type EditQuoteText = z.infer<typeof editQuoteTextSchema>;
export type Reattribute = z.infer<typeof reattributeSchema>;

export const mergeSourcesSchema = z.object({ otherDocumentId: z.string().min(1).max(64) }).strict();
/** POST /sources/:documentId/merge/undo: the mergeId a merge answered with (`undo.mergeId`). */
export const undoMergeSchema = z.object({ mergeId: z.string().min(1).max(64) }).strict();
export type MergeSources = z.infer<typeof mergeSourcesSchema>;
export type UndoMerge = z.infer<typeof undoMergeSchema>;

export const sourceListQuerySchema = z.object({
  q: z.string().max(200).optional(),
  kind: z.enum(SOURCE_KINDS).optional(),
  unused: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});

export type SourceListQuery = z.infer<typeof sourceListQuerySchema>;

export const articleQuotesQuerySchema = z.object({ status: z.enum(['draft', 'published']).optional() });
export type ArticleQuotesQuery = z.infer<typeof articleQuotesQuerySchema>;

export interface QuoteSourceDto {
  documentId: string;
  name: string;
  kind: SourceKind;
  slug: string;
  unused: boolean;
}

/** Quote states: the sync sets extracted / needs_review (below the minimum confidence); editors verify or reject. */
export const QUOTE_STATES = ['extracted', 'needs_review', 'verified', 'rejected'] as const;
export type QuoteState = (typeof QUOTE_STATES)[number];
/** States the public never sees (REST, GraphQL, reader). */
export const NON_PUBLIC_QUOTE_STATES: QuoteState[] = ['rejected', 'needs_review'];

/** Why the engine attributed a quote: its cue, the rule that fired, the mentions that resolved its speaker. */
export interface QuoteEvidence {
  cue: string | null;
  rule: string;
  mentions: { text: string; start: number; end: number }[];
}

export interface QuoteDto {
  documentId: string;
  text: string;
  type: 'direct' | 'mixed' | 'indirect';
  cue: string | null;
  speakerText: string | null;
  state: QuoteState;
  editedByEditor: boolean;
  sourceLocked: boolean;
  confidence: number | null;
  evidence: QuoteEvidence | null;
  paragraphIndex: number | null;
  start: number | null;
  end: number | null;
  articleStatus: 'draft' | 'published';
  source: QuoteSourceDto | null;
}

export interface ArticleQuotesDto {
  articleDocumentId: string;
  status: 'draft' | 'published';
  /** The article text of that version: quote offsets (start, end) point into it (the review's jump-to-text). */
  body: string | null;
  quotes: QuoteDto[];
  anonymousShare: number;
  counts: { total: number; anonymous: number; verified: number; rejected: number; needsReview: number };
  extraction: {
    status: 'ok' | 'error' | 'disabled';
    error: string | null;
    at: string;
    counts: Record<string, number>;
    history: {
      at: string;
      status: string;
      added: number;
      removed: { text: string; speaker: string | null; state: string }[];
    }[];
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
