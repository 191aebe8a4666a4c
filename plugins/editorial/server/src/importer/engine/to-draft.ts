/**
 * The preview as data for the article and comment content types, so the import service only
 * resolves relations (publication source, comment parents) and writes in one transaction.
 */
import type { CommentStatus, ImportPreview } from './types';

export interface ArticleDraftData {
  title: string;
  dek: string | null;
  /** Markdown (the body attribute is rich text): plain paragraphs with markdown syntax escaped. */
  body: string;
  byline: string | null;
  dateline: string | null;
  originalPublishedAt: string | null;
  creditLine: string | null;
  section: string | null;
  canonicalUrl: string | null;
  editorialStage: 'imported';
  importFingerprint: string;
}

export interface CommentDraftData {
  body: string;
  authorName: string;
  /** Required by the comment type: a missing or broken timestamp falls back (see `postedAtEstimated`). */
  postedAt: string;
  postedAtEstimated: boolean;
  status: CommentStatus;
  origin: 'import';
  moderationReasons: unknown[] | null;
  /** Index in the returned `comments` of the comment replied to; the service turns it into `parent`. */
  parentIndex: number | null;
}

export interface DraftData {
  article: ArticleDraftData;
  /** The name to find or create as the article's publication (a `source`), when known. */
  publicationName: string | null;
  comments: CommentDraftData[];
}

/**
 * Escapes what markdown would read as syntax or HTML, so an imported paragraph renders as the
 * text it was: "1999. A year" stays a sentence, "<b>" stays visible text.
 */
export function escapeMarkdown(paragraph: string): string {
  return paragraph
    .replace(/([\\`*_[\]<>])/g, '\\$1')
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(\s)/, '$1\\$2$3');
}

export function bodyAsMarkdown(paragraphs: string[]): string {
  return paragraphs.map(escapeMarkdown).join('\n\n');
}

/**
 * Article and comment data for a draft in the "imported" stage. Comments without a usable
 * timestamp get the article's date, or the import time when the article has none.
 */
export function toDraftData(preview: ImportPreview, importedAt: Date): DraftData {
  const fallbackPostedAt = preview.fields.originalPublishedAt ?? importedAt.toISOString();
  return {
    article: {
      title: preview.fields.title,
      dek: preview.fields.dek,
      body: bodyAsMarkdown(preview.paragraphs),
      byline: preview.fields.byline,
      dateline: preview.fields.dateline,
      originalPublishedAt: preview.fields.originalPublishedAt,
      creditLine: preview.fields.creditLine,
      section: preview.fields.section,
      canonicalUrl: preview.fields.canonicalUrl,
      editorialStage: 'imported',
      importFingerprint: preview.fingerprint,
    },
    publicationName: preview.fields.publicationName,
    comments: preview.comments.map((comment) => ({
      body: comment.body,
      authorName: comment.authorName,
      postedAt: comment.postedAt ?? fallbackPostedAt,
      postedAtEstimated: comment.postedAt === null,
      status: comment.status,
      origin: 'import',
      moderationReasons: comment.moderationReasons ?? null,
      parentIndex: comment.parentIndex ?? null,
    })),
  };
}
