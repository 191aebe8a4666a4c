import type { Core } from '@strapi/strapi';
import { UIDS } from '../../../../shared/constants';
import type { SourceKind } from '../../../../shared/quotes';
import { chunks, idsWhere, kx, modelTable, parseJson, pipeList } from '../../core/db';
import { aliasKeysOf, isFullNameForm, keyOf, sharesNameWord, type AliasProvenance } from './names';

/**
 * The index of source names: one editorial_source_aliases row per alias key of a named source
 * ("|amir-faizi|faizi|mr-faizi|" gives three), so the sync finds a source by any name form with
 * an indexed lookup instead of a LIKE over every source on every save. Anonymous sources are
 * matched by slug within their article and have no rows.
 *
 * Each row records its provenance: the source's own name, a full name the engine saw for it,
 * or an alias an editor gave (content manager edit, merge, re-attribution). Rewrites keep the
 * provenance of keys already indexed; new keys take the writer's.
 *
 * Writes through Strapi's query engine (the content manager, `strapi.db.query`) are followed by
 * database lifecycles; the sync and the merge, which write with knex, call `reindexSources`
 * themselves in their transaction. The index itself is written with knex: a delete and a
 * multi-row insert per batch of sources, inside the sync (quotes-save bench).
 */
export const aliasKeyList = (aliasKeys: unknown): string[] => pipeList(aliasKeys, 220);

const aliasTable = (strapi: Core.Strapi) => modelTable(strapi, UIDS.sourceAlias);
const sourceTable = (strapi: Core.Strapi) => modelTable(strapi, UIDS.source);

/** Index rows (attribute-keyed) as columns. */
const indexRows = (
  strapi: Core.Strapi,
  rows: { sourceId: number; key: string; provenance: AliasProvenance | null }[],
) => rows.map(aliasTable(strapi).toRow);

/**
 * Rewrites the index rows of these sources from their stored name, kind and aliases, and
 * repairs `alias_keys` when an edit of the name or aliases left it stale.
 */
export async function reindexSources(
  strapi: Core.Strapi,
  trx: any,
  ids: number[],
  newKeys: AliasProvenance | null = 'editor_confirmed',
) {
  const unique = [...new Set(ids.filter((id) => id != null).map(Number))];
  const source = sourceTable(strapi);
  const alias = aliasTable(strapi);
  for (const part of chunks(unique, 200)) {
    const rows = await kx(strapi, trx, source.name)
      .select(source.select(['id', 'name', 'kind', 'aliases', 'aliasKeys']))
      .whereIn('id', part);
    const known = new Map<string, AliasProvenance | null>();
    for (const r of await kx(strapi, trx, alias.name)
      .select(alias.select(['sourceId', 'key', 'provenance']))
      .whereIn(alias.column('sourceId'), part)) {
      known.set(`${r.sourceId}\0${r.key}`, r.provenance ?? null);
    }
    const data: { sourceId: number; key: string; provenance: AliasProvenance | null }[] = [];
    for (const r of rows) {
      const aliases: unknown = parseJson(r.aliases) ?? [];
      // Anonymous sources are matched by slug within their article: no rows, alias keys left alone.
      if (r.kind === 'anonymous') continue;
      const forms = [
        String(r.name ?? ''),
        ...(Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : []),
      ];
      const expected = aliasKeysOf(forms, r.kind as SourceKind);
      if ((r.aliasKeys ?? null) !== expected) {
        await kx(strapi, trx, source.name)
          .where({ id: r.id })
          .update(source.toRow({ aliasKeys: expected }));
      }
      const nameKey = keyOf(String(r.name ?? ''), r.kind as SourceKind);
      // Provenance unknown (`newKeys` null, rows rebuilt by the backfill): a full name of the
      // source counts as the engine's; any other form stays unconfirmed (null: never matched).
      const fullNameKeys = new Set(
        newKeys === null
          ? forms
              .slice(1)
              .filter(
                (f) =>
                  isFullNameForm(f, r.kind as SourceKind) && sharesNameWord(f, r.name, r.kind as SourceKind),
              )
              .map((f) => keyOf(f, r.kind as SourceKind))
          : [],
      );
      for (const key of aliasKeyList(expected)) {
        const id = `${r.id}\0${key}`;
        const provenance =
          key === nameKey
            ? 'name'
            : known.has(id)
              ? known.get(id)!
              : (newKeys ?? (fullNameKeys.has(key) ? 'engine_full_name' : null));
        data.push({ sourceId: Number(r.id), key, provenance });
      }
    }
    await kx(strapi, trx, alias.name).whereIn(alias.column('sourceId'), part).delete();
    // SQLite caps the terms of one multi-row insert; 400 rows stay under it.
    for (const rowsPart of chunks(data, 400))
      await kx(strapi, trx, alias.name).insert(indexRows(strapi, rowsPart));
  }
}

/** Index rows of a source just created with known alias keys: one insert, nothing to read. */
export async function indexNewSource(
  strapi: Core.Strapi,
  trx: any,
  id: number,
  name: string,
  kind: string,
  aliasKeys: unknown,
  aliasesFrom: AliasProvenance,
) {
  const keys = kind === 'anonymous' ? [] : aliasKeyList(aliasKeys);
  const nameKey = keyOf(name, kind as SourceKind);
  if (keys.length) {
    await kx(strapi, trx, aliasTable(strapi).name).insert(
      indexRows(
        strapi,
        keys.map((key) => ({ sourceId: id, key, provenance: key === nameKey ? 'name' : aliasesFrom })),
      ),
    );
  }
}

export async function unindexSources(strapi: Core.Strapi, trx: any, ids: number[]) {
  const alias = aliasTable(strapi);
  for (const part of chunks([...new Set(ids.map(Number))], 500))
    await kx(strapi, trx, alias.name).whereIn(alias.column('sourceId'), part).delete();
}

/** Follows writes made through Strapi's query engine (content manager edits, creates, deletes). */
export function subscribeAliasIndex(strapi: Core.Strapi) {
  // Inside a lifecycle, strapi.db.transaction joins the writer's transaction.
  const inTrx = (fn: (trx: any) => Promise<unknown>) => strapi.db.transaction(({ trx }: any) => fn(trx));
  const touchesNames = (data: any) =>
    data && ('name' in data || 'aliases' in data || 'aliasKeys' in data || 'kind' in data);
  strapi.db.lifecycles.subscribe({
    models: [UIDS.source],
    async afterCreate(event: any) {
      const id = event.result?.id;
      if (!id) return;
      // The sync and the curation write alias keys that match the name and aliases: one insert.
      const data = event.params?.data ?? {};
      const kind = data.kind ?? event.result?.kind ?? 'person';
      if (kind === 'anonymous') return;
      const forms = [String(data.name ?? ''), ...(Array.isArray(data.aliases) ? data.aliases : [])];
      const consistent = data.aliasKeys === aliasKeysOf(forms, kind as SourceKind);
      // Aliases given through the content manager or the curation API are an editor's.
      await inTrx((trx) =>
        consistent
          ? indexNewSource(strapi, trx, id, String(data.name ?? ''), kind, data.aliasKeys, 'editor_confirmed')
          : reindexSources(strapi, trx, [id]),
      );
    },
    async afterUpdate(event: any) {
      const id = event.result?.id;
      if (id && touchesNames(event.params?.data)) await inTrx((trx) => reindexSources(strapi, trx, [id]));
    },
    async beforeUpdateMany(event: any) {
      if (!touchesNames(event.params?.data)) return;
      event.state.aliasSourceIds = await idsWhere(strapi, UIDS.source, event.params.where);
    },
    async afterUpdateMany(event: any) {
      const ids = (event.state?.aliasSourceIds as number[] | undefined) ?? [];
      if (ids.length) await inTrx((trx) => reindexSources(strapi, trx, ids));
    },
    async afterDelete(event: any) {
      const id = event.result?.id;
      if (id) await inTrx((trx) => unindexSources(strapi, trx, [id]));
    },
    async beforeDeleteMany(event: any) {
      event.state.aliasSourceIds = await idsWhere(strapi, UIDS.source, event.params?.where);
    },
    async afterDeleteMany(event: any) {
      const ids = (event.state?.aliasSourceIds as number[] | undefined) ?? [];
      if (ids.length) await inTrx((trx) => unindexSources(strapi, trx, ids));
    },
  } as any);
}

/**
 * Indexes the named sources that have no rows yet: sources written before the index existed, or
 * by bulk loads that bypass the lifecycles. Cheap on every start once done (one indexed query).
 */
export async function backfillAliasIndex(strapi: Core.Strapi, batch = 1000): Promise<number> {
  const source = sourceTable(strapi);
  const alias = aliasTable(strapi);
  const [sources, aliases] = [source.name, alias.name];
  let indexed = 0;
  let after = 0;
  for (;;) {
    // Knex: a NOT EXISTS over the index, which the query engine cannot express (runs at start).
    const rows: { id: number }[] = await strapi.db
      .connection(sources)
      .select(`${sources}.id`)
      .whereNot(`${sources}.${source.column('kind')}`, 'anonymous')
      .andWhere(`${sources}.id`, '>', after)
      .whereNotExists((qb: any) =>
        qb
          .select(strapi.db.connection.raw('1'))
          .from(aliases)
          .whereRaw(`?? = ??`, [`${aliases}.${alias.column('sourceId')}`, `${sources}.id`]),
      )
      .orderBy(`${sources}.id`)
      .limit(batch);
    if (!rows.length) return indexed;
    // Provenance unknown (null): full names count as the engine's, other forms as unconfirmed.
    await strapi.db.transaction(({ trx }: any) =>
      reindexSources(
        strapi,
        trx,
        rows.map((r) => Number(r.id)),
        null,
      ),
    );
    indexed += rows.length;
    after = Number(rows[rows.length - 1].id);
  }
}
