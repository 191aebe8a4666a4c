/**
 * Article import (service): previews of pasted or uploaded pages, and drafts created from them.
 *
 * Each file is imported in its own transaction: the article draft (editorial stage "imported"),
 * its publication (outlet source, found or created) and its reader comments with their
 * moderation outcome and a system moderation event each — or nothing. A file already imported
 * (same fingerprint) is skipped, or its draft updated on request; a partial unique index on the
 * draft rows' fingerprint keeps concurrent imports of the same file from creating two drafts.
 */
import fs from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { UIDS } from '../../../shared/constants';
import slugify from 'slugify';
import {
  bodyAsMarkdown,
  ImportError,
  parseArticleAsync,
  summariseImport,
  toDraftData,
  type ImportPreview,
} from './engine';
import { stripMarkup } from './engine/text-utils';
import type { CommentForModeration, ModerationOutcome } from './engine/types';
import { extractQuotes } from '../quotes/engine';
import { lockQuoteSync } from '../core/db';
import { moderateComment, type ModerationSettings, type RecentComment } from '../moderation/engine';
import {
  IMPORT_MAX_FILE_BYTES,
  type FileImportResult,
  type FilePreviewDto,
  type FilePreviewResult,
  type ImportBatchResult,
  type ImportOverrides,
  type ImportStatus,
  type ImportWarningDto,
  type OnDuplicate,
} from '../../../shared/import';

const { article: ARTICLE, source: SOURCE, comment: COMMENT, moderationEvent: EVENT } = UIDS;

export const FINGERPRINT_INDEX = 'editorial_articles_import_fp_draft_uq';

/** One file to preview or import: its bytes (or text), or a path on disk (multipart uploads, CLI). */
export interface ImportFile {
  filename: string;
  content?: string | Uint8Array;
  path?: string;
  /** Size in bytes when known before reading (uploads): larger files are refused unread. */
  size?: number;
  contentType?: string;
  overrides?: ImportOverrides;
}

export interface PreviewOptions {
  /** Reference instant for dates printed without a year. */
  now?: Date;
}

export interface ImportOptions extends PreviewOptions {
  onDuplicate?: OnDuplicate;
  /** Overrides by filename; a file's own `overrides` win. */
  overrides?: Record<string, ImportOverrides>;
  /** The admin user importing (recorded as the draft's creator). */
  userId?: number;
  onProgress?: (done: number, total: number, result: FileImportResult) => void;
  /** Test hook: called inside each file's transaction after the comments are written. */
  afterCommentsHook?: (file: ImportFile, documentId: string) => Promise<void> | void;
}

type Moderate = (comment: CommentForModeration) => Promise<ModerationOutcome>;

class DuplicateError extends Error {
  constructor(readonly documentId: string) {
    super('already imported');
  }
}

/** Plain, inert text: no tags, no script or style content (defence in depth over the parser). */
function inert(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const v = /<[a-zA-Z!/]/.test(value) ? stripMarkup(value).text : value;
  // eslint-disable-next-line no-control-regex -- NUL bytes are removed on purpose
  return v.replace(/\u0000/g, '');
}

function emptyToNull(value: string | null | undefined): string | null {
  const v = inert(value);
  return v && v.trim() ? v.trim() : null;
}

function toIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00.000Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const slugOf = (text: string, max = 80) =>
  slugify(text, { lower: true, strict: true, locale: 'en', trim: true }).slice(0, max).replace(/-+$/, '');

function isUniqueViolation(error: any): boolean {
  const text = `${error?.code ?? ''} ${error?.message ?? ''} ${error?.details?.errors?.map?.((e: any) => e.message).join(' ') ?? ''}`;
  return /23505|SQLITE_CONSTRAINT|unique/i.test(text);
}

function quoteDto(q: any) {
  return {
    text: String(q?.text ?? ''),
    type: String(q?.type ?? 'direct'),
    speaker: q?.speaker?.text ?? null,
    source: q?.source?.name ?? null,
    needsReview: Boolean(q?.needsReview),
  };
}

function previewDto(p: ImportPreview): FilePreviewDto {
  return {
    format: p.format,
    fields: { ...p.fields },
    body: p.body,
    paragraphCount: p.paragraphs.length,
    wordCount: p.wordCount,
    captions: p.captions,
    comments: p.comments.map((c) => ({
      authorName: c.authorName,
      postedAt: c.postedAt,
      postedAtRaw: c.postedAtRaw,
      body: c.body,
      ...(c.parentIndex !== undefined ? { parentIndex: c.parentIndex } : {}),
      ...(c.quotedAuthor ? { quotedAuthor: c.quotedAuthor } : {}),
      status: c.status,
    })),
    commentCountDeclared: p.commentCountDeclared,
    removedBoilerplate: p.removedBoilerplate,
    quotes: p.quotes.map(quoteDto),
    fingerprint: p.fingerprint,
  };
}

const emptyCounts = (): Record<ImportStatus, number> => ({
  created: 0,
  updated: 0,
  'skipped-duplicate': 0,
  failed: 0,
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const db = () => strapi.db;

  const hasReasonRules = () => Boolean((strapi.getModel(COMMENT as any)?.attributes as any)?.reasonRules);
  const reasonRulesOf = (reasons: unknown[] | null | undefined) => {
    const rules = [
      ...new Set((reasons ?? []).map((r: any) => r?.rule).filter((r): r is string => typeof r === 'string')),
    ];
    return rules.length ? `|${rules.join('|')}|`.slice(0, 500) : null;
  };

  /** The moderation service, when the comments module provides one (queue counts cache, rules). */
  function moderationService(): any {
    try {
      return strapi.plugin('editorial').service('moderation') ?? null;
    } catch {
      return null;
    }
  }

  /** The comment moderation rules an admin edits (validated, over the defaults). */
  const moderationSettings = (): Promise<ModerationSettings> =>
    getService('moderation-settings', strapi).get();

  /**
   * A moderation hook for one file: the same rules as reader comments (the article is open to
   * comments), with the file's earlier comments as the "recent" ones, so a comment repeated in
   * the page is caught as a duplicate. Decisions map to statuses as for reader comments.
   */
  function moderationHook(settings: ModerationSettings): () => Moderate {
    const statusOf = {
      approve: 'approved',
      pending: 'pending',
      flag: 'flagged',
      reject: 'rejected',
    } as const;
    return () => {
      const recent: Array<RecentComment & { author: string }> = [];
      return async (comment) => {
        const postedAt = comment.postedAt ?? new Date().toISOString();
        const result = moderateComment(
          { text: comment.body, authorName: comment.authorName, postedAt },
          settings,
          {
            articleMode: 'open',
            recentComments: recent.map(({ author, ...r }) => ({
              ...r,
              sameClient: author === comment.authorName,
            })),
            now: postedAt,
          },
        );
        recent.push({ text: comment.body, postedAt, sameClient: false, author: comment.authorName });
        return { status: statusOf[result.decision], reasons: result.reasons };
      };
    };
  }

  async function quoteExtractor(): Promise<((text: string) => unknown[]) | undefined> {
    try {
      const settings = await strapi.plugin('editorial').service('settings').getQuoteSettings();
      if (!settings.extractionEnabled) return undefined;
      // Every quote the save will store; those under the threshold are stored as needing review.
      return (text: string) =>
        extractQuotes(text).map((q) => ({ ...q, needsReview: (q.confidence ?? 0) < settings.minConfidence }));
    } catch {
      return (text: string) => extractQuotes(text);
    }
  }

  async function readContent(file: ImportFile, maxBytes: number): Promise<string | Uint8Array> {
    if (file.size !== undefined && file.size > maxBytes) {
      throw new ImportError(
        'too-large',
        `is ${(file.size / (1024 * 1024)).toFixed(1)} MB, over the ${(maxBytes / (1024 * 1024)).toFixed(0)} MB limit per file`,
        file.filename,
        { byteLength: file.size, maxBytes },
      );
    }
    if (file.content !== undefined) return file.content;
    if (file.path) {
      const stat = await fs.stat(file.path);
      if (stat.size > maxBytes) return readContent({ ...file, size: stat.size }, maxBytes);
      return new Uint8Array(await fs.readFile(file.path));
    }
    throw new ImportError('empty', 'has no content', file.filename);
  }

  async function parse(
    file: ImportFile,
    options: PreviewOptions & { moderate?: (() => Moderate) | null; quotes?: boolean },
  ) {
    const content = await readContent(file, IMPORT_MAX_FILE_BYTES);
    return parseArticleAsync(
      { content, filename: file.filename, contentType: file.contentType },
      {
        now: options.now,
        maxBytes: IMPORT_MAX_FILE_BYTES,
        extractQuotes: options.quotes === false ? undefined : await quoteExtractor(),
        moderate: options.moderate ? options.moderate() : undefined,
      },
    );
  }

  async function findByFingerprint(
    fingerprint: string,
  ): Promise<{ id: number; documentId: string; title: string; slug: string } | null> {
    return db()
      .query(ARTICLE as any)
      .findOne({
        where: { importFingerprint: fingerprint, publishedAt: null },
        select: ['id', 'documentId', 'title', 'slug'],
      }) as any;
  }

  async function uniqueSlug(title: string, exceptDocumentId?: string): Promise<string> {
    const base = slugOf(title) || 'article';
    const rows = (await db()
      .query(ARTICLE as any)
      .findMany({
        where: { $or: [{ slug: base }, { slug: { $startsWith: `${base}-` } }] },
        select: ['slug', 'documentId'],
      })) as any[];
    const taken = new Set(rows.filter((r) => r.documentId !== exceptDocumentId).map((r) => r.slug));
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  /** The publication as an outlet source: found by slug or name, else created (slug `outlet-<name>`). */
  async function upsertOutlet(name: string): Promise<string> {
    const slug = `outlet-${slugOf(name, 300) || 'unnamed'}`;
    const bare = slugOf(name.replace(/^the\s+/i, ''), 300);
    const existing = (await db()
      .query(SOURCE as any)
      .findOne({
        where: {
          $or: [{ slug: { $in: [slug, bare].filter(Boolean) } }, { kind: 'outlet', name: { $eqi: name } }],
        },
        select: ['documentId', 'slug', 'kind'],
        orderBy: { id: 'asc' },
      })) as any;
    if (existing) return existing.documentId;
    const created = await strapi
      .documents(SOURCE as any)
      .create({ data: { name, slug, kind: 'outlet', aliases: [] } as any });
    return created.documentId;
  }

  function articleData(preview: ImportPreview, overrides: ImportOverrides) {
    const draft = toDraftData(preview, new Date()).article;
    const f = preview.fields;
    const pick = <K extends keyof ImportOverrides>(key: K, fallback: any) =>
      overrides[key] !== undefined ? overrides[key] : fallback;
    const canonical = emptyToNull(pick('canonicalUrl', f.canonicalUrl) as string | null);
    // The body is stored as markdown with the text's markdown syntax escaped; an edited body is
    // plain text like the preview's, paragraphs separated by blank lines.
    const body =
      overrides.body !== undefined
        ? bodyAsMarkdown(
            overrides.body
              .split(/\n\s*\n/)
              .map((p) => (inert(p) ?? '').trim())
              .filter(Boolean),
          )
        : bodyAsMarkdown(preview.paragraphs.map((p) => inert(p) ?? ''));
    return {
      title: (emptyToNull(pick('title', draft.title) as string) ?? draft.title).slice(0, 300),
      dek: emptyToNull(pick('dek', draft.dek) as string | null),
      dateline: emptyToNull(pick('dateline', draft.dateline) as string | null),
      byline: emptyToNull(pick('byline', draft.byline) as string | null),
      originalPublishedAt: toIso(pick('originalPublishedAt', draft.originalPublishedAt) as string | null),
      creditLine: emptyToNull(pick('creditLine', draft.creditLine) as string | null),
      section: emptyToNull(pick('section', draft.section) as string | null),
      canonicalUrl: canonical && /^https?:\/\/\S+$/.test(canonical) ? canonical : null,
      body,
      publicationName: emptyToNull(pick('publicationName', f.publicationName) as string | null),
    };
  }

  const commentKey = (c: { authorName: string; body: string }) =>
    `${c.authorName.trim().toLowerCase()}|${c.body.replace(/\s+/g, ' ').trim().toLowerCase()}`;

  /**
   * The system moderation events of one file's comments, in two statements (rows, then their
   * comment links) inside the file's transaction: the per-comment document-service round trips
   * would otherwise double the cost of an import.
   */
  async function writeEvents(events: Array<{ commentId: number; data: Record<string, unknown> }>) {
    if (!events.length) return;
    await db()
      .query(EVENT as any)
      .createMany({ data: events.map((e) => e.data) });
    const rows = (await db()
      .query(EVENT as any)
      .findMany({
        where: { commentDocumentId: { $in: events.map((e) => e.data.commentDocumentId) } },
        select: ['id', 'commentDocumentId'],
      })) as any[];
    const joinTable = (db().metadata.get(EVENT).attributes as any).comment?.joinTable;
    if (!joinTable) return;
    const commentIdOf = new Map(events.map((e) => [e.data.commentDocumentId, e.commentId]));
    const links = rows.map((row) => ({
      [joinTable.joinColumn.name]: row.id,
      [joinTable.inverseJoinColumn.name]: commentIdOf.get(row.commentDocumentId),
    }));
    await db().transaction(async ({ trx }: any) => {
      await db().getConnection(joinTable.name).insert(links).transacting(trx);
    });
  }

  /** Writes the imported comments (in order, so replies can point at their parent) and their events. */
  async function writeComments(
    preview: ImportPreview,
    documentId: string,
    filename: string,
    skipKeys = new Set<string>(),
  ) {
    const ids: Array<string | null> = [];
    const now = new Date();
    const drafts = toDraftData(preview, now).comments;
    const events: Array<{ commentId: number; data: Record<string, unknown> }> = [];
    let written = 0;
    for (const c of drafts) {
      const body = (inert(c.body) ?? '').trim();
      const authorName = ((inert(c.authorName) ?? '').trim() || 'Anonymous reader').slice(0, 120);
      if (!body || skipKeys.has(commentKey({ authorName, body }))) {
        ids.push(null);
        continue;
      }
      const parent = c.parentIndex !== null ? ids[c.parentIndex] : null;
      const comment = await strapi.documents(COMMENT as any).create({
        data: {
          body,
          authorName,
          postedAt: c.postedAt,
          status: c.status,
          origin: 'import',
          articleDocumentId: documentId,
          article: documentId,
          ...(parent ? { parent } : {}),
          moderationReasons: c.moderationReasons ?? [],
          // The review queue filters by rule through this column when the comment model has it.
          ...(hasReasonRules() ? { reasonRules: reasonRulesOf(c.moderationReasons) } : {}),
        } as any,
      });
      ids.push(comment.documentId);
      written++;
      events.push({
        commentId: Number(comment.id),
        data: {
          commentDocumentId: comment.documentId,
          action: c.status === 'pending' ? 'create' : 'auto',
          fromStatus: null,
          toStatus: c.status,
          actorType: 'system',
          actorName: 'import',
          note: `Imported from ${filename.slice(0, 200)}${c.postedAtEstimated ? ' (posted time missing or unreadable; estimated)' : ''}`,
          reasons: c.moderationReasons ?? [],
          at: now,
        },
      });
    }
    await writeEvents(events);
    return written;
  }

  async function importOne(
    file: ImportFile,
    options: ImportOptions,
    moderate: (() => Moderate) | null,
    outlets: Map<string, string>,
  ): Promise<FileImportResult> {
    let preview: ImportPreview;
    try {
      preview = await parse(file, { now: options.now, moderate, quotes: false });
    } catch (error) {
      if (error instanceof ImportError) {
        return {
          file: file.filename,
          status: 'failed',
          code: error.code,
          reason: error.message,
          warnings: [],
        };
      }
      throw error;
    }
    const warnings: ImportWarningDto[] = preview.warnings.map((w) => ({ ...w }));
    const overrides = { ...(options.overrides?.[file.filename] ?? {}), ...(file.overrides ?? {}) };
    const data = articleData(preview, overrides);
    const includeComments = overrides.includeComments !== false;
    const onDuplicate = options.onDuplicate ?? 'skip';

    const onCommitted: Array<() => void> = [];
    const run = async (allowUpdate: boolean): Promise<FileImportResult> => {
      onCommitted.length = 0;
      const result = await db().transaction(async ({ trx }: any) => {
        // One file at a time across the CMS (PostgreSQL): the fingerprint check, the outlet
        // lookup-or-create and the free slug then see every other import's committed rows, so
        // imports on several instances never create two outlets or two drafts with one slug. The
        // quote sync of the article's save takes this same lock in this transaction anyway.
        await lockQuoteSync(strapi, trx);
        const existing = await findByFingerprint(preview.fingerprint);
        if (existing && !allowUpdate) throw new DuplicateError(existing.documentId);
        const outletKey = data.publicationName?.toLowerCase() ?? '';
        const publication = data.publicationName
          ? (outlets.get(outletKey) ?? (await upsertOutlet(data.publicationName)))
          : null;
        const { publicationName: _p, ...fields } = data;
        const articleFields = {
          ...fields,
          publication,
          editorialStage: 'imported',
          importFingerprint: preview.fingerprint,
        };
        let documentId: string;
        let skipKeys = new Set<string>();
        if (existing) {
          documentId = existing.documentId;
          await strapi
            .documents(ARTICLE as any)
            .update({ documentId, data: { ...articleFields, slug: existing.slug } as any });
          const old = (await db()
            .query(COMMENT as any)
            .findMany({
              where: { articleDocumentId: documentId, origin: 'import' },
              select: ['authorName', 'body'],
            })) as any[];
          skipKeys = new Set(old.map(commentKey));
        } else {
          const created = await strapi.documents(ARTICLE as any).create({
            data: {
              ...articleFields,
              slug: await uniqueSlug(data.title),
              // No commentsMode: the article follows its section's setting (pre-moderated sections).
              ...(options.userId ? { createdBy: options.userId, updatedBy: options.userId } : {}),
            } as any,
          });
          documentId = created.documentId;
        }
        const commentCount = includeComments
          ? await writeComments(preview, documentId, file.filename, skipKeys)
          : 0;
        await options.afterCommentsHook?.(file, documentId);
        // Remembered only once the transaction commits (a rolled-back outlet must not be reused).
        if (publication) onCommitted.push(() => outlets.set(outletKey, publication));
        return {
          file: file.filename,
          status: existing ? 'updated' : 'created',
          documentId,
          title: data.title,
          commentCount,
          warnings,
        } as FileImportResult;
      });
      onCommitted.forEach((fn) => fn());
      return result;
    };

    try {
      return await run(onDuplicate === 'update');
    } catch (error) {
      if (error instanceof DuplicateError) {
        return {
          file: file.filename,
          status: 'skipped-duplicate',
          reason: 'already imported (same fingerprint); import with "update" to refresh the draft',
          documentId: error.documentId,
          title: data.title,
          warnings,
        };
      }
      // Another import of the same file committed first: the unique index refused this one.
      if (isUniqueViolation(error)) {
        const existing = await findByFingerprint(preview.fingerprint);
        if (existing) {
          if (onDuplicate === 'update') return run(true);
          return {
            file: file.filename,
            status: 'skipped-duplicate',
            reason: 'imported at the same time by another request (same fingerprint)',
            documentId: existing.documentId,
            title: data.title,
            warnings,
          };
        }
      }
      const message =
        (error as any)?.details?.errors?.map?.((e: any) => `${e.path?.join('.')}: ${e.message}`).join('; ') ||
        (error as Error)?.message ||
        String(error);
      strapi.log.warn(`[editorial] import of ${file.filename} failed: ${message}`);
      return {
        file: file.filename,
        status: 'failed',
        code: 'save-failed',
        reason: `could not be saved: ${message}`,
        warnings,
      };
    }
  }

  return {
    /** Parses every file (no writes): fields, body, comments with moderation outcome, quotes, warnings. */
    async preview(files: ImportFile[], options: PreviewOptions = {}): Promise<FilePreviewResult[]> {
      const moderate = moderationHook(await moderationSettings());
      const results: FilePreviewResult[] = [];
      for (const file of files) {
        try {
          const preview = await parse(file, { now: options.now, moderate });
          const duplicate = await findByFingerprint(preview.fingerprint);
          results.push({
            file: file.filename,
            ok: true,
            summary: summariseImport(preview),
            preview: previewDto(preview),
            warnings: preview.warnings.map((w) => ({ ...w })),
            duplicateOf: duplicate ? { documentId: duplicate.documentId, title: duplicate.title } : null,
          });
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          results.push({
            file: file.filename,
            ok: false,
            error: { code: error.code, message: error.message },
            warnings: [],
          });
        }
      }
      return results;
    },

    /** Imports each file in its own transaction; a failed file never stops the batch. */
    async importFiles(files: ImportFile[], options: ImportOptions = {}): Promise<ImportBatchResult> {
      const moderate = moderationHook(await moderationSettings());
      const results: FileImportResult[] = [];
      const counts = emptyCounts();
      const outlets = new Map<string, string>();
      for (const file of files) {
        let result: FileImportResult;
        try {
          result = await importOne(file, options, moderate, outlets);
        } catch (error) {
          result = {
            file: file.filename,
            status: 'failed',
            code: 'error',
            reason: (error as Error)?.message ?? String(error),
            warnings: [],
          };
        }
        results.push(result);
        counts[result.status]++;
        if (result.commentCount) moderationService()?.countsChanged?.();
        options.onProgress?.(results.length, files.length, result);
      }
      return { results, counts };
    },

    /**
     * A unique index on the fingerprint of draft rows (every document has exactly one draft;
     * published copies share the value and are left out). Created at bootstrap when missing.
     */
    async ensureFingerprintIndex(): Promise<boolean> {
      const knex = strapi.db.connection;
      const table = strapi.db.metadata.get(ARTICLE).tableName;
      try {
        await knex.raw(
          `CREATE UNIQUE INDEX IF NOT EXISTS ${FINGERPRINT_INDEX} ON ${table} (import_fingerprint) WHERE published_at IS NULL AND import_fingerprint IS NOT NULL`,
        );
        return true;
      } catch (error) {
        strapi.log.warn(
          `[editorial] could not create ${FINGERPRINT_INDEX} (duplicate draft fingerprints?): ${(error as Error).message}`,
        );
        return false;
      }
    },
  };
};
