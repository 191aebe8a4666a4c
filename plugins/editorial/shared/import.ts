/**
 * Article import: request and result shapes shared by the server (admin routes, CLI) and the
 * admin Import page.
 */
import { z } from 'zod';

/** Per-file limit: larger files get a per-file `too-large` error (the rest of the batch goes on). */
export const IMPORT_MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Files per request (the admin page sends one file per request so its progress bar is real). */
export const IMPORT_MAX_FILES_PER_REQUEST = 200;

const text = (max: number) => z.string().max(max);
const nullableText = (max: number) => z.union([text(max), z.null()]);

/** Fields an editor may correct on the preview before the draft is created. */
export const importOverridesSchema = z
  .object({
    title: z.string().trim().min(1, 'the title cannot be empty').max(300),
    dek: nullableText(1000),
    dateline: nullableText(120),
    byline: nullableText(300),
    originalPublishedAt: z.union([z.iso.datetime({ offset: true }), z.iso.date(), z.null()]),
    publicationName: nullableText(300),
    creditLine: nullableText(500),
    section: nullableText(120),
    canonicalUrl: z.union([
      z
        .string()
        .max(2000)
        .regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'),
      z.literal(''),
      z.null(),
    ]),
    body: z.string().trim().min(1, 'the body cannot be empty').max(2_000_000),
    /** false: import the article without its reader comments. */
    includeComments: z.boolean(),
  })
  .partial()
  .strict();

export type ImportOverrides = z.infer<typeof importOverridesSchema>;

export const importFileSchema = z
  .object({
    filename: z.string().trim().min(1, 'each file needs a filename').max(255),
    /** Text, or base64 of the raw bytes when `encoding` is "base64". */
    content: z.string(),
    encoding: z.enum(['utf8', 'base64']).optional(),
    contentType: z.string().max(200).optional(),
    overrides: importOverridesSchema.optional(),
  })
  .strict();

export type ImportFilePayload = z.infer<typeof importFileSchema>;

export const previewRequestSchema = z
  .object({
    files: z.array(importFileSchema).min(1, 'send at least one file').max(IMPORT_MAX_FILES_PER_REQUEST),
  })
  .strict();

export const importRequestSchema = z
  .object({
    files: z.array(importFileSchema).min(1, 'send at least one file').max(IMPORT_MAX_FILES_PER_REQUEST),
    onDuplicate: z.enum(['skip', 'update']).optional(),
    /** Overrides by filename (per-file `overrides` win). */
    overrides: z.record(z.string(), importOverridesSchema).optional(),
  })
  .strict();

export type OnDuplicate = 'skip' | 'update';

export interface ImportWarningDto {
  code: string;
  message: string;
  commentIndex?: number;
}

/** Article fields the importer read from a page (the server's parser returns exactly this). */
export type ImportedArticleFields = {
  title: string;
  /** True when no headline was found and `title` is a suggestion built from the first sentence. */
  titleNeedsReview: boolean;
  suggestedTitle?: string;
  dek: string | null;
  /** Place name of the dateline (`NEW YORK`), taken out of the first paragraph. */
  dateline: string | null;
  byline: string | null;
  /** ISO 8601; dates without a time are set to 12:00 UTC so the calendar day survives any display timezone. */
  originalPublishedAt: string | null;
  /** The line the date came from, for the editor to check. */
  originalPublishedAtRaw: string | null;
  publicationName: string | null;
  /** Partner or archive credit as printed, e.g. "This article is from the archive of our partner X." */
  creditLine: string | null;
  partnerName: string | null;
  section: string | null;
  canonicalUrl: string | null;
};

/** A comment as read from the page, before moderation. */
export interface ParsedComment {
  authorName: string;
  /** ISO 8601, or null when the timestamp is missing or broken (see warnings). */
  postedAt: string | null;
  postedAtRaw: string | null;
  body: string;
  /** Index (in `comments`) of the comment this one replies to, when it quotes or addresses it. */
  parentIndex?: number;
  quotedAuthor?: string;
  quotedText?: string;
}

/** A comment of the preview: as parsed (without the quoted text) and the status moderation gave it. */
export interface PreviewCommentDto extends Omit<ParsedComment, 'quotedText'> {
  status: 'pending' | 'approved' | 'flagged' | 'rejected';
}

export interface PreviewQuoteDto {
  text: string;
  type: string;
  speaker: string | null;
  source: string | null;
  /** Under the quote confidence setting: stored as needing review, public only once verified. */
  needsReview: boolean;
}

export interface FilePreviewDto {
  format: 'text' | 'html';
  fields: ImportedArticleFields;
  body: string;
  paragraphCount: number;
  wordCount: number;
  captions: Array<{ text: string; credit: string | null }>;
  comments: PreviewCommentDto[];
  commentCountDeclared: number | null;
  removedBoilerplate: Array<{ kind: string; text: string }>;
  quotes: PreviewQuoteDto[];
  fingerprint: string;
}

export type FilePreviewResult =
  | {
      file: string;
      ok: true;
      summary: string;
      preview: FilePreviewDto;
      warnings: ImportWarningDto[];
      /** The draft this file was already imported as, when it was. */
      duplicateOf: { documentId: string; title: string } | null;
    }
  | { file: string; ok: false; error: { code: string; message: string }; warnings: ImportWarningDto[] };

export type ImportStatus = 'created' | 'updated' | 'skipped-duplicate' | 'failed';

export interface FileImportResult {
  file: string;
  status: ImportStatus;
  /** Why the file was skipped or failed. */
  reason?: string;
  /** ImportError code (empty, binary, invalid-utf8, too-large, no-body) or another short code. */
  code?: string;
  documentId?: string;
  title?: string;
  commentCount?: number;
  warnings: ImportWarningDto[];
}

export interface ImportBatchResult {
  results: FileImportResult[];
  counts: Record<ImportStatus, number>;
}
