/**
 * Shapes of the article importer's input and of the preview it returns. Plain data only:
 * the Strapi glue (import service, admin page, CLI) turns a preview into a draft.
 */
import type { ImportedArticleFields, ParsedComment } from '../../../../shared/import';

export type { ParsedComment };

export interface ImportInput {
  /** The file or pasted text: a string, or raw bytes (validated as UTF-8 or UTF-16 with a BOM). */
  content: string | Uint8Array;
  filename?: string;
  /** MIME type when known (e.g. from an upload); `text/html` selects the HTML path. */
  contentType?: string;
}

export type CommentStatus = 'pending' | 'approved' | 'flagged' | 'rejected';

/** What the comment moderation module decides for one imported comment. */
export interface ModerationOutcome {
  status: CommentStatus;
  reasons?: unknown[];
}

/** The comment as handed to the moderation hook. */
export interface CommentForModeration {
  authorName: string;
  body: string;
  postedAt: string | null;
  origin: 'import';
}

export interface ParseOptions {
  /** Reference instant for dates without a year (defaults to now); makes parsing reproducible. */
  now?: Date;
  /** Timezone assumed for dates without one, as minutes east of UTC or an abbreviation; default UTC. */
  timezone?: string | number;
  /** Inputs larger than this many bytes are rejected before parsing; default 10 MB. */
  maxBytes?: number;
  /** Bodies with fewer words than this are rejected as `no-body`; default 20. */
  minBodyWords?: number;
  /** The quote engine, when present: called with the plain body text. */
  extractQuotes?: (text: string) => unknown[];
  /** The comment moderation rules, when present; without them imported comments start pending. */
  moderate?: (comment: CommentForModeration) => ModerationOutcome | CommentStatus;
}

export interface AsyncParseOptions extends Omit<ParseOptions, 'extractQuotes' | 'moderate'> {
  extractQuotes?: (text: string) => unknown[] | Promise<unknown[]>;
  moderate?: (
    comment: CommentForModeration,
  ) => ModerationOutcome | CommentStatus | Promise<ModerationOutcome | CommentStatus>;
}

export type ArticleFields = ImportedArticleFields;

export interface Caption {
  text: string;
  /** Photo credit (`PHOTO: FILE` gives "FILE"), when printed. */
  credit: string | null;
}

export interface ImportedComment extends ParsedComment {
  origin: 'import';
  status: CommentStatus;
  moderationReasons?: unknown[];
}

export type BoilerplateKind =
  | 'share-widget'
  | 'section-teaser'
  | 'letter-prompt'
  | 'archive-note'
  | 'comment-widget'
  | 'related-links'
  | 'advertisement'
  | 'newsletter-prompt'
  | 'copyright'
  | 'update-note'
  | 'duplicate-caption'
  | 'duplicate-paragraph'
  | 'navigation'
  | 'page-footer'
  | 'sidebar'
  | 'markup';

export interface RemovedBoilerplate {
  kind: BoilerplateKind;
  text: string;
}

export type WarningCode =
  | 'title-suggested'
  | 'date-missing'
  | 'date-conflict'
  | 'partner-name-missing'
  | 'comment-count-mismatch'
  | 'comment-timestamp-invalid'
  | 'comment-timestamp-missing'
  | 'comment-author-missing'
  | 'comment-body-missing'
  | 'unsafe-markup-removed'
  | 'markup-removed'
  | 'readability-fallback'
  | 'short-body'
  | 'replacement-characters'
  | 'control-characters-removed'
  | 'quotes-failed'
  | 'moderation-failed';

export interface ImportWarning {
  code: WarningCode;
  message: string;
  /** Index of the comment concerned, for comment warnings. */
  commentIndex?: number;
}

export interface ImportPreview {
  format: 'text' | 'html';
  filename: string | null;
  fields: ArticleFields;
  /** Plain-text paragraphs separated by blank lines. */
  body: string;
  paragraphs: string[];
  captions: Caption[];
  comments: ImportedComment[];
  /** The count printed in the comment heading (`Reader Comments (23)`), or null when none. */
  commentCountDeclared: number | null;
  removedBoilerplate: RemovedBoilerplate[];
  warnings: ImportWarning[];
  /** What `options.extractQuotes` found in the body; empty without the quote engine. */
  quotes: unknown[];
  /** sha256 (hex) of the normalised title and body: the same article imported twice gives the same value. */
  fingerprint: string;
  wordCount: number;
}
