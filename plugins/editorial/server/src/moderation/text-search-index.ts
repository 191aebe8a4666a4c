import type { Core } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';
import { modelTable } from '../core/db';

export const TEXT_SEARCH_INDEX = 'editorial_comments_body_trgm';
/** Tables smaller than this get the index before the instance serves; larger ones in the background. */
const BUILD_INLINE_BELOW_ROWS = 100_000;
const LOCK_KEY = 726043119;

/**
 * The review queue's text search is Strapi's `$containsi`, which PostgreSQL runs as
 * `LOWER(CAST(body AS VARCHAR)) LIKE '%…%'`: without help, a scan of every comment (about half a
 * second at a million). A trigram GIN index on exactly that expression (pg_trgm, a trusted
 * extension since PostgreSQL 13) answers it from the index. Built with CREATE INDEX CONCURRENTLY so
 * an upgrade of a large newsroom never blocks comment writes; one instance builds it (advisory
 * lock on a connection of its own), the others skip. SQLite keeps the scan (small newsrooms).
 *
 * Resolves to what happened; never throws: without the index, search is slower, not broken.
 */
export async function ensureTextSearchIndex(
  strapi: Core.Strapi,
): Promise<'created' | 'exists' | 'building' | 'skipped' | 'failed'> {
  if (strapi.db.dialect.client !== 'postgres') return 'skipped';
  const knex = strapi.db.connection;
  const table = modelTable(strapi, UIDS.comment).name;
  const schema = strapi.db.getSchemaName?.() || null;
  const qualified = schema ? `"${schema}"."${table}"` : `"${table}"`;
  try {
    const existing = await knex.raw(
      `SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relname = ? AND n.nspname = COALESCE(?, current_schema())`,
      [TEXT_SEARCH_INDEX, schema],
    );
    const row = existing.rows?.[0];
    if (row?.valid) return 'exists';
    await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    const size = await knex.raw(
      `SELECT GREATEST(reltuples, 0)::bigint AS n FROM pg_class WHERE oid = ?::regclass`,
      [qualified],
    );
    const rows = Number(size.rows?.[0]?.n ?? 0);
    const build = () => buildIndex(strapi, qualified, schema, !!row);
    if (rows < BUILD_INLINE_BELOW_ROWS) return await build();
    strapi.log.info(
      `[editorial] building ${TEXT_SEARCH_INDEX} for the review queue's text search in the background (${rows} comments)`,
    );
    void build();
    return 'building';
  } catch (error) {
    strapi.log.warn(
      `[editorial] no trigram index for the review queue's text search (search scans the comments): ${(error as Error).message}`,
    );
    return 'failed';
  }
}

async function buildIndex(
  strapi: Core.Strapi,
  qualified: string,
  schema: string | null,
  invalidExists: boolean,
): Promise<'created' | 'exists' | 'failed'> {
  const client: any = strapi.db.connection.client;
  let connection: any;
  try {
    connection = await client.acquireConnection();
    const query = (sql: string, params: unknown[] = []) => connection.query(sql, params);
    const locked = await query('SELECT pg_try_advisory_lock($1) AS ok', [LOCK_KEY]);
    if (!locked.rows?.[0]?.ok) return 'exists'; // another instance is building it
    try {
      const indexName = schema ? `"${schema}"."${TEXT_SEARCH_INDEX}"` : `"${TEXT_SEARCH_INDEX}"`;
      // A build interrupted earlier (instance killed) leaves an invalid index: start again.
      if (invalidExists) await query(`DROP INDEX CONCURRENTLY IF EXISTS ${indexName}`);
      await query(
        `CREATE INDEX CONCURRENTLY IF NOT EXISTS "${TEXT_SEARCH_INDEX}" ON ${qualified} USING gin (LOWER(CAST(body AS VARCHAR)) gin_trgm_ops)`,
      );
      return 'created';
    } finally {
      await query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    }
  } catch (error) {
    strapi.log.warn(
      `[editorial] could not build ${TEXT_SEARCH_INDEX} (the review queue's text search scans instead): ${(error as Error).message}`,
    );
    return 'failed';
  } finally {
    if (connection) await client.releaseConnection(connection).catch(() => undefined);
  }
}
