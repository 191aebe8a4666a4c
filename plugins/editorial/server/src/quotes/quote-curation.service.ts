import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  NON_PUBLIC_QUOTE_STATES,
  type ArticleQuotesQuery,
  type EditQuoteText,
  type MergeSources,
  type Reattribute,
  type SourceListQuery,
  type UndoMerge,
  type ArticleQuotesDto,
  type QuoteDto,
  type SourceListItemDto,
  type SourceDetailDto,
} from '../../../shared/quotes';
import { UIDS } from '../../../shared/constants';
import { chunks, joinInfo, kx, modelTable, newDocumentId, lockQuoteSync } from '../core/db';
import { refreshUnused, saveSourceAliases, SOURCE_FIELDS, type SourceRow } from './sync/sources';
import { updateQuotesByEditor } from './quote.repository';
import { aliasKeysOf, isFullNameForm, keepsAlias, keyOf, sharesNameWord, slugFor } from './sync/names';
import { aliasKeyList, reindexSources } from './sync/alias-index';

/** Plugin-store key prefix of a merge's undo record. */
const MERGE_KEY = 'source-merge:';
/** What a merged source needs to come back as it was. */
const MERGE_KEPT_FIELDS = [
  'id',
  'documentId',
  'name',
  'slug',
  'kind',
  'description',
  'affiliation',
  'aliases',
  'aliasKeys',
  'scopeArticleDocumentId',
  'unused',
];
/** The merge cannot be undone as things stand now (the controller answers 409). */
export class MergeConflict extends Error {}
interface MergeRecord {
  targetDocumentId: string;
  other: Record<string, any>;
  targetAliases: string[];
  movedQuotes: number[];
  movedArticles: number[];
  at: string;
}

const QUOTE_FIELDS = [
  'id',
  'documentId',
  'text',
  'type',
  'cue',
  'speakerText',
  'state',
  'editedByEditor',
  'sourceLocked',
  'confidence',
  'evidence',
  'paragraphIndex',
  'start',
  'end',
  'articleStatus',
  'articleDocumentId',
  'matchKey',
];
const SOURCE_DTO_FIELDS = ['id', 'documentId', 'name', 'kind', 'slug', 'unused'];

const toSource = (s: any) =>
  s ? { documentId: s.documentId, name: s.name, kind: s.kind, slug: s.slug, unused: !!s.unused } : null;

const toQuote = (q: any): QuoteDto => ({
  documentId: q.documentId,
  text: q.text,
  type: q.type,
  cue: q.cue ?? null,
  speakerText: q.speakerText ?? null,
  state: q.state,
  editedByEditor: !!q.editedByEditor,
  sourceLocked: !!q.sourceLocked,
  confidence: q.confidence ?? null,
  evidence: q.evidence && typeof q.evidence === 'object' ? q.evidence : null,
  paragraphIndex: q.paragraphIndex ?? null,
  start: q.start ?? null,
  end: q.end ?? null,
  articleStatus: q.articleStatus,
  source: toSource(q.source),
});

/** Editor curation of quotes and sources (admin API). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const findQuote = async (documentId: string) => {
    const q = await strapi.db
      .query(UIDS.quote as any)
      .findOne({ where: { documentId }, select: QUOTE_FIELDS, populate: { source: { select: ['id'] } } });
    if (!q) throw new errors.NotFoundError(`Quote ${documentId} not found`);
    return q as any;
  };
  /** The quote and its twin in the other version of the article (same text): editor state applies to both. */
  const siblings = async (q: any) =>
    (await strapi.db.query(UIDS.quote as any).findMany({
      where: q.matchKey ? { articleDocumentId: q.articleDocumentId, matchKey: q.matchKey } : { id: q.id },
      select: ['id', 'documentId'],
      populate: { source: { select: ['id'] } },
    })) as any[];

  const quoteDto = async (documentId: string) =>
    toQuote(
      await strapi.db.query(UIDS.quote as any).findOne({
        where: { documentId },
        select: QUOTE_FIELDS,
        populate: { source: { select: SOURCE_DTO_FIELDS } },
      }),
    );

  const updateQuotes = async (q: any, data: Record<string, unknown>) => {
    const ids = (await siblings(q)).map((s) => s.id);
    await updateQuotesByEditor(strapi, ids, data);
  };

  const findSource = async (documentId: string) => {
    const s = await strapi.db
      .query(UIDS.source as any)
      .findOne({ where: { documentId }, select: SOURCE_FIELDS });
    if (!s) throw new errors.NotFoundError(`Source ${documentId} not found`);
    return s as SourceRow;
  };

  /**
   * After an editor moves a quote to `target`: the sources it left lose the aliases that name the
   * target (its name, its aliases, the quote's speaker phrase) and those that are no full name of
   * theirs, unless an editor confirmed them;
   * the target gains the speaker phrase when it is a full name of it (the editor's word).
   */
  const fixAliasesAfterReattribution = async (
    trx: any,
    speakerText: string | null,
    target: SourceRow,
    leftIds: number[],
  ) => {
    if (target.kind === 'anonymous') return;
    const targetKeys = new Set(
      aliasKeyList(aliasKeysOf([target.name, ...(target.aliases ?? [])], target.kind)),
    );
    if (speakerText) targetKeys.add(keyOf(speakerText, target.kind));
    const ids = [
      ...new Set(leftIds.filter((id) => id != null && Number(id) !== Number(target.id)).map(Number)),
    ];
    const left = ids.length
      ? ((await strapi.db
          .query(UIDS.source as any)
          .findMany({ where: { id: { $in: ids } }, select: SOURCE_FIELDS })) as SourceRow[])
      : [];
    const confirmed = new Set(
      ids.length
        ? (
            (await strapi.db.query(UIDS.sourceAlias as any).findMany({
              select: ['sourceId', 'key'],
              where: { sourceId: { $in: ids }, provenance: 'editor_confirmed' },
            })) as any[]
          ).map((r) => `${r.sourceId}\0${r.key}`)
        : [],
    );
    const changed: number[] = [];
    for (const s of left) {
      if (s.kind === 'anonymous' || !Array.isArray(s.aliases)) continue;
      const kept = s.aliases.filter((a) => {
        const key = keyOf(a, s.kind);
        return (
          confirmed.has(`${s.id}\0${key}`) || (!targetKeys.has(key) && keepsAlias(a, s.name, s.kind, false))
        );
      });
      if (kept.length === s.aliases.length) continue;
      await saveSourceAliases(strapi, trx, s, kept);
      changed.push(Number(s.id));
    }
    if (changed.length) await reindexSources(strapi, trx, changed);
    const aliases = Array.isArray(target.aliases) ? target.aliases : [];
    const phrase = speakerText?.trim().replace(/\s+/g, ' ');
    const known = new Set([target.name, ...aliases].map((a) => keyOf(a, target.kind)));
    if (
      phrase &&
      isFullNameForm(phrase, target.kind) &&
      sharesNameWord(phrase, target.name, target.kind) &&
      !known.has(keyOf(phrase, target.kind))
    ) {
      const next = [...aliases, phrase];
      await saveSourceAliases(strapi, trx, target, next);
      await reindexSources(strapi, trx, [target.id], 'editor_confirmed');
    }
  };

  /**
   * Quotes per source as readers see them: in published article versions and in a public state
   * (a draft and its published copy would otherwise count the same quote twice).
   */
  const quoteCounts = async (sourceIds: number[]) => {
    const link = joinInfo(strapi, UIDS.quote, 'source');
    const quote = modelTable(strapi, UIDS.quote);
    const quotes = quote.name;
    const counts = new Map<number, number>();
    // Knex: a join with a grouped count (the query engine has no GROUP BY).
    if (!sourceIds.length) return counts;
    const rows = await strapi.db
      .connection(link.table)
      .join(quotes, `${quotes}.id`, `${link.table}.${link.ownColumn}`)
      .select(`${link.table}.${link.targetColumn} as source`)
      .count({ n: '*' })
      .whereIn(`${link.table}.${link.targetColumn}`, sourceIds)
      .where(`${quotes}.${quote.column('articleStatus')}`, 'published')
      .whereNotIn(`${quotes}.${quote.column('state')}`, NON_PUBLIC_QUOTE_STATES)
      .groupBy(`${link.table}.${link.targetColumn}`);
    for (const r of rows as any[]) counts.set(Number(r.source), Number(r.n));
    return counts;
  };

  return {
    async articleQuotes(
      articleDocumentId: string,
      { status = 'draft' }: ArticleQuotesQuery = {},
    ): Promise<ArticleQuotesDto> {
      const article = (await strapi.db.query(UIDS.article as any).findOne({
        where: { documentId: articleDocumentId, publishedAt: status === 'draft' ? null : { $notNull: true } },
        select: ['id', 'quoteExtraction', 'body'],
      })) as any;
      if (!article) {
        const any = await strapi.db
          .query(UIDS.article as any)
          .findOne({ where: { documentId: articleDocumentId }, select: ['id'] });
        if (!any) throw new errors.NotFoundError(`Article ${articleDocumentId} not found`);
      }
      const rows = (await strapi.db.query(UIDS.quote as any).findMany({
        where: { articleDocumentId, articleStatus: status },
        select: QUOTE_FIELDS,
        populate: { source: { select: SOURCE_DTO_FIELDS } },
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
      })) as any[];
      const quotes = rows.map(toQuote);
      const live = quotes.filter((q) => q.state !== 'rejected');
      const anonymous = live.filter((q) => q.source?.kind === 'anonymous').length;
      const settings = await strapi.plugin('editorial').service('settings').getQuoteSettings();
      const extraction = article?.quoteExtraction ?? null;
      return {
        articleDocumentId,
        status,
        body: article?.body ?? null,
        quotes,
        anonymousShare: live.length ? anonymous / live.length : 0,
        counts: {
          total: live.length,
          anonymous,
          verified: quotes.filter((q) => q.state === 'verified').length,
          rejected: quotes.filter((q) => q.state === 'rejected').length,
          needsReview: quotes.filter((q) => q.state === 'needs_review').length,
        },
        extraction: settings.extractionEnabled
          ? extraction
          : { ...(extraction ?? { error: null, at: null, counts: {}, history: [] }), status: 'disabled' },
      };
    },

    async verify(documentId: string) {
      return strapi.db.transaction(async () => {
        const q = await findQuote(documentId);
        await updateQuotes(q, { state: 'verified' });
        return quoteDto(documentId);
      });
    },

    async reject(documentId: string) {
      return strapi.db.transaction(async () => {
        const q = await findQuote(documentId);
        await updateQuotes(q, { state: 'rejected' });
        return quoteDto(documentId);
      });
    },

    async editText(documentId: string, { text }: EditQuoteText) {
      return strapi.db.transaction(async () => {
        const q = await findQuote(documentId);
        await updateQuotes(q, { text, editedByEditor: true });
        return quoteDto(documentId);
      });
    },

    async reattribute(documentId: string, input: Reattribute) {
      return strapi.db.transaction(async ({ trx }: any) => {
        await lockQuoteSync(strapi, trx);
        const q = await findQuote(documentId);
        let target: SourceRow;
        if ('sourceDocumentId' in input) {
          target = await findSource(input.sourceDocumentId);
        } else {
          const { name, kind, description } = input.source;
          const scope = kind === 'anonymous' ? q.articleDocumentId : null;
          const slug = slugFor(name, kind, scope);
          const existing = (await strapi.db
            .query(UIDS.source as any)
            .findOne({ where: { slug }, select: SOURCE_FIELDS })) as SourceRow | null;
          target =
            existing ??
            ((await strapi.db.query(UIDS.source as any).create({
              data: {
                documentId: newDocumentId(),
                name,
                slug,
                kind,
                description: description ?? null,
                aliases: [],
                aliasKeys: kind === 'anonymous' ? null : aliasKeysOf([name], kind),
                scopeArticleDocumentId: scope,
                unused: false,
              },
              select: SOURCE_FIELDS,
            })) as SourceRow);
        }
        const twins = await siblings(q);
        // The query engine writes the link and its order column as Strapi does (a quote has a
        // draft and a published row at most).
        for (const twin of twins) {
          await strapi.db.query(UIDS.quote as any).update({
            where: { id: twin.id },
            data: { source: target.id, sourceLocked: true, updatedAt: new Date() } as any,
          });
        }
        await fixAliasesAfterReattribution(
          trx,
          q.speakerText ?? null,
          target,
          twins.map((t) => t.source?.id),
        );
        await refreshUnused(strapi, trx, [target.id, ...twins.map((t) => t.source?.id)]);
        return quoteDto(documentId);
      });
    },

    async listSources({ q, kind, unused, page = 1, pageSize = 25 }: SourceListQuery) {
      const where: any = {};
      if (kind) where.kind = kind;
      if (unused) where.unused = unused === 'true';
      if (q && q.trim())
        where.$or = [
          { name: { $containsi: q.trim() } },
          {
            aliasKeys: {
              $containsi: q
                .trim()
                .toLowerCase()
                .replace(/[^\p{L}\p{N}]+/gu, '-'),
            },
          },
        ];
      const [rows, total] = await Promise.all([
        strapi.db.query(UIDS.source as any).findMany({
          where,
          select: [...SOURCE_FIELDS, 'description'],
          // The slug is the name lower-cased (and ASCII-folded): an order that ignores case,
          // where ordering by name would put every lower-case name after the capitals.
          orderBy: [{ slug: 'asc' }, { id: 'asc' }],
          offset: (page - 1) * pageSize,
          limit: pageSize,
        }),
        strapi.db.query(UIDS.source as any).count({ where }),
      ]);
      const counts = await quoteCounts((rows as any[]).map((r) => r.id));
      const results: SourceListItemDto[] = (rows as any[]).map((s) => ({
        ...(toSource(s) as any),
        aliases: Array.isArray(s.aliases) ? s.aliases : [],
        description: s.description ?? null,
        quoteCount: counts.get(Number(s.id)) ?? 0,
        scopeArticleDocumentId: s.scopeArticleDocumentId ?? null,
      }));
      return { results, pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } };
    },

    async sourceDetail(documentId: string): Promise<SourceDetailDto> {
      const s: any = await strapi.db
        .query(UIDS.source as any)
        .findOne({ where: { documentId }, select: [...SOURCE_FIELDS, 'description'] });
      if (!s) throw new errors.NotFoundError(`Source ${documentId} not found`);
      const quotes = (await strapi.db.query(UIDS.quote as any).findMany({
        where: { source: { id: s.id } },
        select: QUOTE_FIELDS,
        populate: { source: { select: SOURCE_DTO_FIELDS } },
        orderBy: [{ articleDocumentId: 'asc' }, { articleStatus: 'asc' }, { start: 'asc' }],
      })) as any[];
      const docIds = [...new Set(quotes.map((q) => q.articleDocumentId))];
      const articles = docIds.length
        ? ((await strapi.db.query(UIDS.article as any).findMany({
            where: { documentId: { $in: docIds } },
            select: ['documentId', 'title', 'publishedAt'],
          })) as any[])
        : [];
      const titles = new Map<string, string>();
      for (const a of articles)
        if (!titles.has(a.documentId) || !a.publishedAt) titles.set(a.documentId, a.title);
      return {
        ...(toSource(s) as any),
        aliases: Array.isArray(s.aliases) ? s.aliases : [],
        description: s.description ?? null,
        scopeArticleDocumentId: s.scopeArticleDocumentId ?? null,
        quoteCount: quotes.length,
        quotes: quotes.map((q) => ({
          ...toQuote(q),
          articleDocumentId: q.articleDocumentId,
          articleTitle: titles.get(q.articleDocumentId) ?? null,
        })),
      };
    },

    /**
     * Merges `other` into `target`: quotes and aliases move, `other` is deleted, all in one
     * transaction. What moved is kept (plugin store, `source-merge:<mergeId>`) so that
     * `undoMerge` can put `other` back; the answer carries `undo.mergeId`.
     */
    async mergeSources(targetDocumentId: string, { otherDocumentId }: MergeSources) {
      if (otherDocumentId === targetDocumentId)
        throw new errors.ValidationError(
          'Invalid merge request: otherDocumentId: a source cannot be merged into itself',
        );
      return strapi.db.transaction(async ({ trx }: any) => {
        await lockQuoteSync(strapi, trx);
        const target = await findSource(targetDocumentId);
        const other = await findSource(otherDocumentId);
        const link = joinInfo(strapi, UIDS.quote, 'source');
        const pub = joinInfo(strapi, UIDS.article, 'publication');
        const otherRow = await strapi.db
          .query(UIDS.source as any)
          .findOne({ where: { id: other.id }, select: MERGE_KEPT_FIELDS });
        const movedQuotes: number[] = (
          await kx(strapi, trx, link.table).where(link.targetColumn, other.id).select(link.ownColumn)
        ).map((r: any) => Number(r[link.ownColumn]));
        const movedArticles: number[] = (
          await kx(strapi, trx, pub.table).where(pub.targetColumn, other.id).select(pub.ownColumn)
        ).map((r: any) => Number(r[pub.ownColumn]));
        const mergeId = newDocumentId();
        const record: MergeRecord = {
          targetDocumentId,
          other: otherRow,
          targetAliases: target.aliases ?? [],
          movedQuotes,
          movedArticles,
          at: new Date().toISOString(),
        };
        await strapi
          .store({ type: 'plugin', name: 'editorial' })
          .set({ key: `${MERGE_KEY}${mergeId}`, value: record });

        // Knex: one UPDATE of each join table moves every quote and article of the merged source
        // (the query engine rewrites relations one row at a time); undoMerge reverses the same rows.
        await kx(strapi, trx, link.table)
          .where(link.targetColumn, other.id)
          .update({ [link.targetColumn]: target.id });
        const aliases = [
          ...new Set([...(target.aliases ?? []), other.name, ...(other.aliases ?? [])]),
        ].filter((a) => a !== target.name);
        await saveSourceAliases(strapi, trx, target, aliases);
        await reindexSources(strapi, trx, [target.id]);
        // Articles published by the merged outlet now point at the kept one.
        await kx(strapi, trx, pub.table)
          .where(pub.targetColumn, other.id)
          .update({ [pub.targetColumn]: target.id });
        await strapi.db.query(UIDS.source as any).delete({ where: { id: other.id } });
        await refreshUnused(strapi, trx, [target.id]);
        return { ...(await this.sourceDetail(targetDocumentId)), undo: { mergeId } };
      });
    },

    /**
     * Undoes a merge: the merged source comes back (same documentId, name, slug, aliases), with
     * the quotes and publication links that moved and are still on the target; the target gets
     * its aliases back. 404 for an unknown merge, 409 when its slug was taken meanwhile.
     */
    async undoMerge(targetDocumentId: string, { mergeId }: UndoMerge) {
      const store = strapi.store({ type: 'plugin', name: 'editorial' });
      return strapi.db.transaction(async ({ trx }: any) => {
        await lockQuoteSync(strapi, trx);
        const record = (await store.get({ key: `${MERGE_KEY}${mergeId}` })) as MergeRecord | null;
        if (!record || record.targetDocumentId !== targetDocumentId)
          throw new errors.NotFoundError(`Merge ${mergeId} not found for source ${targetDocumentId}`);
        const target = await findSource(targetDocumentId);
        const taken = await strapi.db
          .query(UIDS.source as any)
          .findOne({ where: { slug: record.other.slug }, select: ['id'] });
        if (taken)
          throw new MergeConflict(
            `A source named like ${record.other.name} exists again (${record.other.slug}): the merge cannot be undone`,
          );
        const { id: _id, ...fields } = record.other;
        const restored = (await strapi.db
          .query(UIDS.source as any)
          .create({ data: fields, select: ['id'] })) as any;
        const link = joinInfo(strapi, UIDS.quote, 'source');
        const pub = joinInfo(strapi, UIDS.article, 'publication');
        for (const part of chunks(record.movedQuotes)) {
          await kx(strapi, trx, link.table)
            .whereIn(link.ownColumn, part)
            .where(link.targetColumn, target.id)
            .update({ [link.targetColumn]: restored.id });
        }
        for (const part of chunks(record.movedArticles)) {
          await kx(strapi, trx, pub.table)
            .whereIn(pub.ownColumn, part)
            .where(pub.targetColumn, target.id)
            .update({ [pub.targetColumn]: restored.id });
        }
        const aliases = record.targetAliases;
        await saveSourceAliases(strapi, trx, target, aliases);
        await reindexSources(strapi, trx, [target.id, restored.id]);
        await refreshUnused(strapi, trx, [target.id, restored.id]);
        await store.delete({ key: `${MERGE_KEY}${mergeId}` });
        return this.sourceDetail(targetDocumentId);
      });
    },
  };
};
