import type { Core } from '@strapi/strapi';
import { UIDS } from '../../../../shared/constants';
import type { SourceKind } from '../../../../shared/quotes';
import { chunks, insertRows, kx, modelTable, newDocumentId, parseJson, selectByShape } from '../../core/db';
import { sourceKey, type EngineSource } from './quote-engine';
import { indexNewSource, reindexSources } from './alias-index';
import {
  aliasKeysOf,
  isBareNamePerson,
  isFullNameForm,
  keyOf,
  sharesNameWord,
  syncSlugAndScope,
  toModelKind,
  type AliasProvenance,
} from './names';

export interface SourceRow {
  id: number;
  documentId: string;
  name: string;
  slug: string;
  kind: SourceKind;
  aliases: string[] | null;
  aliasKeys: string | null;
  unused: boolean | null;
  scopeArticleDocumentId: string | null;
}

export const SOURCE_FIELDS = [
  'id',
  'documentId',
  'name',
  'slug',
  'kind',
  'aliases',
  'aliasKeys',
  'unused',
  'scopeArticleDocumentId',
];

/** The source row as knex returns it under attribute names (`modelTable().select`). */
const toSourceRow = (r: any): SourceRow => {
  const aliases = parseJson(r.aliases);
  return {
    id: Number(r.id),
    documentId: r.documentId,
    name: r.name,
    slug: r.slug,
    kind: r.kind,
    aliases: Array.isArray(aliases) ? aliases : null,
    aliasKeys: r.aliasKeys ?? null,
    unused: r.unused == null ? null : Boolean(r.unused),
    scopeArticleDocumentId: r.scopeArticleDocumentId ?? null,
  };
};

export interface SourceWanted {
  source: EngineSource;
  /** How the article names the speaker here ("Mr. Faizi", "Amir Faizi"): its full names become aliases. */
  forms: string[];
}

/**
 * Finds or creates the sources of one article's quotes in one read, dedup across the CMS:
 * person / outlet / organisation by slug of the bare name or by an alias key; anonymous
 * sources only within the article; an outlet that names the article's own publication is it.
 * Returns engine sourceKey -> source row.
 */
export async function upsertSources(
  strapi: Core.Strapi,
  trx: any,
  wanted: SourceWanted[],
  articleDocumentId: string,
  loadPublication: () => Promise<{
    id: number;
    name: string;
    slug: string;
    kind: string;
    aliasKeys?: string | null;
  } | null>,
): Promise<Map<string, SourceRow>> {
  let publication: Awaited<ReturnType<typeof loadPublication>> | undefined;
  const groups = new Map<
    string,
    { kind: SourceKind; name: string; description: string | null; forms: Set<string> }
  >();
  for (const w of wanted) {
    const k = sourceKey(w.source);
    const kind = toModelKind(w.source.kind);
    const g = groups.get(k) ?? {
      kind,
      name: w.source.name.trim(),
      description: w.source.description ?? null,
      forms: new Set<string>(),
    };
    for (const f of w.forms) if (f && f.trim()) g.forms.add(f.trim().replace(/\s+/g, ' '));
    if (!g.description && w.source.description) g.description = w.source.description;
    groups.set(k, g);
  }
  const result = new Map<string, SourceRow>();
  if (!groups.size) return result;

  // Only full names of the entity become aliases or look a source up across articles: never a
  // pronoun, a bare first name or surname, "Mr. Faizi" or "the paper" (names.ts).
  for (const g of groups.values()) {
    for (const f of [...g.forms])
      if (!isFullNameForm(f, g.kind) || !sharesNameWord(f, g.name, g.kind)) g.forms.delete(f);
  }
  const slugs = new Set<string>();
  const lookupKeys: string[] = [];
  for (const g of groups.values()) {
    slugs.add(syncSlugAndScope(g.name, g.kind, articleDocumentId).slug);
    if (g.kind !== 'anonymous') for (const f of [g.name, ...g.forms]) lookupKeys.push(keyOf(f, g.kind));
  }
  // Candidates by slug or by an index row of any looked-up key, with those rows: one statement of
  // two indexed lookups (alias-index.ts). Plain knex: it runs on every save that changes quotes,
  // and the query engine's mapping would cost more than the read.
  const lookup = [...new Set(lookupKeys)];
  const raw = await findSourceCandidates(strapi, trx, [...slugs], lookup);
  const indexRows: { sourceId: number; key: string; provenance: AliasProvenance }[] = [];
  const candidateById = new Map<number, SourceRow>();
  for (const r of raw) {
    if (!candidateById.has(Number(r.id))) candidateById.set(Number(r.id), toSourceRow(r));
    if (r.aliasKey != null)
      indexRows.push({ sourceId: Number(r.id), key: r.aliasKey, provenance: r.aliasProvenance });
  }
  const candidates = [...candidateById.values()];
  const bySlug = new Map(candidates.map((c) => [c.slug, c]));
  const byId = new Map(candidates.map((c) => [Number(c.id), c]));
  /** The source whose own name this key is, if it is not `id`: the form names somebody else. */
  const namedElsewhere = (key: string, id: number) =>
    indexRows.some((r) => r.key === key && r.provenance === 'name' && r.sourceId !== id);

  for (const [k, g] of groups) {
    const { slug, scope } = syncSlugAndScope(g.name, g.kind, articleDocumentId);
    let row: SourceRow | undefined = bySlug.get(slug);
    if (!row && g.kind !== 'anonymous') {
      // Its full name, or an alias an editor confirmed or the engine saw as a full name; one source only.
      // A bare first name or surname matches only an alias an editor confirmed (a merge, an edit).
      const nameKey = keyOf(g.name, g.kind);
      const bare = isBareNamePerson(g.name, g.kind);
      const keys = new Set([g.name, ...g.forms].map((f) => keyOf(f, g.kind)));
      const matches = (r: (typeof indexRows)[number]) =>
        keys.has(r.key) &&
        byId.get(r.sourceId)?.kind === g.kind &&
        !(bare && r.key === nameKey && r.provenance !== 'editor_confirmed');
      const ids = new Set(indexRows.filter(matches).map((r) => r.sourceId));
      if (ids.size === 1) row = byId.get([...ids][0]);
    }
    if (!row && g.kind === 'outlet' && publication === undefined) publication = await loadPublication();
    if (!row && g.kind === 'outlet' && publication && publication.kind === 'outlet') {
      const pubWords = ` ${keyOf(publication.name, 'outlet').replace(/-/g, ' ')} `;
      const bare = keyOf(g.name, 'outlet').replace(/-/g, ' ');
      if (
        pubWords.includes(` ${bare} `) ||
        (publication.aliasKeys ?? '').includes(`|${keyOf(g.name, 'outlet')}|`)
      ) {
        row = (await strapi.db
          .query(UIDS.source as any)
          .findOne({ where: { id: publication.id }, select: SOURCE_FIELDS })) as SourceRow;
      }
    }
    const forms = g.kind === 'anonymous' ? [] : [...g.forms];
    if (!row) {
      const names = [...new Set([g.name, ...forms])];
      const documentId = newDocumentId();
      const aliases = names.filter((n) => n !== g.name && !namedElsewhere(keyOf(n, g.kind), -1));
      const aliasKeys = aliasKeysOf([g.name, ...aliases], g.kind);
      const scopeArticleDocumentId = scope;
      const id = await insertSource(strapi, trx, {
        documentId,
        name: g.name.slice(0, 300),
        slug,
        kind: g.kind,
        description: g.description ? String(g.description).slice(0, 1000) : null,
        aliases: JSON.stringify(aliases),
        aliasKeys,
        scopeArticleDocumentId,
        unused: false,
      });
      await indexNewSource(strapi, trx, id, g.name, g.kind, aliasKeys, 'engine_full_name');
      const created: SourceRow = {
        id,
        documentId,
        name: g.name.slice(0, 300),
        slug,
        kind: g.kind,
        aliases,
        aliasKeys,
        unused: false,
        scopeArticleDocumentId,
      };
      row = created;
      bySlug.set(slug, created);
      byId.set(id, created);
      for (const key of new Set([g.name, ...aliases].map((n) => keyOf(n, g.kind)))) {
        indexRows.push({
          sourceId: id,
          key,
          provenance: key === keyOf(g.name, g.kind) ? 'name' : 'engine_full_name',
        });
      }
    } else if (g.kind !== 'anonymous') {
      // Aliases grow as new full names of the entity appear (not another source's name).
      const aliases = Array.isArray(row.aliases) ? [...row.aliases] : [];
      const known = new Set([row.name, ...aliases].map((a) => a.toLowerCase()));
      const current = row;
      const added = [g.name, ...forms].filter(
        (f) =>
          !known.has(f.toLowerCase()) &&
          isFullNameForm(f, current.kind) &&
          sharesNameWord(f, current.name, current.kind) &&
          !namedElsewhere(keyOf(f, current.kind), Number(current.id)),
      );
      if (added.length) {
        const next = [...aliases, ...new Set(added)];
        row.aliasKeys = await saveSourceAliases(strapi, trx, row, next, { touch: false });
        await reindexSources(strapi, trx, [row.id], 'engine_full_name');
        row.aliases = next;
      }
    }
    result.set(k, row);
  }
  return result;
}

/** Marks sources without quotes `unused`, and un-marks those quoted again. */
export async function refreshUnused(strapi: Core.Strapi, trx: any, sourceIds: number[]) {
  const ids = [...new Set(sourceIds.filter((id) => id != null))];
  if (!ids.length) return;
  const link = modelTable(strapi, UIDS.quote).join('source');
  const used = new Set<number>();
  for (const part of chunks(ids)) {
    const rows = await kx(strapi, trx, link.table)
      .distinct(link.targetColumn)
      .whereIn(link.targetColumn, part);
    for (const r of rows) used.add(Number(r[link.targetColumn]));
  }
  const sources = strapi.db.query(UIDS.source as any);
  const usedIds = ids.filter((id) => used.has(Number(id)));
  const unusedIds = ids.filter((id) => !used.has(Number(id)));
  if (usedIds.length)
    await sources.updateMany({
      where: { id: { $in: usedIds }, unused: true },
      data: { unused: false } as any,
    });
  if (unusedIds.length)
    await sources.updateMany({ where: { id: { $in: unusedIds } }, data: { unused: true } as any });
}

/**
 * Sources by slug or by an index row of any looked-up key, with those index rows: one statement
 * of two indexed lookups. Knex: it runs on every save that changes quotes (quotes-save bench),
 * and the query engine cannot join the index rows in the same read; on SQLite it is prepared
 * once per shape (selectByShape, same bench).
 */
async function findSourceCandidates(
  strapi: Core.Strapi,
  trx: any,
  slugs: string[],
  lookup: string[],
): Promise<any[]> {
  const source = modelTable(strapi, UIDS.source);
  const alias = modelTable(strapi, UIDS.sourceAlias);
  const [sourceId, key, provenance] = [
    alias.column('sourceId'),
    alias.column('key'),
    alias.column('provenance'),
  ];
  return selectByShape(strapi, trx, 'source-candidates', { slugs, lookup }, (p) =>
    kx(strapi, trx, `${source.name} as s`)
      .select(source.select(SOURCE_FIELDS, 's'))
      .modify((qb: any) => {
        if (!p.lookup.length) return;
        qb.select({ aliasKey: `a.${key}`, aliasProvenance: `a.${provenance}` }).leftJoin(
          `${alias.name} as a`,
          (j: any) =>
            j.on(`a.${sourceId}`, '=', 's.id').onIn(`a.${key}`, p.lookup).onNotNull(`a.${provenance}`),
        );
      })
      .where((qb: any) => {
        qb.whereIn(`s.${source.column('slug')}`, p.slugs);
        if (p.lookup.length)
          qb.orWhereIn('s.id', (sub: any) =>
            sub.select(sourceId).from(alias.name).whereIn(key, p.lookup).whereNotNull(provenance),
          );
      }),
  );
}

/**
 * A source created by the sync, in the sync's transaction; returns its id. Knex: the query
 * engine would read the row back and run the lifecycles (whose alias indexing the sync does
 * itself in one insert) on every new source of a save (quotes-save bench).
 */
async function insertSource(strapi: Core.Strapi, trx: any, data: Record<string, unknown>): Promise<number> {
  const source = modelTable(strapi, UIDS.source);
  const now = new Date();
  const [id] = await insertRows(
    strapi,
    trx,
    source.name,
    [source.toRow({ ...data, createdAt: now, updatedAt: now, publishedAt: now })],
    { idsByColumn: source.column('documentId') },
  );
  return id;
}

/**
 * Stores a source's aliases with their alias keys (none for an anonymous source) and returns the
 * keys; the caller reindexes with the provenance it knows. Knex, not the query engine: its update
 * lifecycle would reindex the keys as an editor's.
 */
export async function saveSourceAliases(
  strapi: Core.Strapi,
  trx: any,
  source: { id: number; name: string; kind: SourceKind },
  aliases: string[],
  options: { touch?: boolean } = {},
): Promise<string | null> {
  const table = modelTable(strapi, UIDS.source);
  const aliasKeys = source.kind === 'anonymous' ? null : aliasKeysOf([source.name, ...aliases], source.kind);
  const data: Record<string, unknown> = { aliases: JSON.stringify(aliases), aliasKeys };
  if (options.touch !== false) data.updatedAt = new Date();
  await kx(strapi, trx, table.name).where({ id: source.id }).update(table.toRow(data));
  return aliasKeys;
}
