/**
 * Entry points: parseArticle (throws ImportError on unusable input), tryParseArticle (returns
 * it, for batches that must go on), parseArticleAsync (when the quote engine or moderation
 * hooks are asynchronous) and summariseImport (one line for the CLI and admin lists).
 */
import { decodeInput, DEFAULT_MAX_BYTES } from './decode';
import { ImportError } from './errors';
import { extractHtmlArticle, looksLikeHtml } from './html-parser';
import { parseTextArticle, type TextParseResult } from './text-parser';
import { countWords, excerpt, fingerprintOf, suggestTitle } from './text-utils';
import type {
  AsyncParseOptions,
  CommentForModeration,
  CommentStatus,
  ImportInput,
  ImportPreview,
  ImportWarning,
  ModerationOutcome,
  ParseOptions,
} from './types';

const DEFAULT_MIN_BODY_WORDS = 20;
/** Field limits of the article content type; longer values would fail on save. */
const MAX_TITLE = 300;
const MAX_DATELINE = 120;
const MAX_BYLINE = 300;
const MAX_COMMENT_AUTHOR = 120;
const MAX_COMMENT_BODY = 10000;
const COMMENT_STATUSES: CommentStatus[] = ['pending', 'approved', 'flagged', 'rejected'];

type BasePreview = Omit<ImportPreview, 'quotes'> & { quotes: unknown[] };

function clip(value: string | null, max: number): string | null {
  if (value === null) return null;
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

function detectFormat(input: ImportInput, text: string): 'text' | 'html' {
  const type = (input.contentType ?? '').toLowerCase();
  if (type.includes('html')) return 'html';
  // A whole HTML document saved or uploaded as .txt is still HTML.
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1024))) return 'html';
  if (type.startsWith('text/plain')) return 'text';
  const name = (input.filename ?? '').toLowerCase();
  if (/\.(x?html?|xht)$/.test(name)) return 'html';
  if (/\.(txt|text|md)$/.test(name)) return 'text';
  return looksLikeHtml(text) ? 'html' : 'text';
}

/** Everything but the hooks: decoding, format detection, rules, title, fingerprint. */
function buildPreview(input: ImportInput, options: ParseOptions | AsyncParseOptions): BasePreview {
  const filename = input.filename ?? null;
  const decoded = decodeInput(input.content, filename, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const reference = { now: options.now ?? new Date(), timezone: options.timezone ?? 0 };
  const format = detectFormat(input, decoded.text);

  let parsed: TextParseResult;
  const warnings: ImportWarning[] = [...decoded.warnings];
  const removedBoilerplate: ImportPreview['removedBoilerplate'] = [];
  if (format === 'html') {
    const html = extractHtmlArticle(decoded.text, reference);
    warnings.push(...html.warnings);
    removedBoilerplate.push(...html.removedBoilerplate);
    parsed = html.parsed;
  } else {
    parsed = parseTextArticle(decoded.text, reference);
  }
  warnings.push(...parsed.warnings);
  removedBoilerplate.push(...parsed.removedBoilerplate);

  const paragraphs = parsed.paragraphs;
  const body = paragraphs.join('\n\n');
  const wordCount = countWords(body);
  const minWords = options.minBodyWords ?? DEFAULT_MIN_BODY_WORDS;
  if (paragraphs.length === 0 || wordCount < minWords) {
    const found = [
      parsed.title ? 'a headline' : null,
      parsed.comments.length ? `${parsed.comments.length} comment(s)` : null,
      removedBoilerplate.length ? `${removedBoilerplate.length} boilerplate line(s)` : null,
    ].filter(Boolean);
    throw new ImportError(
      'no-body',
      `has no recognisable article body (${wordCount} word(s) of body text${found.length ? `; found ${found.join(', ')}` : ''})`,
      filename,
      { wordCount, commentCount: parsed.comments.length, removedBoilerplate },
    );
  }

  let title = parsed.title;
  let suggestedTitle: string | undefined;
  let titleNeedsReview = false;
  if (!title) {
    // Pasted fragments can open with a stray "." or closing quote: use the first paragraph that gives words.
    suggestedTitle =
      paragraphs
        .map((paragraph) => suggestTitle(paragraph))
        .find((candidate) => countWords(candidate) >= 3) ??
      `Untitled import${filename ? ` (${filename})` : ''}`;
    title = suggestedTitle;
    titleNeedsReview = true;
    warnings.push({
      code: 'title-suggested',
      message: `No headline found; suggested "${suggestedTitle}" from the first sentence. Please review.`,
    });
  }
  title = clip(title, MAX_TITLE) as string;
  if (!parsed.originalPublishedAt)
    warnings.push({ code: 'date-missing', message: 'No publication date found.' });
  if (wordCount < 80)
    warnings.push({
      code: 'short-body',
      message: `The body is short (${wordCount} words): check nothing is missing.`,
    });

  const comments = parsed.comments.map((comment) => ({
    ...comment,
    authorName: clip(comment.authorName, MAX_COMMENT_AUTHOR) as string,
    body: clip(comment.body, MAX_COMMENT_BODY) as string,
    origin: 'import' as const,
    status: 'pending' as CommentStatus,
  }));

  return {
    format,
    filename,
    fields: {
      title,
      titleNeedsReview,
      ...(suggestedTitle !== undefined ? { suggestedTitle } : {}),
      dek: parsed.dek,
      dateline: clip(parsed.dateline, MAX_DATELINE),
      byline: clip(parsed.byline, MAX_BYLINE),
      originalPublishedAt: parsed.originalPublishedAt,
      originalPublishedAtRaw: parsed.originalPublishedAtRaw,
      publicationName: parsed.publicationName,
      creditLine: parsed.creditLine,
      partnerName: parsed.partnerName,
      section: parsed.section,
      canonicalUrl: parsed.canonicalUrl,
    },
    body,
    paragraphs,
    captions: parsed.captions,
    comments,
    commentCountDeclared: parsed.commentCountDeclared,
    removedBoilerplate,
    warnings,
    quotes: [],
    fingerprint: fingerprintOf(title, body),
    wordCount,
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
  );
}

function toOutcome(value: unknown): ModerationOutcome | null {
  if (typeof value === 'string' && (COMMENT_STATUSES as string[]).includes(value))
    return { status: value as CommentStatus };
  if (
    typeof value === 'object' &&
    value !== null &&
    (COMMENT_STATUSES as unknown[]).includes((value as ModerationOutcome).status)
  ) {
    return value as ModerationOutcome;
  }
  return null;
}

function forModeration(comment: ImportPreview['comments'][number]): CommentForModeration {
  return { authorName: comment.authorName, body: comment.body, postedAt: comment.postedAt, origin: 'import' };
}

function applyOutcome(preview: BasePreview, index: number, value: unknown): void {
  const outcome = toOutcome(value);
  if (!outcome) {
    preview.warnings.push({
      code: 'moderation-failed',
      message: `Moderation gave no usable status for comment ${index + 1}; it stays pending.`,
      commentIndex: index,
    });
    return;
  }
  preview.comments[index].status = outcome.status;
  if (outcome.reasons !== undefined) preview.comments[index].moderationReasons = outcome.reasons;
}

function moderationFailed(preview: BasePreview, index: number, error: unknown): void {
  preview.warnings.push({
    code: 'moderation-failed',
    message: `Moderation failed for comment ${index + 1} (${excerpt(String((error as Error)?.message ?? error), 120)}); it stays pending.`,
    commentIndex: index,
  });
}

function quotesFailed(preview: BasePreview, error: unknown): void {
  preview.warnings.push({
    code: 'quotes-failed',
    message: `Quote extraction failed (${excerpt(String((error as Error)?.message ?? error), 120)}); no quotes listed.`,
  });
}

/**
 * Parses one pasted or uploaded page into a preview. Throws ImportError for input that cannot
 * become an article (empty, binary, invalid UTF-8, too large, no body); everything else that is
 * odd becomes a warning on the preview.
 */
export function parseArticle(input: ImportInput, options: ParseOptions = {}): ImportPreview {
  const preview = buildPreview(input, options);
  if (options.extractQuotes) {
    try {
      const quotes = options.extractQuotes(preview.body);
      if (isThenable(quotes)) throw new TypeError('extractQuotes returned a promise: use parseArticleAsync');
      preview.quotes = Array.isArray(quotes) ? quotes : [];
    } catch (error) {
      if (error instanceof TypeError && /parseArticleAsync/.test(error.message)) throw error;
      quotesFailed(preview, error);
    }
  }
  if (options.moderate) {
    preview.comments.forEach((comment, index) => {
      let value: unknown;
      try {
        value = options.moderate?.(forModeration(comment));
      } catch (error) {
        moderationFailed(preview, index, error);
        return;
      }
      if (isThenable(value)) throw new TypeError('moderate returned a promise: use parseArticleAsync');
      applyOutcome(preview, index, value);
    });
  }
  return preview;
}

/** The same as parseArticle, for quote engines and moderation rules that return promises. */
export async function parseArticleAsync(
  input: ImportInput,
  options: AsyncParseOptions = {},
): Promise<ImportPreview> {
  const preview = buildPreview(input, options);
  if (options.extractQuotes) {
    try {
      const quotes = await options.extractQuotes(preview.body);
      preview.quotes = Array.isArray(quotes) ? quotes : [];
    } catch (error) {
      quotesFailed(preview, error);
    }
  }
  if (options.moderate) {
    for (let index = 0; index < preview.comments.length; index++) {
      try {
        applyOutcome(preview, index, await options.moderate(forModeration(preview.comments[index])));
      } catch (error) {
        moderationFailed(preview, index, error);
      }
    }
  }
  return preview;
}

export type ParseOutcome = { ok: true; preview: ImportPreview } | { ok: false; error: ImportError };

/** parseArticle for batches: unusable input comes back as a value, so the next file can go on. */
export function tryParseArticle(input: ImportInput, options: ParseOptions = {}): ParseOutcome {
  try {
    return { ok: true, preview: parseArticle(input, options) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, error };
    throw error;
  }
}

/** One line for progress output and result lists: title, date, comments, removals, warnings. */
export function summariseImport(preview: ImportPreview): string {
  const { fields } = preview;
  const parts: string[] = [];
  parts.push(`"${excerpt(fields.title, 80)}"${fields.titleNeedsReview ? ' (suggested title)' : ''}`);
  if (fields.dateline) parts.push(fields.dateline);
  if (fields.originalPublishedAt) parts.push(fields.originalPublishedAt.slice(0, 10));
  if (fields.publicationName) parts.push(fields.publicationName);
  parts.push(`${preview.paragraphs.length} paragraph(s), ${preview.wordCount} words`);
  const declared = preview.commentCountDeclared;
  parts.push(`${preview.comments.length}${declared !== null ? `/${declared}` : ''} comment(s)`);
  if (preview.quotes.length) parts.push(`${preview.quotes.length} quote(s)`);
  parts.push(`${preview.removedBoilerplate.length} boilerplate removed`);
  if (preview.warnings.length) {
    const codes = [...new Set(preview.warnings.map((w) => w.code))];
    parts.push(`${preview.warnings.length} warning(s): ${codes.join(', ')}`);
  }
  return `${preview.filename ? `${preview.filename}: ` : ''}${parts.join(' · ')}`;
}
