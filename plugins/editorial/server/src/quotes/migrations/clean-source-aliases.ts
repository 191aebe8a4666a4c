import type { Core } from '@strapi/strapi';
import { UIDS } from '../../../../shared/constants';
import { chunks, joinInfo, kx, lockQuoteSync, tableOf } from '../../core/db';
import { reindexSources } from '../sync/alias-index';
import type { SourceKind } from '../../../../shared/quotes';
import {
  aliasKeysOf,
  parseAliases,
  isBareNamePerson,
  isNamedSourceName,
  keepsAlias,
  keyOf,
} from '../sync/names';

export interface AliasCleanup {
  /** Sources that lost aliases. */
  sources: number;
  removed: { source: string; alias: string }[];
  /** Articles re-synced (their quotes resolved again). */
  articles: string[];
}

/**
 * Removes the aliases sources gained before matching was limited to full names: pronouns and
 * other closed-class words, bare first names or surnames and any form that is not a full name of
 * the source (unless an editor confirmed it), and names of a different source. Index rows
 * written before provenance existed get theirs. Then the articles quoting a cleaned source are
 * re-synced with their sources resolved again, so quotes credited through a wrong alias move,
 * as are those quoting a "named" source that names nobody (a day, a pronoun, "officials") or a
 * person shared across articles under a bare surname.
 * Idempotent: a second run changes nothing.
 */
export async function cleanSourceAliases(strapi: Core.Strapi): Promise<AliasCleanup> {
  const aliasTable = tableOf(strapi, UIDS.sourceAlias);
  const cleaned = await strapi.db.transaction(async ({ trx }: any) => {
    await lockQuoteSync(strapi, trx);
    const rows: {
      id: number;
      name: string;
      kind: SourceKind;
      aliases: unknown;
      scope_article_document_id: string | null;
    }[] = await kx(strapi, trx, tableOf(strapi, UIDS.source))
      .select('id', 'name', 'kind', 'aliases', 'scope_article_document_id')
      .whereNot('kind', 'anonymous')
      .orderBy('id');
    // Whose own name each key is, per kind: an alias naming another source is that source's.
    const owners = new Map<string, number[]>();
    for (const r of rows) {
      const k = `${r.kind}\0${keyOf(r.name, r.kind)}`;
      owners.set(k, [...(owners.get(k) ?? []), Number(r.id)]);
    }
    const confirmed = new Set(
      (
        await kx(strapi, trx, aliasTable).select('source_id', 'key').where('provenance', 'editor_confirmed')
      ).map((r: any) => `${r.source_id}\0${r.key}`),
    );
    const unprovenanced = new Set<number>(
      (await kx(strapi, trx, aliasTable).distinct('source_id').whereNull('provenance')).map((r: any) =>
        Number(r.source_id),
      ),
    );
    const removed: AliasCleanup['removed'] = [];
    const changed: number[] = [];
    // Named sources that name nobody ("Thursday", "officials"), and people known by a bare surname
    // across articles ("Mahmud", which merged everyone so named): their quotes are resolved again.
    const unnamed = rows
      .filter(
        (r) =>
          !isNamedSourceName(r.name) || (isBareNamePerson(r.name, r.kind) && !r.scope_article_document_id),
      )
      .map((r) => Number(r.id));
    for (const r of rows) {
      const id = Number(r.id);
      const aliases = parseAliases(r.aliases);
      const kept = aliases.filter((alias) => {
        const key = keyOf(alias, r.kind);
        const others = (owners.get(`${r.kind}\0${key}`) ?? []).filter((o) => o !== id);
        const keep =
          keepsAlias(alias, r.name, r.kind, confirmed.has(`${id}\0${key}`)) &&
          !(others.length && !confirmed.has(`${id}\0${key}`));
        if (!keep) removed.push({ source: r.name, alias });
        return keep;
      });
      if (kept.length === aliases.length) continue;
      await kx(strapi, trx, tableOf(strapi, UIDS.source))
        .where({ id })
        .update({
          aliases: JSON.stringify(kept),
          alias_keys: aliasKeysOf([r.name, ...kept], r.kind),
          updated_at: new Date(),
        });
      changed.push(id);
    }
    // Rows without provenance: what is left of them passed the full-name rule above.
    const reindex = [...new Set([...changed, ...unprovenanced])];
    for (const part of chunks(reindex, 500))
      await kx(strapi, trx, aliasTable).whereIn('source_id', part).whereNull('provenance').delete();
    await reindexSources(strapi, trx, reindex, 'engine_full_name');

    // Articles whose quotes the sync resolved to a cleaned source (editors' locked choices stay).
    const link = joinInfo(strapi, UIDS.quote, 'source');
    const quotes = tableOf(strapi, UIDS.quote);
    const articles = new Set<string>();
    for (const part of chunks([...changed, ...unnamed], 500)) {
      const found = await kx(strapi, trx, quotes)
        .distinct(`${quotes}.article_document_id`)
        .join(link.table, `${link.table}.${link.ownColumn}`, `${quotes}.id`)
        .whereIn(`${link.table}.${link.targetColumn}`, part)
        .andWhere(`${quotes}.source_locked`, false);
      for (const f of found) articles.add(f.article_document_id);
    }
    // The removed aliases are reported (logged by the runner), the first thousand of them.
    return { sources: changed.length, removed: removed.slice(0, 1000), articles: [...articles].sort() };
  });
  // One transaction per article, as a save would (the sync takes the lock itself).
  const sync = strapi.plugin('editorial').service('quote-sync');
  for (const documentId of cleaned.articles)
    await sync.syncArticle(documentId, ['draft', 'published'], { force: true, reresolve: true });
  return cleaned;
}
