import type { Core } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';
import { NON_PUBLIC_QUOTE_STATES } from '../../../shared/quotes';
import { PUBLIC_SCHEMA } from '../../../shared/public-schema';
import type { ArticleExtras, PublicQuote, PublicSourceRef, Sourcing } from '../../../shared/public-responses';
import { locateQuote, paragraphsOf } from './positions';
import { PayloadCache } from './payload-cache';
import { parseAliases } from '../quotes/sync/names';
import { modelTable } from '../core/db';

/**
 * Read model of the public API: everything a front-end renders for articles and sources,
 * computed in a fixed number of batched queries per page (never one query per article), and
 * the cheap change markers the ETags are built from. Only published articles, their
 * non-rejected quotes and approved comments are read; private fields are never selected.
 */

// The public shapes are the zod schemas the routes answer with (shared/public-responses.ts).
export type { ArticleExtras, PublicQuote, PublicSourceRef, Sourcing };

const SOURCE_FIELDS = ['documentId', 'name', 'slug', 'kind', 'affiliation'];
const QUOTE_FIELDS = ['id', ...PUBLIC_SCHEMA.quote.fields];

/** Published quotes neither rejected nor waiting for review: the only quotes the public may see. */
export const PUBLIC_QUOTE_WHERE = { articleStatus: 'published', state: { $notIn: NON_PUBLIC_QUOTE_STATES } };

const toSourceRef = (s: any): PublicSourceRef | null =>
  s
    ? {
        documentId: s.documentId,
        name: s.name,
        slug: s.slug,
        kind: s.kind,
        affiliation: s.affiliation ?? null,
      }
    : null;

export function toPublicQuote(q: any): PublicQuote {
  return {
    documentId: q.documentId,
    text: q.text,
    type: q.type,
    cue: q.cue ?? null,
    speaker: q.speakerText ?? null,
    verified: q.state === 'verified',
    position: { paragraph: q.paragraphIndex ?? null, start: q.start ?? null, end: q.end ?? null },
    source: toSourceRef(q.source),
  };
}

/** Sources cited and the named/anonymous split for one article's public quotes. */
export function summariseSourcing(quotes: PublicQuote[]): Pick<ArticleExtras, 'sourcesCited' | 'sourcing'> {
  const bySource = new Map<string, PublicSourceRef & { quoteCount: number }>();
  let anonymous = 0;
  let unattributed = 0;
  for (const q of quotes) {
    if (!q.source) {
      unattributed++;
      continue;
    }
    if (q.source.kind === 'anonymous') anonymous++;
    const entry = bySource.get(q.source.documentId) ?? { ...q.source, quoteCount: 0 };
    entry.quoteCount++;
    bySource.set(q.source.documentId, entry);
  }
  const attributed = quotes.length - unattributed;
  return {
    sourcesCited: [...bySource.values()].sort(
      (a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name),
    ),
    sourcing: {
      quotes: quotes.length,
      named: attributed - anonymous,
      anonymous,
      unattributed,
      anonymousShare: attributed ? Math.round((anonymous / attributed) * 1000) / 1000 : 0,
    },
  };
}

const byPosition = (a: any, b: any) =>
  (a.paragraphIndex ?? Number.MAX_SAFE_INTEGER) - (b.paragraphIndex ?? Number.MAX_SAFE_INTEGER) ||
  (a.start ?? 0) - (b.start ?? 0) ||
  a.id - b.id;

/** How two spellings of a name compare: case and spacing aside. */
const formKey = (v: unknown) =>
  String(v ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

function dateKey(v: unknown): string {
  if (!v) return '';
  const d = v instanceof Date ? v : new Date(String(v));
  return Number.isNaN(d.getTime()) ? String(v) : d.toISOString();
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Knex for the aggregate reads (grouped counts, subqueries, joins the query engine cannot
  // express): a fixed number of statements per page, measured by `npm run bench -- public-api`.
  // Names from Strapi's metadata (core/db.ts).
  const table = (uid: string) => modelTable(strapi, uid).name;
  const col = (uid: string, attr: string) => modelTable(strapi, uid).column(attr);
  const knex = () => strapi.db.connection;

  /** Join table of a relation attribute: { name, from, to }. */
  const link = (uid: string, attr: string) => {
    const join = modelTable(strapi, uid).join(attr);
    return { name: join.table, from: join.ownColumn, to: join.targetColumn };
  };

  /** Subqueries (not run on their own): documentIds of published articles, ids of quoted and outlet sources. */
  const publishedDocumentIds = () =>
    knex()(table(UIDS.article))
      .whereNotNull(col(UIDS.article, 'publishedAt'))
      .select(col(UIDS.article, 'documentId'));
  const quotedSourceIds = () => {
    const ql = link(UIDS.quote, 'source');
    return quoteBase()
      .join(`${ql.name} as l`, `l.${ql.from}`, 'q.id')
      .whereNotNull(`l.${ql.to}`)
      .select(`l.${ql.to}`);
  };
  const outletIds = () => {
    const al = link(UIDS.article, 'publication');
    return knex()(`${al.name} as l`)
      .join(`${table(UIDS.article)} as a`, 'a.id', `l.${al.from}`)
      .whereNotNull(`a.${col(UIDS.article, 'publishedAt')}`)
      .whereNotNull(`l.${al.to}`)
      .select(`l.${al.to}`);
  };

  /** Public quotes (alias q) for the aggregate queries: PUBLIC_QUOTE_WHERE itself, so a change there applies here too. */
  const quoteBase = () => {
    const qb = knex()(`${table(UIDS.quote)} as q`);
    for (const [attr, cond] of Object.entries(PUBLIC_QUOTE_WHERE as Record<string, unknown>)) {
      const c = `q.${col(UIDS.quote, attr)}`;
      if (cond === null || typeof cond !== 'object') qb.where(c, cond as any);
      else if ('$ne' in cond) qb.whereNot(c, (cond as any).$ne);
      else if ('$in' in cond) qb.whereIn(c, (cond as any).$in);
      else if ('$notIn' in cond) qb.whereNotIn(c, (cond as any).$notIn);
      else throw new Error(`PUBLIC_QUOTE_WHERE.${attr}: only a value, $ne, $in or $notIn is supported here`);
    }
    return qb;
  };

  const service = {
    /** Serialized responses by ETag (see payload-cache.ts); size from editorial.config.publicApi. */
    payloadCache: new PayloadCache(() =>
      Number((strapi.plugin('editorial').config('publicApi') as any)?.payloadCacheEntries ?? 500),
    ),

    /** Quotes, sources cited, sourcing split and approved-comment count for a page of articles: three queries. */
    async extrasFor(
      documentIds: string[],
      knownBodies: Map<string, string | null> = new Map(),
    ): Promise<Map<string, ArticleExtras>> {
      const ids = [...new Set(documentIds.filter(Boolean))];
      const out = new Map<string, ArticleExtras>();
      if (!ids.length) return out;
      const bodies = new Map(knownBodies);
      const missing = ids.filter((id) => !bodies.has(id));
      const [quotes, counts] = await Promise.all([
        strapi.db.query(UIDS.quote as any).findMany({
          where: { articleDocumentId: { $in: ids }, ...PUBLIC_QUOTE_WHERE },
          select: QUOTE_FIELDS,
          populate: { source: { select: SOURCE_FIELDS } },
        }),
        service.approvedCommentCounts(ids),
        missing.length
          ? strapi.db
              .query(UIDS.article as any)
              .findMany({
                where: { documentId: { $in: missing }, publishedAt: { $notNull: true } },
                select: ['documentId', 'body'],
              })
              .then((rows: any[]) => rows.forEach((r) => bodies.set(r.documentId, r.body ?? null)))
          : null,
      ]);
      const grouped = new Map<string, any[]>();
      for (const q of quotes as any[]) {
        const list = grouped.get(q.articleDocumentId) ?? [];
        list.push(q);
        grouped.set(q.articleDocumentId, list);
      }
      for (const id of ids) {
        const body = bodies.get(id) ?? null;
        const paragraphs = body ? paragraphsOf(body) : [];
        const publicQuotes = (grouped.get(id) ?? []).sort(byPosition).map((q) => {
          const pq = toPublicQuote(q);
          pq.position = locateQuote(
            body,
            { text: q.text, paragraph: q.paragraphIndex ?? null, start: q.start ?? null, end: q.end ?? null },
            paragraphs,
          );
          return pq;
        });
        out.set(id, {
          quotes: publicQuotes,
          ...summariseSourcing(publicQuotes),
          approvedCommentCount: counts.get(id) ?? 0,
        });
      }
      return out;
    },

    async approvedCommentCounts(documentIds: string[]): Promise<Map<string, number>> {
      const c = table(UIDS.comment);
      const docCol = col(UIDS.comment, 'articleDocumentId');
      const rows: any[] = await knex()(c)
        .select(`${docCol} as doc`)
        .count({ n: '*' })
        .where(col(UIDS.comment, 'status'), 'approved')
        .whereIn(docCol, documentIds)
        .groupBy(docCol);
      return new Map(rows.map((r) => [r.doc, Number(r.n)]));
    },

    /** The published version of an article by documentId or slug: just what the ETag needs. */
    async articleHead(
      idOrSlug: string,
    ): Promise<{ id: number; documentId: string; updatedAt: unknown; publishedAt: unknown } | null> {
      const rows: any[] = await strapi.db.query(UIDS.article as any).findMany({
        where: { $or: [{ documentId: idOrSlug }, { slug: idOrSlug }], publishedAt: { $notNull: true } },
        select: ['id', 'documentId', 'updatedAt', 'publishedAt', 'slug'],
        limit: 2,
      });
      if (!rows.length) return null;
      // A documentId wins over a slug that happens to look the same.
      return rows.find((r) => r.documentId === idOrSlug) ?? rows[0];
    },

    /**
     * Change markers of one article's public representation: its published version, its
     * public quotes (and their sources) and its approved comments. Two aggregate queries.
     */
    async articleMarkers(head: {
      id: number;
      documentId: string;
      updatedAt: unknown;
      publishedAt: unknown;
    }): Promise<unknown[]> {
      const q = UIDS.quote;
      const lnk = link(q, 'source');
      const s = table(UIDS.source);
      const pub = link(UIDS.article, 'publication');
      const [quoteAgg, commentAgg, outlet] = await Promise.all([
        quoteBase()
          .leftJoin(`${lnk.name} as l`, `l.${lnk.from}`, 'q.id')
          .leftJoin(`${s} as s`, 's.id', `l.${lnk.to}`)
          .where(`q.${col(q, 'articleDocumentId')}`, head.documentId)
          .count({ n: 'q.id' })
          .max({ qu: `q.${col(q, 'updatedAt')}` })
          .max({ su: `s.${col(UIDS.source, 'updatedAt')}` })
          .sum({ ids: 'q.id' })
          .first(),
        knex()(table(UIDS.comment))
          .where(col(UIDS.comment, 'articleDocumentId'), head.documentId)
          .where(col(UIDS.comment, 'status'), 'approved')
          .count({ n: 'id' })
          .max({ u: col(UIDS.comment, 'updatedAt') })
          .sum({ ids: 'id' })
          .first(),
        // The outlet (publication) of this published version, which a client may populate.
        knex()(`${pub.name} as l`)
          .join(`${s} as s`, 's.id', `l.${pub.to}`)
          .where(`l.${pub.from}`, head.id)
          .select('s.id as id', `s.${col(UIDS.source, 'updatedAt')} as u`)
          .first(),
      ]);
      return [
        'article',
        String(outlet?.id ?? ''),
        dateKey(outlet?.u),
        head.documentId,
        dateKey(head.updatedAt),
        dateKey(head.publishedAt),
        Number(quoteAgg?.n ?? 0),
        dateKey(quoteAgg?.qu),
        dateKey(quoteAgg?.su),
        String(quoteAgg?.ids ?? 0),
        Number(commentAgg?.n ?? 0),
        dateKey(commentAgg?.u),
        String(commentAgg?.ids ?? 0),
      ];
    },

    /** Change markers of every public collection read (article and source lists, source pages). */
    async collectionMarkers(): Promise<unknown[]> {
      const a = UIDS.article;
      const [articles, quotes, comments, sources] = await Promise.all([
        knex()(table(a))
          .whereNotNull(col(a, 'publishedAt'))
          .count({ n: 'id' })
          .max({ u: col(a, 'updatedAt') })
          .max({ p: col(a, 'publishedAt') })
          .sum({ ids: 'id' })
          .first(),
        quoteBase()
          .count({ n: 'q.id' })
          .max({ u: `q.${col(UIDS.quote, 'updatedAt')}` })
          .sum({ ids: 'q.id' })
          .first(),
        // Approved comments of published articles: one on a draft-only article changes nothing public.
        knex()(table(UIDS.comment))
          .where(col(UIDS.comment, 'status'), 'approved')
          .whereIn(col(UIDS.comment, 'articleDocumentId'), publishedDocumentIds())
          .count({ n: 'id' })
          .max({ u: col(UIDS.comment, 'updatedAt') })
          .sum({ ids: 'id' })
          .first(),
        // Visible sources only: a source a draft creates (or an alias a draft adds) is not public state.
        knex()(table(UIDS.source))
          .where((qb: any) => qb.whereIn('id', quotedSourceIds()).orWhereIn('id', outletIds()))
          .count({ n: 'id' })
          .max({ u: col(UIDS.source, 'updatedAt') })
          .sum({ ids: 'id' })
          .first(),
      ]);
      const flat = (r: any) =>
        r
          ? Object.keys(r)
              .sort()
              .map((k) => (k === 'n' ? Number(r[k]) : dateKey(r[k]) || String(r[k] ?? '')))
          : [];
      return ['collection', ...flat(articles), ...flat(quotes), ...flat(comments), ...flat(sources)];
    },

    /** documentIds of published articles with a public quote from the source `ref` (documentId or slug): a query for `documentId IN (...)`. */
    articlesQuotingQuery(ref: string) {
      const lnk = link(UIDS.quote, 'source');
      const s = UIDS.source;
      return quoteBase()
        .join(`${lnk.name} as l`, `l.${lnk.from}`, 'q.id')
        .join(`${table(s)} as s`, 's.id', `l.${lnk.to}`)
        .where((qb: any) => qb.where(`s.${col(s, 'documentId')}`, ref).orWhere(`s.${col(s, 'slug')}`, ref))
        .whereNotNull(`q.${col(UIDS.quote, 'articleDocumentId')}`)
        .select(`q.${col(UIDS.quote, 'articleDocumentId')}`);
    },

    /**
     * Sources the public may see: those quoted in a published article (public quotes only)
     * and the outlets of published articles. Sources known only from drafts stay hidden.
     * A query (not run here) for `id IN (...)`: PublicScope.visibleSourceKeys embeds it.
     */
    visibleSourceIdsQuery() {
      return knex()(table(UIDS.source))
        .select('id')
        .where((qb: any) => qb.whereIn('id', quotedSourceIds()).orWhereIn('id', outletIds()));
    },

    /** Whether the public may see this source row (visibleSourceIdsQuery, for one row). */
    async isVisibleSource(sourceId: number): Promise<boolean> {
      const row = await knex()(table(UIDS.source))
        .where('id', sourceId)
        .whereIn('id', service.visibleSourceIdsQuery())
        .first('id');
      return !!row;
    },

    /**
     * Public aliases of these sources: the stored aliases a public quote of the source uses as
     * its speaker ("Mr. Whitfield" only once a published, non-rejected quote names him so). A
     * form seen only in a draft or a rejected quote stays private. Two queries.
     */
    async publicAliases(sourceIds: number[]): Promise<Map<number, string[]>> {
      const ids = [...new Set(sourceIds.map(Number))];
      if (!ids.length) return new Map();
      const lnk = link(UIDS.quote, 'source');
      const s = UIDS.source;
      const [sources, speakers] = await Promise.all([
        knex()(table(s))
          .select('id', `${col(s, 'aliases')} as aliases`)
          .whereIn('id', ids),
        quoteBase()
          .join(`${lnk.name} as l`, `l.${lnk.from}`, 'q.id')
          .whereIn(`l.${lnk.to}`, ids)
          .whereNotNull(`q.${col(UIDS.quote, 'speakerText')}`)
          .distinct(`l.${lnk.to} as id`, `q.${col(UIDS.quote, 'speakerText')} as speaker`),
      ]);
      const used = new Map<number, Set<string>>();
      for (const r of speakers as any[]) {
        const set = used.get(Number(r.id)) ?? new Set<string>();
        set.add(formKey(r.speaker));
        used.set(Number(r.id), set);
      }
      const out = new Map<number, string[]>();
      for (const r of sources as any[]) {
        const forms = used.get(Number(r.id));
        out.set(Number(r.id), forms ? parseAliases(r.aliases).filter((x) => forms.has(formKey(x))) : []);
      }
      return out;
    },

    /**
     * Visible source ids whose name, slug or a public alias contains the text (case-insensitive).
     * Scans the visible sources (read through visibleSourceIdsQuery, no id list is sent); public
     * aliases are worked out only for sources with a stored alias containing the text.
     */
    async searchSourceIds(text: string): Promise<number[]> {
      const needle = text.toLowerCase();
      const s = UIDS.source;
      const has = (v: unknown) =>
        String(v ?? '')
          .toLowerCase()
          .includes(needle);
      const rows: any[] = await knex()(table(s))
        .select(
          'id',
          `${col(s, 'name')} as name`,
          `${col(s, 'slug')} as slug`,
          `${col(s, 'aliases')} as aliases`,
        )
        .whereIn('id', service.visibleSourceIdsQuery());
      const found: number[] = [];
      const byAlias: number[] = [];
      for (const r of rows) {
        if (has(r.name) || has(r.slug)) found.push(Number(r.id));
        else if (parseAliases(r.aliases).some(has)) byAlias.push(Number(r.id));
      }
      for (let i = 0; i < byAlias.length; i += 5000) {
        const aliases = await service.publicAliases(byAlias.slice(i, i + 5000));
        for (const [id, forms] of aliases) if (forms.some(has)) found.push(id);
      }
      return found;
    },

    /** Public quote counts per source row id, one query. */
    async quoteCountsBySource(sourceIds: number[]): Promise<Map<number, number>> {
      if (!sourceIds.length) return new Map();
      const lnk = link(UIDS.quote, 'source');
      const rows: any[] = await quoteBase()
        .join(`${lnk.name} as l`, `l.${lnk.from}`, 'q.id')
        .whereIn(`l.${lnk.to}`, sourceIds)
        .select(`l.${lnk.to} as id`)
        .count({ n: 'q.id' })
        .groupBy(`l.${lnk.to}`);
      return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
    },

    /**
     * A source's public quotes across published articles, newest article first (original
     * publication date, then publication in the CMS), in body order within an article.
     */
    async quotesOfSource(sourceId: number): Promise<Array<Omit<PublicQuote, 'source'> & { article: any }>> {
      const quotes: any[] = await strapi.db.query(UIDS.quote as any).findMany({
        where: { source: { id: sourceId }, ...PUBLIC_QUOTE_WHERE },
        select: QUOTE_FIELDS,
      });
      const docIds = [...new Set(quotes.map((q) => q.articleDocumentId))];
      const articles: any[] = docIds.length
        ? await strapi.db.query(UIDS.article as any).findMany({
            where: { documentId: { $in: docIds }, publishedAt: { $notNull: true } },
            select: ['documentId', 'title', 'slug', 'section', 'originalPublishedAt', 'publishedAt'],
          })
        : [];
      const byDoc = new Map(articles.map((a) => [a.documentId, a]));
      const when = (a: any) => dateKey(a.originalPublishedAt ?? a.publishedAt);
      return quotes
        .filter((q) => byDoc.has(q.articleDocumentId))
        .sort((x, y) => {
          const ax = byDoc.get(x.articleDocumentId);
          const ay = byDoc.get(y.articleDocumentId);
          return (
            when(ay).localeCompare(when(ax)) || ay.documentId.localeCompare(ax.documentId) || byPosition(x, y)
          );
        })
        .map((q) => {
          const { publishedAt, ...article } = byDoc.get(q.articleDocumentId);
          void publishedAt;
          const { source, ...rest } = toPublicQuote(q);
          void source;
          return { ...rest, article };
        });
    },
  };
  return service;
};
